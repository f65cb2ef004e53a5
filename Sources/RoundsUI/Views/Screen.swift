import RoundsCore

/// Draws the whole planner for a state and a size into a cell buffer. Pure: the same state
/// and size always give the same screen, and nothing is changed.
public enum Screen {
    public static func render(_ state: AppState, size: Size, palette: Palette = .color) -> CellBuffer {
        var buf = CellBuffer(size: size)
        let layout = Layout(size: size)
        if layout.isTooSmall {
            TooSmallView.draw(into: &buf, size: size, palette: palette)
            return buf
        }
        let grid = state.grid
        let flags = state.weekFlags
        HeaderView.draw(state, grid: grid, flags: flags, into: &buf, layout: layout, palette: palette)
        GridView.draw(state, grid: grid, into: &buf, layout: layout, palette: palette)
        DetailView.draw(state, into: &buf, rect: layout.detail, palette: palette)
        if state.showingBacklog {
            BacklogView.draw(state, into: &buf, rect: layout.flags, palette: palette)
        } else {
            FlagsView.draw(state, flags: flags, into: &buf, rect: layout.flags, palette: palette)
        }
        // The separator between the two lower panes.
        for y in layout.detail.y..<layout.detail.maxY { buf.put("│", x: layout.detail.maxX, y: y, style: palette.style(.border)) }
        if case .editing(let editor) = state.mode {
            let rect = Rect(x: 0, y: 2, width: size.width, height: max(0, size.height - 3))
            EditorView.draw(state, editor: editor, into: &buf, rect: rect, palette: palette)
        }
        if case .picking(let picker) = state.mode { PickerView.draw(picker, into: &buf, size: size, palette: palette) }
        StatusBarView.draw(state, into: &buf, rect: layout.statusBar, palette: palette)
        if state.showingHelp { HelpView.draw(state, into: &buf, size: size, palette: palette) }
        return buf
    }
}

enum TooSmallView {
    static func draw(into buf: inout CellBuffer, size: Size, palette: Palette) {
        let need = "need \(Layout.minimum.width)×\(Layout.minimum.height), have \(size.width)×\(size.height)"
        let lines = TextWidth.width(of: need) <= size.width
            ? ["terminal too small:", need, "(q quits)"]
            : ["terminal too small:", "need \(Layout.minimum.width)×\(Layout.minimum.height),", "have \(size.width)×\(size.height)", "(q quits)"]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let w = TextWidth.width(of: line)
            buf.put(line, x: max(0, (size.width - w) / 2), y: top + i, style: palette.style(i == 0 ? .error : .normal))
        }
    }
}

enum HeaderView {
    static func draw(_ state: AppState, grid: WeekGrid, flags: [PlanFlag], into buf: inout CellBuffer, layout: Layout, palette: Palette) {
        let plan = state.plan
        let w = layout.size.width
        let (_, week) = state.week.isoYearAndNumber
        let who = "Rounds · \(plan.profile.name.isEmpty ? "(no name yet)" : plan.profile.name) · "
        var left: String
        if state.week.weekStart == .sunday {
            // Week numbers are ISO's (as `--week 2026-W49` is everywhere), and ISO's weeks run
            // Monday to Sunday: a Sunday-start week is the ISO week of its Monday, with its own
            // days named so that W49 is not read as 29 Nov–5 Dec. The dates come first, since
            // a narrow header cuts from the end.
            let iso = Week(containing: state.week.start.adding(days: 1), weekStart: .monday)
            left = who + state.week.rangeLabel + " · ISO week \(week) is " + iso.shortRangeLabel
        } else {
            left = who + "Week \(week) · \(state.week.rangeLabel)"
        }
        if state.readOnly { left += " · READ-ONLY" }
        let streak = "streak \(state.streak) week\(state.streak == 1 ? "" : "s")"
        // The week's dates and READ-ONLY matter more than the streak: it gives way when both do not fit.
        let showStreak = TextWidth.width(of: left) + TextWidth.width(of: streak) + 1 <= w
        let leftWidth = buf.put(left, x: 0, y: 0, style: palette.style(.title), maxWidth: showStreak ? w - TextWidth.width(of: streak) - 1 : w)
        if showStreak, leftWidth + TextWidth.width(of: streak) + 1 <= w {
            buf.put(streak, x: w - TextWidth.width(of: streak), y: 0, style: palette.style(state.streak > 0 ? .success : .dim))
        }
        // Cadence summary: "2/3 posts · Health Tip ✓ · Q&A ✓ · Success Story ✗"
        // Untouched ideas (as `F` or plan-week made them) are planned, not posts: the same rule as
        // `rounds check` and the streak.
        let written = grid.posts.filter { !plan.isUntouchedIdea($0) }
        let count = written.count
        let goals = plan.cadence
        var x = 0
        let countStyle = count < goals.minPerWeek ? palette.style(.error) : count > goals.maxPerWeek ? palette.style(.warning) : palette.style(.success)
        x += buf.put("\(count)/\(goals.maxPerWeek) posts", x: x, y: 1, style: countStyle)
        var seen: [String] = []
        for slot in grid.slots where !seen.contains(slot.theme.id) {
            seen.append(slot.theme.id)
            let done = written.contains { $0.themeID == slot.theme.id }
            x += buf.put(" · ", x: x, y: 1, style: palette.style(.dim))
            x += buf.put(slot.theme.name + " ", x: x, y: 1, style: palette.theme(slot.theme.color))
            x += buf.put(done ? "✓" : "✗", x: x, y: 1, style: palette.style(done ? .success : .error))
        }
        let errors = flags.filter { $0.severity == .error }.count
        let errorsText = errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : ""
        x = ObservanceView.drawMonths(state.weekObservances, into: &buf, x: x, y: 1,
                                      maxX: w - (errorsText.isEmpty ? 0 : TextWidth.width(of: errorsText) + 3), palette: palette)
        if errors > 0 {
            let text = errorsText
            if x + 3 + TextWidth.width(of: text) <= w {
                buf.put(text, x: w - TextWidth.width(of: text), y: 1, style: palette.style(.error))
            }
        }
    }
}

enum GridView {
    static func draw(_ state: AppState, grid: WeekGrid, into buf: inout CellBuffer, layout: Layout, palette: Palette) {
        let days = state.week.days
        // A line at the top of each column for the day's observances, when the week has any.
        let observances = state.weekObservances
        var layout = layout
        if ObservanceView.hasDayLine(observances), layout.grid.height > layout.itemHeight {
            for (i, day) in days.enumerated() {
                ObservanceView.drawDayLine(day, placed: observances, x: layout.columns[i].x, y: layout.grid.y,
                                           width: layout.columns[i].width, into: &buf, palette: palette)
            }
            layout.grid = Rect(x: layout.grid.x, y: layout.grid.y + 1, width: layout.grid.width, height: layout.grid.height - 1)
        }
        // Tall cells use the room: when every day's items fit with rows to spare, each item
        // gets the same extra rows for the first lines of its body.
        let most = max(1, days.map { grid.items(on: $0).count }.max() ?? 1)
        let itemHeight = max(layout.itemHeight, min(layout.itemHeight + 8, (layout.grid.height + 1) / most))
        for (i, day) in days.enumerated() {
            let col = layout.columns[i]
            // Day header: "Wed 25", today marked.
            let isToday = day == state.today
            let marked = observances.contains { !$0.isMonth && $0.contains(day) }
            var label = "\(day.weekday.shortName) \(day.day)" + (day.day == 1 || i == 0 ? " \(day.shortMonthName)" : "") + (isToday ? " •" : "")
            // The mark only where it fits whole: the day's own label is never cut for it.
            if marked, TextWidth.width(of: label) + 2 <= col.width { label += " " + ObservanceView.mark }
            let style = isToday ? palette.style(.today) : palette.style(.dayHeader)
            if isToday { buf.fill(Rect(x: col.x, y: layout.dayHeader.y, width: col.width, height: 1), style: style) }
            buf.put(TextWidth.truncate(label, to: col.width), x: col.x, y: layout.dayHeader.y, style: style)
            if i < 6 {
                for y in layout.dayHeader.y..<layout.grid.maxY { buf.put("│", x: col.x + col.width, y: y, style: palette.style(.border)) }
            }
            drawDay(state, items: grid.items(on: day), dayIndex: i, column: col, itemHeight: itemHeight, into: &buf, layout: layout, palette: palette)
        }
        // The calendar's last week stops at 9999-12-31: the days past it are drawn as absent.
        for i in days.count..<7 {
            let col = layout.columns[i]
            buf.put(TextWidth.truncate("—", to: col.width), x: col.x, y: layout.dayHeader.y, style: palette.style(.dim))
            buf.put(TextWidth.truncate("(no day)", to: col.width), x: col.x, y: layout.grid.y, style: palette.style(.dim))
            if i < 6 {
                for y in layout.dayHeader.y..<layout.grid.maxY { buf.put("│", x: col.x + col.width, y: y, style: palette.style(.border)) }
            }
        }
    }

    static func drawDay(_ state: AppState, items: [WeekGrid.Item], dayIndex: Int, column: (x: Int, width: Int), itemHeight: Int,
                        into buf: inout CellBuffer, layout: Layout, palette: Palette) {
        let fits = max(1, (layout.grid.height + 1) / itemHeight)
        let selectedHere = state.dayIndex == dayIndex
        // Scroll so the selected item is visible.
        var first = 0
        if selectedHere, state.itemIndex >= fits { first = state.itemIndex - fits + 1 }
        let plan = state.plan
        var y = layout.grid.y
        if items.isEmpty {
            buf.put(TextWidth.truncate("·", to: column.width), x: column.x, y: y, style: palette.style(.dim))
            if selectedHere {
                buf.restyle(Rect(x: column.x, y: y, width: column.width, height: 1)) { $0 = palette.style(state.focus == .grid ? .selected : .selectedUnfocused) }
            }
            return
        }
        for index in first..<items.count {
            if y + itemHeight - 1 > layout.grid.maxY { break }
            let item = items[index]
            let isSelected = selectedHere && index == state.itemIndex
            drawItem(item, plan: plan, x: column.x, y: y, width: column.width, titleLines: layout.titleLines,
                     bodyLines: itemHeight - layout.itemHeight, into: &buf, palette: palette)
            if isSelected {
                let rect = Rect(x: column.x, y: y, width: column.width, height: itemHeight - 1)
                if state.focus == .grid {
                    buf.restyle(rect) { $0.reverse = true }
                } else {
                    buf.restyle(rect) { $0.underline = true }
                }
            }
            y += itemHeight
        }
        let hidden = items.count - first - (y - layout.grid.y) / itemHeight
        if hidden > 0, layout.grid.maxY - 1 >= layout.grid.y {
            buf.put(TextWidth.truncate("+\(hidden) more", to: column.width), x: column.x, y: layout.grid.maxY - 1, style: palette.style(.dim))
        }
    }

    static func drawItem(_ item: WeekGrid.Item, plan: Plan, x: Int, y: Int, width: Int, titleLines: Int, bodyLines: Int = 0,
                         into buf: inout CellBuffer, palette: Palette) {
        let theme = plan.theme(id: item.themeID)
        let label = theme.map { TextWidth.width(of: $0.name) <= width ? $0.name : $0.label } ?? item.themeID
        let themeStyle = theme.map { palette.theme($0.color) } ?? palette.style(.title)
        buf.fill(Rect(x: x, y: y, width: width, height: titleLines + 2 + bodyLines))
        guard let post = item.post else {
            buf.put(TextWidth.truncate(label, to: width), x: x, y: y, style: themeStyle)
            buf.put(TextWidth.truncate("╌ gap ╌", to: width), x: x, y: y + 1, style: palette.style(.gap))
            return
        }
        var labelText = label
        if case .extra = item { labelText = "+" + label }
        let labelWidth = buf.put(TextWidth.truncate(labelText, to: width), x: x, y: y, style: themeStyle)
        if let time = post.time, labelWidth + 6 <= width {
            buf.put(time.description, x: x + width - 5, y: y, style: palette.style(.normal))
        }
        let titleRows = TextWidth.wrap(post.title, width: width)
        for row in 0..<titleLines {
            guard row < titleRows.count else { break }
            var text = titleRows[row]
            if row == titleLines - 1, titleRows.count > titleLines { text = TextWidth.truncate(text + " " + titleRows[(row + 1)...].joined(separator: " "), to: width) }
            buf.put(text, x: x, y: y + 1 + row, style: palette.style(.title), maxWidth: width)
        }
        let platforms = post.platforms.map { id in plan.profile.platforms.first { $0.id == id }.map(platformAbbreviation) ?? id }
        let statusLine = ([statusText(post.status)] + platforms).joined(separator: " ")
        let statusStyle: CellStyle
        switch post.status {
        case .idea: statusStyle = palette.style(.dim)
        case .draft: statusStyle = palette.style(.normal)
        case .ready, .scheduled: statusStyle = palette.style(.success)
        case .posted: statusStyle = palette.style(.info)
        }
        buf.put(TextWidth.truncate(statusLine, to: width), x: x, y: y + 1 + titleLines, style: statusStyle)
        // The first lines of the body, in the rows a tall cell has to spare.
        guard bodyLines > 0, !post.body.isEmpty else { return }
        var rows: [String] = []
        for paragraph in post.body.split(separator: "\n", omittingEmptySubsequences: true) where rows.count < bodyLines {
            rows += TextWidth.wrap(String(paragraph).trimmingSpaces, width: width)
        }
        for (k, row) in rows.prefix(bodyLines).enumerated() {
            var text = row
            if k == bodyLines - 1, rows.count > bodyLines { text = TextWidth.truncate(row + " …", to: width) }
            buf.put(text, x: x, y: y + 2 + titleLines + k, style: palette.style(.dim), maxWidth: width)
        }
    }

    static func statusText(_ s: PostStatus) -> String {
        switch s {
        case .idea: "idea"
        case .draft: "draft"
        case .ready: "ready"
        case .scheduled: "sched"
        case .posted: "posted"
        }
    }

    static func platformAbbreviation(_ p: Platform) -> String {
        switch p.id {
        case "linkedin": "Li"
        case "instagram": "Ig"
        case "facebook": "Fb"
        case "x": "X"
        default: String(p.name.prefix(2))
        }
    }
}
