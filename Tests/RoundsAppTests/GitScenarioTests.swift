import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Two people change one plan and git merges it: each scenario merged by `git pull` (merge),
/// by `git pull --rebase` (which swaps ours and theirs), and by the driver alone on fixture
/// files (both ways). Real git, a bare hub and two clones in a temp folder.
@Suite("Sharing a plan through git: merge scenarios")
struct GitScenarioTests {
    enum Mode: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case merge, rebase, driver
        var testDescription: String { rawValue }
    }

    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var base: @Sendable (inout Plan) -> Void = { _ in }
        var a: @Sendable (inout Plan) -> Void
        var b: @Sendable (inout Plan) -> Void
        var crlfB = false
        var check: @Sendable (Plan) throws -> Void
        var testDescription: String { name }
    }

    static func post(_ id: String, _ date: String, _ theme: String, title: String? = nil) -> Post {
        Post(id: id, date: Fixtures.date(date), themeID: theme, platforms: ["linkedin"], title: title ?? "Post \(id)",
             body: "Body of \(id).", status: .draft, created: Fixtures.now)
    }

    static func flags(_ p: Plan) -> [PlanFlag] {
        Review.flags(plan: p, from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-12-06"), today: Fixtures.today)
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "adds on different days",
                 a: { $0.upsert(post("aaaa0001", "2026-11-30", "health-tip")) },
                 b: { $0.upsert(post("bbbb0001", "2026-12-02", "qa")) },
                 check: { p in
                     #expect(p.post(id: "aaaa0001") != nil && p.post(id: "bbbb0001") != nil)
                     #expect(p.conflictCount == 0)
                 }),
        Scenario(name: "adds on the same day",
                 a: { $0.upsert(post("aaaa0001", "2026-11-30", "health-tip")) },
                 b: { $0.upsert(post("bbbb0001", "2026-11-30", "qa")) },
                 check: { p in
                     #expect(p.post(id: "aaaa0001") != nil && p.post(id: "bbbb0001") != nil)
                     #expect(flags(p).contains { $0.rule == "cadence.day-over" })
                     #expect(p.conflictCount == 0)
                 }),
        Scenario(name: "different fields of one post",
                 base: { $0.upsert(post("00000001", "2026-11-30", "health-tip", title: "Base")) },
                 a: { p in var x = p.post(id: "00000001")!; x.title = "Title from A"; p.upsert(x) },
                 b: { p in var x = p.post(id: "00000001")!; x.notes = "Notes from B"; x.platforms = ["linkedin", "x"]; p.upsert(x) },
                 check: { p in
                     let x = try #require(p.post(id: "00000001"))
                     #expect(x.title == "Title from A" && x.notes == "Notes from B" && x.platforms == ["linkedin", "x"])
                     #expect(p.conflictCount == 0)
                 }),
        Scenario(name: "the same field",
                 base: { $0.upsert(post("00000001", "2026-11-30", "health-tip", title: "Base")) },
                 a: { p in var x = p.post(id: "00000001")!; x.title = "Title from A"; p.upsert(x) },
                 b: { p in var x = p.post(id: "00000001")!; x.title = "Title from B"; p.upsert(x) },
                 check: { p in
                     let x = try #require(p.post(id: "00000001"))
                     let record = try #require(x.conflicts.first)
                     #expect(x.conflicts.count == 1 && record.field == "title")
                     #expect(Set([JSONValue.string(x.title), record.value]) == [.string("Title from A"), .string("Title from B")])
                     let flag = try #require(flags(p).first { $0.rule == "merge.conflict" })
                     #expect(flag.severity == .error)
                     #expect(flag.message.contains("“Title from A”") && flag.message.contains("“Title from B”"))
                 }),
        Scenario(name: "body on one side, status on the other",
                 base: { $0.upsert(post("00000001", "2026-11-30", "health-tip")) },
                 a: { p in var x = p.post(id: "00000001")!; x.body = "A new body.\nSecond line."; p.upsert(x) },
                 b: { p in var x = p.post(id: "00000001")!; x.status = .ready; p.upsert(x) },
                 check: { p in
                     let x = try #require(p.post(id: "00000001"))
                     #expect(x.body == "A new body.\nSecond line." && x.status == .ready)
                     #expect(p.conflictCount == 0)
                 }),
        Scenario(name: "delete against edit",
                 base: { $0.upsert(post("00000001", "2026-11-30", "health-tip")) },
                 a: { $0.remove(id: "00000001") },
                 b: { p in var x = p.post(id: "00000001")!; x.title = "Edited by B"; p.upsert(x) },
                 check: { p in
                     let x = try #require(p.post(id: "00000001"))
                     #expect(x.title == "Edited by B")
                     #expect(x.conflicts.map(\.field) == ["deleted"])
                     #expect(flags(p).contains { $0.rule == "merge.conflict" && $0.message.contains("was deleted on one side") })
                 }),
        Scenario(name: "delete on both",
                 base: { p in p.upsert(post("00000001", "2026-11-30", "health-tip")); p.upsert(post("00000002", "2026-12-02", "qa")) },
                 a: { p in p.remove(id: "00000001"); var x = p.post(id: "00000002")!; x.notes = "A"; p.upsert(x) },
                 b: { p in p.remove(id: "00000001"); var x = p.post(id: "00000002")!; x.title = "B"; p.upsert(x) },
                 check: { p in
                     #expect(p.post(id: "00000001") == nil)
                     #expect(p.post(id: "00000002")?.notes == "A" && p.post(id: "00000002")?.title == "B")
                     #expect(p.conflictCount == 0)
                 }),
        Scenario(name: "consent on one side, text edit on the other",
                 base: { $0.upsert(post("00000003", "2026-11-27", "success-story", title: "Back to running")) },
                 a: { p in
                     var x = p.post(id: "00000003")!
                     x.consent = ConsentRecord(obtainedOn: Fixtures.date("2026-11-20"), reference: "form 114", textHash: ConsentRecord.hash(of: x))
                     x.status = .ready
                     p.upsert(x)
                 },
                 b: { p in var x = p.post(id: "00000003")!; x.body = "She ran 10 km, three months after surgery."; p.upsert(x) },
                 check: { p in
                     let x = try #require(p.post(id: "00000003"))
                     #expect(x.body == "She ran 10 km, three months after surgery.")
                     #expect(x.consent?.reference == "form 114")
                     #expect(x.status == .draft)
                     #expect(flags(p).contains { $0.rule == "consent.missing" && $0.postID == "00000003" })
                 }),
        Scenario(name: "profile and allow-list edits",
                 a: { p in p.profile.name = "Dr. Ana Ruiz-Lopez"; p.allowList.append("555-0100"); p.cadence.leadDays = 3 },
                 b: { p in p.cadence.maxPerWeek = 4; p.allowList.append("Main St Clinic"); p.allowedDomains.append("clinic.example") },
                 check: { p in
                     #expect(p.profile.name == "Dr. Ana Ruiz-Lopez")
                     #expect(p.cadence.maxPerWeek == 4 && p.cadence.leadDays == 3)
                     #expect(Set(p.allowList) == ["555-0100", "Main St Clinic"])
                     #expect(p.allowedDomains == ["clinic.example"])
                     #expect(p.conflictCount == 0)
                 }),
        Scenario(name: "CRLF line endings on one side",
                 a: { $0.upsert(post("aaaa0001", "2026-11-30", "health-tip")) },
                 b: { $0.upsert(post("bbbb0001", "2026-12-02", "qa")) },
                 crlfB: true,
                 check: { p in
                     #expect(p.post(id: "aaaa0001") != nil && p.post(id: "bbbb0001") != nil)
                     #expect(p.conflictCount == 0)
                 }),
    ]

    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for b in bytes { if b == 0x0A { out.append(0x0D) }; out.append(b) }
        return out
    }

    @Test("scenario", arguments: scenarios, Mode.allCases)
    func scenario(_ s: Scenario, _ mode: Mode) throws {
        let g = GitFixture()
        switch mode {
        case .driver:
            // Fixture files, as git hands them to the driver.
            #expect(Spawn.run(Spawn.roundsPath, ["init", "--plan", g.folder.file("base.json")], env: g.env).status == 0)
            var base = try PlanCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: g.folder.file("base.json")))))
            s.base(&base)
            var a = base, b = base
            s.a(&a)
            s.b(&b)
            let bBytes = s.crlfB ? GitScenarioTests.crlf(PlanCodec.encode(b)) : PlanCodec.encode(b)
            for (ours, theirs) in [(PlanCodec.encode(a), bBytes), (bBytes, PlanCodec.encode(a))] {
                try Data(PlanCodec.encode(base)).write(to: URL(fileURLWithPath: g.folder.file("O")))
                try Data(ours).write(to: URL(fileURLWithPath: g.folder.file("A")))
                try Data(theirs).write(to: URL(fileURLWithPath: g.folder.file("B")))
                let r = Spawn.run(Spawn.roundsPath, ["merge-driver", g.folder.file("O"), g.folder.file("A"), g.folder.file("B"), "plan.json"], env: g.env)
                #expect(r.status == 0, "\(r.stderr)")
                let merged = try #require(g.folder.bytes("A"))
                #expect(!merged.contains(0x0D), "the merge is written with LF line endings")
                let plan = try PlanCodec.decode(merged)
                #expect(PlanCodec.encode(plan) == merged, "the merge is not in the canonical format")
                try s.check(plan)
            }
        case .merge, .rebase:
            g.clone("a")
            #expect(g.rounds("a", "init").status == 0)
            try g.edit("a", s.base)
            g.commitAll("a", "the base")
            g.push("a")
            g.clone("b")
            try g.edit("a", s.a)
            g.commitAll("a", "a's change")
            g.push("a")
            try g.edit("b", s.b)
            if s.crlfB {
                let bytes = try #require(g.folder.bytes("b/plan.json"))
                try Data(GitScenarioTests.crlf(bytes)).write(to: URL(fileURLWithPath: g.planPath("b")))
            }
            g.commitAll("b", "b's change")
            let pull = g.git(g.path("b"), mode == .merge ? ["pull", "-q", "--no-rebase", "--no-edit"] : ["pull", "-q", "--rebase"])
            #expect(pull.status == 0, "\(pull.stderr)")
            #expect(g.git(g.path("b"), "ls-files", "-u").stdout.isEmpty, "git left the plan unmerged")
            let bytes = try #require(g.folder.bytes("b/plan.json"))
            #expect(!ConflictMarkers.found(in: bytes))
            let plan = try PlanCodec.decode(bytes)
            #expect(PlanCodec.encode(plan) == bytes, "the merge is not in the canonical format")
            try s.check(plan)
            // What git committed is what is in the work tree.
            #expect(g.git(g.path("b"), "status", "--porcelain", "--", "plan.json").stdout == "")
        }
    }

    @Test("a conflict on one field, resolved through the binary both ways (rounds check shows both values)")
    func resolveBothWays() throws {
        let g = GitFixture()
        g.clone("a")
        #expect(g.rounds("a", "init").status == 0)
        try g.edit("a") { $0.upsert(GitScenarioTests.post("00000001", "2026-11-30", "health-tip", title: "Base")) }
        g.commitAll("a", "base"); g.push("a")
        g.clone("b")
        try g.edit("a") { p in var x = p.post(id: "00000001")!; x.title = "Title from A"; p.upsert(x) }
        g.commitAll("a", "a"); g.push("a")
        try g.edit("b") { p in var x = p.post(id: "00000001")!; x.title = "Title from B"; p.upsert(x) }
        g.commitAll("b", "b")
        #expect(g.git(g.path("b"), "pull", "-q", "--no-rebase", "--no-edit").status == 0)
        let check = g.rounds("b", "check", "--week", "2026-W49")
        #expect(check.status == 1)
        #expect(check.stdout.contains("error   Monday's Health Tip 'Title from B' has a merge conflict in title: ours “Title from B”, theirs “Title from A”  [merge.conflict]"))
        #expect(check.stdout.contains("→ rounds resolve 00000001 --field title --take ours|theirs"))
        let saved = try #require(g.folder.bytes("b/plan.json"))
        let ours = g.rounds("b", "resolve", "0000", "--field", "title", "--take", "ours")
        #expect(ours.stdout == "Resolved 1 conflict of 00000001 'Title from B' taking ours.\n", "\(ours.stderr)")
        #expect(try g.read("b").post(id: "00000001")?.title == "Title from B")
        #expect(try g.read("b").conflictCount == 0)
        try Data(saved).write(to: URL(fileURLWithPath: g.planPath("b")))
        let theirs = g.rounds("b", "resolve", "00000001", "--take", "theirs")
        #expect(theirs.status == 0, "\(theirs.stderr)")
        #expect(try g.read("b").post(id: "00000001")?.title == "Title from A")
        #expect(g.rounds("b", "check", "--week", "2026-W49").stdout.contains("merge.conflict") == false)
        let again = g.rounds("b", "resolve", "00000001", "--take", "theirs")
        #expect(again.status == 2 && again.stderr.contains("has no merge conflicts"))
    }

    @Test("without the driver git leaves conflict markers: the loader says so, and rounds resolve re-merges from the index", arguments: [Mode.merge, Mode.rebase])
    func driverNotConfigured(_ mode: Mode) throws {
        let g = GitFixture()
        g.clone("a", setup: false)
        #expect(g.rounds("a", "init").status == 0)
        g.commitAll("a", "base"); g.push("a")
        g.clone("b", setup: false)
        try g.edit("a") { $0.upsert(GitScenarioTests.post("aaaa0001", "2026-11-30", "health-tip", title: "From A")) }
        g.commitAll("a", "a"); g.push("a")
        try g.edit("b") { $0.upsert(GitScenarioTests.post("bbbb0001", "2026-12-02", "qa", title: "From B")) }
        g.commitAll("b", "b")
        let pull = g.git(g.path("b"), mode == .merge ? ["pull", "-q", "--no-rebase", "--no-edit"] : ["pull", "-q", "--rebase"])
        #expect(pull.status != 0)
        #expect(ConflictMarkers.found(in: try #require(g.folder.bytes("b/plan.json"))))
        let list = g.rounds("b", "list", "--all")
        #expect(list.status == 2)
        #expect(list.stderr.contains("plan.json holds git conflict markers from a merge; run `rounds resolve`"), "\(list.stderr)")
        #expect(!list.stderr.contains(".bak"))
        let status = g.rounds("b", "git", "status")
        #expect(status.status == 1 && status.stdout.contains("driver:     not configured"))
        let resolve = g.rounds("b", "resolve")
        #expect(resolve.status == 0, "\(resolve.stderr)")
        #expect(resolve.stdout.contains("Merged the three versions of plan.json from git by post"))
        let plan = try g.read("b")
        #expect(plan.post(id: "aaaa0001")?.title == "From A" && plan.post(id: "bbbb0001")?.title == "From B")
        #expect(g.git(g.path("b"), "add", "plan.json").status == 0)
        let finish = mode == .merge ? g.git(g.path("b"), "commit", "-q", "--no-edit")
                                    : g.git(g.path("b"), ["rebase", "--continue"], env: ["GIT_EDITOR": "true"])
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(g.git(g.path("b"), "status", "--porcelain", "-uno").stdout.isEmpty)
        #expect(g.rounds("b", "resolve").stderr.contains("nothing to resolve"))
    }

    @Test("the driver refuses an input that is not a plan and leaves OURS untouched")
    func notAPlan() throws {
        let g = GitFixture()
        #expect(Spawn.run(Spawn.roundsPath, ["init", "--plan", g.folder.file("O")], env: g.env).status == 0)
        g.folder.write("A", "{ not a plan")
        let plan = try #require(g.folder.text("O"))
        g.folder.write("B", plan)
        let r = Spawn.run(Spawn.roundsPath, ["merge-driver", g.folder.file("O"), g.folder.file("A"), g.folder.file("B"), "plan.json"], env: g.env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("our version of plan.json is not a plan"))
        #expect(g.folder.text("A") == "{ not a plan")
        // An empty base (no common ancestor) merges without one.
        g.folder.write("E", "")
        g.folder.write("A", plan)
        #expect(Spawn.run(Spawn.roundsPath, ["merge-driver", g.folder.file("E"), g.folder.file("A"), g.folder.file("B")], env: g.env).status == 0)
        #expect(g.folder.text("A") == plan)
    }

    @Test("git setup writes attributes, ignores and config once; git status and the one-time hint")
    func setup() throws {
        let g = GitFixture()
        g.clone("a", setup: false)
        let first = g.rounds("a", "init")
        #expect(first.stderr.contains("rounds: hint: this plan is in a git repository without the rounds merge driver"), "\(first.stderr)")
        #expect(!g.rounds("a", "list").stderr.contains("hint"), "the hint is printed once")
        #expect(g.rounds("a", "git", "status").status == 1)
        let setup = g.rounds("a", "git", "setup")
        #expect(setup.status == 0 && setup.stdout.hasPrefix("Set up plan.json in "))
        let attributes = g.folder.text("a/.gitattributes"), ignore = g.folder.text("a/.gitignore")
        #expect(attributes == "/plan.json merge=rounds eol=lf\n")
        #expect(ignore?.contains("/plan.json.bak\n/plan.json.lock\n/plan.json.session\n/plan.json.log\n") == true)
        #expect(g.git(g.path("a"), "config", "--get", "merge.rounds.driver").stdout.hasSuffix("' merge-driver %O %A %B %P\n"))
        let again = g.rounds("a", "git", "setup")
        #expect(again.stdout.hasPrefix("Already set up"))
        #expect(g.folder.text("a/.gitattributes") == attributes && g.folder.text("a/.gitignore") == ignore)
        let status = g.rounds("a", "git", "status")
        #expect(status.status == 0, "\(status.stdout)")
        #expect(status.stdout.contains("attributes: merge=rounds eol=lf ✓"))
        // The side files are ignored.
        _ = g.rounds("a", "add", "--date", "mon", "--theme", "qa", "--title", "x")
        #expect(g.git(g.path("a"), "status", "--porcelain").stdout.split(separator: "\n").sorted() == ["?? .gitattributes", "?? .gitignore", "?? plan.json"])
        // Outside a repository.
        let outside = Spawn.run(Spawn.roundsPath, ["git", "setup", "--plan", g.folder.file("plan.json")], env: g.env)
        #expect(outside.status == 2 && outside.stderr.contains("is not in a git repository"))
    }
}
