/// The three-way merge behind `rounds merge-driver`: two people's copies of a plan and the
/// version they both started from become one plan, by post id and by field.
///
/// - a post added on either side is kept; a post deleted on one side and unchanged on the
///   other goes; deleted on one side and edited on the other, it is kept with a `deleted`
///   conflict record;
/// - a field changed on one side takes that change; changed on both to different values, ours
///   stays and theirs is kept in a conflict record on the post;
/// - platforms, hashtags and acknowledgements merge as sets; `created` is the earlier and
///   `updated` the later time; a consent or an approval revoked on either side stays revoked;
/// - a story whose merged text its consent no longer covers goes back to draft, and so does a
///   ready post whose merged text no approval covers, where the plan requires approvals (an
///   approval of other words stays in the file, and does not count);
/// - the last editor is the side's whose record is about the merged text;
/// - profile, themes (by id), cadence and the allow-lists merge key by key the same way,
///   with conflicts recorded on the plan.
///
/// The result does not depend on which side is ours (a rebase swaps them), except for which
/// of two conflicting values sits in place and which in the record.
public enum GitMerge {
    public struct Outcome: Sendable {
        public var plan: Plan
        /// Conflict records this merge added (posts and plan).
        public var newConflicts: Int
        /// Posts whose content came from both sides.
        public var mergedPosts: Int
    }

    /// `base` is nil when the two sides share no ancestor (git passes an empty file then).
    public static func merge(base: Plan?, ours: Plan, theirs: Plan) -> Outcome {
        var newConflicts = 0
        var settings = mergeSettings(base: base, ours: ours, theirs: theirs, newConflicts: &newConflicts)
        let consentThemes = Set(settings.themes.filter(\.requiresConsent).map(\.id))

        var baseIndex: [String: Int] = [:], theirsIndex: [String: Int] = [:]
        if let base {
            baseIndex.reserveCapacity(base.posts.count)
            for i in base.posts.indices { baseIndex[base.posts[i].id] = i }
        }
        theirsIndex.reserveCapacity(theirs.posts.count)
        for i in theirs.posts.indices { theirsIndex[theirs.posts[i].id] = i }

        var posts: [Post] = []
        posts.reserveCapacity(max(ours.posts.count, theirs.posts.count))
        var mergedPosts = 0
        var seenInOurs = Set<String>()
        seenInOurs.reserveCapacity(ours.posts.count)
        func basePost(_ id: String) -> Post? { baseIndex[id].flatMap { base?.posts[$0] } }
        for i in ours.posts.indices {
            let id = ours.posts[i].id
            seenInOurs.insert(id)
            let b = basePost(id)
            guard let ti = theirsIndex[id] else {
                // Not in theirs: added by us, or deleted by them.
                guard let b else { posts.append(ours.posts[i]); continue }
                if ours.posts[i] == b { continue }  // they deleted it, we did not touch it
                var kept = ours.posts[i]
                kept.conflicts.append(MergeConflict(field: MergeConflict.deletedField, side: .theirs, value: .null))
                newConflicts += 1
                posts.append(kept)
                continue
            }
            if ours.posts[i] == theirs.posts[ti] { posts.append(ours.posts[i]); continue }
            if let b, ours.posts[i] == b { posts.append(theirs.posts[ti]); continue }
            if let b, theirs.posts[ti] == b { posts.append(ours.posts[i]); continue }
            let (m, added) = mergePost(base: b, ours: ours.posts[i], theirs: theirs.posts[ti], consentThemes: consentThemes,
                                       approvalsRequired: settings.profile.approvals.required)
            newConflicts += added
            mergedPosts += 1
            posts.append(m)
        }
        for i in theirs.posts.indices where !seenInOurs.contains(theirs.posts[i].id) {
            guard let b = basePost(theirs.posts[i].id) else { posts.append(theirs.posts[i]); continue }  // added by them
            if theirs.posts[i] == b { continue }  // we deleted it, they did not touch it
            var kept = theirs.posts[i]
            kept.conflicts.append(MergeConflict(field: MergeConflict.deletedField, side: .ours, value: .null))
            newConflicts += 1
            posts.append(kept)
        }

        // A theme deleted on one side while the other side has posts in it comes back.
        let known = Set(settings.themes.map(\.id))
        var restored = Set<String>()
        for i in posts.indices where !known.contains(posts[i].themeID) && !restored.contains(posts[i].themeID) {
            let id = posts[i].themeID
            guard let theme = ours.theme(id: id) ?? theirs.theme(id: id) ?? base?.theme(id: id) else { continue }
            restored.insert(id)
            settings.themes.append(theme)
            let deleter: MergeConflict.Side = ours.theme(id: id) == nil ? .ours : .theirs
            let record = MergeConflict(field: "themes." + id, side: deleter, value: .null)
            if !settings.conflicts.contains(record) {
                settings.conflicts.append(record)
                newConflicts += 1
            }
        }
        var plan = Plan(profile: settings.profile, themes: settings.themes, cadence: settings.cadence,
                        allowList: settings.allowList, allowedDomains: settings.allowedDomains, posts: posts,
                        unknownFields: settings.unknownFields)
        plan.conflicts = settings.conflicts
        return Outcome(plan: plan, newConflicts: max(0, newConflicts), mergedPosts: mergedPosts)
    }

    // MARK: - Posts

    static func postKind(_ path: String) -> JSONMerge.Kind {
        switch path {
        case "platforms", "hashtags", "acknowledgements", "conflicts": .set
        case "created": .earliest
        case "updated": .latest
        case "consent", "approval": .consent
        default: .value
        }
    }

    /// A post both sides changed: field by field.
    static func mergePost(base: Post?, ours: Post, theirs: Post, consentThemes: Set<String>, approvalsRequired: Bool = false) -> (Post, added: Int) {
        guard case .object(var o) = PlanCodec.postValue(ours), case .object(var t) = PlanCodec.postValue(theirs) else { return (ours, 0) }
        var b = JSONObject()
        if let base, case .object(let x) = PlanCodec.postValue(base) { b = x }
        // Who last edited follows the text, not a merge of its own (see below).
        o["lastEdit"] = nil
        t["lastEdit"] = nil
        b["lastEdit"] = nil
        var m = JSONMerge(kind: postKind)
        var merged = m.objectMerge("", base: b, ours: o, theirs: t)
        // Records this merge made join the post's own (which merged as a set).
        if !m.conflicts.isEmpty {
            var records: [JSONValue] = []
            if case .array(let a)? = merged["conflicts"] { records = a }
            for c in m.conflicts where !records.contains(c.jsonValue) { records.append(c.jsonValue) }
            merged["conflicts"] = .array(records)
        }
        guard var post = try? PlanCodec.post(from: JSONReader(.object(merged), path: "post"), dated: merged["date"] != nil) else {
            var kept = ours
            for c in m.conflicts where !kept.conflicts.contains(c) { kept.conflicts.append(c) }
            return (kept, m.conflicts.count)
        }
        // Consent covers exact words: a merged text it does not cover cannot stay ready.
        let uncovered = consentThemes.contains(post.themeID)
            && !(post.consent.map { !$0.revoked && $0.textHash == ConsentRecord.hash(of: post) } ?? false)
        // So does an approval, where the plan requires one.
        let unapproved = approvalsRequired && Plan.approvalIssue(post) != nil
        if uncovered || unapproved {
            if post.status == .ready || post.status == .scheduled { post.status = .draft }
            // Nor can the other side's ready or scheduled wait in a conflict record: whichever
            // side is ours, the post is a draft with nothing to choose.
            post.conflicts.removeAll { c in
                c.field == "status" && (c.value == .string(PostStatus.ready.rawValue) || c.value == .string(PostStatus.scheduled.rawValue))
            }
        }
        post.lastEdit = mergedLastEdit(base: base?.lastEdit, ours: ours.lastEdit, theirs: theirs.lastEdit, post: post)
        // A record whose value is the one now in place (a status both sides' changes sent back
        // to draft) is no conflict: it would be an error flag between two equal values.
        if !post.conflicts.isEmpty, case .object(let inPlace) = PlanCodec.postValue(post) {
            post.conflicts.removeAll { c in !c.isDeletion && (inPlace[c.field] ?? .null) == c.value }
        }
        let added = m.conflicts.filter { post.conflicts.contains($0) }.count
        return (post, added)
    }

    /// The last editor of a merged post: the record that is about the merged text; else a
    /// change on one side wins. Where both records are about it, or both changed and neither
    /// is, the smaller one written out, so the side does not matter. Never a conflict: a record
    /// about other words says nothing anyway.
    static func mergedLastEdit(base: LastEdit?, ours: LastEdit?, theirs: LastEdit?, post: Post) -> LastEdit? {
        func smaller(_ x: LastEdit, _ y: LastEdit) -> LastEdit {
            JSONWriter.compact(PlanCodec.lastEditValue(x)).lexicographicallyPrecedes(JSONWriter.compact(PlanCodec.lastEditValue(y))) ? x : y
        }
        let about = [ours, theirs].compactMap { $0 }.filter { $0.covers(post) }
        if about.count == 2 { return smaller(about[0], about[1]) }
        if let first = about.first { return first }
        if ours == theirs || ours == base { return theirs }
        if theirs == base { return ours }
        guard let ours, let theirs else { return ours ?? theirs }
        return smaller(ours, theirs)
    }

    // MARK: - Profile, themes, cadence, allow-lists

    struct Settings {
        var profile: Profile
        var themes: [Theme]
        var cadence: CadenceGoals
        var allowList: [String]
        var allowedDomains: [String]
        var unknownFields: [String: JSONValue]
        var conflicts: [MergeConflict]
    }

    static func planKind(_ path: String) -> JSONMerge.Kind {
        switch path {
        case "profile", "cadence", "cadence.platformMinimums", "approvals": return .object
        case "approvals.approvers": return .set
        case "themes", "profile.platforms": return .keyed
        case "allowList", "allowedDomains": return .set
        default:
            if path.hasPrefix("themes.") && !path.dropFirst(7).contains(".") { return .object }
            if path.hasPrefix("profile.platforms.") && !path.dropFirst(18).contains(".") { return .object }
            return .value
        }
    }

    static func settingsValue(_ plan: Plan) -> JSONObject {
        var o = PlanCodec.planValue(plan, withPosts: false)
        o["version"] = nil
        o["conflicts"] = nil
        return o
    }

    static func mergeSettings(base: Plan?, ours: Plan, theirs: Plan, newConflicts: inout Int) -> Settings {
        let recordsB = base?.conflicts ?? [], recordsO = ours.conflicts, recordsT = theirs.conflicts
        var records = JSONMerge.setMerge(base: recordsB.map(\.jsonValue), ours: recordsO.map(\.jsonValue), theirs: recordsT.map(\.jsonValue))
            .compactMap { v in try? MergeConflict(from: JSONReader(v)) }
        func settings(of p: Plan, conflicts: [MergeConflict]) -> Settings {
            Settings(profile: p.profile, themes: p.themes, cadence: p.cadence, allowList: p.allowList,
                     allowedDomains: p.allowedDomains, unknownFields: p.unknownFields, conflicts: conflicts)
        }
        let sameB = base.map { settingsValue($0) }
        let so = settingsValue(ours), st = settingsValue(theirs)
        if so == st { return settings(of: ours, conflicts: records) }
        if let sameB, so == sameB { return settings(of: theirs, conflicts: records) }
        if let sameB, st == sameB { return settings(of: ours, conflicts: records) }
        var m = JSONMerge(kind: planKind)
        var merged = m.objectMerge("", base: sameB ?? JSONObject(), ours: so, theirs: st)
        var added = m.conflicts
        // Merged key by key, the goals may contradict each other (one side raised the weekly
        // minimum, the other lowered the maximum): then ours stay whole, theirs recorded.
        for _ in 0..<2 {
            var root = merged
            root["version"] = .number(Double(Plan.currentVersion))
            if let p = try? PlanCodec.plan(from: .object(root)) {
                for c in added where !records.contains(c) { records.append(c); newConflicts += 1 }
                return settings(of: p, conflicts: records)
            }
            for key in ["cadence", "profile", "themes"] where merged[key] != so[key] {
                added.removeAll { $0.field == key || $0.field.hasPrefix(key + ".") }
                added.append(MergeConflict(field: key, side: .theirs, value: st[key] ?? .null))
                merged[key] = so[key]
                var trial = merged
                trial["version"] = .number(Double(Plan.currentVersion))
                if (try? PlanCodec.plan(from: .object(trial))) != nil { break }
            }
        }
        for c in [MergeConflict(field: "settings", side: .theirs, value: .object(st))] where !records.contains(c) {
            records.append(c)
            newConflicts += 1
        }
        return settings(of: ours, conflicts: records)
    }
}
