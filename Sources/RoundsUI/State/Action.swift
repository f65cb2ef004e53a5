import RoundsCore

/// Everything that can happen to the planner, grouped by concept. Keys become actions through
/// the keymap (`AppState.press`); the terminal's size and the clock arrive as actions too, and
/// effects report back as `.io` actions. The reducer (`AppState.apply`) is the only place
/// state changes; each group has its own reducer file, switched over without `default:`.
public enum Action: Equatable, Sendable {
    /// Moving around the week, the panes and help.
    case navigate(NavigationAction)
    /// Changes to posts (each one undoable, saved at once).
    case write(WriteAction)
    /// The in-terminal editor of a post's title and body.
    case editor(EditorAction)
    /// The one-line prompt in the status bar.
    case prompt(PromptAction)
    /// A list over the week (themes, platforms).
    case picker(PickerAction)
    /// What effects and the outside world report: saves, reloads, exports, $EDITOR.
    case io(IOAction)
    /// Sharing through git: resolve a merge conflict, sync.
    case share(ShareAction)
    /// The overview board of a workspace (`rounds --workspace DIR`); the planner ignores these.
    case board(BoardAction)
    /// The terminal's size (at start and on every resize).
    case resized(Size)
    /// The clock: now, and today in the plan's time zone (computed by the app).
    case tick(now: Timestamp, today: CalendarDate)
}

/// What the reducer asks the app to do (I/O happens outside the reducer). Effects carry the
/// data they need; their results come back as `.io` actions.
public enum Effect: Equatable, Sendable {
    case quit
    /// Save this plan durably now (merged with outside changes by the store).
    case save(Plan)
    /// Open the body in $VISUAL/$EDITOR.
    case openExternalEditor(postID: String, text: String)
    /// Write an export of a range of days.
    case export(ExportRequest)
    /// `rounds sync`: commit, pull with the merge driver, push; the outcome comes back as `.io(.notify)`.
    case sync
    /// Look up a typed time zone in tzdata; the answer comes back as `.io(.timeZoneChecked)`.
    case checkTimeZone(String)
}

/// An export the planner asked for: the format, the file as typed, the days, and whether an
/// existing file may be replaced (only after the doctor said yes).
public struct ExportRequest: Equatable, Sendable {
    public var format: ExportFormat
    public var path: String
    public var from: CalendarDate
    public var to: CalendarDate
    public var replace: Bool

    public init(format: ExportFormat, path: String, from: CalendarDate, to: CalendarDate, replace: Bool = false) {
        self.format = format
        self.path = path
        self.from = from
        self.to = to
        self.replace = replace
    }
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
