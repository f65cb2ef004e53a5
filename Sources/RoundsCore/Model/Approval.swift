/// Who is at the keyboard when a post's text changes or is approved: the person's name, when
/// they gave one (`ROUNDS_NAME`), and the operating-system user. The app reads both from the
/// environment and passes them in; the core never reads the environment.
public struct Identity: Hashable, Sendable {
    /// The person's own name ("Nurse Kim"), or "" when not given.
    public var name: String
    /// The operating-system user (`ana`), or "" when unknown.
    public var user: String

    public init(name: String, user: String) {
        self.name = name.trimmingSpaces
        self.user = user.trimmingSpaces
    }
}

/// Who last changed a post's title or body, with the hash of the text they left. A record
/// whose hash is not the post's text says nothing: the text was changed since by something
/// that did not record who (an older rounds, a hand edit of the file).
public struct LastEdit: Hashable, Sendable {
    public var name: String
    public var user: String
    /// `ConsentRecord.hash(of:)` of the title and body as this person left them.
    public var textHash: String

    public init(name: String, user: String, textHash: String) {
        self.name = name
        self.user = user
        self.textHash = textHash
    }

    /// Whether this record is about the post's current text.
    public func covers(_ post: Post) -> Bool { textHash == ConsentRecord.hash(of: post) }

    /// "Nurse Kim (kim)", "kim", or "someone".
    public var who: String {
        switch (name.isEmpty, user.isEmpty) {
        case (false, false): "\(name) (\(user))"
        case (false, true): name
        case (true, false): user
        case (true, true): "someone"
        }
    }
}

/// An approval of a post's exact title and body: who approved (the name they gave and the
/// operating-system user), when, and the hash of the words approved. Like consent, it covers
/// only those words: any change to the title or body leaves it in the file (an audit trail, and
/// undoing the change makes it cover the text again) but no longer valid.
public struct ApprovalRecord: Hashable, Sendable {
    /// The approver's name, as the plan's list of approvers spells it.
    public var by: String
    /// The operating-system user who ran the approval.
    public var user: String
    public var at: Timestamp
    /// `ConsentRecord.hash(of:)` of the title and body approved.
    public var textHash: String
    public var note: String
    public var revoked: Bool

    public init(by: String, user: String, at: Timestamp, textHash: String, note: String = "", revoked: Bool = false) {
        self.by = by
        self.user = user
        self.at = at
        self.textHash = textHash
        self.note = note
        self.revoked = revoked
    }

    /// When, to the minute, in UTC: "2026-11-25 09:00 UTC".
    public var when: String {
        let iso = at.iso
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }

    /// Why this record does not approve `post` as it stands, or nil when it does.
    public func issue(for post: Post) -> ApprovalProblem? {
        if revoked { return .revoked(by: by) }
        if textHash != ConsentRecord.hash(of: post) { return .textChanged(by: by) }
        return nil
    }
}

/// Why a post has no valid approval. The words name no key and no command: the planner adds
/// "press v", the command line `rounds approve ID --by NAME`.
public enum ApprovalProblem: Hashable, Sendable, CustomStringConvertible {
    case missing
    case revoked(by: String)
    case textChanged(by: String)

    public var description: String {
        switch self {
        case .missing: "not approved yet"
        case .revoked(let by): "the approval by \(by) was revoked"
        case .textChanged(let by): "the text changed after \(by) approved it"
        }
    }
}

/// The plan's rule for approvals (`rounds profile --approval required --approver NAME
/// --approvers-differ yes`). Kept at the top level of the file (`approvals`), so that an older
/// rounds, which keeps unknown top-level keys, never drops it.
public struct ApprovalPolicy: Hashable, Sendable {
    /// Whether `ready`, `scheduled` and `posted` need a valid approval.
    public var required: Bool
    /// The names allowed to approve. Empty: anyone may, under any name.
    public var approvers: [String]
    /// Whether the person who last changed the text may not approve it (by name, or by
    /// operating-system user).
    public var approversDiffer: Bool

    public init(required: Bool = false, approvers: [String] = [], approversDiffer: Bool = false) {
        self.required = required
        self.approvers = approvers
        self.approversDiffer = approversDiffer
    }

    /// Approvals off, no approvers, no rule: what a plan without `approvals` has.
    public var isDefault: Bool { self == ApprovalPolicy() }

    /// The approver's name as the list spells it, or nil when the list is not empty and does
    /// not hold it. Names are compared ignoring case, accents and runs of spaces.
    public func approver(named name: String) -> String? {
        let wanted = ApprovalPolicy.key(name)
        guard !wanted.isEmpty else { return nil }
        if approvers.isEmpty { return name.trimmingSpaces }
        return approvers.first { ApprovalPolicy.key($0) == wanted }
    }

    /// Whether two names are the same person's by the rule `approver(named:)` uses.
    public static func sameName(_ a: String, _ b: String) -> Bool {
        let ka = key(a)
        return !ka.isEmpty && ka == key(b)
    }

    static func key(_ name: String) -> String {
        name.searchFolded.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

extension Plan {
    /// Why `post` has no valid approval, or nil when an approval covers its current text.
    /// Says nothing about whether the plan requires one (see `awaitsApproval`).
    public static func approvalIssue(_ post: Post) -> ApprovalProblem? {
        guard let a = post.approval else { return .missing }
        return a.issue(for: post)
    }

    /// Whether `post` is waiting for an approval: the plan requires approvals, the post is on
    /// the calendar (not an idea in the backlog), it is `draft`, `ready` or `scheduled` (an
    /// idea is not written yet; a posted post went out), and no approval covers its current
    /// title and body. What `rounds overview` and the board count as "awaiting approval".
    public func awaitsApproval(_ post: Post) -> Bool {
        guard approvals.required, post.date != nil, post.status >= .draft, post.status < .posted else { return false }
        return Plan.approvalIssue(post) != nil
    }

    /// How many posts dated `from...to` await approval (`awaitsApproval`); 0 when the plan
    /// does not require approvals. Reads only the posts in the range (binary search).
    public func awaitingApprovalCount(from: CalendarDate, to: CalendarDate) -> Int {
        guard approvals.required else { return 0 }
        var n = 0
        for i in postIndices(from: from, to: to) where awaitsApproval(posts[i]) { n += 1 }
        return n
    }

    /// Records `name`'s approval of the post's current title and body. Refused when the plan
    /// lists its approvers and `name` is not one, and, when approvers must differ, when the
    /// person who last changed the text (by name, or by operating-system user) is approving.
    @discardableResult
    public mutating func approve(id: String, by name: String, user: String, note: String = "", now: Timestamp) throws(PlanError) -> Post {
        guard var p = post(id: id) else { throw .unknownPost(id) }
        let given = name.trimmingSpaces
        guard !given.isEmpty else { throw .invalid("an approval needs the approver's name") }
        if let problem = ControlCharacters.problem(in: given, field: "the approver's name", multiline: false) { throw .invalid(problem) }
        if let problem = ControlCharacters.problem(in: note, field: "the approval's note", multiline: true) { throw .invalid(problem) }
        guard let approver = approvals.approver(named: given) else {
            throw .notAnApprover(name: given, approvers: approvals.approvers)
        }
        if approvals.approversDiffer, let e = p.lastEdit, e.covers(p),
           ApprovalPolicy.sameName(e.name, approver) || ApprovalPolicy.sameName(e.name, given) || (!e.user.isEmpty && e.user == user.trimmingSpaces) {
            throw .approverIsEditor(title: p.title, name: approver, editor: e)
        }
        p.approval = ApprovalRecord(by: approver, user: user.trimmingSpaces, at: now, textHash: ConsentRecord.hash(of: p),
                                    note: note.trimmingSpaces)
        p.updated = now
        upsert(p)
        return p
    }

    /// Marks the post's approval revoked; where approvals are required, a post that was ready
    /// or scheduled goes back to draft.
    public mutating func revokeApproval(id: String, now: Timestamp) throws(PlanError) -> [String] {
        guard var p = post(id: id) else { throw .unknownPost(id) }
        guard let a = p.approval, !a.revoked else { throw .invalid("'\(p.title)' has no approval to revoke") }
        p.approval?.revoked = true
        var notices: [String] = []
        if approvals.required, p.status == .ready || p.status == .scheduled {
            p.status = .draft
            notices.append("'\(p.title)' is back to draft: its approval was revoked")
        }
        if p.status == .posted { notices.append("'\(p.title)' was already posted") }
        p.updated = now
        upsert(p)
        return notices
    }
}
