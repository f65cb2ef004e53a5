import RoundsCore

/// One undoable step: the posts it touched, each before and after (nil: absent).
public struct Change: Equatable, Sendable {
    /// What the step did ("'X' is ready"), for "redone: …".
    public var label: String
    /// What undoing it gives back ("'X' is draft again"), for "undone: …"; nil: the label.
    public var undoLabel: String?
    public var edits: [PostEdit]

    public init(label: String, undoLabel: String? = nil, edits: [PostEdit]) {
        self.label = label
        self.undoLabel = undoLabel
        self.edits = edits
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

/// The fields of a post a person changes, one by one, so undo and reloads work per field.
public enum PostFieldKey: CaseIterable, Sendable {
    case date, time, theme, platforms, title, body, status, consent, notes, hashtags, acknowledgements

    /// Whether two posts agree on this field.
    public func same(_ a: Post, _ b: Post) -> Bool {
        switch self {
        case .date: a.date == b.date
        case .time: a.time == b.time
        case .theme: a.themeID == b.themeID
        case .platforms: a.platforms == b.platforms
        case .title: a.title == b.title
        case .body: a.body == b.body
        case .status: a.status == b.status
        case .consent: a.consent == b.consent
        case .notes: a.notes == b.notes
        case .hashtags: a.hashtags == b.hashtags
        case .acknowledgements: a.acknowledgements == b.acknowledgements
        }
    }

    /// Copies this field from `source` into `target`.
    public func copy(from source: Post, into target: inout Post) {
        switch self {
        case .date: target.date = source.date
        case .time: target.time = source.time
        case .theme: target.themeID = source.themeID
        case .platforms: target.platforms = source.platforms
        case .title: target.title = source.title
        case .body: target.body = source.body
        case .status: target.status = source.status
        case .consent: target.consent = source.consent
        case .notes: target.notes = source.notes
        case .hashtags: target.hashtags = source.hashtags
        case .acknowledgements: target.acknowledgements = source.acknowledgements
        }
    }

    public var name: String {
        switch self {
        case .date: "date"
        case .time: "time"
        case .theme: "theme"
        case .platforms: "platforms"
        case .title: "title"
        case .body: "body"
        case .status: "status"
        case .consent: "consent"
        case .notes: "notes"
        case .hashtags: "hashtags"
        case .acknowledgements: "acknowledgements"
        }
    }
}
