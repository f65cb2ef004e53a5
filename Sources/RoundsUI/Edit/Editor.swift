import RoundsCore

/// The in-terminal editor of a post's title and body.
public struct Editor: Equatable, Sendable {
    public enum Field: Equatable, Sendable { case title, body }

    public var postID: String
    public var field: Field = .body
    public var title: TextBuffer
    public var body: TextBuffer
    /// The post as it was when the editor opened: closing the editor makes one undo step.
    public var original: Post
    /// Typed since the last save (saved when the keyboard is idle).
    public var dirty = false
    /// First screen line of the body shown.
    public var scroll = 0

    public init(post: Post, field: Field = .body) {
        postID = post.id
        self.field = field
        title = TextBuffer(post.title)
        body = TextBuffer(post.body, cursor: 0)
        original = post
    }

    /// The buffer with the cursor.
    public var current: TextBuffer {
        get { field == .title ? title : body }
        set { if field == .title { title = newValue } else { body = newValue } }
    }
}

/// What the planner is doing besides showing the week.
public enum Mode: Equatable, Sendable {
    case normal
    case editing(Editor)
    /// Carrying a post to another day: the selection is the target.
    case moving(postID: String, from: CalendarDate)
    /// Waiting for y/n before deleting a post.
    case confirmingDelete(postID: String)
}

/// One undoable change: the posts it touched, before and after (nil: absent). Applying the
/// inverse touches only those posts, so outside changes to others survive an undo.
public struct Change: Equatable, Sendable {
    public var label: String
    public var before: [PostState]
    public var after: [PostState]

    public struct PostState: Equatable, Sendable {
        public var id: String
        public var post: Post?
    }
}
