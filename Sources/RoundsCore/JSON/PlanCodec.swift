import Dispatch

/// Turns a plan into the bytes of its file and back, with errors that name the line, column
/// and key that are wrong.
public enum PlanCodec {
    /// The file's bytes. Posts (nearly all of a plan) are written field by field in sorted
    /// key order, with no intermediate tree; the result is byte-identical to writing
    /// `planValue(plan)` with `JSONWriter`, which a test checks.
    public static func encode(_ plan: Plan) -> [UInt8] {
        var w = JSONWriter(capacity: 1024 + plan.posts.count * 512)
        // The top level: the other sections go through the generic writer, sorted with the posts.
        var top = planValue(plan, withPosts: false)
        top["ideas"] = .null
        top["posts"] = .null
        let order = top.keys.sorted(by: JSONWriter.keyOrder)
        var first = true
        for key in order {
            if first { w.raw("{"); first = false } else { w.raw(",") }
            w.raw("\n  ")
            w.writeString(key)
            w.raw(": ")
            switch key {
            case "posts": writeDatedPosts(plan.posts, into: &w)
            case "ideas": writePosts(plan.posts.lazy.filter { $0.date == nil }, into: &w)
            default: w.write(top[key] ?? .null, indent: 1)
            }
        }
        w.raw("\n}\n")
        return w.bytes
    }

    /// The dated posts, as `writePosts` writes them; a large plan's are written in two
    /// parallel parts (at least 4,096 posts each), the first straight into `w` and the second
    /// into a buffer of its own appended after it: the same bytes.
    static func writeDatedPosts(_ posts: [Post], into w: inout JSONWriter) {
        guard posts.count >= 2 * 4096 else { writePosts(posts.lazy.filter { $0.date != nil }, into: &w); return }
        let dated = posts.indices.filter { posts[$0].date != nil }
        guard !dated.isEmpty else { w.raw("[]"); return }
        let half = dated.count / 2
        var second = JSONWriter(capacity: (dated.count - half) * 512)
        w.openArray()
        withUnsafeMutablePointer(to: &w) { first in
            withUnsafeMutablePointer(to: &second) { rest in
                posts.withUnsafeBufferPointer { source in
                    // Each part writes only its own writer, and reads the posts through the
                    // buffer (an array's element is copied, a retain per string, when passed).
                    nonisolated(unsafe) let writers = (first, rest)
                    nonisolated(unsafe) let posts = source
                    DispatchQueue.concurrentPerform(iterations: 2) { part in
                        let out = part == 0 ? writers.0 : writers.1
                        for k in part == 0 ? 0..<half : half..<dated.count {
                            out.pointee.arraySeparator(first: k == 0, indent: 2)
                            writePost(posts[dated[k]], into: &out.pointee, indent: 2)
                        }
                    }
                }
            }
        }
        w.appendBytes(second.bytes)
        w.closeArray(indent: 1)
    }

    static func writePosts(_ posts: some Sequence<Post>, into w: inout JSONWriter) {
        var any = false
        for p in posts {
            if !any { w.openArray() }
            w.arraySeparator(first: !any, indent: 2)
            any = true
            writePost(p, into: &w, indent: 2)
        }
        if any { w.closeArray(indent: 1) } else { w.raw("[]") }
    }

    /// One post, keys in sorted order (see `postValue`).
    static func writePost(_ p: borrowing Post, into w: inout JSONWriter, indent: Int) {
        // Rare: keys this version does not know go through the generic writer, sorted in.
        if !p.unknownFields.isEmpty { w.write(postValue(copy p), indent: indent); return }
        var first = true
        if !p.acknowledgements.isEmpty {
            w.field("acknowledgements", first: &first, indent: indent)
            w.write(.array(p.acknowledgements.map(acknowledgementValue)), indent: indent + 1)
        }
        if let a = p.approval {
            w.field("approval", first: &first, indent: indent)
            w.write(approvalValue(a), indent: indent + 1)
        }
        w.field("body", first: &first, indent: indent)
        if case .file(let t) = p.bodyText {
            w.appendRawString(t.rawJSON)  // checked when read: written as it was
        } else {
            w.writeString(p.body)
        }
        if !p.conflicts.isEmpty {
            w.field("conflicts", first: &first, indent: indent)
            w.write(.array(p.conflicts.map(\.jsonValue)), indent: indent + 1)
        }
        if let c = p.consent {
            w.field("consent", first: &first, indent: indent)
            w.write(consentValue(c), indent: indent + 1)
        }
        w.field("created", first: &first, indent: indent)
        w.writeTimestamp(p.created)
        if let d = p.date {
            w.field("date", first: &first, indent: indent)
            w.writeString(d.iso)
        }
        w.field("hashtags", first: &first, indent: indent)
        w.writeStrings(p.hashtags, indent: indent + 1)
        w.field("id", first: &first, indent: indent)
        w.writeString(p.id)
        if let e = p.lastEdit {
            w.field("lastEdit", first: &first, indent: indent)
            w.write(lastEditValue(e), indent: indent + 1)
        }
        w.field("notes", first: &first, indent: indent)
        w.writeString(p.notes)
        w.field("platforms", first: &first, indent: indent)
        w.writeStrings(p.platforms, indent: indent + 1)
        w.field("status", first: &first, indent: indent)
        w.writeString(p.status.rawValue)
        w.field("theme", first: &first, indent: indent)
        w.writeString(p.themeID)
        if let t = p.time {
            w.field("time", first: &first, indent: indent)
            w.writeString(t.description)
        }
        w.field("title", first: &first, indent: indent)
        w.writeString(p.title)
        w.field("updated", first: &first, indent: indent)
        w.writeTimestamp(p.updated)
        w.endObject(first: first, indent: indent)
    }

    public static func decode(_ bytes: [UInt8]) throws(PlanDecodingError) -> Plan {
        if let plan = try? FastPlanDecoder.decode(bytes) { return plan }
        return try decodeSlowly(bytes)
    }

    /// Decodes bytes the caller keeps unchanged for as long as the plan lives (a mapped private
    /// snapshot of the file): posts' bodies are checked but left in `source` and read when
    /// asked for. `progress` is told how far the reading has got (after each post). A file the
    /// fast path declines is decoded as `decode(_:)` does it, bodies and all.
    public static func decode(_ source: PlanBytes, progress: ((Int) -> Void)? = nil) throws(PlanDecodingError) -> Plan {
        if let plan = try? FastPlanDecoder.decode(source, lazyBodies: true, progress: progress) { return plan }
        return try decodeSlowly(Array(source.buffer))
    }

    /// Parses a tree, checks the version first, and words every error (line, column, key).
    public static func decodeSlowly(_ bytes: [UInt8]) throws(PlanDecodingError) -> Plan {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw PlanDecodingError(position: TextPosition.of(offset: error.offset, in: bytes),
                                    keyPath: nil, message: "expected \(error.expected)")
        }
        do {
            return try plan(from: root)
        } catch let e as PlanVersionError {
            throw PlanDecodingError(position: nil, keyPath: "version", message: e.message, isNewerVersion: e.newer)
        } catch let e as JSONReader.SchemaError {
            throw PlanDecodingError(position: position(of: e.path, in: bytes), keyPath: e.path.isEmpty ? nil : e.path, message: e.problem)
        } catch {
            throw PlanDecodingError(position: nil, keyPath: nil, message: "\(error)")
        }
    }

    /// Re-parses recording offsets to place a schema error; only runs on the error path.
    static func position(of path: String, in bytes: [UInt8]) -> TextPosition? {
        var p = JSONParser(bytes: bytes, recordPositions: true)
        _ = try? p.parseDocument()
        var key = path
        while true {
            if let off = p.positions[key] { return TextPosition.of(offset: off, in: bytes) }
            // A missing key: point at the enclosing object.
            guard let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            key = String(key[..<cut])
        }
        return p.positions[""].map { TextPosition.of(offset: $0, in: bytes) }
    }

    struct PlanVersionError: Error {
        var message: String
        var newer: Bool
    }

    // MARK: - Plan

    /// A version number as written: `7`, or `7.7e+70` for one no integer holds (found by the
    /// fuzzer: converting it to Int trapped).
    static func versionText(_ v: Double) -> String {
        Int(exactly: v).map(String.init) ?? "\(v)"
    }

    static func plan(from root: JSONValue) throws -> Plan {
        let r = try JSONReader(root)
        guard let version = r.object["version"] else {
            throw PlanVersionError(message: "missing 'version': this does not look like a Rounds plan", newer: false)
        }
        guard case .number(let v) = version, v.rounded() == v, v >= 1 else {
            throw PlanVersionError(message: "'version' must be a whole number from 1", newer: false)
        }
        if v > Double(Plan.currentVersion) {
            throw PlanVersionError(message: "the plan is version \(versionText(v)), newer than this rounds understands (\(Plan.currentVersion)); update rounds", newer: true)
        }
        let themes = try r.array("themes", required: true).enumerated().map { k, v in
            try theme(from: JSONReader(v, path: "themes[\(k)]"))
        }
        var seenThemes = Set<String>()
        for (k, t) in themes.enumerated() where !seenThemes.insert(t.id).inserted {
            throw JSONReader.SchemaError(path: "themes[\(k)].id", problem: "theme id '\(t.id)' is used twice")
        }
        guard let profileReader = try r.child("profile") else { throw JSONReader.SchemaError(path: "", problem: "missing key 'profile'") }
        let prof = try profile(from: profileReader)
        let goals = try r.child("cadence").map(cadence(from:)) ?? CadenceGoals()
        var posts: [Post] = []
        var ids = Set<String>()
        for (key, dated) in [("posts", true), ("ideas", false)] {
            for (k, v) in try r.array(key).enumerated() {
                let pr = try JSONReader(v, path: "\(key)[\(k)]")
                let p = try post(from: pr, dated: dated)
                guard seenThemes.contains(p.themeID) else {
                    throw pr.error("theme", "unknown theme '\(p.themeID)' (themes: \(themes.map(\.id).joined(separator: ", ")))")
                }
                guard ids.insert(p.id).inserted else { throw pr.error("id", "post id '\(p.id)' is used twice") }
                posts.append(p)
            }
        }
        let known: Set<String> = ["version", "profile", "themes", "cadence", "posts", "ideas", "allowList", "allowedDomains", "conflicts", "approvals"]
        var plan = Plan(profile: prof, themes: themes, cadence: goals, allowList: try r.strings("allowList"),
                        allowedDomains: try r.strings("allowedDomains"), posts: posts, unknownFields: r.unknownKeys(known: known))
        plan.conflicts = try MergeConflict.list(try r.array("conflicts"), path: "conflicts")
        plan.approvals = try r.child("approvals").map(approvals(from:)) ?? ApprovalPolicy()
        return plan
    }

    /// The plan as a JSON tree (the posts too unless `withPosts` is false).
    public static func planValue(_ plan: Plan, withPosts: Bool = true) -> JSONObject {
        var o = JSONObject(plan.unknownFields)
        o["version"] = .number(Double(Plan.currentVersion))
        o["profile"] = profileValue(plan.profile)
        o["themes"] = .array(plan.themes.map(themeValue))
        o["cadence"] = cadenceValue(plan.cadence)
        o["allowList"] = .array(plan.allowList.map(JSONValue.string))
        o["allowedDomains"] = .array(plan.allowedDomains.map(JSONValue.string))
        if !plan.conflicts.isEmpty { o["conflicts"] = .array(plan.conflicts.map(\.jsonValue)) }
        // Written only once set, so a plan that never used approvals keeps its bytes.
        if !plan.approvals.isDefault { o["approvals"] = approvalsValue(plan.approvals) }
        if withPosts {
            o["posts"] = .array(plan.posts.filter { $0.date != nil }.map(postValue))
            o["ideas"] = .array(plan.posts.filter { $0.date == nil }.map(postValue))
        }
        return o
    }

    // MARK: - Approvals

    static func approvals(from r: JSONReader) throws(JSONReader.SchemaError) -> ApprovalPolicy {
        ApprovalPolicy(required: try r.bool("required", default: false), approvers: try r.strings("approvers"),
                       approversDiffer: try r.bool("approversDiffer", default: false))
    }

    public static func approvalsValue(_ a: ApprovalPolicy) -> JSONValue {
        .object(["required": .bool(a.required), "approvers": .array(a.approvers.map(JSONValue.string)),
                 "approversDiffer": .bool(a.approversDiffer)])
    }

    static func approval(from c: JSONReader) throws(JSONReader.SchemaError) -> ApprovalRecord {
        ApprovalRecord(by: try c.string("by"), user: try c.string("user", default: ""), at: try c.timestamp("at"),
                       textHash: try c.string("textHash"), note: try c.string("note", default: ""),
                       revoked: try c.bool("revoked", default: false))
    }

    static func approvalValue(_ a: ApprovalRecord) -> JSONValue {
        var o: JSONObject = ["by": .string(a.by), "user": .string(a.user), "at": .string(a.at.iso),
                             "textHash": .string(a.textHash), "revoked": .bool(a.revoked)]
        if !a.note.isEmpty { o["note"] = .string(a.note) }
        return .object(o)
    }

    static func lastEdit(from c: JSONReader) throws(JSONReader.SchemaError) -> LastEdit {
        LastEdit(name: try c.string("name", default: ""), user: try c.string("user", default: ""), textHash: try c.string("textHash"))
    }

    static func lastEditValue(_ e: LastEdit) -> JSONValue {
        .object(["name": .string(e.name), "user": .string(e.user), "textHash": .string(e.textHash)])
    }

    // MARK: - Profile

    static func profile(from r: JSONReader) throws(JSONReader.SchemaError) -> Profile {
        let platforms = try r.array("platforms").enumerated().map { (k, v) throws(JSONReader.SchemaError) -> Platform in
            let p = try JSONReader(v, path: r.keyPath("platforms") + "[\(k)]")
            return Platform(id: try p.string("id"), name: try p.string("name", default: try p.string("id")),
                            professional: try p.bool("professional", default: true),
                            characterLimit: p.object["characterLimit"] == nil ? nil : try p.int("characterLimit", range: 1...1_000_000))
        }
        let tzone = try r.string("timeZone", default: "UTC")
        let timeText = try r.string("defaultTime", default: "09:00")
        guard let defaultTime = TimeOfDay(timeText) else { throw r.error("defaultTime", "expected HH:MM, found '\(timeText)'") }
        var profile = Profile(name: try r.string("name"), specialty: try r.string("specialty", default: ""),
                              audience: try r.string("audience", default: ""), platforms: platforms,
                              disclaimer: try r.string("disclaimer", default: ""),
                              weekStart: try r.enumValue("weekStart", WeekStart.self, default: .monday),
                              timeZone: tzone, defaultTime: defaultTime)
        // Optional keys (issue 18): absent means "the defaults".
        if r.object["observanceRegions"] != nil { profile.observanceRegions = try r.strings("observanceRegions") }
        if r.object["observanceTags"] != nil { profile.observanceTags = try r.strings("observanceTags") }
        return profile
    }

    public static func profileValue(_ p: Profile) -> JSONValue {
        var o = profileObject(p)
        if let r = p.observanceRegions { o["observanceRegions"] = .array(r.map(JSONValue.string)) }
        if let t = p.observanceTags { o["observanceTags"] = .array(t.map(JSONValue.string)) }
        return .object(o)
    }

    private static func profileObject(_ p: Profile) -> JSONObject {
        [
            "name": .string(p.name), "specialty": .string(p.specialty), "audience": .string(p.audience),
            "platforms": .array(p.platforms.map { pl in
                var o: JSONObject = ["id": .string(pl.id), "name": .string(pl.name), "professional": .bool(pl.professional)]
                if let l = pl.characterLimit { o["characterLimit"] = .number(Double(l)) }
                return .object(o)
            }),
            "disclaimer": .string(p.disclaimer), "weekStart": .string(p.weekStart.rawValue),
            "timeZone": .string(p.timeZone), "defaultTime": .string(p.defaultTime.description),
        ]
    }

    // MARK: - Themes

    public static func theme(from r: JSONReader) throws(JSONReader.SchemaError) -> Theme {
        let id = try r.string("id")
        guard isValidID(id) else { throw r.error("id", "a theme id is lowercase letters, digits and '-', found '\(id)'") }
        var days: [Weekday] = []
        for (k, v) in try r.array("weekdays").enumerated() {
            guard case .string(let s) = v, let d = Weekday(abbreviation: s) else {
                throw r.error("weekdays[\(k)]", "expected a weekday name such as 'monday'")
            }
            days.append(d)
        }
        return Theme(id: id, name: try r.string("name"), label: try r.string("label", default: try r.string("name")),
                     color: try r.enumValue("color", ThemeColor.self, default: .white), weekdays: days,
                     everyWeeks: try r.int("everyWeeks", default: 1, range: 1...52),
                     description: try r.string("description", default: ""), template: try r.string("template", default: ""),
                     requiresConsent: try r.bool("requiresConsent", default: false),
                     requiresDisclaimer: try r.bool("requiresDisclaimer", default: true))
    }

    public static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    static func themeValue(_ t: Theme) -> JSONValue {
        .object([
            "id": .string(t.id), "name": .string(t.name), "label": .string(t.label), "color": .string(t.color.rawValue),
            "weekdays": .array(t.weekdays.map { .string($0.rawValue) }), "everyWeeks": .number(Double(t.everyWeeks)),
            "description": .string(t.description), "template": .string(t.template),
            "requiresConsent": .bool(t.requiresConsent), "requiresDisclaimer": .bool(t.requiresDisclaimer),
        ])
    }

    // MARK: - Cadence

    public static func cadence(from r: JSONReader) throws(JSONReader.SchemaError) -> CadenceGoals {
        var mins: [String: Int] = [:]
        if let pm = try r.child("platformMinimums") {
            for key in pm.object.keys { mins[key] = try pm.int(key, range: 0...50) }
        }
        let g = CadenceGoals(minPerWeek: try r.int("minPerWeek", default: 2, range: 0...50),
                             maxPerWeek: try r.int("maxPerWeek", default: 3, range: 0...100),
                             maxPerDay: try r.int("maxPerDay", default: 1, range: 1...50),
                             maxSilenceDays: try r.int("maxSilenceDays", default: 4, range: 1...365),
                             leadDays: try r.int("leadDays", default: 2, range: 0...60), platformMinimums: mins)
        guard g.minPerWeek <= g.maxPerWeek else { throw r.error("minPerWeek", "the weekly minimum (\(g.minPerWeek)) is above the maximum (\(g.maxPerWeek))") }
        return g
    }

    static func cadenceValue(_ g: CadenceGoals) -> JSONValue {
        .object([
            "minPerWeek": .number(Double(g.minPerWeek)), "maxPerWeek": .number(Double(g.maxPerWeek)),
            "maxPerDay": .number(Double(g.maxPerDay)), "maxSilenceDays": .number(Double(g.maxSilenceDays)),
            "leadDays": .number(Double(g.leadDays)),
            "platformMinimums": .object(JSONObject(g.platformMinimums.mapValues { .number(Double($0)) })),
        ])
    }

    // MARK: - Posts

    static func post(from r: JSONReader, dated: Bool) throws(JSONReader.SchemaError) -> Post {
        let id = try r.string("id")
        guard isValidID(id) else { throw r.error("id", "a post id is lowercase letters, digits and '-', found '\(id)'") }
        let date: CalendarDate? = dated ? try r.date("date") : nil
        var time: TimeOfDay?
        if let t = try r.optionalString("time") {
            guard let parsed = TimeOfDay(t) else { throw r.error("time", "expected HH:MM, found '\(t)'") }
            time = parsed
        }
        var consent: ConsentRecord?
        if let c = try r.child("consent") {
            consent = ConsentRecord(obtainedOn: try c.date("obtainedOn"), reference: try c.string("reference"),
                                    expiresOn: try c.optionalDate("expiresOn"), revoked: try c.bool("revoked", default: false),
                                    textHash: try c.string("textHash"))
        }
        var acks: [Acknowledgement] = []
        for (k, v) in try r.array("acknowledgements").enumerated() {
            let a = try JSONReader(v, path: r.keyPath("acknowledgements") + "[\(k)]")
            acks.append(Acknowledgement(rule: try a.string("rule"), excerpt: try a.string("excerpt"), note: try a.string("note", default: "")))
        }
        let title = try r.string("title")
        var post = Post(id: id, date: date, time: time, themeID: try r.string("theme"), platforms: try r.strings("platforms"),
                        title: title, body: try r.string("body", default: ""),
                        status: try r.enumValue("status", PostStatus.self, default: .idea), consent: consent,
                        notes: try r.string("notes", default: ""), hashtags: try r.strings("hashtags"),
                        acknowledgements: acks, created: try r.timestamp("created"), updated: try r.timestamp("updated"))
        post.conflicts = try MergeConflict.list(try r.array("conflicts"), path: r.keyPath("conflicts"))
        post.approval = try r.child("approval").map(approval(from:))
        post.lastEdit = try r.child("lastEdit").map(lastEdit(from:))
        post.unknownFields = r.unknownKeys(known: postKeys)
        return post
    }

    /// The keys of a post this version reads; any other is kept in `Post.unknownFields`.
    static let postKeys: Set<String> = ["id", "date", "time", "theme", "platforms", "title", "body", "status", "consent",
                                        "notes", "hashtags", "acknowledgements", "created", "updated", "conflicts",
                                        "approval", "lastEdit"]

    public static func postValue(_ p: Post) -> JSONValue {
        var o = JSONObject(p.unknownFields)
        let fields: JSONObject = [
            "id": .string(p.id), "theme": .string(p.themeID), "platforms": .array(p.platforms.map(JSONValue.string)),
            "title": .string(p.title), "body": .string(p.body), "status": .string(p.status.rawValue),
            "notes": .string(p.notes), "hashtags": .array(p.hashtags.map(JSONValue.string)),
            "created": .string(p.created.iso), "updated": .string(p.updated.iso),
        ]
        for (k, v) in zip(fields.keys, fields.values) { o[k] = v }
        if !p.conflicts.isEmpty { o["conflicts"] = .array(p.conflicts.map(\.jsonValue)) }
        if let d = p.date { o["date"] = .string(d.iso) }
        if let t = p.time { o["time"] = .string(t.description) }
        if let c = p.consent { o["consent"] = consentValue(c) }
        if let a = p.approval { o["approval"] = approvalValue(a) }
        if let e = p.lastEdit { o["lastEdit"] = lastEditValue(e) }
        if !p.acknowledgements.isEmpty { o["acknowledgements"] = .array(p.acknowledgements.map(acknowledgementValue)) }
        return .object(o)
    }

    static func consentValue(_ c: ConsentRecord) -> JSONValue {
        var co: JSONObject = ["obtainedOn": .string(c.obtainedOn.iso), "reference": .string(c.reference),
                              "revoked": .bool(c.revoked), "textHash": .string(c.textHash)]
        if let e = c.expiresOn { co["expiresOn"] = .string(e.iso) }
        return .object(co)
    }

    static func acknowledgementValue(_ a: Acknowledgement) -> JSONValue {
        .object(["rule": .string(a.rule), "excerpt": .string(a.excerpt), "note": .string(a.note)])
    }
}

/// Why a plan file could not be read: where, which key, and what was expected.
public struct PlanDecodingError: Error, Equatable, Sendable {
    public var position: TextPosition?
    public var keyPath: String?
    public var message: String
    public var isNewerVersion = false

    /// "line 3, column 14 (posts[0].date): expected a date …"
    public var description: String {
        var parts: [String] = []
        if let position { parts.append(position.description) }
        if let keyPath { parts.append("(\(keyPath))") }
        let location = parts.joined(separator: " ")
        return location.isEmpty ? message : location + ": " + message
    }
}
