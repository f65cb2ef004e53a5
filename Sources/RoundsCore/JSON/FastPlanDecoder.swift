import Glibc

/// The fast path for reading a plan: posts are parsed straight from the bytes into `Post`
/// values, with no intermediate tree (a plan is nearly all posts). Any problem sends the
/// caller to the slow path, which parses a tree, checks the version first, and words the
/// error; so this path only has to notice that something is wrong, never to explain it.
enum FastPlanDecoder {
    struct Fallback: Error {}

    static func decode(_ bytes: [UInt8]) throws -> Plan {
        try decode(PlanBytes(copying: bytes), lazyBodies: false, progress: nil)
    }

    /// `lazyBodies`: bodies stay in `source` (checked, not built: `FileText`), for a source the
    /// caller keeps unchanged. `progress` is told, after each post, the offset read so far (the
    /// app lets go of the mapped pages behind it).
    static func decode(_ source: PlanBytes, lazyBodies: Bool, progress: ((Int) -> Void)?) throws -> Plan {
        let bytes = source.buffer
        let lazy = lazyBodies && bytes.count < Int(UInt32.max)
        var p = JSONParser(source: source)
        p.begin()
        try p.openObject()
        var top = JSONObject()
        var posts: [Post] = []
        posts.reserveCapacity(bytes.count / 600)
        var first = true
        var sawPosts = false, sawIdeas = false
        var shared = Shared()
        while let key = try p.nextKey(first: first) {
            first = false
            switch key {
            case "posts", "ideas":
                let dated = key == "posts"
                if dated ? sawPosts : sawIdeas { throw Fallback() }
                if dated { sawPosts = true } else { sawIdeas = true }
                if try p.takeNull() { throw Fallback() }
                try p.openArray()
                var firstPost = true
                while try p.nextElement(first: firstPost) {
                    firstPost = false
                    posts.append(try post(&p, dated: dated, shared: &shared, lazy: lazy ? source : nil))
                    progress?(p.offset)
                }
            default:
                if top.index(of: key) != nil { throw Fallback() }
                top.append(key, try p.parseValue())
            }
        }
        try p.end()
        // The rest is small: read it as the slow path does.
        let r = try JSONReader(.object(top))
        guard case .number(let v)? = r.object["version"], v == Double(Plan.currentVersion) else { throw Fallback() }
        var themes: [Theme] = []
        for (k, t) in try r.array("themes", required: true).enumerated() { themes.append(try PlanCodec.theme(from: JSONReader(t, path: "themes[\(k)]"))) }
        let themeIDs = Set(themes.map(\.id))
        guard themeIDs.count == themes.count, let profileReader = try r.child("profile") else { throw Fallback() }
        // Ids told apart by a 64-bit hash (a quarter of the memory of a set of the strings); two
        // posts whose ids hash alike, the same id or not, go to the slow path, which compares
        // the ids themselves and names a real duplicate.
        var ids = Set<UInt64>()
        ids.reserveCapacity(posts.count)
        for i in posts.indices {  // by index: `for post in posts` retained every field of every post
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in posts[i].id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            guard themeIDs.contains(posts[i].themeID), ids.insert(h).inserted else { throw Fallback() }
        }
        let known: Set<String> = ["version", "profile", "themes", "cadence", "allowList", "allowedDomains", "conflicts", "approvals"]
        var plan = Plan(profile: try PlanCodec.profile(from: profileReader), themes: themes,
                        cadence: try r.child("cadence").map(PlanCodec.cadence(from:)) ?? CadenceGoals(),
                        allowList: try r.strings("allowList"), allowedDomains: try r.strings("allowedDomains"), posts: posts, unknownFields: r.unknownKeys(known: known))
        plan.conflicts = try MergeConflict.list(try r.array("conflicts"), path: "conflicts")
        plan.approvals = try r.child("approvals").map(PlanCodec.approvals(from:)) ?? ApprovalPolicy()
        return plan
    }

    /// The last lists read, to share with the next post when equal.
    private struct Shared {
        var platforms: [String] = []
        var hashtags: [String] = []
    }

    /// A post's keys, told apart by their bytes (no string is made for them).
    private enum PostKey: String {
        case id, title, theme, body, notes, status, date, time, created, updated, platforms, hashtags
        case consent, acknowledgements, approval, lastEdit, conflicts

        init?(_ raw: UnsafeBufferPointer<UInt8>) {
            func eq(_ s: StaticString) -> Bool {
                raw.count == s.utf8CodeUnitCount && memcmp(raw.baseAddress!, s.utf8Start, raw.count) == 0
            }
            guard !raw.isEmpty else { return nil }
            switch raw[0] {
            case UInt8(ascii: "i"): if eq("id") { self = .id; return }
            case UInt8(ascii: "t"): if eq("title") { self = .title; return }; if eq("theme") { self = .theme; return }; if eq("time") { self = .time; return }
            case UInt8(ascii: "b"): if eq("body") { self = .body; return }
            case UInt8(ascii: "n"): if eq("notes") { self = .notes; return }
            case UInt8(ascii: "s"): if eq("status") { self = .status; return }
            case UInt8(ascii: "d"): if eq("date") { self = .date; return }
            case UInt8(ascii: "c"): if eq("created") { self = .created; return }; if eq("consent") { self = .consent; return }; if eq("conflicts") { self = .conflicts; return }
            case UInt8(ascii: "u"): if eq("updated") { self = .updated; return }
            case UInt8(ascii: "p"): if eq("platforms") { self = .platforms; return }
            case UInt8(ascii: "h"): if eq("hashtags") { self = .hashtags; return }
            case UInt8(ascii: "a"): if eq("acknowledgements") { self = .acknowledgements; return }; if eq("approval") { self = .approval; return }
            case UInt8(ascii: "l"): if eq("lastEdit") { self = .lastEdit; return }
            default: break
            }
            return nil
        }
    }

    /// A plain ASCII string value parsed from its bytes: nil when the value is not such a
    /// string (nothing consumed: the caller reads it as a string), `.some(nil)` when its bytes
    /// do not parse.
    private static func plainValue<T>(_ p: inout JSONParser, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) -> T?? {
        guard let b = p.plainStringBytes() else { return nil }
        return .some(parse(b))
    }

    private static func string(_ p: inout JSONParser) throws -> String {
        guard p.peekIsString() else { throw Fallback() }
        return try p.parseString()
    }

    /// A list of strings; a list equal to `previous` is returned as `previous`, sharing its
    /// storage (most posts go to the same platforms with the same hashtags).
    private static func strings(_ p: inout JSONParser, previous: inout [String]) throws -> [String] {
        try p.openArray()
        var out: [String] = []
        var first = true
        var same = true
        while try p.nextElement(first: first) {
            first = false
            let s = try string(&p)
            if same, out.count < previous.count, previous[out.count] == s {
                out.append(s)
                continue
            }
            same = false
            out.append(s)
        }
        if same && out.count == previous.count { return previous }
        previous = out
        return out
    }

    private static func post(_ p: inout JSONParser, dated: Bool, shared: inout Shared, lazy: PlanBytes?) throws -> Post {
        try p.openObject()
        var id: String?, title: String?, theme: String?, created: Timestamp?, updated: Timestamp?
        var body = "", notes = "", status = PostStatus.idea
        var fileBody: FileText?
        var date: CalendarDate?, time: TimeOfDay?, consent: ConsentRecord?, approval: ApprovalRecord?, lastEdit: LastEdit?
        var platforms: [String] = [], hashtags: [String] = [], acks: [Acknowledgement] = []
        var conflicts: [MergeConflict] = [], unknown: [String: JSONValue] = [:]
        var seen: UInt32 = 0
        var first = true
        while let raw = try p.nextPlainKey(first: first) {
            first = false
            let bit: UInt32
            let known = PostKey(raw)
            let key = known?.rawValue ?? String(decoding: raw, as: UTF8.self)
            switch known {
            case .id?:
                bit = 1 << 0
                let s = try string(&p)
                guard PlanCodec.isValidID(s) else { throw Fallback() }
                id = s
            case .title?: bit = 1 << 1; title = try string(&p)
            case .theme?: bit = 1 << 2; theme = try string(&p)
            case .body?:
                bit = 1 << 3
                if let lazy {
                    let (start, length, plain, bracket) = try p.skipString()
                    fileBody = FileText(source: lazy, start: start, length: length, plain: plain, bracket: bracket)
                } else {
                    body = try string(&p)
                }
            case .notes?: bit = 1 << 4; notes = try string(&p)
            case .status?:
                bit = 1 << 5
                guard let s = try plainValue(&p, { PostStatus(rawValue: String(decoding: $0, as: UTF8.self)) }) ?? PostStatus(rawValue: try string(&p)) else { throw Fallback() }
                status = s
            case .date?:
                bit = 1 << 6
                guard dated, let d = try plainValue(&p, CalendarDate.init(isoBytes:)) ?? CalendarDate(iso: try string(&p)) else { throw Fallback() }
                date = d
            case .time?:
                bit = 1 << 7
                if try p.takeNull() { break }
                guard let t = try plainValue(&p, { TimeOfDay(String(decoding: $0, as: UTF8.self)) }) ?? TimeOfDay(try string(&p)) else { throw Fallback() }
                time = t
            case .created?:
                bit = 1 << 8
                guard let t = try plainValue(&p, Timestamp.init(isoBytes:)) ?? Timestamp(iso: try string(&p)) else { throw Fallback() }
                created = t
            case .updated?:
                bit = 1 << 9
                guard let t = try plainValue(&p, Timestamp.init(isoBytes:)) ?? Timestamp(iso: try string(&p)) else { throw Fallback() }
                updated = t
            case .platforms?: bit = 1 << 10; platforms = try strings(&p, previous: &shared.platforms)
            case .hashtags?: bit = 1 << 11; hashtags = try strings(&p, previous: &shared.hashtags)
            case .consent?, .acknowledgements?:
                bit = key == "consent" ? 1 << 12 : 1 << 13
                let v = try p.parseValue()
                // Rare fields: read them exactly as the slow path does.
                let r = try JSONReader(.object([key: v]))
                if key == "consent" {
                    if let c = try r.child("consent") {
                        consent = ConsentRecord(obtainedOn: try c.date("obtainedOn"), reference: try c.string("reference"),
                                                expiresOn: try c.optionalDate("expiresOn"), revoked: try c.bool("revoked", default: false),
                                                textHash: try c.string("textHash"))
                    }
                } else {
                    for item in try r.array("acknowledgements") {
                        let a = try JSONReader(item)
                        acks.append(Acknowledgement(rule: try a.string("rule"), excerpt: try a.string("excerpt"), note: try a.string("note", default: "")))
                    }
                }
            case .approval?, .lastEdit?:
                bit = key == "approval" ? 1 << 15 : 1 << 16
                let v = try p.parseValue()
                let r = try JSONReader(.object([key: v]))
                if key == "approval" {
                    approval = try r.child(key).map(PlanCodec.approval(from:))
                } else {
                    lastEdit = try r.child(key).map(PlanCodec.lastEdit(from:))
                }
            case .conflicts?:
                bit = 1 << 14
                let v = try p.parseValue()
                conflicts = try MergeConflict.list(try JSONReader(.object([key: v])).array(key), path: key)
            case nil:
                // A key this version does not know: kept, and written back as it was.
                if unknown[key] != nil { throw Fallback() }
                unknown[key] = try p.parseValue()
                continue
            }
            if seen & bit != 0 { throw Fallback() }
            seen |= bit
        }
        guard let id, let title, let theme, let created, let updated, !dated || date != nil else { throw Fallback() }
        var post = Post(id: id, date: date, time: time, themeID: theme, platforms: platforms, title: title, body: body,
                        status: status, notes: notes, hashtags: hashtags, created: created, updated: updated)
        if let fileBody { post.bodyText = .file(fileBody) }
        post.setRare(consent: .some(consent), approval: .some(approval), lastEdit: .some(lastEdit), acknowledgements: acks,
                     conflicts: conflicts, unknownFields: unknown)
        return post
    }
}
