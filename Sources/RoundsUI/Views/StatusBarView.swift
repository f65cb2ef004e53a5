import RoundsCore
/// The bottom line: a prompt, or the keys for the current focus and the latest message.
enum StatusBarView {
    static func draw(_ state: AppState, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.width > 0, rect.height > 0 else { return }
        buf.fill(rect, style: palette.style(.statusBar))
        if let prompt = state.prompt {
            let head = "\(prompt.label): "
            var x = buf.put(head, x: rect.x, y: rect.y, style: palette.style(.statusKey))
            let hints = "  Enter go · Esc cancel"
            let room = max(0, rect.width - x - TextWidth.width(of: hints) - 1)
            // Show the end of long input.
            // The end of the input that fits, found from the end (no rescans of long input).
            var shown = ""
            var used = 0
            for c in prompt.text.reversed() {
                let w = TextWidth.width(of: c)
                if used + w > room { break }
                used += w
                shown.insert(c, at: shown.startIndex)
            }
            x += buf.put(shown, x: x, y: rect.y, style: palette.style(.prompt))
            x += buf.put("▏", x: x, y: rect.y, style: palette.style(.prompt))
            buf.put(hints, x: x, y: rect.y, style: palette.style(.statusBar), maxWidth: rect.width - x)
            return
        }
        let context = state.keyContext
        var left = Keymap.hints(for: context).joined(separator: "  ")
        if case .confirmingDelete(let id) = state.mode {
            left = "Delete '\(state.plan.post(id: id)?.title ?? id)'? y delete  n keep"
        }
        if case .confirmingQuit = state.mode {
            left = "Quit with changes not saved? y quit (they go to a rescue file)  n stay"
        }
        if let count = state.count { left = "count \(count)  " + left }
        var right = state.message?.text ?? ""
        // The last column stays empty: the bottom-right cell is never drawn (it scrolls some terminals).
        let total = rect.width - 1
        if TextWidth.width(of: left) + 2 + TextWidth.width(of: right) > total {
            if state.keyContext == .confirm || state.keyContext == .confirmQuit {
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
}
