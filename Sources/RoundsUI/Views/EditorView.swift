import RoundsCore

/// The post editor, over the week: title, the body soft-wrapped with the cursor, a live count
/// against each platform's limit, and the linter's findings underlined in the text. The field
/// being edited is marked (▶ and reverse video on its label) and holds the terminal's cursor.
enum EditorView {
    static func draw(_ state: AppState, editor e: Editor, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.height >= 6, rect.width >= 20 else { return }
        buf.fill(rect)
        let plan = state.plan
        guard let stored = plan.post(id: e.postID) else { return }
        let post = e.post(from: stored)
        let theme = plan.theme(id: post.themeID)
        let date = post.date.map { "\($0.weekday.shortName) \($0.day) \($0.shortMonthName)" } ?? "idea"
        PaneTitle.draw("Editing · \(theme?.name ?? post.themeID) · \(date) · \(post.status.rawValue)", focused: true, into: &buf, rect: rect, palette: palette)

        // Title: one line, scrolled so the cursor shows.
        let titleFocused = e.field == .title
        let label = titleFocused ? "▶ Title: " : "  Title: "
        var x = rect.x + buf.put(label, x: rect.x, y: rect.y + 1, style: palette.style(titleFocused ? .selected : .dim))
        let titleRoom = rect.maxX - x - 1
        if e.title.count == 0 {
            // An empty title keeps the stored one: say so, after the cursor.
            let hint = e.isNew ? stored.title + " (type a title)" : "(a post needs a title: type one)"
            buf.put(hint, x: x + 1, y: rect.y + 1, style: palette.style(.dim), maxWidth: titleRoom - 1)
        }
        var first = 0
        func width(_ cs: ArraySlice<Character>) -> Int { cs.reduce(0) { $0 + TextWidth.width(of: $1) } }
        while first < e.title.cursor, width(e.title.chars[first..<e.title.cursor]) >= titleRoom { first += 1 }
        for (k, c) in e.title.chars[first...].enumerated() {
            let w = TextWidth.width(of: c)
            if x + w > rect.maxX - 1 { break }
            let atCursor = titleFocused && first + k == e.title.cursor
            if atCursor { buf.cursor = Point(x: x, y: rect.y + 1) }
            buf.put(String(c), x: x, y: rect.y + 1, style: atCursor ? palette.style(.selected) : palette.style(.normal))
            x += w
        }
        if titleFocused, e.title.cursor == e.title.count {
            buf.cursor = Point(x: min(x, rect.maxX - 1), y: rect.y + 1)
            buf.put(" ", x: x, y: rect.y + 1, style: palette.style(.selected))
        }

        // Findings and counts at the bottom: most severe first; when there are more than fit,
        // the last row says how many more and which key shows them all, whole.
        let findings = e.findings.sorted { $0.severity < $1.severity }
        let room = max(0, rect.height - 7)
        let shown = e.showingFindings ? min(findings.count, room) : min(3, findings.count)
        let findingRows = shown
        let countRow = rect.maxY - 1 - findingRows
        let bodyTop = rect.y + 3
        let bodyRows = max(1, countRow - bodyTop)
        let bodyFocused = e.field == .body
        buf.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + 2, style: palette.style(.border))
        buf.put(bodyFocused ? "▶ Body " : " Body ", x: rect.x + 1, y: rect.y + 2, style: palette.style(bodyFocused ? .selected : .dim))

        // The body, wrapped, with findings underlined and the cursor shown.
        let textWidth = AppState.editorTextWidth(for: Size(width: rect.width, height: rect.height))
        let lines = e.body.layout(width: textWidth)
        let (cursorRow, _) = e.body.cursorPosition(in: lines)
        let top = max(0, cursorRow - (bodyRows - 1))
        let marked = underlined(findings, title: post.title, body: e.body.chars)
        for row in 0..<bodyRows {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            var cx = rect.x + 1
            for i in line.start..<line.end {
                let c = e.body.chars[i]
                let atCursor = bodyFocused && i == e.body.cursor
                var style = marked.contains(i) ? palette.style(.error) : palette.style(.normal)
                if marked.contains(i) { style.underline = true }
                if atCursor {
                    style = palette.style(.selected)
                    buf.cursor = Point(x: cx, y: bodyTop + row)
                }
                cx += buf.put(String(c), x: cx, y: bodyTop + row, style: style, maxWidth: rect.maxX - cx)
            }
            if bodyFocused, e.body.cursor == line.end, index == cursorRow {
                buf.cursor = Point(x: min(cx, rect.maxX - 1), y: bodyTop + row)
                buf.put(" ", x: cx, y: bodyTop + row, style: palette.style(.selected))
            }
        }
        if lines.count > bodyRows {
            let more = " \(top + 1)–\(min(lines.count, top + bodyRows)) of \(lines.count) lines "
            buf.put(more, x: rect.maxX - TextWidth.width(of: more) - 1, y: rect.y + 2, style: palette.style(.dim))
        }

        drawCounts(post, plan: plan, into: &buf, x: rect.x, y: countRow, width: rect.width, palette: palette)
        let findingsKey = Key.shortName(Keymap.key(for: .editor(.toggleFindings), in: .editor) ?? "F2")
        for k in 0..<shown {
            let f = findings[k]
            let y = countRow + 1 + k
            if k == shown - 1, findings.count > shown {
                buf.put("+\(findings.count - shown + 1) more (\(findingsKey) shows every finding whole)", x: rect.x, y: y, style: palette.style(.dim),
                        maxWidth: rect.width)
                break
            }
            let what = Linter.shortLabels[f.rule] ?? f.rule
            let excerpt = f.excerpt.isEmpty ? "" : " “\(f.excerpt)”"
            let text = "\(f.severity.mark) \(what)\(excerpt): \(f.message)"
            if e.showingFindings || TextWidth.width(of: text) <= rect.width {
                buf.put(text, x: rect.x, y: y, style: palette.severity(f.severity), maxWidth: rect.width)
            } else {
                buf.put(TextWidth.truncate(text, to: rect.width), x: rect.x, y: y, style: palette.severity(f.severity))
            }
        }
        if e.showingFindings, shown > 0 {
            // The whole messages, wrapped, over the body.
            var rows: [(String, CellStyle)] = []
            for f in findings {
                let what = Linter.shortLabels[f.rule] ?? f.rule
                let excerpt = f.excerpt.isEmpty ? "" : " “\(f.excerpt)”"
                for (i, r) in TextWidth.wrap("\(f.severity.mark) \(what)\(excerpt): \(f.message) [\(f.rule)]", width: rect.width - 2).enumerated() {
                    rows.append(((i == 0 ? "" : "  ") + r, palette.severity(f.severity)))
                }
            }
            let area = Rect(x: rect.x, y: bodyTop, width: rect.width, height: max(0, rect.maxY - 1 - bodyTop))
            buf.fill(area)
            buf.put(" Findings (\(findings.count)) · \(findingsKey) back to the text ", x: rect.x + 1, y: rect.y + 2, style: palette.style(.title))
            for (k, r) in rows.prefix(area.height).enumerated() { buf.put(r.0, x: area.x, y: area.y + k, style: r.1, maxWidth: area.width) }
        }
    }

    /// "312 characters · X 312/280 over · LinkedIn 312/3,000": platforms over their limit
    /// first, and shortened before they would be cut, so an over-limit platform always shows.
    static func drawCounts(_ post: Post, plan: Plan, into buf: inout CellBuffer, x: Int, y: Int, width: Int, palette: Palette) {
        let n = Exporter.message(post).count
        var parts: [(String, Bool)] = []
        for id in post.platforms {
            guard let platform = plan.profile.platforms.first(where: { $0.id == id }), let limit = platform.characterLimit else { continue }
            parts.append(("\(platform.name) \(n)/\(limit)" + (n > limit ? " over" : ""), n > limit))
        }
        parts.sort { $0.1 && !$1.1 }
        var head = "\(n) characters"
        func total(_ h: String) -> Int { TextWidth.width(of: h) + parts.reduce(0) { $0 + 3 + TextWidth.width(of: $1.0) } }
        if total(head) > width { head = "\(n) chars" }
        var cx = x + buf.put(head, x: x, y: y, style: palette.style(.dim))
        for (text, over) in parts {
            let piece = " · " + text
            if cx + TextWidth.width(of: piece) > x + width {
                buf.put(TextWidth.truncate(" · …", to: max(0, x + width - cx)), x: cx, y: y, style: palette.style(.dim))
                break
            }
            cx += buf.put(piece, x: cx, y: y, style: over ? palette.style(.error) : palette.style(.dim))
        }
    }

    /// Body grapheme indices inside a finding (findings count scalars in "title\nbody").
    static func underlined(_ findings: [LintFinding], title: String, body: [Character]) -> Set<Int> {
        guard !findings.isEmpty else { return [] }
        let offset = title.unicodeScalars.count + 1
        var out = Set<Int>()
        var scalar = offset
        for (i, c) in body.enumerated() {
            let n = c.unicodeScalars.count
            if findings.contains(where: { $0.start < scalar + n && scalar < $0.end && $0.end > $0.start }) { out.insert(i) }
            scalar += n
        }
        return out
    }
}
