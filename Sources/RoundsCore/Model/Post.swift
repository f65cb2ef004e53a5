/// One planned social-media post (or, with no date, an idea in the backlog).
public struct Post: Hashable, Sendable, Identifiable {
    public var id: String
    /// Nil for an idea in the backlog.
    public var date: CalendarDate?
    public var time: TimeOfDay?
    public var themeID: String
    public var platforms: [String]
    public var title: String
    /// The body: read from the file's bytes when asked for (see `FileText`), set as a string.
    public var body: String {
        get { bodyText.string }
        set { bodyText = .string(newValue) }
    }
    var bodyText: PostText
    public var status: PostStatus
    public var hashtags: [String]
    public var created: Timestamp
    public var updated: Timestamp

    /// The fields most posts leave empty, kept out of line (one reference, nil when all are
    /// empty): a plan of 100,000 posts is an array of 100,000 of these structs, and the records
    /// inline made each 400 bytes.
    private var rare: RareFields?

    private final class RareFields: Sendable {
        let notes: String
        let consent: ConsentRecord?
        let approval: ApprovalRecord?
        let lastEdit: LastEdit?
        let acknowledgements: [Acknowledgement]
        let conflicts: [MergeConflict]
        let unknownFields: [String: JSONValue]

        init(notes: String, consent: ConsentRecord?, approval: ApprovalRecord?, lastEdit: LastEdit?, acknowledgements: [Acknowledgement],
             conflicts: [MergeConflict], unknownFields: [String: JSONValue]) {
            self.notes = notes
            self.consent = consent
            self.approval = approval
            self.lastEdit = lastEdit
            self.acknowledgements = acknowledgements
            self.conflicts = conflicts
            self.unknownFields = unknownFields
        }
    }

    mutating func setRare(notes: String? = nil, consent: ConsentRecord?? = nil, approval: ApprovalRecord?? = nil, lastEdit: LastEdit?? = nil,
                                  acknowledgements: [Acknowledgement]? = nil, conflicts: [MergeConflict]? = nil,
                                  unknownFields: [String: JSONValue]? = nil) {
        let n = notes ?? self.notes
        let c = consent ?? self.consent, a = approval ?? self.approval, l = lastEdit ?? self.lastEdit
        let k = acknowledgements ?? self.acknowledgements, m = conflicts ?? self.conflicts, u = unknownFields ?? self.unknownFields
        if n.isEmpty, c == nil, a == nil, l == nil, k.isEmpty, m.isEmpty, u.isEmpty {
            rare = nil
        } else {
            rare = RareFields(notes: n, consent: c, approval: a, lastEdit: l, acknowledgements: k, conflicts: m, unknownFields: u)
        }
    }

    /// The doctor's own notes on the post (never exported to schedulers).
    public var notes: String {
        get { rare?.notes ?? "" }
        set { setRare(notes: newValue) }
    }
    public var consent: ConsentRecord? {
        get { rare?.consent }
        set { setRare(consent: .some(newValue)) }
    }
    /// Who approved the exact title and body (`rounds approve`), when the plan asks for it.
    public var approval: ApprovalRecord? {
        get { rare?.approval }
        set { setRare(approval: .some(newValue)) }
    }
    /// Who last changed the title or body (nil: not recorded).
    public var lastEdit: LastEdit? {
        get { rare?.lastEdit }
        set { setRare(lastEdit: .some(newValue)) }
    }
    public var acknowledgements: [Acknowledgement] {
        get { rare?.acknowledgements ?? [] }
        set { setRare(acknowledgements: newValue) }
    }
    /// Values a git merge could not choose between (`conflicts` in the file; see `MergeConflict`).
    public var conflicts: [MergeConflict] {
        get { rare?.conflicts ?? [] }
        set { setRare(conflicts: newValue) }
    }
    /// Keys in the file this version does not know; written back unchanged.
    public var unknownFields: [String: JSONValue] {
        get { rare?.unknownFields ?? [:] }
        set { setRare(unknownFields: newValue) }
    }

    public init(id: String, date: CalendarDate?, time: TimeOfDay? = nil, themeID: String,
                platforms: [String] = [], title: String, body: String = "", status: PostStatus = .idea,
                consent: ConsentRecord? = nil, notes: String = "", hashtags: [String] = [],
                acknowledgements: [Acknowledgement] = [], created: Timestamp, updated: Timestamp? = nil) {
        self.id = id
        self.date = date
        self.time = time
        self.themeID = themeID
        self.platforms = platforms
        self.title = title
        self.bodyText = .string(body)
        self.status = status
        self.hashtags = hashtags
        self.created = created
        self.updated = updated ?? created
        if !notes.isEmpty || consent != nil || !acknowledgements.isEmpty {
            rare = RareFields(notes: notes, consent: consent, approval: nil, lastEdit: nil, acknowledgements: acknowledgements, conflicts: [], unknownFields: [:])
        }
    }

    public static func == (a: Post, b: Post) -> Bool {
        a.id == b.id && a.date == b.date && a.time == b.time && a.themeID == b.themeID && a.platforms == b.platforms
            && a.title == b.title && a.status == b.status && a.consent == b.consent && a.approval == b.approval
            && a.lastEdit == b.lastEdit && a.notes == b.notes && a.hashtags == b.hashtags
            && a.acknowledgements == b.acknowledgements && a.created == b.created && a.updated == b.updated
            && a.conflicts == b.conflicts && a.unknownFields == b.unknownFields && a.bodyText == b.bodyText
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(date)
        h.combine(time)
        h.combine(themeID)
        h.combine(platforms)
        h.combine(title)
        h.combine(body)
        h.combine(status)
        h.combine(consent)
        h.combine(approval)
        h.combine(lastEdit)
        h.combine(notes)
        h.combine(hashtags)
        h.combine(acknowledgements)
        h.combine(created)
        h.combine(updated)
        h.combine(conflicts)
        h.combine(unknownFields)
    }

    /// The order posts are kept in, in memory and in the file: by date (ideas last), then time, then id.
    public static func fileOrder(_ a: Post, _ b: Post) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: break
        }
        let ta = a.time?.minutes ?? -1, tb = b.time?.minutes ?? -1
        if ta != tb { return ta < tb }
        return a.id < b.id
    }
}

/// Where a post is in its life.
public enum PostStatus: String, CaseIterable, Sendable, Comparable {
    case idea, draft, ready, scheduled, posted

    public var next: PostStatus? {
        switch self {
        case .idea: .draft
        case .draft: .ready
        case .ready: .scheduled
        case .scheduled: .posted
        case .posted: nil
        }
    }

    public var previous: PostStatus? {
        switch self {
        case .idea: nil
        case .draft: .idea
        case .ready: .draft
        case .scheduled: .ready
        case .posted: .scheduled
        }
    }

    private var rank: Int { PostStatus.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: PostStatus, b: PostStatus) -> Bool { a.rank < b.rank }
}

/// A written record of a patient's consent to publish the exact text of a post.
public struct ConsentRecord: Hashable, Sendable {
    public var obtainedOn: CalendarDate
    public var reference: String
    public var expiresOn: CalendarDate?
    public var revoked: Bool
    /// FNV-1a hash of the title and body the consent covers.
    public var textHash: String

    public init(obtainedOn: CalendarDate, reference: String, expiresOn: CalendarDate? = nil,
                revoked: Bool = false, textHash: String) {
        self.obtainedOn = obtainedOn
        self.reference = reference
        self.expiresOn = expiresOn
        self.revoked = revoked
        self.textHash = textHash
    }

    /// Why this record does not cover `post` on `today`, or nil when it does.
    public func problem(for post: Post, today: CalendarDate) -> String? { issue(for: post, today: today)?.description }

    /// Why this record does not cover `post` on `today`, as data, or nil when it does.
    public func issue(for post: Post, today: CalendarDate) -> ConsentProblem? {
        if revoked { return .revoked }
        if let e = expiresOn, e < today { return .expired(e) }
        if let e = expiresOn, let d = post.date, e < d { return .expiresBeforePost(e) }
        if textHash != ConsentRecord.hash(of: post) { return .textChanged }
        return nil
    }

    /// A stable hash of the words consent covers (title and body).
    public static func hash(of post: Post) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in post.title.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        h = (h ^ 0x1f) &* 0x100_0000_01b3
        for byte in post.body.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A linter finding a doctor reviewed and accepted ("our clinic's public phone number").
/// It stays acknowledged while the excerpt is unchanged.
public struct Acknowledgement: Hashable, Sendable {
    public var rule: String
    public var excerpt: String
    public var note: String

    public init(rule: String, excerpt: String, note: String) {
        self.rule = rule
        self.excerpt = excerpt
        self.note = note
    }
}

/// A time of day, `HH:MM`, in the plan's own time zone.
public struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let packed: Int16
    public var minutes: Int { Int(packed) }

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        packed = Int16(hour * 60 + minute)
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}

/// An instant, to the second, in UTC: `2026-11-25T12:34:03Z` in the file.
public struct Timestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    public init?(iso text: String) {
        var text = text
        guard let seconds = text.withUTF8({ Timestamp.parseISO($0) }) else { return nil }
        secondsSince1970 = seconds
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` as bytes (the plan reader's fast path).
    init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
        guard let seconds = Timestamp.parseISO(u) else { return nil }
        secondsSince1970 = seconds
    }

    private static func parseISO(_ u: UnsafeBufferPointer<UInt8>) -> Int64? {
        // YYYY-MM-DDTHH:MM:SSZ
        do {
            guard u.count == 20, u[10] == UInt8(ascii: "T"), u[19] == UInt8(ascii: "Z"),
                  u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
                  let (y, mo, d) = CalendarDate.parseISO(UnsafeBufferPointer(rebasing: u[0..<10])),
                  let date = CalendarDate(year: y, month: mo, day: d) else { return nil }
            func two(_ i: Int) -> Int? {
                guard (48...57).contains(u[i]), (48...57).contains(u[i + 1]) else { return nil }
                return Int(u[i] - 48) * 10 + Int(u[i + 1] - 48)
            }
            guard let h = two(11), let m = two(14), let s = two(17), h < 24, m < 60, s < 60 else { return nil }
            return Int64(date.dayNumber) * 86_400 + Int64(h * 3600 + m * 60 + s)
        }
    }

    public var date: CalendarDate {
        CalendarDate(dayNumber: Int((secondsSince1970 >= 0 ? secondsSince1970 : secondsSince1970 - 86_399) / 86_400))
    }

    public var iso: String {
        let day = date
        let secs = Int(secondsSince1970 - Int64(day.dayNumber) * 86_400)
        var s = day.iso
        s.append("T")
        CalendarDate.pad(secs / 3600, 2, into: &s)
        s.append(":")
        CalendarDate.pad(secs / 60 % 60, 2, into: &s)
        s.append(":")
        CalendarDate.pad(secs % 60, 2, into: &s)
        s.append("Z")
        return s
    }

    public var description: String { iso }
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.secondsSince1970 < b.secondsSince1970 }
}
