import RoundsCore

/// The post editor, over the week: title, the body soft-wrapped with the cursor, a live count
/// against each platform's limit, and the linter's findings underlined in the text.
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
        let label = "Title: "
        var x = rect.x + buf.put(label, x: rect.x, y: rect.y + 1, style: palette.style(e.field == .title ? .title : .dim))
        let titleRoom = rect.maxX - x - 1
        if e.title.count == 0 {
            // An empty title keeps the stored one: say so, after the cursor.
            buf.put(stored.title + " (type a title)", x: x + 1, y: rect.y + 1, style: palette.style(.dim), maxWidth: titleRoom - 1)
        }
        var first = 0
        func width(_ cs: ArraySlice<Character>) -> Int { cs.reduce(0) { $0 + TextWidth.width(of: $1) } }
        while first < e.title.cursor, width(e.title.chars[first..<e.title.cursor]) >= titleRoom { first += 1 }
        for (k, c) in e.title.chars[first...].enumerated() {
            let w = TextWidth.width(of: c)
            if x + w > rect.maxX - 1 { break }
            let atCursor = e.field == .title && first + k == e.title.cursor
            buf.put(String(c), x: x, y: rect.y + 1, style: atCursor ? palette.style(.selected) : palette.style(.normal))
            x += w
        }
        if e.field == .title, e.title.cursor == e.title.count { buf.put(" ", x: x, y: rect.y + 1, style: palette.style(.selected)) }

        // Findings and counts at the bottom.
        let findings = e.findings
        let findingRows = min(3, findings.count)
        let countRow = rect.maxY - 1 - findingRows
        let bodyTop = rect.y + 3
        let bodyRows = max(1, countRow - bodyTop)
        buf.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y + 2, style: palette.style(.border))
        buf.put(" Body ", x: rect.x + 1, y: rect.y + 2, style: palette.style(e.field == .body ? .title : .dim))

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
                let atCursor = e.field == .body && i == e.body.cursor
                var style = marked.contains(i) ? palette.style(.error) : palette.style(.normal)
                if marked.contains(i) { style.underline = true }
                if atCursor { style = palette.style(.selected) }
                cx += buf.put(String(c), x: cx, y: bodyTop + row, style: style, maxWidth: rect.maxX - cx)
            }
            if e.field == .body, e.body.cursor == line.end, index == cursorRow {
                buf.put(" ", x: cx, y: bodyTop + row, style: palette.style(.selected))
            }
        }
        if lines.count > bodyRows {
            let more = " \(top + 1)–\(min(lines.count, top + bodyRows)) of \(lines.count) lines "
            buf.put(more, x: rect.maxX - TextWidth.width(of: more) - 1, y: rect.y + 2, style: palette.style(.dim))
        }

        // "312 characters · LinkedIn 312/3,000 · X 312/280 over"
        let n = Exporter.message(post).count
        x = rect.x + buf.put("\(n) characters", x: rect.x, y: countRow, style: palette.style(.dim))
        for id in post.platforms {
            guard let platform = plan.profile.platforms.first(where: { $0.id == id }), let limit = platform.characterLimit else { continue }
            let over = n > limit
            let text = " · \(platform.name) \(n)/\(limit)" + (over ? " over" : "")
            x += buf.put(text, x: x, y: countRow, style: over ? palette.style(.error) : palette.style(.dim), maxWidth: rect.maxX - x)
        }
        for (k, f) in findings.prefix(findingRows).enumerated() {
            let mark = f.severity.mark
            let what = Linter.shortLabels[f.rule] ?? f.rule
            let excerpt = f.excerpt.isEmpty ? "" : " “\(f.excerpt)”"
            buf.put("\(mark) \(what)\(excerpt): \(f.message)", x: rect.x, y: countRow + 1 + k, style: palette.severity(f.severity), maxWidth: rect.width)
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
