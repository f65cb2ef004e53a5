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
        var ids = Set<String>()
        ids.reserveCapacity(posts.count)
        for i in posts.indices {  // by index: `for post in posts` retained every field of every post
            guard themeIDs.contains(posts[i].themeID), ids.insert(posts[i].id).inserted else { throw Fallback() }
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
        while let key = try p.nextKey(first: first) {
            first = false
            let bit: UInt32
            switch key {
            case "id":
                bit = 1 << 0
                let s = try string(&p)
                guard PlanCodec.isValidID(s) else { throw Fallback() }
                id = s
            case "title": bit = 1 << 1; title = try string(&p)
            case "theme": bit = 1 << 2; theme = try string(&p)
            case "body":
                bit = 1 << 3
                if let lazy {
                    let (start, length, plain, bracket) = try p.skipString()
                    fileBody = FileText(source: lazy, start: start, length: length, plain: plain, bracket: bracket)
                } else {
                    body = try string(&p)
                }
            case "notes": bit = 1 << 4; notes = try string(&p)
            case "status":
                bit = 1 << 5
                guard let s = PostStatus(rawValue: try string(&p)) else { throw Fallback() }
                status = s
            case "date":
                bit = 1 << 6
                guard dated, let d = CalendarDate(iso: try string(&p)) else { throw Fallback() }
                date = d
            case "time":
                bit = 1 << 7
                if try p.takeNull() { break }
                guard let t = TimeOfDay(try string(&p)) else { throw Fallback() }
                time = t
            case "created":
                bit = 1 << 8
                guard let t = Timestamp(iso: try string(&p)) else { throw Fallback() }
                created = t
            case "updated":
                bit = 1 << 9
                guard let t = Timestamp(iso: try string(&p)) else { throw Fallback() }
                updated = t
            case "platforms": bit = 1 << 10; platforms = try strings(&p, previous: &shared.platforms)
            case "hashtags": bit = 1 << 11; hashtags = try strings(&p, previous: &shared.hashtags)
            case "consent", "acknowledgements":
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
            case "approval", "lastEdit":
                bit = key == "approval" ? 1 << 15 : 1 << 16
                let v = try p.parseValue()
                let r = try JSONReader(.object([key: v]))
                if key == "approval" {
                    approval = try r.child(key).map(PlanCodec.approval(from:))
                } else {
                    lastEdit = try r.child(key).map(PlanCodec.lastEdit(from:))
                }
            case "conflicts":
                bit = 1 << 14
                let v = try p.parseValue()
                conflicts = try MergeConflict.list(try JSONReader(.object([key: v])).array(key), path: key)
            default:
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
                        status: status, consent: consent, notes: notes, hashtags: hashtags, acknowledgements: acks,
                        created: created, updated: updated)
        if let fileBody { post.bodyText = .file(fileBody) }
        post.conflicts = conflicts
        post.approval = approval
        post.lastEdit = lastEdit
        post.unknownFields = unknown
        return post
    }
}
