import RoundsCore
/// The bottom line: a prompt, or the keys for the current focus and the latest message.
enum StatusBarView {
    static func draw(_ state: AppState, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.width > 0, rect.height > 0 else { return }
        buf.fill(rect, style: palette.style(.statusBar))
        if let prompt = state.prompt {
            drawPrompt(label: prompt.label, buffer: prompt.buffer, hints: "  " + Keymap.hints(for: .prompt).joined(separator: " · "),
                       into: &buf, rect: rect, palette: palette)
            return
        }
        let context = state.keyContext
        var shown = Keymap.hints(for: context, readOnly: state.readOnly)
        // Space ticks only in a list of several choices (platforms), not in theme or settings lists.
        if case .picking(let p) = state.mode, !p.isMultiple,
           let tick = Keymap.bindings.first(where: { $0.action == .picker(.toggle) })?.hint {
            shown.removeAll { $0 == tick }
        }
        var left = shown.joined(separator: "  ")
        switch state.mode {
        case .confirmingDelete(let id):
            left = "Delete '\(state.plan.post(id: id)?.title ?? id)'? " + left
        case .confirmingQuit:
            left = "Quit with changes not saved? " + left + " (y: they go to a rescue file)"
        case .confirmingReplace(_, let fullPath):
            left = "Replace \(fullPath)? " + left
        case .normal, .editing, .moving, .picking:
            break
        }
        if let count = state.count { left = "count \(count)  " + left }
        var right = state.message?.text ?? ""
        // The last column stays empty: the bottom-right cell is never drawn (it scrolls some terminals).
        let total = rect.width - 1
        if TextWidth.width(of: left) + 2 + TextWidth.width(of: right) > total {
            if state.keyContext == .confirm || state.keyContext == .confirmQuit || state.keyContext == .confirmReplace {
                // A question being asked matters more than the message.
                left = TextWidth.truncate(left, to: total)
                right = TextWidth.truncate(right, to: max(0, total - TextWidth.width(of: left) - 2))
            } else {
                // The message matters more than the hints.
                right = TextWidth.truncate(right, to: total)
                left = TextWidth.truncate(left, to: max(0, total - TextWidth.width(of: right) - 2))
            }
        }
        buf.put(left, x: rect.x, y: rect.y, style: palette.style(.statusBar), maxWidth: total)
        if !right.isEmpty {
            let style: CellStyle
            switch state.message?.kind ?? .info {
            case .info: style = palette.style(.statusBar)
            case .success: style = palette.style(.statusKey)
            case .error: style = palette.usesColor ? CellStyle(fg: .white, bg: .red, bold: true) : palette.style(.statusKey)
            }
            buf.put(right, x: rect.x + total - TextWidth.width(of: right), y: rect.y, style: style)
        }
    }

    /// A prompt on the bottom line (the planner's and the board's): the label, the input around
    /// the cursor, the hints. The input must show: a long label (a settings field's explanation)
    /// at 80 columns left no room for it, and text typed after an invisible prefilled value was
    /// joined to it. The hints give way first, then the label is cut.
    static func drawPrompt(label: String, buffer: TextBuffer, hints fullHints: String, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        let chars = buffer.chars
        let wanted = min(max(20, TextWidth.width(of: String(chars)) + 2), max(1, rect.width / 2))
        var head = "\(label): "
        var hints = fullHints
        if rect.width - TextWidth.width(of: head) - TextWidth.width(of: hints) - 2 < wanted { hints = "" }
        if rect.width - TextWidth.width(of: head) - 2 < wanted {
            head = TextWidth.truncate(label, to: max(1, rect.width - wanted - 4)) + ": "
        }
        var x = rect.x + buf.put(head, x: rect.x, y: rect.y, style: palette.style(.statusKey))
        let room = max(1, rect.x + rect.width - x - TextWidth.width(of: hints) - 2)
        // The part of the input around the cursor that fits, found from the cursor
        // backwards (no rescans of long input), then filled up to the right.
        let cursor = buffer.cursor
        var first = cursor, used = 0
        while first > 0, used + TextWidth.width(of: chars[first - 1]) <= room - 1 {
            first -= 1
            used += TextWidth.width(of: chars[first])
        }
        var last = cursor
        while last < chars.count, used + TextWidth.width(of: chars[last]) <= room - 1 {
            used += TextWidth.width(of: chars[last])
            last += 1
        }
        x += buf.put(String(chars[first..<cursor]), x: x, y: rect.y, style: palette.style(.prompt))
        buf.cursor = Point(x: x, y: rect.y)
        x += buf.put("▏", x: x, y: rect.y, style: palette.style(.prompt))
        x += buf.put(String(chars[cursor..<last]), x: x, y: rect.y, style: palette.style(.prompt))
        buf.put(hints, x: x, y: rect.y, style: palette.style(.statusBar), maxWidth: rect.x + rect.width - x)
    }
}
