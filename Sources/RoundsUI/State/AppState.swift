import RoundsCore

/// Which part of the screen takes the keys.
public enum Focus: Equatable, Sendable {
    case grid, flags, backlog
}

/// A one-line text prompt in the status bar.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case goToDate, consent(postID: String), approval(postID: String), export, theme(postID: String), platforms(postID: String)
        case dateTime(postID: String), notes(postID: String), search
        /// A field of the profile, from the settings (`,`).
        case profile(SettingsField)
    }
    public var purpose: Purpose
    /// The text and its cursor (the prompt edits like the editor's title).
    public var buffer: TextBuffer
    /// The text typed; setting it puts the cursor at the end.
    public var text: String {
        get { buffer.text }
        set { buffer = TextBuffer(newValue, cursor: newValue.count) }
    }

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        buffer = TextBuffer(text, cursor: text.count)
    }

    public var label: String {
        switch purpose {
        case .goToDate: "Go to date"
        case .consent: "Consent: date and reference (e.g. 2026-11-20 form 114), or 'revoke'"
        case .approval: "Approve the text as: your name (then ': a note' if you like), or 'revoke'"
        case .export: "Export the week to (.txt .md .csv .ics .json)"
        case .theme: "Theme"
        case .platforms: "Platforms (comma-separated)"
        case .dateTime: "Date and time (2026-12-02 09:30, fri 10:00, 'none' for the backlog)"
        case .notes: "Notes"
        case .search: "Search titles and bodies"
        case .profile(let field): field.promptLabel
        }
    }
}

/// Everything the planner shows, as a value. Views read it; only the reducer changes it.
public struct AppState: Equatable, Sendable {
    public private(set) var plan: Plan
    /// Today in the plan's time zone, from the clock (`.tick`).
    public internal(set) var today: CalendarDate
    /// The week shown; changed through `showWeek`, which recomputes its flags.
    public private(set) var week: Week
    /// The terminal's size (`.resized`): the reducer decides what keys do on a screen too small.
    public internal(set) var size: Size
    /// 0…6, the column in the week.
    public var dayIndex: Int
    /// The item (slot or extra post) in the day.
    public var itemIndex: Int = 0
    public var focus: Focus = .grid
    public var flagIndex: Int = 0
    public var showingHelp = false
    public var helpScroll = 0
    /// First line of the details pane shown (J/K scroll it).
    public var detailScroll = 0
    public var prompt: Prompt?
    public var count: Int?
    public var message: StatusMessage?
    public var readOnly: Bool
    /// Why the planner is read-only when it was not asked to be (a read-only plan or folder).
    public var readOnlyReason: String?
    /// Why the last save failed, until a save succeeds: the plan on disk is behind the screen.
    public var unsavedReason: String?
    /// Weeks in a row at the weekly minimum; recomputed when the plan changes, not per key.
    public private(set) var streak: Int
    public var mode: Mode = .normal
    public internal(set) var undoStack: [Change] = []
    public internal(set) var redoStack: [Change] = []
    /// The clock (`.tick`): new posts and edits are stamped with it.
    public internal(set) var now: Timestamp
    /// Who is at the keyboard (the app reads `ROUNDS_NAME` and the system user): recorded as
    /// the last editor of the text typed here, and as the system user of an approval.
    public var identity: Identity?
    /// Copied with y, pasted with P.
    public var clipboard: Post?
    /// The ideas backlog replaces the flags panel while shown (b).
    public var showingBacklog = false
    public var backlogIndex = 0
    /// The last search, for n and N.
    public var search: String?
    /// The health observances Rounds knows (the app hands them over after the first frame),
    /// whether they are shown (o), and those of this week the profile wants, placed when the
    /// week or the plan changes. Years already placed are kept: a week jump only filters.
    public private(set) var observances: [Observance] = []
    public internal(set) var showObservances = true
    public private(set) var weekObservances: [PlacedObservance] = []
    private var observanceYears = ObservanceYears()

    public init(plan: Plan, today: CalendarDate, readOnly: Bool = false, now: Timestamp? = nil, size: Size = Layout.minimum) {
        self.plan = plan
        self.now = now ?? Timestamp(secondsSince1970: Int64(today.dayNumber) * 86_400 + 9 * 3600)
        self.today = today
        self.size = size
        self.week = Week(containing: today, weekStart: plan.profile.weekStart).withinCalendar
        self.dayIndex = min(max(week.start.days(until: today), 0), week.days.count - 1)
        self.readOnly = readOnly
        self.streak = Cadence.streak(plan: plan, today: today)
        refreshFlags()
    }

    mutating func replacePlan(_ new: Plan) {
        plan = new
        if new.profile.weekStart != week.weekStart {
            let d = selectedDate
            week = Week(containing: d, weekStart: new.profile.weekStart).withinCalendar
            dayIndex = week.start.days(until: d)
        }
        refreshDerived()
        clampSelection()
    }

    /// Shows a week (kept within the calendar) and recomputes its flags when it changes.
    mutating func showWeek(_ w: Week) {
        let new = w.withinCalendar
        guard new != week else { return }
        week = new
        detailScroll = 0
        refreshFlags()
        refreshObservances()
    }

    /// What depends on the plan and today: the streak, the week's flags and observances.
    mutating func refreshDerived() {
        streak = Cadence.streak(plan: plan, today: today)
        refreshFlags()
        if ObservanceInterest(profile: plan.profile) != observanceYears.interest { refreshObservances() }
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
        observanceYears = ObservanceYears()
        refreshObservances()
    }

    /// This week's observances (none while hidden).
    mutating func refreshObservances() {
        guard showObservances, !observances.isEmpty else { weekObservances = []; return }
        weekObservances = observanceYears.placed(observances, profile: plan.profile, from: week.start, to: week.end)
    }

    /// Observances within a few days of the week, for the ideas `F` creates (none while hidden).
    var observancesAroundWeek: [PlacedObservance] {
        guard showObservances, !observances.isEmpty else { return [] }
        var years = observanceYears
        return years.placed(observances, profile: plan.profile, from: week.start.adding(days: -ObservanceIdeas.nearDays),
                            to: week.end.adding(days: ObservanceIdeas.nearDays))
    }

    mutating func refreshFlags() {
        weekFlags = Review.weekFlags(plan: plan, week: week, today: today)
    }

    mutating func clampSelection() {
        // The calendar's last week has fewer than seven days (it stops at 9999-12-31).
        dayIndex = min(max(dayIndex, 0), week.days.count - 1)
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
        case .confirmingReplace: return .confirmReplace
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
