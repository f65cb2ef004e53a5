import RoundsCore

/// Which part of the screen takes the keys.
public enum Focus: Equatable, Sendable {
    case grid, flags, backlog
}

/// A one-line text prompt in the status bar.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case goToDate, consent(postID: String), export, theme(postID: String), platforms(postID: String)
        case dateTime(postID: String), notes(postID: String), search
    }
    public var purpose: Purpose
    public var text: String
    public var label: String {
        switch purpose {
        case .goToDate: "Go to date"
        case .consent: "Consent: date and reference (e.g. 2026-11-20 form 114), or 'revoke'"
        case .export: "Export the week to (.txt .md .csv .ics .json)"
        case .theme: "Theme"
        case .platforms: "Platforms (comma-separated)"
        case .dateTime: "Date and time (2026-12-02 09:30, fri, 'none' for the backlog)"
        case .notes: "Notes"
        case .search: "Search titles and bodies"
        }
    }
}

/// Everything the planner shows, as a value. Views read it; only the reducer changes it.
public struct AppState: Equatable, Sendable {
    public private(set) var plan: Plan
    public var today: CalendarDate
    public var week: Week {
        didSet {
            week = week.withinCalendar
            if week != oldValue { refreshFlags(); refreshObservances() }
        }
    }
    /// 0…6, the column in the week.
    public var dayIndex: Int
    /// The item (slot or extra post) in the day.
    public var itemIndex: Int = 0
    public var focus: Focus = .grid
    public var flagIndex: Int = 0
    public var showingHelp = false
    public var helpScroll = 0
    public var prompt: Prompt?
    public var count: Int?
    public var message: StatusMessage?
    public var readOnly: Bool
    /// Why the last save failed, until a save succeeds: the plan on disk is behind the screen.
    public var unsavedReason: String?
    /// Weeks in a row at the weekly minimum; recomputed when the plan changes, not per key.
    public private(set) var streak: Int
    public var mode: Mode = .normal
    public var undoStack: [Change] = []
    public var redoStack: [Change] = []
    /// The clock, set by the app before each action (new posts and edits are stamped with it).
    public var now: Timestamp
    /// Copied with y, pasted with P.
    public var clipboard: Post?
    /// The ideas backlog replaces the flags panel while shown (b).
    public var showingBacklog = false
    public var backlogIndex = 0
    /// The last search, for n and N.
    public var search: String?
    /// Undo keeps at least this many steps.
    public static let undoLimit = 200
    /// The health observances the profile wants (the app hands them over after the first
    /// frame), whether they are shown (o), and this week's, placed when the week changes.
    public private(set) var observances: [Observance] = []
    public var showObservances = true {
        didSet { refreshObservances() }
    }
    public private(set) var weekObservances: [PlacedObservance] = []

    public init(plan: Plan, today: CalendarDate, readOnly: Bool = false, now: Timestamp? = nil) {
        self.plan = plan
        self.now = now ?? Timestamp(secondsSince1970: Int64(today.dayNumber) * 86_400 + 9 * 3600)
        self.today = today
        self.week = Week(containing: today, weekStart: plan.profile.weekStart).withinCalendar
        self.dayIndex = min(max(week.start.days(until: today), 0), 6)
        self.readOnly = readOnly
        self.streak = Cadence.streak(plan: plan, today: today)
        refreshFlags()
    }

    public mutating func replacePlan(_ new: Plan) {
        plan = new
        streak = Cadence.streak(plan: new, today: today)
        refreshFlags()
        if new.profile.weekStart != week.weekStart {
            let d = selectedDate
            week = Week(containing: d, weekStart: new.profile.weekStart)
            dayIndex = week.start.days(until: d)
        }
        clampSelection()
    }

    public var selectedDate: CalendarDate { week.start.adding(days: dayIndex) }

    public var grid: WeekGrid { WeekGrid(plan: plan, week: week) }

    public func items(on date: CalendarDate, grid: WeekGrid) -> [WeekGrid.Item] { grid.items(on: date) }

    public var selectedItem: WeekGrid.Item? {
        let items = grid.items(on: selectedDate)
        return items.indices.contains(itemIndex) ? items[itemIndex] : nil
    }

    /// The flags shown in the panel: the week's cadence flags and linter findings, most severe
    /// first. Kept with the state and recomputed when the plan or the week changes, not per key.
    public private(set) var weekFlags: [PlanFlag] = []

    public mutating func setObservances(_ list: [Observance]) {
        observances = list
        refreshObservances()
    }

    /// This week's observances, and the days around it that `F` looks at.
    mutating func refreshObservances() {
        weekObservances = showObservances && !observances.isEmpty
            ? ObservanceSet(observances).placed(from: week.start, to: week.end) : []
    }

    /// Observances within a few days of the week, for the ideas `F` creates (shown or not).
    public var observancesAroundWeek: [PlacedObservance] {
        observances.isEmpty ? [] : ObservanceSet(observances).placed(from: week.start.adding(days: -ObservanceIdeas.nearDays),
                                                                        to: week.end.adding(days: ObservanceIdeas.nearDays))
    }

    mutating func refreshFlags() {
        weekFlags = Review.weekFlags(plan: plan, week: week, today: today)
    }

    mutating func clampSelection() {
        dayIndex = min(max(dayIndex, 0), 6)
        let n = grid.items(on: selectedDate).count
        itemIndex = n == 0 ? 0 : min(max(itemIndex, 0), n - 1)
        let f = weekFlags.count
        flagIndex = f == 0 ? 0 : min(max(flagIndex, 0), f - 1)
    }
}

extension AppState {
    /// Where keys go now.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        switch mode {
        case .editing: return .editor
        case .moving: return .moving
        case .confirmingDelete: return .confirm
        case .confirmingQuit: return .confirmQuit
        case .picking: return .picker
        case .normal: break
        }
        if showingHelp { return .help }
        switch focus {
        case .grid: return .grid
        case .flags: return .flags
        case .backlog: return .backlog
        }
    }
}
