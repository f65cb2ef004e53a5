/// Moving around: days, slots, weeks, panes, help, counts; and leaving.
public enum NavigationAction: Equatable, Sendable {
    case moveDay(Int)
    case moveSlot(Int)
    case moveWeek(Int)
    case goToToday
    case toggleFocus
    /// Enter outside the editor: edit the slot, jump to a flag, schedule an idea.
    case activate
    case toggleHelp
    case scrollHelp(Int)
    /// Scrolls the details pane by lines.
    case scrollDetails(Int)
    case toggleBacklog
    /// Shows or hides the health observances (o).
    case toggleObservances
    case searchNext(Int)
    case digit(Int)
    case cancel
    case quit
}
