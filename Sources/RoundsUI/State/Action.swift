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
    /// The keyboard was idle for a moment (typed text is saved then).
    case idle
    /// A save finished: the plan as written (merged with outside changes).
    case saved(Plan)
    case saveFailed(String)

    // Writing.
    case create
    case edit
    case editExternally
    case externalEditDone(postID: String, text: String)
    case cycleStatus(Int)
    case beginMove
    case drop
    case delete
    case confirm(Bool)
    case undo
    case redo
    case beginConsent
    case beginExport
    case fillWeek
    case copy
    case paste
    case beginField(PostField)
    case beginNewPost
    case beginSearch
    case searchNext(Int)
    case toggleBacklog
    case unschedule
    case pickerMove(Int)
    case pickerToggle
    case pickerAccept

    // The editor.
    case editorInsert(String)
    case editorNewline
    case editorBackspace
    case editorDelete
    case editorMove(EditorMove)
    case editorKill(EditorKill)
    case editorSwitchField
    case editorClose
    /// A message for the status bar (from an effect).
    case notify(StatusMessage)
}

/// A field of the selected post changed through a prompt.
public enum PostField: Equatable, Sendable {
    case theme, platforms, dateTime, notes
}

public enum EditorMove: Equatable, Sendable {
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd, start, end
}

public enum EditorKill: Equatable, Sendable {
    case toLineEnd, toLineStart, wordBack
}

/// What the reducer asks the app to do (I/O happens outside the reducer).
public enum Effect: Equatable, Sendable {
    case quit
    /// Save the plan durably now.
    case save
    /// Open the body in $VISUAL/$EDITOR.
    case openExternalEditor(postID: String, text: String)
    /// Write an export of the visible week.
    case export(ExportFormat, path: String, from: CalendarDate, to: CalendarDate)
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
