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
    /// A post created for this editor: closed untouched, it is not kept.
    public var isNew = false
    /// Every finding shown whole, over the body (F2).
    public var showingFindings = false
    /// First screen line of the body shown.
    public var scroll = 0
    /// The linter's open findings on the text as it is now (kept by the reducer, not the view).
    public var findings: [LintFinding] = []

    /// The post as the editor's text would make it.
    public func post(from stored: Post) -> Post {
        var post = stored
        let t = title.text.trimmingSpaces
        if !t.isEmpty { post.title = t }
        post.body = body.text
        return post
    }

    /// Lints the text now in the editor.
    public mutating func relint(plan: Plan, today: CalendarDate) {
        guard let stored = plan.post(id: postID) else { findings = []; return }
        findings = Linter.lint(post(from: stored), in: plan, today: today).filter { !$0.acknowledged && $0.rule != "consent.missing" }
    }

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
    /// Waiting for y/n before quitting with changes that could not be saved.
    case confirmingQuit
    /// Waiting for y/n before an export replaces a file.
    case confirmingReplace(ExportRequest, fullPath: String)
    /// Choosing from a list: a theme, or platforms.
    case picking(Picker)
}

/// A list to choose from, drawn over the week: one item (a theme) or several (platforms).
public struct Picker: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case theme(postID: String)
        case newPost
        case platforms(postID: String)
        /// The profile's fields (`,`).
        case settings
    }

    public var purpose: Purpose
    public var items: [(id: String, label: String)]
    public var index = 0
    /// For platforms: the ones ticked.
    public var chosen: Set<String> = []

    public var title: String {
        switch purpose {
        case .theme: "Theme"
        case .newPost: "New post: which theme?"
        case .platforms: "Platforms (Space ticks)"
        case .settings: "Settings · Enter changes (a platform: removes)"
        }
    }

    public var isMultiple: Bool { if case .platforms = purpose { true } else { false } }

    public static func == (a: Picker, b: Picker) -> Bool {
        a.purpose == b.purpose && a.index == b.index && a.chosen == b.chosen
            && a.items.map(\.id) == b.items.map(\.id) && a.items.map(\.label) == b.items.map(\.label)
    }
}
