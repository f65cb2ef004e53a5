import RoundsCore

/// A line typed in the board's status bar.
public struct BoardPrompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable { case filter, goToWeek }
    public var purpose: Purpose
    public var buffer: TextBuffer

    public var label: String {
        switch purpose {
        case .filter: "Filter (name or specialty)"
        case .goToWeek: "Go to week (2026-W49, next, last, a date)"
        }
    }
}

/// The overview board of a workspace: one row per doctor, the days of a week as columns.
/// A value: views read it, only `apply` changes it, and it does no I/O (opening a planner
/// and reading plans are `BoardEffect`s the app performs).
public struct BoardState: Equatable, Sendable {
    /// The workspace folder, for the header.
    public var folder: String
    /// Every plan as given, in the workspace's order.
    public private(set) var sources: [BoardSource]
    /// Every row for the week, in the chosen order; recomputed when the week, the order or a
    /// source changes (once, in that step), never per key or per frame.
    public private(set) var rows: [BoardRow] = []
    /// The rows the filter lets through, in order.
    public private(set) var visible: [BoardRow] = []
    /// The board's week (Monday to Sunday, ISO's, as `rounds overview` counts it).
    public private(set) var week: Week
    /// Today on this machine (for `t` and the today marker in the week header).
    public internal(set) var today: CalendarDate
    public internal(set) var size: Size
    /// The selected doctor, by id, so that sorting, filtering and refreshing keep it.
    public private(set) var selectedID: String?
    /// The first visible row (scrolling lives in the state; rendering changes nothing).
    public private(set) var top = 0
    public private(set) var sort: BoardSort = .needsAttention
    /// The filter as typed (applied as you type); empty: every row.
    public private(set) var filter = ""
    /// The line being typed in the status bar: the filter (`/`, applied as you type) or a week
    /// to go to (`g`), or nil.
    public private(set) var prompt: BoardPrompt?
    /// The filter being typed, or nil.
    public var filterPrompt: TextBuffer? { prompt?.purpose == .filter ? prompt?.buffer : nil }
    public internal(set) var count: Int?
    public internal(set) var showingHelp = false
    public internal(set) var helpScroll = 0
    public var message: StatusMessage?

    public init(folder: String, sources: [BoardSource], today: CalendarDate, week: Week? = nil, size: Size = Layout.minimum) {
        self.folder = folder
        self.sources = sources
        self.today = today
        self.week = (week ?? Week(containing: today, weekStart: .monday)).withinCalendar
        self.size = size
        rebuildRows()
    }

    /// The selected row's place among the visible rows.
    public var selectedIndex: Int? {
        guard let selectedID else { return nil }
        return visible.firstIndex { $0.id == selectedID }
    }

    public var selectedRow: BoardRow? { selectedIndex.map { visible[$0] } }

    public var isTooSmall: Bool { Layout(size: size).isTooSmall }

    /// Where keys go now.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        if showingHelp { return .help }
        return .board
    }

    // MARK: keys

    /// A key press through the one keymap; the run loop, key scripts and tests all press here.
    public mutating func press(_ key: Key) -> [BoardEffect] {
        if isTooSmall {
            guard key == .char("q") || key == .ctrl("c") else { return [] }
            return apply(.navigate(.quit))
        }
        guard let action = Keymap.action(for: key, in: keyContext, pendingCount: count != nil) else { return [] }
        return apply(action)
    }

    public mutating func press(script: String) -> [BoardEffect] {
        Key.script(script).flatMap { press($0) }
    }

    // MARK: the reducer

    public mutating func apply(_ action: Action) -> [BoardEffect] {
        if isTooSmall, action.comesFromKeys, action != .navigate(.quit) { return [] }
        if action.comesFromKeys, !action.isDigit { message = nil }
        switch action {
        case .navigate(let a): return applyNavigation(a)
        case .prompt(let a): applyFilter(a)
        case .board(let a): return applyBoard(a)
        case .io(let a):
            if case .notify(let m) = a { message = m }
        case .resized(let s):
            size = s
            helpScroll = min(helpScroll, HelpView.maxScroll(for: size, content: HelpView.boardContent))
            keepSelectionVisible()
        case .tick(_, let t):
            today = t
        case .write, .editor, .picker, .share:
            break
        }
        return []
    }

    private var repeatCount: Int { max(1, count ?? 1) }

    private mutating func applyNavigation(_ action: NavigationAction) -> [BoardEffect] {
        let n = repeatCount
        let hadCount = count != nil
        if case .digit = action {} else { count = nil }
        switch action {
        case .digit(let d):
            count = min(999, (count ?? 0) * 10 + d)
        case .moveSlot(let delta):
            if showingHelp { scrollHelp(delta * n) } else { moveSelection(delta * n) }
        case .scrollHelp(let delta):
            scrollHelp(delta * n)
        case .moveWeek(let delta):
            showWeek(week.adding(weeks: delta * n))
        case .goToToday:
            showWeek(Week(containing: today, weekStart: .monday))
        case .activate:
            guard let row = selectedRow else { return [] }
            if let problem = row.problem {
                message = StatusMessage("\(row.fileName) cannot be opened: \(problem)", kind: .error)
                return []
            }
            return [.openPlanner(id: row.id)]
        case .toggleHelp:
            showingHelp.toggle()
            helpScroll = 0
        case .cancel:
            // Esc undoes the last thing first: a count, help, a filter; on the bare board it quits.
            if hadCount { return [] }
            if let open = prompt {
                prompt = nil
                if open.purpose == .filter { setFilter("") }
            } else if showingHelp {
                showingHelp = false
            } else if !filter.isEmpty {
                setFilter("")
            } else {
                return [.quit]
            }
        case .quit:
            return [.quit]
        case .moveDay, .toggleFocus, .scrollDetails, .toggleBacklog, .toggleObservances, .searchNext:
            break
        }
        return []
    }

    private mutating func applyFilter(_ action: PromptAction) {
        guard let open = prompt else { return }
        var buffer = open.buffer
        switch action {
        case .begin:
            return
        case .insert(let text):
            let room = max(0, 200 - buffer.count)
            buffer.insert(String(text.filter { !$0.isNewline }.prefix(room)))
        case .backspace:
            buffer.backspace()
        case .kill(let k):
            switch k {
            case .toLineStart: buffer.killToLineStart()
            case .toLineEnd: buffer.killToLineEnd()
            case .wordBack: buffer.killWordBack()
            }
        case .move(let m):
            switch m {
            case .left: buffer.left()
            case .right: buffer.right()
            case .wordLeft: buffer.wordLeft()
            case .wordRight: buffer.wordRight()
            case .lineStart, .start, .up: buffer.moveTo(0)
            case .lineEnd, .end, .down: buffer.moveTo(buffer.count)
            }
        case .submit:
            prompt = nil
            switch open.purpose {
            case .filter:
                if visible.isEmpty, !filter.isEmpty { message = StatusMessage("no doctor matches '\(filter)' (Esc clears the filter)", kind: .error) }
            case .goToWeek:
                goTo(buffer.text.trimmingSpaces)
            }
            return
        }
        prompt = BoardPrompt(purpose: open.purpose, buffer: buffer)
        if open.purpose == .filter { setFilter(buffer.text) }
    }

    /// `g`: a week by the words `--week` takes (`2026-W49`, `next`, `last`) or any date in it.
    private mutating func goTo(_ text: String) {
        guard !text.isEmpty else { return }
        if let iso = Week(iso: text, weekStart: .monday) {
            showWeek(iso)
        } else if let w = WeekPhrase.parse(text, today: today, weekStart: .monday) {
            showWeek(w)
        } else if let d = DatePhrase.parse(text, today: today, week: week) {
            showWeek(Week(containing: d, weekStart: .monday))
        } else {
            message = StatusMessage("'\(text)' is not a week: try 2026-W49, next, last, 2026-12-01 or next fri", kind: .error)
        }
    }

    private mutating func applyBoard(_ action: BoardAction) -> [BoardEffect] {
        count = nil
        switch action {
        case .beginFilter:
            prompt = BoardPrompt(purpose: .filter, buffer: TextBuffer(filter, cursor: filter.count))
        case .beginGoToWeek:
            prompt = BoardPrompt(purpose: .goToWeek, buffer: TextBuffer())
        case .cycleSort:
            sort = sort.next
            rebuildRows(only: [])
            message = StatusMessage("sorted by \(sort.label)")
        case .jump(let toLast):
            guard !visible.isEmpty else { return [] }
            selectedID = toLast ? visible[visible.count - 1].id : visible[0].id
            keepSelectionVisible()
        case .reload:
            return [.reload]
        case .loaded(let all):
            // Only the plans that changed are summarised again (the poll sends every source).
            let old = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            sources = all
            rebuildRows(only: Set(all.filter { old[$0.id] != $0 }.map(\.id)))
        case .plannerClosed(let source, let signal, let said):
            if let source {
                if let i = sources.firstIndex(where: { $0.id == source.id }) { sources[i] = source } else { sources.append(source) }
                rebuildRows(only: [source.id])
            }
            message = said
            if signal { return [.quit] }
        }
        return []
    }

    // MARK: derived

    /// Shows a week (kept within the calendar) and recomputes the rows when it changes.
    mutating func showWeek(_ w: Week) {
        let new = Week(containing: w.start, weekStart: .monday).withinCalendar
        guard new != week else { return }
        week = new
        rebuildRows()
    }

    /// The rows for the week in the chosen order, then the filter. `only`: the sources whose
    /// rows must be built again; the others keep theirs (same week, same plan).
    private mutating func rebuildRows(only changed: Set<String>? = nil) {
        let order = sort
        let kept = changed == nil ? [:] : Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        rows = sources.map { source in
            if let changed, !changed.contains(source.id), let row = kept[source.id] { return row }
            return BoardRow(source: source, week: week)
        }.sorted { order.precedes($0, $1) }
        applyFilterToRows()
    }

    private mutating func setFilter(_ text: String) {
        guard text != filter else { return }
        filter = text
        applyFilterToRows()
    }

    /// Whether a row matches the filter: the doctor's name, the specialty or the file name
    /// holds it, case and accents ignored.
    static func matches(_ row: BoardRow, _ folded: String) -> Bool {
        folded.isEmpty || [row.name, row.specialty, row.fileName].contains { $0.searchFolded.contains(folded) }
    }

    private mutating func applyFilterToRows() {
        let folded = filter.trimmingSpaces.searchFolded
        visible = rows.filter { BoardState.matches($0, folded) }
        // The selection stays on its doctor while it is shown, else goes to the first row.
        if selectedID == nil || !visible.contains(where: { $0.id == selectedID }) {
            if let previous = selectedID, visible.isEmpty { selectedID = previous } else { selectedID = visible.first?.id ?? selectedID }
        }
        keepSelectionVisible()
    }

    private mutating func moveSelection(_ delta: Int) {
        guard !visible.isEmpty else { return }
        let i = selectedIndex ?? 0
        selectedID = visible[min(max(0, i + delta), visible.count - 1)].id
        keepSelectionVisible()
    }

    private mutating func scrollHelp(_ delta: Int) {
        helpScroll = min(max(0, helpScroll + delta), HelpView.maxScroll(for: size, content: HelpView.boardContent))
    }

    /// Scrolls just enough for the selected row to be on screen.
    private mutating func keepSelectionVisible() {
        let room = max(1, BoardLayout(size: size).visibleRows)
        let i = selectedIndex ?? 0
        if i < top { top = i }
        if i >= top + room { top = i - room + 1 }
        top = min(max(0, top), max(0, visible.count - room))
    }
}
