import Testing
import RoundsCore
import RoundsTestSupport

/// The three-way merge behind `rounds merge-driver`, on parsed plans.
@Suite("Three-way merge of plans")
struct MergeTests {
    /// Merges both ways and checks the two results agree up to the conflict records.
    func both(_ base: Plan?, _ a: Plan, _ b: Plan, sourceLocation: SourceLocation = #_sourceLocation) -> (Plan, Plan) {
        let ab = GitMerge.merge(base: base, ours: a, theirs: b).plan
        let ba = GitMerge.merge(base: base, ours: b, theirs: a).plan
        let x = MergeTests.normalized(ab), y = MergeTests.normalized(ba)
        #expect(x == y, "the merge depends on which side is ours:\n\(lineDiff(x, y))", sourceLocation: sourceLocation)
        return (ab, ba)
    }

    static func sortedPair(_ a: JSONValue, _ b: JSONValue) -> JSONValue {
        .array([a, b].sorted { JSONWriter.compact($0).lexicographicallyPrecedes(JSONWriter.compact($1)) })
    }

    /// Sets a value at a dotted path (lists of objects addressed by id).
    static func set(_ v: JSONValue, _ path: ArraySlice<String>, _ new: JSONValue) -> JSONValue {
        guard let key = path.first else { return new }
        switch v {
        case .object(var o):
            o[key] = set(o[key] ?? .null, path.dropFirst(), new)
            return .object(o)
        case .array(var items):
            if let i = items.firstIndex(where: { if case .object(let x) = $0, x["id"] == .string(key) { true } else { false } }) {
                items[i] = set(items[i], path.dropFirst(), new)
            }
            return .array(items)
        default: return v
        }
    }

    /// The plan as text with every conflicting pair written as a sorted pair, so results of
    /// both directions compare equal when they differ only in which value sits in place.
    static func normalized(_ plan: Plan) -> String {
        var root = JSONValue.object(PlanCodec.planValue(plan))
        var posts: [JSONValue] = []
        // By id: a post whose date is in conflict sits on a different day either way.
        for post in plan.posts.sorted(by: { $0.id < $1.id }) {
            guard case .object(var o) = PlanCodec.postValue(post) else { continue }
            for c in post.conflicts where !c.isDeletion { o[c.field] = sortedPair(o[c.field] ?? .null, c.value) }
            o["conflicts"] = .array(post.conflicts.map { .string($0.isDeletion ? "deleted" : $0.field) })
            posts.append(.object(o))
        }
        root = set(root, ["posts"], .array(posts))
        root = set(root, ["ideas"], .null)
        for c in plan.conflicts {
            let path = c.field.split(separator: ".").map(String.init)
            let inPlace = ConflictFlags.settingValue(PlanCodec.planValue(plan, withPosts: false), c.field) ?? .null
            root = set(root, path[...], sortedPair(inPlace, c.value))
        }
        root = set(root, ["conflicts"], .array(plan.conflicts.map { .string($0.field) }))
        return String(decoding: JSONWriter.write(root), as: UTF8.self)
    }

    @Test("posts added on both sides are kept; a day over its maximum is flagged")
    func adds() {
        var base = Fixtures.emptyPlan()
        base.upsert(Fixtures.post("00000001", "2026-11-23", "health-tip"))
        var a = base, b = base
        a.upsert(Fixtures.post("aaaa0001", "2026-11-30", "health-tip"))
        b.upsert(Fixtures.post("bbbb0001", "2026-11-30", "qa"))
        let (m, _) = both(base, a, b)
        #expect(m.posts.map(\.id) == ["00000001", "aaaa0001", "bbbb0001"])
        #expect(m.conflictCount == 0)
        let flags = Review.flags(plan: m, from: Fixtures.date("2026-11-30"), to: Fixtures.date("2026-12-06"), today: Fixtures.today)
        #expect(flags.contains { $0.rule == "cadence.day-over" })
    }

    @Test("the same field changed on both sides: ours in place, theirs recorded, flagged, resolvable both ways")
    func sameField() throws {
        var base = Fixtures.emptyPlan()
        base.upsert(Fixtures.post("00000001", "2026-11-23", "health-tip", title: "Base"))
        var a = base, b = base
        var pa = base.posts[0]; pa.title = "Ours"; pa.notes = "note from a"; a.upsert(pa)
        var pb = base.posts[0]; pb.title = "Theirs"; pb.status = .ready; b.upsert(pb)
        let (m, _) = both(base, a, b)
        let p = try #require(m.post(id: "00000001"))
        #expect(p.title == "Ours")
        #expect(p.notes == "note from a")
        #expect(p.status == .ready)
        #expect(p.conflicts == [MergeConflict(field: "title", side: .theirs, value: .string("Theirs"))])
        let flags = Review.flags(plan: m, from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29"), today: Fixtures.today)
        let flag = try #require(flags.first { $0.rule == "merge.conflict" })
        #expect(flag.severity == .error)
        #expect(flag.message == "Monday's Health Tip 'Ours' has a merge conflict in title: ours “Ours”, theirs “Theirs”")
        var takeOurs = m, takeTheirs = m
        try takeOurs.resolveConflicts(postID: "00000001", field: "title", take: .ours)
        try takeTheirs.resolveConflicts(postID: "00000001", field: nil, take: .theirs)
        #expect(takeOurs.post(id: "00000001")?.title == "Ours")
        #expect(takeTheirs.post(id: "00000001")?.title == "Theirs")
        #expect(takeOurs.conflictCount == 0 && takeTheirs.conflictCount == 0)
        #expect(takeTheirs.post(id: "00000001")?.notes == "note from a")
    }

    @Test("deleted on one side and edited on the other: kept and flagged; deleted on both: gone")
    func deletions() throws {
        var base = Fixtures.emptyPlan()
        base.upsert(Fixtures.post("00000001", "2026-11-23", "health-tip", title: "Base"))
        base.upsert(Fixtures.post("00000002", "2026-11-25", "qa"))
        var a = base, b = base
        a.remove(id: "00000001")
        a.remove(id: "00000002")
        b.remove(id: "00000002")
        var edited = base.posts[0]; edited.title = "Edited"; b.upsert(edited)
        let (ab, ba) = both(base, a, b)
        let kept = try #require(ab.post(id: "00000001"))
        #expect(kept.title == "Edited")
        #expect(kept.conflicts == [MergeConflict(field: "deleted", side: .ours, value: .null)])
        #expect(ba.post(id: "00000001")?.conflicts == [MergeConflict(field: "deleted", side: .theirs, value: .null)])
        #expect(ab.post(id: "00000002") == nil)
        var deleteIt = ab, keepIt = ab
        try deleteIt.resolveConflicts(postID: "00000001", field: nil, take: .ours)
        try keepIt.resolveConflicts(postID: "00000001", field: nil, take: .theirs)
        #expect(deleteIt.post(id: "00000001") == nil)
        #expect(keepIt.post(id: "00000001")?.title == "Edited")
        #expect(keepIt.post(id: "00000001")?.conflicts == [])
    }

    @Test("consent recorded on one side, text edited on the other: the story does not stay ready")
    func consentAgainstText() throws {
        var base = Fixtures.emptyPlan()
        base.upsert(Fixtures.post("00000003", "2026-11-27", "success-story", title: "Back to running"))
        var a = base, b = base
        var pa = base.posts[0]
        pa.consent = ConsentRecord(obtainedOn: Fixtures.date("2026-11-20"), reference: "form 114", textHash: ConsentRecord.hash(of: pa))
        pa.status = .ready
        a.upsert(pa)
        var pb = base.posts[0]; pb.body = "She ran 10 km last week."; b.upsert(pb)
        let (m, _) = both(base, a, b)
        let p = try #require(m.post(id: "00000003"))
        #expect(p.body == "She ran 10 km last week.")
        #expect(p.consent?.reference == "form 114")
        #expect(p.status == .draft)
        #expect(Plan.consentProblem(p, today: Fixtures.today) != nil)
    }

    @Test("a revocation on one side stays in force whatever the other did to the consent")
    func revocationWins() throws {
        var base = Fixtures.emptyPlan()
        var story = Fixtures.post("00000003", "2026-11-27", "success-story")
        story.consent = ConsentRecord(obtainedOn: Fixtures.date("2026-11-20"), reference: "form 114", textHash: ConsentRecord.hash(of: story))
        base.upsert(story)
        var a = base, b = base
        var pa = story; pa.consent?.revoked = true; a.upsert(pa)
        var pb = story; pb.consent?.reference = "form 115"; b.upsert(pb)
        let (ab, ba) = both(base, a, b)
        #expect(ab.post(id: "00000003")?.consent?.revoked == true)
        #expect(ba.post(id: "00000003")?.consent?.revoked == true)
        #expect(ab.post(id: "00000003")?.conflicts.count == 1)
    }

    @Test("profile, cadence, themes and allow-lists merge by key")
    func settings() throws {
        let base = Fixtures.emptyPlan()
        var a = base, b = base
        a.profile.name = "Dr. Ana Ruiz-Lopez"
        a.allowList.append("555-0100")
        a.themes[0].template = "New tip template"
        b.cadence.maxPerWeek = 4
        b.allowList.append("Main St Clinic")
        b.allowedDomains.append("clinic.example")
        b.themes[1].name = "Questions"
        let (m, _) = both(base, a, b)
        #expect(m.profile.name == "Dr. Ana Ruiz-Lopez")
        #expect(m.cadence.maxPerWeek == 4)
        #expect(Set(m.allowList) == ["555-0100", "Main St Clinic"])
        #expect(m.allowedDomains == ["clinic.example"])
        #expect(m.themes[0].template == "New tip template")
        #expect(m.themes[1].name == "Questions")
        #expect(m.conflicts.isEmpty)
        // The same setting both ways: recorded on the plan, resolvable.
        var c = base, d = base
        c.profile.name = "Dr. C"
        d.profile.name = "Dr. D"
        let (n, _) = both(base, c, d)
        #expect(n.profile.name == "Dr. C")
        #expect(n.conflicts == [MergeConflict(field: "profile.name", side: .theirs, value: .string("Dr. D"))])
        var resolved = n
        try resolved.resolvePlanConflicts(field: "profile.name", take: .theirs)
        #expect(resolved.profile.name == "Dr. D")
        #expect(resolved.conflicts.isEmpty)
        // Goals that contradict each other once merged key by key: ours whole, theirs recorded.
        var e = base, f = base
        e.cadence.minPerWeek = 3
        f.cadence.maxPerWeek = 2
        let (g, _) = both(base, e, f)
        #expect(g.cadence.minPerWeek <= g.cadence.maxPerWeek)
        #expect(g.conflicts.map(\.field) == ["cadence"])
    }

    @Test("a theme deleted on one side while the other adds a post in it comes back")
    func themeRestored() throws {
        let base = Fixtures.emptyPlan()
        var a = base, b = base
        a.themes.removeAll { $0.id == "qa" }
        b.upsert(Fixtures.post("bbbb0001", "2026-11-25", "qa"))
        let (m, _) = both(base, a, b)
        #expect(m.theme(id: "qa") != nil)
        #expect(m.post(id: "bbbb0001") != nil)
        #expect(try PlanCodec.decode(PlanCodec.encode(m)) == m)
        #expect(m.conflicts.map(\.field) == ["themes.qa"])
    }

    @Test("conflict records and unknown post keys survive a save byte for byte")
    func codec() throws {
        var plan = Fixtures.fullWeekPlan()
        var p = try #require(plan.post(id: "a1"))
        p.conflicts = [MergeConflict(field: "title", side: .theirs, value: .string("Other")),
                       MergeConflict(field: "deleted", side: .ours, value: .null)]
        p.unknownFields = ["sponsor": .object(["by": .string("Dr. X")])]
        plan.upsert(p)
        plan.conflicts = [MergeConflict(field: "profile.name", side: .theirs, value: .string("Dr. Y"))]
        let bytes = PlanCodec.encode(plan)
        #expect(bytes == JSONWriter.write(.object(PlanCodec.planValue(plan))))
        let back = try PlanCodec.decode(bytes)
        #expect(back == plan)
        #expect(PlanCodec.encode(back) == bytes)
        #expect(try PlanCodec.decodeSlowly(bytes) == plan)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"sponsor\": {"))
    }

    @Test("git's conflict markers are recognised")
    func markers() {
        #expect(ConflictMarkers.found(in: Array("{\n<<<<<<< HEAD\n  \"a\": 1\n=======\n  \"a\": 2\n>>>>>>> theirs\n}\n".utf8)))
        #expect(!ConflictMarkers.found(in: Array("{\n  \"body\": \"<<<<<<< not at a line start\"\n}\n".utf8)))
        #expect(!ConflictMarkers.found(in: Array("<<<<<<< only an opening\n".utf8)))
    }

    // MARK: - Property: random edit scripts on two sides

    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    enum Field: CaseIterable { case title, body, status, notes, date, delete }

    /// One side's script: for each touched post, a field and a new value (or a delete), plus adds.
    static func edit(_ plan: inout Plan, rng: inout Rng, side: String, changes: inout [String: (Field, String)], adds: inout [String]) {
        let ids = plan.posts.map(\.id)
        for _ in 0..<(1 + rng.int(8)) {
            let id = ids[rng.int(ids.count)]
            guard var p = plan.post(id: id), changes[id] == nil else { continue }
            let field = Field.allCases[rng.int(Field.allCases.count)]
            let value = "\(side)-\(rng.int(3))"
            switch field {
            case .title: p.title = value
            case .body: p.body = value
            case .notes: p.notes = value
            case .status: p.status = [.idea, .ready, .posted][rng.int(3)]
            case .date: p.date = Fixtures.date("2026-12-0\(1 + rng.int(9))")
            case .delete: plan.remove(id: id); changes[id] = (.delete, ""); continue
            }
            changes[id] = (field, value)
            plan.upsert(p)
        }
        for k in 0..<rng.int(3) {
            let id = "\(side)\(String(rng.next() % 0xffffff, radix: 16))\(k)"
            plan.upsert(Fixtures.post(id, "2026-11-2\(3 + rng.int(7))", ["health-tip", "qa"][rng.int(2)]))
            adds.append(id)
        }
    }

    @Test("random edit scripts: every change kept, every conflicting pair kept, a valid plan that saves byte-identically, either side ours")
    func randomScripts() throws {
        var rng = Rng(state: 20_261_201)
        for round in 0..<150 {
            var base = Fixtures.emptyPlan()
            for i in 0..<12 {
                base.upsert(Fixtures.post("p\(i)", "2026-11-\(23 + i % 7)", ["health-tip", "qa"][i % 2], title: "T\(i)", body: "B\(i)"))
            }
            var a = base, b = base
            var ca: [String: (Field, String)] = [:], cb: [String: (Field, String)] = [:]
            var addsA: [String] = [], addsB: [String] = []
            MergeTests.edit(&a, rng: &rng, side: "a", changes: &ca, adds: &addsA)
            MergeTests.edit(&b, rng: &rng, side: "b", changes: &cb, adds: &addsB)
            let (m, _) = both(base, a, b)
            let bytes = PlanCodec.encode(m)
            let back = try PlanCodec.decode(bytes)
            #expect(back == m, "round \(round): the merge does not read back")
            #expect(PlanCodec.encode(back) == bytes, "round \(round): not byte-stable")
            for id in addsA + addsB { #expect(m.post(id: id) != nil, "round \(round): add \(id) lost") }
            for id in Set(ca.keys).union(cb.keys) {
                let pa = a.post(id: id), pb = b.post(id: id), merged = m.post(id: id)
                switch (ca[id]?.0, cb[id]?.0) {
                case (.delete?, .delete?): #expect(merged == nil)
                case (.delete?, nil), (nil, .delete?): #expect(merged == nil, "round \(round): a delete of an untouched post was lost")
                case (.delete?, _?), (_?, .delete?):
                    #expect(merged?.conflicts.contains { $0.isDeletion } == true, "round \(round): delete against edit not flagged")
                case let (fa?, fb?) where fa == fb:
                    let va = try #require(pa), vb = try #require(pb), mm = try #require(merged)
                    let key = "\(fa)"
                    if PlanCodec.postValue(va) != PlanCodec.postValue(vb), value(va, key) != value(vb, key) {
                        // Both values are kept: one in place, the other in the record.
                        let record = mm.conflicts.first { $0.field == key }
                        #expect(record != nil, "round \(round): conflict on \(key) not recorded")
                        #expect(Set([value(mm, key), record?.value ?? .null]) == Set([value(va, key), value(vb, key)]))
                    }
                case let (fa?, fb):
                    let va = try #require(pa), mm = try #require(merged)
                    #expect(value(mm, "\(fa)") == value(va, "\(fa)") || fb != nil, "round \(round): \(fa) from a lost")
                    if let fb, let vb = pb { #expect(value(mm, "\(fb)") == value(vb, "\(fb)"), "round \(round): \(fb) from b lost") }
                case let (nil, fb?):
                    let vb = try #require(pb), mm = try #require(merged)
                    #expect(value(mm, "\(fb)") == value(vb, "\(fb)"), "round \(round): \(fb) from b lost")
                case (nil, nil): break
                }
            }
        }
    }

    func value(_ p: Post, _ key: String) -> JSONValue {
        guard case .object(let o) = PlanCodec.postValue(p) else { return .null }
        return o[key] ?? .null
    }
}
