import RoundsCore

/// One row of the planner's settings (`,`): the fields `rounds profile` changes, in the order
/// it prints them, then each platform (Enter removes it), "add a platform", and the approval
/// settings.
public enum SettingsField: Equatable, Sendable {
    case name, specialty, audience, disclaimer, timeZone, defaultTime, weekStart
    /// Approvals: required or off; who may approve; whether approvers differ from the last editor.
    case approval, approvers, approversDiffer
    case removePlatform(String)
    case addPlatform

    /// The rows for a profile, in order.
    static func rows(for profile: Profile) -> [SettingsField] {
        [.name, .specialty, .audience, .disclaimer, .timeZone, .defaultTime, .weekStart]
            + profile.platforms.map { .removePlatform($0.id) } + [.addPlatform, .approval, .approvers, .approversDiffer]
    }

    /// The picker's id for the row.
    var id: String {
        switch self {
        case .name: "name"
        case .specialty: "specialty"
        case .audience: "audience"
        case .disclaimer: "disclaimer"
        case .timeZone: "time-zone"
        case .defaultTime: "default-time"
        case .weekStart: "week-start"
        case .approval: "approval"
        case .approvers: "approvers"
        case .approversDiffer: "approvers-differ"
        case .removePlatform(let id): "platform:" + id
        case .addPlatform: "add-platform"
        }
    }

    init?(id: String) {
        if id.hasPrefix("platform:") {
            self = .removePlatform(String(id.dropFirst("platform:".count)))
            return
        }
        guard let f = ([.name, .specialty, .audience, .disclaimer, .timeZone, .defaultTime, .weekStart, .approval, .approvers,
                        .approversDiffer, .addPlatform] as [SettingsField])
            .first(where: { $0.id == id }) else { return nil }
        self = f
    }

    /// "name: Dr. Ana Ruiz", as `rounds profile` prints it (control characters made visible).
    func row(_ profile: Profile) -> String {
        func show(_ s: String) -> String {
            let t = ControlCharacters.escaped(s, multiline: false)
            return t.isEmpty ? "(none)" : t.count > 60 ? String(t.prefix(59)) + "…" : t
        }
        switch self {
        case .name: return "name: " + (profile.name.isEmpty ? "(none yet)" : show(profile.name))
        case .specialty: return "specialty: " + show(profile.specialty)
        case .audience: return "audience: " + show(profile.audience)
        case .disclaimer: return "disclaimer: " + show(profile.disclaimer)
        case .timeZone: return "time zone: " + show(profile.timeZone)
        case .defaultTime: return "default time: \(profile.defaultTime)"
        case .weekStart: return "week start: " + profile.weekStart.rawValue
        case .approval: return "approval: " + ProfileEdit.approvalText(profile.approvals.required)
        case .approvers: return "approvers: " + show(ProfileEdit.approversText(profile.approvals.approvers))
        case .approversDiffer: return "approvers differ from the last editor: " + (profile.approvals.approversDiffer ? "yes" : "no")
        case .removePlatform(let id):
            guard let p = profile.platforms.first(where: { $0.id == id }) else { return id }
            return "platform \(id): \(show(p.name)) · " + (p.characterLimit.map { "\($0) chars" } ?? "no limit")
                + " · " + (p.professional ? "professional" : "personal")
        case .addPlatform: return "+ add a platform"
        }
    }

    /// The prompt's label.
    var promptLabel: String {
        switch self {
        case .name: "Your name as the header and exports show it"
        case .specialty: "Specialty"
        case .audience: "Who the posts are for"
        case .disclaimer: "Disclaimer (for themes that require one)"
        case .timeZone: "Time zone (IANA: Europe/London, America/New_York, Asia/Tokyo, UTC)"
        case .defaultTime: "Default time for posts with none (HH:MM)"
        case .weekStart: "First day of the week (monday or sunday)"
        case .approval: "Approval of each post's text before it is ready (required or off)"
        case .approvers: "Who may approve (names separated by commas; 'anyone' for anyone)"
        case .approversDiffer: "May the last editor of a post's text not approve it? (yes or no)"
        case .removePlatform(let id): "Remove platform \(id)? Enter removes it, Esc keeps it"
        case .addPlatform: "New platform: id, name, then a character limit and 'personal' if so (threads Threads 500)"
        }
    }

    /// What the prompt starts with: the value as it is.
    func initialText(_ profile: Profile) -> String {
        switch self {
        case .name: profile.name
        case .specialty: profile.specialty
        case .audience: profile.audience
        case .disclaimer: profile.disclaimer
        case .timeZone: profile.timeZone
        case .defaultTime: profile.defaultTime.description
        case .weekStart: profile.weekStart.rawValue
        case .approval: ProfileEdit.approvalText(profile.approvals.required)
        case .approvers: profile.approvals.approvers.joined(separator: ", ")
        case .approversDiffer: profile.approvals.approversDiffer ? "yes" : "no"
        case .removePlatform, .addPlatform: ""
        }
    }
}

/// A settings step, for undo: the profile (and the platform minimums a removal drops) before
/// and after.
public struct SettingsChange: Equatable, Sendable {
    public var before: Profile
    public var after: Profile
    public var minimumsBefore: [String: Int]
    public var minimumsAfter: [String: Int]
}
