import RoundsCore

/// One undoable step: the posts it touched, each before and after (nil: absent).
public struct Change: Equatable, Sendable {
    /// What the step did ("'X' is ready"), for "redone: …".
    public var label: String
    /// What undoing it gives back ("'X' is draft again"), for "undone: …"; nil: the label.
    public var undoLabel: String?
    public var edits: [PostEdit]
    /// A change of the profile (the planner's settings), if the step made one.
    public var settings: SettingsChange?

    public init(label: String, undoLabel: String? = nil, edits: [PostEdit], settings: SettingsChange? = nil) {
        self.label = label
        self.undoLabel = undoLabel
        self.edits = edits
        self.settings = settings
    }
}

/// A post before and after one step.
public struct PostEdit: Equatable, Sendable {
    public var id: String
    public var before: Post?
    public var after: Post?

    public init(id: String, before: Post?, after: Post?) {
        self.id = id
        self.before = before
        self.after = after
    }

    /// The fields this step changed.
    public var changedFields: [PostFieldKey] {
        guard let b = before, let a = after else { return PostFieldKey.allCases }
        return PostFieldKey.allCases.filter { !$0.same(b, a) }
    }
}
