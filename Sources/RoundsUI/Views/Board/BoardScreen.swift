import RoundsCore

/// Draws the overview board for a state and a size into a cell buffer. Pure: the same state
/// and size always give the same screen.
public enum BoardScreen {
    public static func render(_ state: BoardState, size: Size, palette: Palette = .color) -> CellBuffer {
        var buf = CellBuffer(size: size)
        let layout = BoardLayout(size: size)
        if layout.isTooSmall {
            TooSmallView.draw(into: &buf, size: size, palette: palette)
            return buf
        }
        drawHeader(state, into: &buf, layout: layout, palette: palette)
        drawColumnHeads(state, into: &buf, layout: layout, palette: palette)
        drawRows(state, into: &buf, layout: layout, palette: palette)
        drawLegend(into: &buf, layout: layout, palette: palette)
        drawStatusBar(state, into: &buf, layout: layout, palette: palette)
        if state.showingHelp { HelpView.draw(HelpView.boardContent, scroll: state.helpScroll, into: &buf, size: size, palette: palette) }
        return buf
    }

    // MARK: header

    static func drawHeader(_ state: BoardState, into buf: inout CellBuffer, layout: BoardLayout, palette: Palette) {
        let w = layout.size.width
        let (_, number) = state.week.isoYearAndNumber
        let folder = ControlCharacters.escaped(state.folder, multiline: false)
        let right = "sort: \(state.sort.label)"
        let left = "Rounds · Week \(number) · \(state.week.rangeLabel) · \(folder)"
        let rightWidth = TextWidth.width(of: right)
        // The week matters more than the folder: a long path is cut with …, the sort stays.
        let room = max(0, w - rightWidth - 2)
        buf.put(TextWidth.truncate(left, to: room), x: 0, y: 0, style: palette.style(.title))
        if rightWidth + 2 <= w { buf.put(right, x: w - rightWidth, y: 0, style: palette.style(.dim)) }

        // Second line: how many doctors, how many cannot be opened or have errors, the filter.
        let total = state.rows.count
        let broken = state.rows.filter { $0.problem != nil }.count
        let withErrors = state.rows.filter { ($0.summary?.errors ?? 0) > 0 }.count
        var x = buf.put("\(total) doctor\(total == 1 ? "" : "s")", x: 0, y: 1, style: palette.style(.normal))
        if broken > 0 {
            x += buf.put(" · ", x: x, y: 1, style: palette.style(.dim))
            x += buf.put("\(broken) cannot be opened", x: x, y: 1, style: palette.style(.error))
        }
        if withErrors > 0 {
            x += buf.put(" · ", x: x, y: 1, style: palette.style(.dim))
            x += buf.put("\(withErrors) with errors", x: x, y: 1, style: palette.style(.error))
        }
        let shown = state.visible.count
        if !state.filter.isEmpty {
            x += buf.put(" · ", x: x, y: 1, style: palette.style(.dim))
            x += buf.put("filter '\(ControlCharacters.escaped(state.filter, multiline: false))': \(shown) of \(total)", x: x, y: 1,
                         style: palette.style(.warning), maxWidth: max(0, w - x))
        }
        // Which doctors are on screen when they do not all fit.
        if shown > layout.visibleRows {
            let first = state.top + 1, last = min(shown, state.top + layout.visibleRows)
            let range = "\(first)–\(last) of \(shown)"
            let rw = TextWidth.width(of: range)
            if x + 2 + rw <= w { buf.put(range, x: w - rw, y: 1, style: palette.style(.dim)) }
        }
    }

    static func drawColumnHeads(_ state: BoardState, into buf: inout CellBuffer, layout: BoardLayout, palette: Palette) {
        let y = 2
        let border = palette.style(.border)
        buf.put(TextWidth.truncate("doctor", to: layout.nameWidth), x: 0, y: y, style: palette.style(.dayHeader))
        let days = state.week.days
        for i in 0..<7 {
            let x = layout.dayX(i)
            buf.put("│", x: x - 1, y: y, style: border)
            guard i < days.count else {
                buf.put(TextWidth.truncate("—", to: layout.dayWidth), x: x, y: y, style: palette.style(.dim))
                continue
            }
            let day = days[i]
            let isToday = day == state.today
            var label = "\(day.weekday.shortName) \(day.day)"
            if layout.dayWidth >= 10, day.day == 1 || i == 0 { label += " \(day.shortMonthName)" }
            if isToday, TextWidth.width(of: label) + 2 <= layout.dayWidth { label += " •" }
            let style = isToday ? palette.style(.today) : palette.style(.dayHeader)
            if isToday { buf.fill(Rect(x: x, y: y, width: layout.dayWidth, height: 1), style: style) }
            buf.put(TextWidth.truncate(label, to: layout.dayWidth), x: x, y: y, style: style)
        }
        buf.put("│", x: layout.summaryX - 1, y: y, style: border)
        buf.put(summaryHead(layout), x: layout.summaryX, y: y, style: palette.style(.dayHeader), maxWidth: layout.summaryWidth)
    }

    /// `posts err due`, or with gaps, approvals awaited, streak and last posted when wide; the values line up under it.
    static func summaryHead(_ layout: BoardLayout) -> String {
        layout.wideSummary ? "posts gaps err due appr streak last posted" : "posts err due"
    }

    // MARK: rows

    static func drawRows(_ state: BoardState, into buf: inout CellBuffer, layout: BoardLayout, palette: Palette) {
        let rows = state.visible
        if rows.isEmpty {
            let text = state.filter.isEmpty ? "no plans" : "no doctor matches '\(ControlCharacters.escaped(state.filter, multiline: false))' (Esc clears the filter)"
            buf.put(TextWidth.truncate(text, to: layout.size.width), x: 0, y: layout.rowsTop, style: palette.style(.dim))
            return
        }
        let selected = state.selectedIndex
        for k in 0..<layout.visibleRows {
            let i = state.top + k
            guard i < rows.count else { break }
            let y = layout.rowsTop + k * layout.rowHeight
            drawRow(rows[i], y: y, today: state.today, into: &buf, layout: layout, palette: palette)
            if i == selected {
                buf.restyle(Rect(x: 0, y: y, width: layout.size.width, height: layout.rowHeight)) { $0.reverse = true }
            }
        }
    }

    static func drawRow(_ row: BoardRow, y: Int, today: CalendarDate, into buf: inout CellBuffer, layout: BoardLayout, palette: Palette) {
        let border = palette.style(.border)
        let nameStyle = row.problem == nil ? palette.style(.title) : palette.style(.error)
        buf.put(TextWidth.truncate(row.name, to: layout.nameWidth), x: 0, y: y, style: nameStyle)
        if layout.rowHeight > 1 {
            let second = row.specialty.isEmpty ? row.id : row.specialty
            buf.put(TextWidth.truncate(second, to: layout.nameWidth), x: 0, y: y + 1, style: palette.style(.dim))
        }
        switch row.detail {
        case .unopenable(let reason):
            // The reason takes the days and the summary: the whole row says why.
            buf.put("│", x: layout.dayX(0) - 1, y: y, style: border)
            let width = layout.size.width - layout.dayX(0)
            buf.put(TextWidth.truncate("cannot be opened: " + reason, to: width), x: layout.dayX(0), y: y, style: palette.style(.error))
            if layout.rowHeight > 1 {
                buf.put("│", x: layout.dayX(0) - 1, y: y + 1, style: border)
                buf.put(TextWidth.truncate("fix the file, then r reads it again; the other plans work as usual", to: width),
                        x: layout.dayX(0), y: y + 1, style: palette.style(.dim))
            }
        case .week(let days, let summary):
            for i in 0..<7 {
                let x = layout.dayX(i)
                for line in 0..<layout.rowHeight { buf.put("│", x: x - 1, y: y + line, style: border) }
                guard i < days.count else {
                    buf.put(TextWidth.truncate("—", to: layout.dayWidth), x: x, y: y, style: palette.style(.dim))
                    continue
                }
                drawDay(days[i], x: x, y: y, layout: layout, into: &buf, palette: palette)
            }
            for line in 0..<layout.rowHeight { buf.put("│", x: layout.summaryX - 1, y: y + line, style: border) }
            drawSummary(summary, openIn: row.openIn, x: layout.summaryX, y: y, layout: layout, into: &buf, palette: palette)
        }
    }

    /// A day cell: `!` when the day has an error, then each slot and post by its theme's label
    /// (a gap as `╌Label`, an untouched idea dimmed), cut with … when they do not fit.
    static func drawDay(_ day: BoardDay, x: Int, y: Int, layout: BoardLayout, into buf: inout CellBuffer, palette: Palette) {
        let width = layout.dayWidth
        guard !day.items.isEmpty || day.errors > 0 else {
            buf.put(TextWidth.truncate("·", to: width), x: x, y: y, style: palette.style(.dim))
            return
        }
        var segments: [(String, CellStyle)] = []
        if day.errors > 0 { segments.append(("!", palette.style(.error))) }
        // Full theme names when they all fit, else the short labels.
        let full = day.items.map { itemText($0, name: true) }.joined(separator: " ")
        let useNames = TextWidth.width(of: full) + (day.errors > 0 ? 1 : 0) <= width
        for (k, item) in day.items.enumerated() {
            let text = (k > 0 || day.errors > 0 ? " " : "") + itemText(item, name: useNames)
            segments.append((text, itemStyle(item, palette: palette)))
        }
        putSegments(segments, x: x, y: y, width: width, into: &buf, palette: palette)
        guard layout.rowHeight > 1 else { return }
        // The second line: the title of a day's one post, else the statuses of its items.
        let second: String
        if day.items.count == 1, let title = day.items[0].title {
            second = title
        } else {
            second = day.items.map(statusWord).joined(separator: " ")
        }
        buf.put(TextWidth.truncate(second, to: width), x: x, y: y + 1, style: palette.style(.dim))
    }

    static func itemText(_ item: BoardItem, name: Bool) -> String {
        let label = name ? item.themeName : item.label
        switch item.kind {
        case .gap: return "╌" + label
        case .post, .plannedIdea: return (item.isExtra ? "+" : "") + label
        }
    }

    static func itemStyle(_ item: BoardItem, palette: Palette) -> CellStyle {
        switch item.kind {
        case .gap: palette.style(.gap)
        case .plannedIdea: palette.style(.dim)
        case .post: palette.theme(item.color)
        }
    }

    static func statusWord(_ item: BoardItem) -> String {
        switch item.kind {
        case .gap: "gap"
        case .plannedIdea: "idea"
        case .post(let s): GridView.statusText(s)
        }
    }

    /// Draws styled pieces within `width`; the last one that does not fit whole ends in ….
    static func putSegments(_ segments: [(String, CellStyle)], x: Int, y: Int, width: Int, into buf: inout CellBuffer, palette: Palette) {
        let total = segments.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        var used = 0
        for (text, style) in segments {
            let w = TextWidth.width(of: text)
            if total <= width || used + w < width {
                used += buf.put(text, x: x + used, y: y, style: style, maxWidth: width - used)
                if total <= width || used < width - 1 { continue }
            }
            // Not all fit: cut here with an ellipsis in the last column.
            let room = width - used
            if room > 0 { used += buf.put(TextWidth.truncate(text, to: room), x: x + used, y: y, style: style) }
            break
        }
    }

    static func drawSummary(_ s: PlanSummary, openIn: String?, x: Int, y: Int, layout: BoardLayout, into buf: inout CellBuffer, palette: Palette) {
        let week = s.weeks.first
        let posts = week.map { "\($0.posts)/\($0.max)\($0.isUnder ? "!" : "")" } ?? "—"
        let under = week?.isUnder ?? false
        func pad(_ t: String, _ n: Int) -> String { t + String(repeating: " ", count: max(0, n - TextWidth.width(of: t))) }
        var cx = x
        func field(_ text: String, _ width: Int, _ style: CellStyle) {
            buf.put(pad(text, width), x: cx, y: y, style: style, maxWidth: max(0, layout.summaryX + layout.summaryWidth - cx))
            cx += width + 1
        }
        if let openIn, !layout.wideSummary {
            // A plan another planner holds says so in the row (Enter would be refused).
            buf.put(TextWidth.truncate("open: " + openIn, to: layout.summaryWidth), x: x, y: y, style: palette.style(.warning))
            return
        }
        field(posts, 5, palette.style(under ? .error : .success))
        if layout.wideSummary { field("\(week?.gaps ?? 0)", 4, palette.style((week?.gaps ?? 0) > 0 ? .gap : .dim)) }
        field("\(s.errors)", 3, palette.style(s.errors > 0 ? .error : .dim))
        field("\(s.due)", 3, palette.style(s.due > 0 ? .warning : .dim))
        if layout.wideSummary { field("\(s.awaitingApproval)", 4, palette.style(s.awaitingApproval > 0 ? .warning : .dim)) }
        if layout.wideSummary {
            field("\(s.streak)", 6, palette.style(s.streak > 0 ? .success : .dim))
            field(s.lastPosted?.iso ?? "never", 11, palette.style(.dim))
            if let openIn {
                let line = layout.rowHeight > 1 ? y + 1 : y
                if layout.rowHeight == 1 { buf.fill(Rect(x: x, y: y, width: layout.summaryWidth, height: 1)) }
                buf.put(TextWidth.truncate("open in a planner: " + openIn, to: layout.summaryWidth), x: x, y: line, style: palette.style(.warning))
            }
        }
    }

    /// What the marks mean, in their own styles.
    static func drawLegend(into buf: inout CellBuffer, layout: BoardLayout, palette: Palette) {
        let y = layout.legendY
        let dim = palette.style(.dim)
        let wide = layout.size.width >= 120
        let parts: [(String, CellStyle, String)] = [
            ("╌Tip", palette.style(.gap), wide ? " a themed slot with nothing in it" : " gap"),
            ("!", palette.style(.error), wide ? " an error flag that day" : " error that day"),
            ("+Tip", palette.style(.normal), wide ? " a post outside the themed slots" : " extra post"),
            ("1/3!", palette.style(.error), wide ? " posts against the goal, under the weekly minimum" : " under the minimum"),
        ]
        var x = 0
        for (i, part) in parts.enumerated() {
            let text = (i > 0 ? "   " : "") + part.0 + part.2
            guard x + TextWidth.width(of: text) <= layout.size.width else { break }
            if i > 0 { x += buf.put("   ", x: x, y: y, style: dim) }
            x += buf.put(part.0, x: x, y: y, style: part.1)
            x += buf.put(part.2, x: x, y: y, style: dim)
        }
    }

    // MARK: status bar

    static func drawStatusBar(_ state: BoardState, into buf: inout CellBuffer, layout: BoardLayout, palette: Palette) {
        let rect = Rect(x: 0, y: max(0, layout.size.height - 1), width: layout.size.width, height: 1)
        buf.fill(rect, style: palette.style(.statusBar))
        if let open = state.prompt {
            StatusBarView.drawPrompt(label: open.label, buffer: open.buffer,
                                     hints: open.purpose == .filter ? "  Enter keep · Esc clear" : "  Enter go · Esc cancel",
                                     into: &buf, rect: rect, palette: palette)
            return
        }
        var left = Keymap.hints(for: state.keyContext).joined(separator: "  ")
        if let count = state.count { left = "count \(count)  " + left }
        // The message about the last thing done; else what the selected row cannot do.
        var kind = state.message?.kind ?? .info
        var right = state.message?.text ?? ""
        if right.isEmpty, let row = state.selectedRow {
            if let problem = row.problem {
                right = "\(row.id): \(problem)"
                kind = .error
            } else if let holder = row.openIn {
                right = "\(row.id) is open in another planner (\(holder))"
            } else if !layout.wideSummary, let awaiting = row.summary?.awaitingApproval, awaiting > 0 {
                // The compact summary has no approvals column: the selected doctor's count is said here.
                right = "\(awaiting) post\(awaiting == 1 ? "" : "s") awaiting approval"
            }
        }
        let total = rect.width - 1
        if TextWidth.width(of: left) + 2 + TextWidth.width(of: right) > total {
            // A message about the last thing done, or why the selected doctor's planner would
            // not open (the row can show only the start of it), matters more than the hints.
            right = TextWidth.truncate(right, to: total)
            left = TextWidth.truncate(left, to: max(0, total - TextWidth.width(of: right) - 2))
        }
        buf.put(left, x: 0, y: rect.y, style: palette.style(.statusBar), maxWidth: total)
        guard !right.isEmpty else { return }
        let style: CellStyle
        switch kind {
        case .info: style = palette.style(.statusBar)
        case .success: style = palette.style(.statusKey)
        case .error: style = palette.usesColor ? CellStyle(fg: .white, bg: .red, bold: true) : palette.style(.statusKey)
        }
        buf.put(right, x: total - TextWidth.width(of: right), y: rect.y, style: style)
    }
}
