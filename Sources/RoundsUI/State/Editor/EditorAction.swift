/// Keys in the in-terminal editor.
public enum EditorAction: Equatable, Sendable {
    case insert(String)
    case newline
    case backspace
    case delete
    case move(EditorMove)
    case kill(EditorKill)
    case switchField
    /// Empties the focused field (the body: start from nothing instead of the template).
    case clearField
    case close
}

public enum EditorMove: Equatable, Sendable {
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd, start, end
}

public enum EditorKill: Equatable, Sendable {
    case toLineEnd, toLineStart, wordBack
}
