/// A list over the week: opening one, moving in it, ticking, accepting. Esc is `.navigate(.cancel)`.
public enum PickerAction: Equatable, Sendable {
    case open(PickerKind)
    case move(Int)
    case toggle
    case accept
}

/// Which list to open; the reducer fills in the post it is about.
public enum PickerKind: Equatable, Sendable {
    case theme, platforms
    /// The profile's fields (`,`), as `rounds profile` changes them.
    case settings
}
