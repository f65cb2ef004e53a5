import RoundsCore
/// The `?` overlay: every binding of the keymap, grouped by where it works.
enum HelpView {
    /// The planner's sections, in the order help lists them.
    static let plannerSections: [(KeyContext, String)] = [(.grid, "Week grid"), (.flags, "Flags panel"), (.backlog, "Backlog (b)"), (.editor, "Editor (Enter or a)"),
                                                (.moving, "Moving a post (m)"), (.confirm, "Deleting (d)"), (.confirmQuit, "Quitting with unsaved changes"), (.confirmReplace, "Replacing a file (x)"), (.picker, "Lists (T p A ,)"), (.prompt, "Prompts (g C x D > /)"), (.help, "This help")]

    /// The overview board's sections.
    static let boardSections: [(KeyContext, String)] = [(.board, "Board (one row per doctor)"), (.prompt, "Filter (/) and week (g)"), (.help, "This help")]

    /// Every binding of `sections`, grouped; keys that work the same in the first section (the
    /// grid, or the board) are listed once, under it.
    static func lines(sections: [(KeyContext, String)] = plannerSections) -> [String] {
        var out: [String] = []
        let primary = sections.first?.0 ?? .grid
        for (context, title) in sections {
            out.append(title)
            var seen = Set<String>()
            for b in Keymap.bindings where b.contexts.contains(context) && (context == primary || !b.contexts.contains(primary)) {
                let keys = b.keyNames
                if !seen.insert(keys + b.help).inserted { continue }
                out.append("  " + pad(keys, 16) + b.help)
            }
            if context == .grid || context == .board { out.append("  " + pad(Keymap.countHelp.keys, 16) + Keymap.countHelp.help) }
            if context == .prompt, primary == .board {
                out.append("  " + pad("text", 16) + "narrows the rows as you type (name, specialty, file)")
            }
            if context == .flags { out.append("  " + pad("", 16) + "and the week keys above (↑↓ move between flags)") }
            if context == .editor {
                out.append("  " + pad("text, <Paste>", 16) + "typed and pasted text goes in (a pasted newline submits nothing)")
                out.append("  " + pad("", 16) + "the text is saved as you pause; u undoes the whole edit after Esc")
            }
            out.append("")
        }
        if primary == .board {
            out.append("A row that cannot be opened says why; the rest of the board works.")
            out.append("A plan open in another planner is refused, naming it; the board stays.")
        } else {
            out.append("Changes made with rounds add / edit / rm while the planner is open appear here at once.")
        }
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String {
        let w = TextWidth.width(of: s)
        return w >= n ? s + " " : s + String(repeating: " ", count: n - w)
    }

    /// The help's lines, computed once (the keymap is a constant table).
    static let content = lines()
    static let boardContent = lines(sections: boardSections)

    /// How far help scrolls at a size: to its last line, no further.
    static func maxScroll(for size: Size, content: [String] = content) -> Int {
        let height = min(size.height - 2, content.count + 3)
        return max(0, content.count - max(0, height - 2))
    }

    static func draw(_ state: AppState, into buf: inout CellBuffer, size: Size, palette: Palette) {
        draw(content, scroll: state.helpScroll, into: &buf, size: size, palette: palette)
    }

    static func draw(_ content: [String], scroll: Int, into buf: inout CellBuffer, size: Size, palette: Palette) {
        let width = min(size.width - 4, max(60, content.map { TextWidth.width(of: $0) }.max() ?? 0) + 4)
        let height = min(size.height - 2, content.count + 3)
        guard width > 10, height > 4 else { return }
        let x = (size.width - width) / 2, y = (size.height - height) / 2
        let box = Rect(x: x, y: y, width: width, height: height)
        Frame.draw(box, into: &buf, palette: palette)
        let rows = height - 2
        let maxScroll = max(0, content.count - rows)
        let first = min(scroll, maxScroll)
        let position = maxScroll == 0 ? "" : " · \(first + 1)–\(min(content.count, first + rows)) of \(content.count)"
        buf.put(" Keys · ? or Esc closes · j/k scroll\(position) ", x: x + 2, y: y, style: palette.style(.title), maxWidth: width - 4)
        for (i, line) in content.dropFirst(first).prefix(rows).enumerated() {
            let isHeading = !line.hasPrefix(" ") && !line.isEmpty
            buf.put(line, x: x + 2, y: y + 1 + i, style: isHeading ? palette.style(.title) : palette.style(.normal), maxWidth: width - 4)
        }
    }
}

/// A bordered box over the screen (help, lists), its inside cleared.
enum Frame {
    static func draw(_ box: Rect, into buf: inout CellBuffer, palette: Palette) {
        guard box.width >= 2, box.height >= 2 else { return }
        buf.fill(box, style: palette.style(.helpBox))
        let border = palette.style(.border)
        buf.put("┌" + String(repeating: "─", count: box.width - 2) + "┐", x: box.x, y: box.y, style: border)
        buf.put("└" + String(repeating: "─", count: box.width - 2) + "┘", x: box.x, y: box.maxY - 1, style: border)
        for row in (box.y + 1)..<(box.maxY - 1) {
            buf.put("│", x: box.x, y: row, style: border)
            buf.put("│", x: box.maxX - 1, y: row, style: border)
        }
    }
}
