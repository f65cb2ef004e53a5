/// Changes to posts: each goes through the model's validated edits, is one undo step, and is
/// saved at once. Opening a post for writing (the editor, a move, a delete) is here too, so the
/// read-only guard sees every way in.
public enum WriteAction: Equatable, Sendable {
    case create
    /// Open the editor on the selected post (on a gap: create one).
    case edit
    case editExternally
    case cycleStatus(Int)
    case beginMove
    case drop
    case delete
    /// The answer to a question (delete, quit with unsaved changes, replace a file).
    case confirm(Bool)
    case undo
    case redo
    case fillWeek
    case copy
    case paste
    case unschedule
    case beginNewPost
    /// The idea selected in the backlog, scheduled on the selected day.
    case scheduleIdea
    /// A new idea in the backlog, from the theme of the selected idea (or the first theme).
    case createIdea
}
