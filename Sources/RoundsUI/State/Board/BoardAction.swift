import RoundsCore

/// What only the overview board does; its moves (rows, weeks, help, counts, quitting) are the
/// planner's `NavigationAction`s and its filter edits like a prompt (`PromptAction`), so the
/// keymap, the help overlay and key scripts are one table for both.
public enum BoardAction: Equatable, Sendable {
    /// `/`: filter the rows by name or specialty as you type.
    case beginFilter
    /// `g`: go to a week, typed as `--week` takes it.
    case beginGoToWeek
    /// The next order: needs attention, name, errors.
    case cycleSort
    /// The first or the last doctor.
    case jump(toLast: Bool)
    /// Read every plan again.
    case reload
    /// Every plan, read (at start and after a reload).
    case loaded([BoardSource])
    /// A doctor's planner has closed: its plan read again (nil: its row is kept as it was),
    /// whether a signal ended it (then the board leaves too), and what to say.
    case plannerClosed(BoardSource?, signal: Bool, message: StatusMessage?)
}

/// What the board asks the app to do.
public enum BoardEffect: Equatable, Sendable {
    case quit
    /// Open the doctor's planner, as `rounds --plan PATH` would (its own session lock).
    case openPlanner(id: String)
    /// Read every plan again; the result comes back as `.board(.loaded)`.
    case reload
}
