/// The fields of a post a person changes, one by one, so undo and reloads work per field.
public enum PostFieldKey: CaseIterable, Sendable {
    case date, time, theme, platforms, title, body, status, consent, approval, lastEdit, notes, hashtags, acknowledgements, conflicts

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
        case .approval: a.approval == b.approval
        case .lastEdit: a.lastEdit == b.lastEdit
        case .notes: a.notes == b.notes
        case .hashtags: a.hashtags == b.hashtags
        case .acknowledgements: a.acknowledgements == b.acknowledgements
        case .conflicts: a.conflicts == b.conflicts
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
        case .approval: target.approval = source.approval
        case .lastEdit: target.lastEdit = source.lastEdit
        case .notes: target.notes = source.notes
        case .hashtags: target.hashtags = source.hashtags
        case .acknowledgements: target.acknowledgements = source.acknowledgements
        case .conflicts: target.conflicts = source.conflicts
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
        case .approval: "approval"
        case .lastEdit: "last editor"
        case .notes: "notes"
        case .hashtags: "hashtags"
        case .acknowledgements: "acknowledgements"
        case .conflicts: "merge conflicts"
        }
    }
}
