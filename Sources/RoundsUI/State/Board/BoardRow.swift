import RoundsCore

/// One plan of a workspace as the board is given it: the plan and its own today (each plan's
/// today is in its own time zone), or why it cannot be opened. The app reads the files; the
/// board only ever sees these values.
public struct BoardSource: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case plan(Plan, today: CalendarDate)
        /// Malformed (with line and column), a newer format, git conflict markers, unreadable.
        case unopenable(reason: String)
    }

    /// The plan's path relative to the workspace (`ruiz.json`, `chen/plan.json`): unique, so
    /// the selection follows a doctor through sorting, filtering and refreshes.
    public var id: String
    /// The file name without `.json`, or the folder's name.
    public var fileName: String
    public var content: Content
    /// The planner holding the plan's session lock when it was read ("pid 123 on host").
    public var openIn: String?

    public init(id: String, fileName: String, content: Content, openIn: String? = nil) {
        self.id = id
        self.fileName = fileName
        self.content = content
        self.openIn = openIn
    }
}

/// One themed slot or post of a day, as a board cell shows it.
public struct BoardItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case post(PostStatus)
        /// An idea still as the template made it: planned, not written (it counts for nothing).
        case plannedIdea
        /// A themed slot with nothing in it.
        case gap
    }

    /// The theme's short label ("Tip") and name ("Health Tip").
    public var label: String
    public var themeName: String
    public var color: ThemeColor
    public var kind: Kind
    /// The post's title (control characters escaped); nil for a gap.
    public var title: String?
    /// A post that fills no themed slot (another theme, or a second post).
    public var isExtra: Bool

    public init(label: String, themeName: String, color: ThemeColor, kind: Kind, title: String? = nil, isExtra: Bool = false) {
        self.label = label
        self.themeName = themeName
        self.color = color
        self.kind = kind
        self.title = title
        self.isExtra = isExtra
    }
}

/// One day of a doctor's row.
public struct BoardDay: Equatable, Sendable {
    public var date: CalendarDate
    public var items: [BoardItem]
    /// Error flags dated that day (cadence, consent, placeholders, the linter).
    public var errors: Int

    public init(date: CalendarDate, items: [BoardItem], errors: Int) {
        self.date = date
        self.items = items
        self.errors = errors
    }

    public var gaps: Int { items.filter { $0.kind == .gap }.count }
}

/// A doctor's row on the board for one week: the days and the summary, or why the plan
/// cannot be opened. Built from a `BoardSource` by a pure function of the week.
public struct BoardRow: Equatable, Sendable {
    public enum Detail: Equatable, Sendable {
        case week(days: [BoardDay], summary: PlanSummary)
        case unopenable(reason: String)
    }

    public var id: String
    /// The doctor's name (the file name when the plan has none), control characters escaped.
    public var name: String
    public var specialty: String
    public var fileName: String
    public var openIn: String?
    public var detail: Detail

    public init(id: String, name: String, specialty: String, fileName: String, openIn: String?, detail: Detail) {
        self.id = id
        self.name = name
        self.specialty = specialty
        self.fileName = fileName
        self.openIn = openIn
        self.detail = detail
    }

    public var summary: PlanSummary? {
        if case .week(_, let s) = detail { return s }
        return nil
    }

    public var problem: String? {
        if case .unopenable(let r) = detail { return r }
        return nil
    }

    /// The row of `source` for the board's `week` (its days, whatever the plan's own week
    /// start: a Sunday-start plan's Sunday is taken from its next week). The summary is the
    /// plan's own week holding the board week's first day, as `rounds overview` counts it.
    public init(source: BoardSource, week: Week) {
        func clean(_ s: String) -> String { ControlCharacters.escaped(s, multiline: false) }
        switch source.content {
        case .unopenable(let reason):
            self.init(id: source.id, name: clean(source.fileName), specialty: "", fileName: source.fileName, openIn: source.openIn,
                      detail: .unopenable(reason: clean(reason)))
        case .plan(let plan, let today):
            let summary = PlanSummary(plan: plan, from: week.start, weeks: 1, today: today)
            var grids: [CalendarDate: (grid: WeekGrid, flags: [PlanFlag])] = [:]
            var days: [BoardDay] = []
            for date in week.days {
                let own = Week(containing: date, weekStart: plan.profile.weekStart).withinCalendar
                let entry = grids[own.start] ?? (WeekGrid(plan: plan, week: own), Review.weekFlags(plan: plan, week: own, today: today))
                grids[own.start] = entry
                let items = entry.grid.items(on: date).map { item -> BoardItem in
                    let theme = plan.theme(id: item.themeID)
                    let label = theme?.label ?? item.themeID
                    let name = theme?.name ?? item.themeID
                    let color = theme?.color ?? .white
                    guard let post = item.post else { return BoardItem(label: label, themeName: name, color: color, kind: .gap) }
                    var isExtra = false
                    if case .extra = item { isExtra = true }
                    return BoardItem(label: label, themeName: name, color: color,
                                     kind: plan.isUntouchedIdea(post) ? .plannedIdea : .post(post.status), title: clean(post.title), isExtra: isExtra)
                }
                let errors = entry.flags.filter { $0.severity == .error && $0.date == date }.count
                days.append(BoardDay(date: date, items: items, errors: errors))
            }
            let name = plan.profile.name.trimmingSpaces.isEmpty ? source.fileName : plan.profile.name
            self.init(id: source.id, name: clean(name), specialty: clean(plan.profile.specialty), fileName: source.fileName,
                      openIn: source.openIn, detail: .week(days: days, summary: summary))
        }
    }
}

/// The board's orders, cycled with `S`.
public enum BoardSort: CaseIterable, Equatable, Sendable {
    /// Plans that cannot be opened, then `PlanSummary.needsAttentionFirst` (as `rounds overview`).
    case needsAttention
    /// By the doctor's name, case and accents ignored.
    case name
    /// The most errors first (plans that cannot be opened first of all), then by name.
    case errors

    public var label: String {
        switch self {
        case .needsAttention: "needs attention"
        case .name: "name"
        case .errors: "errors"
        }
    }

    var next: BoardSort {
        switch self {
        case .needsAttention: .name
        case .name: .errors
        case .errors: .needsAttention
        }
    }

    /// Whether `a` comes before `b`; total (the id breaks every tie).
    func precedes(_ a: BoardRow, _ b: BoardRow) -> Bool {
        let na = a.name.searchFolded, nb = b.name.searchFolded
        switch self {
        case .needsAttention:
            switch (a.summary, b.summary) {
            case (nil, nil): break
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x.attentionKey != y.attentionKey { return x.attentionKey.lexicographicallyPrecedes(y.attentionKey) }
            }
        case .name:
            break
        case .errors:
            switch (a.summary, b.summary) {
            case (nil, nil): break
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x.errors != y.errors { return x.errors > y.errors }
            }
        }
        if na != nb { return na < nb }
        return a.id < b.id
    }
}
