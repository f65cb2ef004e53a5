/// The one-line prompt in the status bar: opening one, editing its text, submitting it.
public enum PromptAction: Equatable, Sendable {
    case begin(PromptKind)
    case insert(String)
    case backspace
    case kill(EditorKill)
    case move(EditorMove)
    case submit
}

/// Which prompt to open; the reducer fills in the post it is about.
public enum PromptKind: Equatable, Sendable {
    case goToDate, consent, approval, export, dateTime, notes, search
}
