import RoundsCore

/// Everything that can happen to the planner. Keys become actions through the keymap;
/// effects report back as actions. The reducer is the only place state changes.
public enum Action: Equatable, Sendable {
    case moveDay(Int)
    case moveSlot(Int)
    case moveWeek(Int)
    case goToToday
    case beginGoTo
    case toggleFocus
    case activate
    case toggleHelp
    case quit
    case cancel
    case digit(Int)
    case promptInsert(String)
    case promptBackspace
    case promptSubmit
    case scrollHelp(Int)
    /// The plan file changed on disk and was reloaded.
    case planReloaded(Plan)
    /// A message for the status bar (from an effect).
    case notify(StatusMessage)
}

/// What the reducer asks the app to do (I/O happens outside the reducer).
public enum Effect: Equatable, Sendable {
    case quit
}

/// A line in the status bar, and how it should look.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
