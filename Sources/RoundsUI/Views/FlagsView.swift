import RoundsCore

/// The week's cadence flags, most severe first; the selected one highlighted when focused.
enum FlagsView {
    static func draw(_ state: AppState, flags: [PlanFlag], into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.height > 0, rect.width > 0 else { return }
        let errors = flags.filter { $0.severity == .error }.count
        let warnings = flags.filter { $0.severity == .warning }.count
        let title = flags.isEmpty ? "Flags" : "Flags (\(flags.count)): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        PaneTitle.draw(title, focused: state.focus == .flags, into: &buf, rect: rect, palette: palette)
        let rows = rect.height - 1
        guard rows > 0 else { return }
        if flags.isEmpty {
            buf.put("✓ This week meets its goals.", x: rect.x, y: rect.y + 1, style: palette.style(.success), maxWidth: rect.width)
            return
        }
        let focused = state.focus == .flags
        var first = 0
        if state.flagIndex >= rows { first = state.flagIndex - rows + 1 }
        if !focused { first = 0 }
        var y = rect.y + 1
        for index in first..<flags.count {
            if y >= rect.maxY { break }
            let f = flags[index]
            let mark = f.severity.mark
            let text = TextWidth.truncate(rect.width < 70 ? f.shortMessage : f.message, to: max(0, rect.width - 2))
            buf.put(mark, x: rect.x, y: y, style: palette.severity(f.severity))
            buf.put(text, x: rect.x + 2, y: y, style: palette.style(.normal), maxWidth: rect.width - 2)
            if focused, index == state.flagIndex {
                buf.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { $0.reverse = true }
            }
            y += 1
        }
        let hidden = flags.count - first - (y - rect.y - 1)
        if hidden > 0, !focused {
            // The last visible line says how many more there are.
            let more = "… +\(hidden) more (Tab to see all)"
            buf.fill(Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1))
            buf.put(TextWidth.truncate(more, to: rect.width), x: rect.x, y: rect.maxY - 1, style: palette.style(.dim))
        }
        if focused, flags.indices.contains(state.flagIndex), rect.height > 2 {
            // The fix of the selected flag on the last line.
            let fix = "→ " + flags[state.flagIndex].fix
            buf.fill(Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1))
            buf.put(TextWidth.truncate(fix, to: rect.width), x: rect.x, y: rect.maxY - 1, style: palette.style(.info))
        }
    }
}
