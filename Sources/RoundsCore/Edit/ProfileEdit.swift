/// One change to the plan's profile, validated here so that `rounds profile` and the planner's
/// settings refuse the same things with the same words.
public enum ProfileEdit: Hashable, Sendable {
    case name(String)
    case specialty(String)
    case audience(String)
    case disclaimer(String)
    /// An IANA name the caller has checked against tzdata (the core reads no files).
    case timeZone(String)
    case defaultTime(TimeOfDay)
    case weekStart(WeekStart)
    case addPlatform(Platform)
    case removePlatform(String)
    /// Whether posts need an approval of their exact text before they are ready.
    case approvalRequired(Bool)
    /// Who may approve (empty: anyone).
    case approvers([String])
    /// Whether the last editor of a post's text may not approve it.
    case approversDiffer(Bool)

    /// The field's name as the doctor sees it.
    public var field: String {
        switch self {
        case .name: "name"
        case .specialty: "specialty"
        case .audience: "audience"
        case .disclaimer: "disclaimer"
        case .timeZone: "time zone"
        case .defaultTime: "default time"
        case .weekStart: "week start"
        case .addPlatform, .removePlatform: "platforms"
        case .approvalRequired: "approval"
        case .approvers: "approvers"
        case .approversDiffer: "approvers differ"
        }
    }

    /// Parses a typed value for one of the text fields (`name`, `specialty`, `audience`,
    /// `disclaimer`, `default-time`, `week-start`, `approval` (required or off), `approvers`
    /// (names separated by commas; `anyone` or nothing for anyone), `approvers-differ` (yes or
    /// no)); the time zone goes through the app.
    public static func parse(field: String, value: String) throws(PlanError) -> ProfileEdit {
        let v = value.trimmingSpaces
        switch field {
        case "name": return .name(v)
        case "specialty": return .specialty(v)
        case "audience": return .audience(v)
        case "disclaimer": return .disclaimer(v)
        case "default-time", "default time":
            guard let t = TimeOfDay(v) else { throw .invalid("default time: '\(value)' is not a time (use HH:MM, such as 09:00)") }
            return .defaultTime(t)
        case "week-start", "week start":
            guard let w = WeekStart(rawValue: v.lowercased()) else { throw .invalid("week start: '\(value)' must be monday or sunday") }
            return .weekStart(w)
        case "approval":
            switch v.lowercased() {
            case "required", "on", "yes": return .approvalRequired(true)
            case "off", "no", "none": return .approvalRequired(false)
            default: throw .invalid("approval: '\(value)' must be required or off")
            }
        case "approvers":
            if v.isEmpty { return .approvers([]) }
            return .approvers(try approverList(v.split(separator: ",").map(String.init).filter { !$0.trimmingSpaces.isEmpty }))
        case "approvers-differ", "approvers differ":
            switch v.lowercased() {
            case "yes", "true", "on": return .approversDiffer(true)
            case "no", "false", "off": return .approversDiffer(false)
            default: throw .invalid("approvers differ: '\(value)' must be yes or no")
            }
        default: throw .invalid("no profile field '\(field)'")
        }
    }

    /// Longest name, specialty or audience; the disclaimer may be longer.
    static let shortLimit = 200
    static let disclaimerLimit = 1_000
}

extension Plan {
    /// Applies a profile change, or throws without changing anything. Returns what changed,
    /// worded (`time zone: UTC → Asia/Tokyo`), or nil when the value was already so.
    @discardableResult
    public mutating func apply(_ edit: ProfileEdit) throws(PlanError) -> String? {
        func text(_ value: String, _ field: String, limit: Int, multiline: Bool = false) throws(PlanError) -> String {
            if let problem = ControlCharacters.problem(in: value, field: "the \(field)", multiline: multiline) { throw .invalid(problem) }
            guard value.count <= limit else { throw .invalid("the \(field) is \(value.count) characters; at most \(limit)") }
            return value
        }
        func change(_ field: String, _ old: String, _ new: String) -> String? {
            old == new ? nil : "\(field): \(old.isEmpty ? "(none)" : old) → \(new.isEmpty ? "(none)" : new)"
        }
        switch edit {
        case .name(let v):
            let new = try text(v, "name", limit: ProfileEdit.shortLimit)
            defer { profile.name = new }
            return change("name", profile.name, new)
        case .specialty(let v):
            let new = try text(v, "specialty", limit: ProfileEdit.shortLimit)
            defer { profile.specialty = new }
            return change("specialty", profile.specialty, new)
        case .audience(let v):
            let new = try text(v, "audience", limit: ProfileEdit.shortLimit)
            defer { profile.audience = new }
            return change("audience", profile.audience, new)
        case .disclaimer(let v):
            let new = try text(v, "disclaimer", limit: ProfileEdit.disclaimerLimit, multiline: true)
            defer { profile.disclaimer = new }
            return change("disclaimer", profile.disclaimer, new)
        case .timeZone(let v):
            guard TimeZoneRules.isValidName(v) else { throw .invalid("'\(v)' is not a time zone name (use an IANA name such as Europe/London)") }
            defer { profile.timeZone = v }
            return change("time zone", profile.timeZone, v)
        case .defaultTime(let t):
            defer { profile.defaultTime = t }
            return change("default time", profile.defaultTime.description, t.description)
        case .weekStart(let w):
            defer { profile.weekStart = w }
            return change("week start", profile.weekStart.rawValue, w.rawValue)
        case .addPlatform(let p):
            guard Plan.isValidPlatformID(p.id) else {
                throw .invalid("platform id '\(p.id)' must be lowercase letters, digits and '-' (such as linkedin, x, threads)")
            }
            if profile.platforms.contains(where: { $0.id == p.id }) {
                throw .invalid("the plan already has a platform '\(p.id)' (remove it first to change it)")
            }
            let name = try text(p.name.trimmingSpaces, "platform name", limit: 60)
            guard !name.isEmpty else { throw .invalid("the platform needs a name") }
            if let other = profile.platforms.first(where: { $0.name.lowercased() == name.lowercased() }) {
                throw .invalid("platform '\(other.id)' is already called '\(other.name)'")
            }
            if let limit = p.characterLimit, !(1...100_000).contains(limit) {
                throw .invalid("the character limit must be between 1 and 100000, not \(limit)")
            }
            var added = p
            added.name = name
            profile.platforms.append(added)
            return "platforms: added \(p.id) (\(name)\(p.characterLimit.map { ", \($0) characters" } ?? ""), \(p.professional ? "professional" : "personal"))"
        case .removePlatform(let id):
            guard let i = profile.platforms.firstIndex(where: { $0.id == id }) else {
                throw .invalid("no platform '\(id)' (platforms: \(profile.platforms.map(\.id).joined(separator: ", ")))")
            }
            let users = posts.filter { $0.platforms.contains(id) }
            if !users.isEmpty {
                let ids = users.prefix(5).map(\.id).joined(separator: ", ")
                throw .invalid("\(users.count) post\(users.count == 1 ? " is" : "s are") planned for \(id) (\(ids)\(users.count > 5 ? ", …" : "")): move them to another platform first")
            }
            profile.platforms.remove(at: i)
            cadence.platformMinimums[id] = nil
            return "platforms: removed \(id)"
        case .approvalRequired(let on):
            defer { profile.approvals.required = on }
            return change("approval", ProfileEdit.approvalText(profile.approvals.required), ProfileEdit.approvalText(on))
        case .approvers(let names):
            var kept: [String] = []
            for n in names {
                let name = try text(n.trimmingSpaces, "approver's name", limit: ProfileEdit.shortLimit)
                guard !name.isEmpty else { continue }
                if !kept.contains(where: { ApprovalPolicy.sameName($0, name) }) { kept.append(name) }
            }
            defer { profile.approvals.approvers = kept }
            return change("approvers", ProfileEdit.approversText(profile.approvals.approvers), ProfileEdit.approversText(kept))
        case .approversDiffer(let on):
            defer { profile.approvals.approversDiffer = on }
            return change("approvers differ", profile.approvals.approversDiffer ? "yes" : "no", on ? "yes" : "no")
        }
    }

    /// Lowercase ASCII letters, digits and `-`, starting with a letter, at most 32.
    public static func isValidPlatformID(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= 0x61, first <= 0x7A, id.utf8.count <= 32 else { return false }
        return id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}

extension ProfileEdit {
    /// "required" or "off".
    public static func approvalText(_ required: Bool) -> String { required ? "required" : "off" }

    /// The approvers as given (`--approver` repeated, or a typed list): names trimmed; `anyone`
    /// alone is the empty list (anyone may approve). `anyone` beside names, or an empty name,
    /// is refused: either would be stored as a person who does not exist.
    public static func approverList(_ names: [String]) throws(PlanError) -> [String] {
        let trimmed = names.map(\.trimmingSpaces)
        if trimmed.contains(where: \.isEmpty) { throw .invalid("approvers: an approver's name must not be empty") }
        let anyone = trimmed.filter { $0.lowercased() == "anyone" }.count
        if anyone > 0 {
            guard trimmed.count == 1 else { throw .invalid("approvers: 'anyone' means no list (anyone may approve): give it alone, or give names") }
            return []
        }
        return trimmed
    }

    /// "Dr. Ana Ruiz, Dr. Lee", or "anyone" for an empty list.
    public static func approversText(_ names: [String]) -> String { names.isEmpty ? "anyone" : names.joined(separator: ", ") }
}
