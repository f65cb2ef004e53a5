import RoundsCore

/// A small list over the week (T, p, A): the current item reversed, ticks for platforms.
enum PickerView {
    static func draw(_ picker: Picker, into buf: inout CellBuffer, size: Size, palette: Palette) {
        let rows = picker.items.map { (picker.isMultiple ? (picker.chosen.contains($0.id) ? "[x] " : "[ ] ") : "") + $0.label }
        let inner = max(TextWidth.width(of: picker.title) + 2, rows.map { TextWidth.width(of: $0) }.max() ?? 0) + 2
        let width = min(size.width - 2, max(30, inner + 2))
        let height = min(size.height - 2, rows.count + 2)
        guard width > 6, height > 2 else { return }
        let x = (size.width - width) / 2, y = max(1, (size.height - height) / 2)
        let box = Rect(x: x, y: y, width: width, height: height)
        Frame.draw(box, into: &buf, palette: palette)
        buf.put(" \(picker.title) ", x: x + 2, y: y, style: palette.style(.title), maxWidth: width - 4)
        let visible = height - 2
        let first = max(0, min(picker.index - visible + 1, rows.count - visible))
        for (k, text) in rows.dropFirst(first).prefix(visible).enumerated() {
            let selected = first + k == picker.index
            let line = text + String(repeating: " ", count: max(0, width - 4 - TextWidth.width(of: text)))
            buf.put(line, x: x + 2, y: y + 1 + k, style: selected ? palette.style(.selected) : palette.style(.normal), maxWidth: width - 4)
        }
    }
}
