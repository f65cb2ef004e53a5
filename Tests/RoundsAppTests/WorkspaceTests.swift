import Foundation
import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsApp

/// A workspace of plans in both layouts, with a malformed one, a newer-version one and one
/// held by another process, plus the side files discovery must pass over.
final class WorkspaceFixture {
    let home = TempFolder()
    var folder: String { home.file("ws") }
    func file(_ name: String) -> String { folder + "/" + name }

    /// `broken`: add the malformed and newer-version plans.
    init(broken: Bool = true) {
        try? FileManager.default.createDirectory(atPath: home.file("ws/chen"), withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: home.file("ws/notes"), withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(atPath: home.file("ws/deep/inner"), withIntermediateDirectories: true)
        // ruiz.json: week 48 fully planned.
        put("ruiz.json", Fixtures.fullWeekPlan())
        // chen/plan.json: one post in week 48, under the minimum.
        var chen = Fixtures.emptyPlan()
        chen.profile.name = "Dr. Li Chen"
        chen.profile.specialty = "Cardiology"
        chen.upsert(Fixtures.post("d4", "2026-11-23", "health-tip", title: "Salt and blood pressure", status: .posted))
        // Dr. Chen's practice asks for approvals: a draft of week 49 waits for one.
        chen.approvals = ApprovalPolicy(required: true, approvers: ["Dr. Li Chen"])
        chen.upsert(Fixtures.post("d5", "2026-12-02", "qa", title: "Is a statin for life?", status: .draft))
        put("chen/plan.json", chen)
        // wang.json: a wide name, no weekly minimum (nothing is an error).
        var wang = Fixtures.emptyPlan()
        wang.profile.name = "Dr. 王芳"
        wang.profile.specialty = "Pediatrics"
        wang.cadence.minPerWeek = 0
        put("wang.json", wang)
        if broken {
            home.write("ws/broken.json", "{\n  \"version\": 1,\n  \"posts\": [\n    {\"id\": \n")
            try? FileManager.default.createDirectory(atPath: home.file("ws/future"), withIntermediateDirectories: true)
            let bytes = String(decoding: PlanCodec.encode(Fixtures.emptyPlan()), as: UTF8.self)
            home.write("ws/future/plan.json", bytes.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 99"))
        }
        // Not plans: side files, hidden files, a rescue file, a folder without a plan, a nested plan.
        for name in ["ruiz.json.bak", "ruiz.json.log", "ruiz.json.session", ".hidden.json", "plan-rescued-20261125T100000-42.json", "notes/todo.json"] {
            home.write("ws/" + name, "not a plan")
        }
        put("deep/inner/plan.json", Fixtures.emptyPlan())
    }

    func put(_ name: String, _ plan: Plan) {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(PlanCodec.encode(plan)))
    }

    func plan(_ name: String) throws -> Plan { try PlanStore(path: file(name)).load().plan }

    func rounds(_ args: String..., env: [String: String] = [:]) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: env)
    }

    /// Output with the temp folder's path as `WS`, for golden files.
    func stable(_ s: String) -> String { s.replacingOccurrences(of: folder, with: "WS") }
}

@Suite("Workspaces: discovery, --doctor, loading")
struct WorkspaceTests {
    @Test("both layouts are found, side files, hidden files, rescue files and nested folders are not")
    func discovery() throws {
        let fx = WorkspaceFixture()
        let ws = try Workspace.discover(fx.folder, environment: AppEnvironment(variables: [:]))
        #expect(ws.entries.map(\.relativePath) == ["broken.json", "chen/plan.json", "future/plan.json", "ruiz.json", "wang.json"])
        #expect(ws.entries.map(\.name) == ["broken", "chen", "future", "ruiz", "wang"])
        #expect(ws.entries.first { $0.name == "chen" }?.layout == .folder)
    }

    @Test("each plan loads on its own: malformed and newer refused with their reasons, a held one names its holder")
    func loading() throws {
        let fx = WorkspaceFixture()
        let held = try PlanLock.acquire(fx.file("ruiz.json.session"), timeoutMilliseconds: 0)
        defer { withExtendedLifetime(held) {} }
        let ws = try Workspace.discover(fx.folder, environment: AppEnvironment(variables: [:]))
        let plans = ws.loadAll()
        let byName = Dictionary(uniqueKeysWithValues: plans.map { ($0.entry.name, $0) })
        #expect(byName["chen"]?.plan?.profile.name == "Dr. Li Chen")
        #expect(byName["chen"]?.openIn == nil)
        #expect(byName["ruiz"]?.openIn == "pid \(getpid()) on \(hostName())")
        #expect(byName["ruiz"]?.plan != nil, "a plan open in a planner is still read")
        let broken = try #require(byName["broken"]?.problemLine)
        #expect(broken.hasPrefix("malformed: line 5, column 1: expected a value"), "\(broken)")
        let future = try #require(byName["future"]?.problemLine)
        #expect(future.hasPrefix("newer version: "), "\(future)")
        #expect(future.contains("99"), "\(future)")
        #expect(plans.map(\.entry.name) == ["broken", "chen", "future", "ruiz", "wang"], "in the workspace's order")
        // The probe took nothing: the holder still holds, and nobody else can take it.
        #expect(throws: StoreError.self) { try PlanLock.acquire(fx.file("ruiz.json.session"), timeoutMilliseconds: 0) }
        #expect(PlanLock.holder(of: fx.file("chen/plan.json.session")) == nil, "no lock file, no holder (and none is created)")
        #expect(!FileManager.default.fileExists(atPath: fx.file("chen/plan.json.session")))
    }

    @Test("--doctor: file name or doctor's name, a unique prefix, any case; ambiguous or unknown lists the plans, exit 2",
          arguments: [
              ("ruiz", "ruiz.json"), ("RUIZ.JSON", "ruiz.json"), ("ana", "ruiz.json"), ("Dr. Ana", "ruiz.json"),
              ("ch", "chen/plan.json"), ("li chen", "chen/plan.json"), ("chen/plan.json", "chen/plan.json"),
              ("王", "wang.json"), ("dr. 王芳", "wang.json"),
          ])
    func doctor(query: String, expected: String) throws {
        let fx = WorkspaceFixture()
        let r = fx.rounds("profile", "--workspace", fx.folder, "--doctor", query, "--format", "json")
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try fx.plan(expected)
        #expect(r.stdout.contains("\"name\": \"\(plan.profile.name)\""), "\(r.stdout)")
    }

    @Test("--doctor that matches several plans, or none, or without a workspace")
    func doctorRefusals() {
        let fx = WorkspaceFixture()
        let ambiguous = fx.rounds("list", "--workspace", fx.folder, "--doctor", "dr")
        #expect(ambiguous.status == 2)
        #expect(fx.stable(ambiguous.stderr) == """
            rounds: --doctor 'dr' matches more than one plan in WS; give more of the name:
              chen/plan.json (Dr. Li Chen)
              ruiz.json (Dr. Ana Ruiz)
              wang.json (Dr. 王芳)

            """)
        let none = fx.rounds("list", "--workspace", fx.folder, "--doctor", "smith")
        #expect(none.status == 2)
        #expect(fx.stable(none.stderr) == """
            rounds: --doctor 'smith': no plan in WS has that file or doctor name; the plans are:
              broken.json (cannot be opened)
              chen/plan.json (Dr. Li Chen)
              future/plan.json (cannot be opened)
              ruiz.json (Dr. Ana Ruiz)
              wang.json (Dr. 王芳)

            """)
        // From ROUNDS_WORKSPACE, and without any workspace.
        #expect(fx.rounds("list", "--doctor", "chen", "--week", "2026-W48", env: ["ROUNDS_WORKSPACE": fx.folder]).stdout.contains("Salt and blood pressure"))
        let noWorkspace = fx.rounds("list", "--doctor", "chen")
        #expect(noWorkspace.status == 2)
        #expect(noWorkspace.stderr == "rounds: --doctor needs a workspace: give --workspace DIR or set ROUNDS_WORKSPACE\n")
        let both = fx.rounds("list", "--plan", fx.file("ruiz.json"), "--doctor", "chen")
        #expect(both.status == 2)
        #expect(both.stderr.contains("--plan names one plan"), "\(both.stderr)")
    }

    @Test("a command about one plan, given a whole workspace, asks which doctor (exit 2); --doctor changes that plan only")
    func singlePlanCommands() throws {
        let fx = WorkspaceFixture()
        let r = fx.rounds("add", "--workspace", fx.folder, "--date", "2026-11-24", "--theme", "qa", "--title", "Flu shots")
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("rounds: this command works on one plan: choose it with --doctor NAME (the workspace \(fx.folder) has 5):\n"), "\(r.stderr)")
        let before = try fx.plan("ruiz.json")
        let add = fx.rounds("add", "--workspace", fx.folder, "--doctor", "chen", "--date", "2026-11-24", "--theme", "qa", "--title", "Flu shots")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try fx.plan("chen/plan.json").posts.contains { $0.title == "Flu shots" })
        #expect(try fx.plan("ruiz.json") == before)
        // init: --doctor names the new plan's file.
        let created = fx.rounds("init", "--workspace", fx.folder, "--doctor", "okafor", "--name", "Dr. Ngozi Okafor")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try fx.plan("okafor.json").profile.name == "Dr. Ngozi Okafor")
        #expect(fx.rounds("init", "--workspace", fx.folder, "--doctor", "okafor").stderr.contains("a plan already exists at \(fx.file("okafor.json"))"))
        #expect(fx.rounds("init", "--workspace", fx.folder).stderr.contains("name its file with --doctor NAME"))
        // Commands that need no plan still work with a whole workspace set.
        let env = ["ROUNDS_WORKSPACE": fx.folder]
        #expect(fx.rounds("themes", env: env).status == 0)
        let themes = fx.rounds("themes", "--doctor", "chen", env: env)
        #expect(themes.stdout.contains("In your plan (\(fx.file("chen/plan.json"))):"), "\(themes.stdout)")
        let lint = Spawn.rounds(["lint", "-"], home: fx.home.path, env: env, stdin: "Call her on (617) 555-0143.")
        #expect(lint.status == 1, "\(lint.stderr)")
        #expect(lint.stdout.contains("phi.phone"), "\(lint.stdout)")
    }
}

@Suite("rounds overview")
struct OverviewTests {
    @Test("text: one row per plan, needs-attention first, unopenable rows say why; golden")
    func text() throws {
        let fx = WorkspaceFixture()
        let held = try PlanLock.acquire(fx.file("ruiz.json.session"), timeoutMilliseconds: 0)
        defer { withExtendedLifetime(held) {} }
        let r = fx.rounds("overview", "--workspace", fx.folder, "--week", "2026-W48", "--weeks", "2")
        #expect(r.status == 0, "\(r.stderr)")
        let out = fx.stable(r.stdout).replacingOccurrences(of: "pid \(getpid()) on \(hostName())", with: "pid PID on HOST")
        assertSnapshot(out, named: "overview-text")
    }

    @Test("json: the documented keys, a row with the reason for each plan that cannot be opened; golden")
    func json() throws {
        let fx = WorkspaceFixture()
        let r = fx.rounds("overview", "--week", "2026-W48", "--weeks", "2", "--format", "json", env: ["ROUNDS_WORKSPACE": fx.folder])
        #expect(r.status == 0, "\(r.stderr)")
        assertSnapshot(fx.stable(r.stdout), named: "overview-json")
        let value = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let plans = try #require(value?["plans"] as? [[String: Any]])
        #expect(plans.count == 5)
        #expect(plans.prefix(2).allSatisfy { $0["error"] is String }, "plans that cannot be opened come first")
        let chen = try #require(plans.first { $0["name"] as? String == "Dr. Li Chen" })
        #expect(Set(chen.keys).isSuperset(of: ["path", "name", "weeks", "errors", "lastPosted", "streak"]))
        let weeks = try #require(chen["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-W48", "2026-W49"])
        #expect(weeks.first?["posts"] as? Int == 1)
        #expect(chen["lastPosted"] as? String == "2026-11-23")
    }

    @Test("the default is this week and the three after it; --weeks out of range and no workspace are usage errors")
    func defaultsAndRefusals() {
        let fx = WorkspaceFixture(broken: false)
        let r = fx.rounds("overview", "--workspace", fx.folder, "--format", "json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"from\": \"2026-11-23\""), "\(r.stdout)")
        #expect(r.stdout.contains("\"to\": \"2026-12-20\""), "\(r.stdout)")
        #expect(fx.rounds("overview", "--workspace", fx.folder, "--weeks", "0").status == 2)
        #expect(fx.rounds("overview", "--workspace", fx.folder, "--weeks", "54").status == 2)
        let none = fx.rounds("overview")
        #expect(none.status == 2)
        #expect(none.stderr == "rounds: overview needs a workspace: give --workspace DIR or set ROUNDS_WORKSPACE\n")
        let missing = fx.rounds("overview", "--workspace", fx.home.file("nowhere"))
        #expect(missing.status == 2)
        #expect(missing.stderr == "rounds: no workspace at \(fx.home.file("nowhere")): the folder does not exist\n")
        try? FileManager.default.createDirectory(atPath: fx.home.file("empty"), withIntermediateDirectories: true)
        let empty = fx.rounds("overview", "--workspace", fx.home.file("empty"))
        #expect(empty.status == 2)
        #expect(empty.stderr == "rounds: no plans in \(fx.home.file("empty")): a workspace holds NAME.json files or NAME/plan.json folders, one per doctor\n")
    }
}

@Suite("The overview's table")
struct OverviewTableTests {
    func row(_ name: String, _ plan: Plan) -> WorkspacePlan {
        WorkspacePlan(entry: Workspace.Entry(name: name, relativePath: name + ".json", path: "/ws/\(name).json", layout: .file),
                      state: .loaded(PlanStore.Snapshot(plan: plan, fingerprint: 0)))
    }

    @Test("long names are cut by display width, control characters escaped, columns stay aligned")
    func widths() {
        var long = Fixtures.fullWeekPlan()
        long.profile.name = "Dr. Maximiliana Theodora Featherstonehaugh-Cholmondeley"
        var wide = Fixtures.emptyPlan()
        wide.profile.name = "Dr. 王芳\u{1b}[2J"
        wide.profile.specialty = ""
        let ws = Workspace(folder: "/ws", entries: [])
        let report = OverviewReport(workspace: ws, plans: [row("long", long), row("wide", wide)], first: Week(containing: Fixtures.today),
                                    weeks: 1, environment: AppEnvironment(variables: ["ROUNDS_NOW": "2026-11-25T10:00:00Z", "TZ": "UTC"]))
        let lines = report.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "/ws · 2026-W48 · 23–29 Nov 2026 · 2 plans")
        // The plan with an error (under its minimum) first.
        #expect(lines[2].hasPrefix("Dr. 王芳\\x1b[2J                                    0/3!"), "\(lines[2])")
        #expect(lines[3].hasPrefix("Dr. Maximiliana Theodora Feathe…  Family medicine  3/3 "), "\(lines[3])")
        // Header and rows end at the same display column.
        let widths = lines[1...3].map { TextWidth.width(of: $0) }
        #expect(Set(widths).count == 1, "\(widths)")
    }

    @Test("within the terminal's width: the specialty gives way first, then the names (down to 12)", arguments: [
        (115, 115, true), (105, 105, true), (100, 100, false), (80, 80, false), (60, 12 + 62, false),
    ])
    func fit(columns: Int, width: Int, specialty: Bool) {
        var long = Fixtures.fullWeekPlan()
        long.profile.name = "Dr. Maximiliana Theodora Featherstonehaugh-Cholmondeley"
        let report = OverviewReport(workspace: Workspace(folder: "/ws", entries: []), plans: [row("long", long)],
                                    first: Week(containing: Fixtures.today), weeks: 4,
                                    environment: AppEnvironment(variables: ["ROUNDS_NOW": "2026-11-25T10:00:00Z", "TZ": "UTC"]))
        let lines = report.text(maxWidth: columns).split(separator: "\n").map(String.init)
        #expect(TextWidth.width(of: lines[1]) <= width, "\(lines[1])")
        #expect(TextWidth.width(of: lines[2]) == TextWidth.width(of: lines[1]), "\(lines[2])")
        #expect(lines[1].contains("specialty") == specialty, "\(lines[1])")
        #expect(lines[1].hasSuffix("  W48  W49  W50  W51   gaps errors due appr last posted streak"), "\(lines[1])")
        #expect(lines[2].hasPrefix("Dr. Maximil"), "\(lines[2])")
    }

    @Test("at the calendar's end only the weeks there are get columns; a doctor told apart by file is named once when open elsewhere")
    func calendarEndAndOpenElsewhere() {
        let env = AppEnvironment(variables: ["ROUNDS_NOW": "2026-11-25T10:00:00Z", "TZ": "UTC"])
        let end = OverviewReport(workspace: Workspace(folder: "/ws", entries: []), plans: [row("a", Fixtures.fullWeekPlan())],
                                 first: Week(containing: CalendarDate(year: 9999, month: 12, day: 20)!), weeks: 53, environment: env)
        let head = end.text().split(separator: "\n").map(String.init)[1]
        #expect(head.contains("W51  W52 ") && !head.contains("W52  W52"), "\(head)")
        #expect(end.text().hasPrefix("/ws · 9999-W51 to 9999-W52 ·"), "\(end.text())")
        var held = row("smith-old", Fixtures.fullWeekPlan())
        if case .loaded(let snap) = held.state { held.state = .openElsewhere(snap, holder: "pid 7 on host") }
        let two = OverviewReport(workspace: Workspace(folder: "/ws", entries: []), plans: [row("smith", Fixtures.fullWeekPlan()), held],
                                 first: Week(containing: Fixtures.today), weeks: 1, environment: env)
        let text = two.text()
        #expect(text.contains("Open in a planner: Dr. Ana Ruiz (smith-old.json): pid 7 on host"), "\(text)")
        #expect(!text.contains("(smith-old.json) (smith-old.json)"), "\(text)")
    }

    @Test("init --doctor: the name made a file name is found again by that name; x.json is x; a blank name is refused")
    func initDoctorNames() throws {
        let home = TempFolder()
        let ws = home.file("ws")
        try FileManager.default.createDirectory(atPath: ws, withIntermediateDirectories: true)
        func r(_ args: String...) -> SpawnResult { Spawn.rounds(args, home: home.path) }
        #expect(r("init", "--workspace", ws, "--doctor", "my doc").stdout.contains("Created \(ws)/my-doc.json"))
        #expect(r("add", "--workspace", ws, "--doctor", "my doc", "--date", "2026-12-09", "--theme", "qa", "--title", "Found").status == 0)
        #expect(r("list", "--workspace", ws, "--doctor", "my doc", "--week", "2026-W50").stdout.contains("Found"))
        #expect(r("init", "--workspace", ws, "--doctor", "x.json").stdout.contains("Created \(ws)/x.json "))
        let blank = r("init", "--workspace", ws, "--doctor", "  ")
        #expect(blank.status == 2)
        #expect(blank.stderr.contains("--doctor needs a name"), "\(blank.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws + "/plan.json"))
    }

    @Test("two plans with one doctor's name are told apart by their files")
    func sameName() {
        let report = OverviewReport(workspace: Workspace(folder: "/ws", entries: []),
                                    plans: [row("smith", Fixtures.fullWeekPlan()), row("smith-old", Fixtures.fullWeekPlan())],
                                    first: Week(containing: Fixtures.today), weeks: 1,
                                    environment: AppEnvironment(variables: ["ROUNDS_NOW": "2026-11-25T10:00:00Z", "TZ": "UTC"]))
        let lines = report.text().split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("Dr. Ana Ruiz (smith-old.json)  Family"), "\(lines[2])")
        #expect(lines[3].hasPrefix("Dr. Ana Ruiz (smith.json)      Family"), "\(lines[3])")
    }

    @Test("a Sunday-start plan counts its own weeks: the columns start on the Sunday before")
    func sundayStart() {
        var plan = Fixtures.emptyPlan(weekStart: .sunday)
        plan.upsert(Fixtures.post("s1", "2026-11-22", "health-tip", title: "Sunday post", status: .posted))
        let report = OverviewReport(workspace: Workspace(folder: "/ws", entries: []), plans: [row("sun", plan)],
                                    first: Week(containing: Fixtures.today), weeks: 1,
                                    environment: AppEnvironment(variables: ["ROUNDS_NOW": "2026-11-25T10:00:00Z", "TZ": "UTC"]))
        let json = String(decoding: JSONWriter.write(report.json()), as: UTF8.self)
        #expect(json.contains("\"from\": \"2026-11-22\""), "\(json)")
        #expect(json.contains("\"posts\": 1"), "\(json)")
    }
}

@Suite("Across a workspace: check, list, plan-week, export")
struct WorkspaceBulkTests {
    @Test("check --workspace: every plan checked; exit 1 for an error or a plan that cannot be opened, 0 when clean")
    func check() throws {
        let fx = WorkspaceFixture()
        let all = fx.rounds("check", "--workspace", fx.folder, "--week", "2026-W48")
        #expect(all.status == 1)
        let out = fx.stable(all.stdout)
        #expect(out.contains("== broken.json (cannot be opened)\n  error   cannot be opened: malformed: line 5, column 1"), "\(out)")
        #expect(out.contains("== chen/plan.json (Dr. Li Chen)\n  2026-W48"), "\(out)")
        #expect(out.contains("[cadence.week-under]"), "\(out)")
        #expect(out.hasSuffix("5 plans checked: 1 with errors, 2 cannot be opened\n"), "\(out)")
        // A workspace of clean plans passes.
        let clean = WorkspaceFixture(broken: false)
        for name in ["ruiz.json", "chen/plan.json"] { try FileManager.default.removeItem(atPath: clean.file(name)) }
        let ok = clean.rounds("check", "--workspace", clean.folder, "--week", "2026-W48")
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(ok.stdout.hasSuffix("1 plan checked: no errors\n"), "\(ok.stdout)")
        // Linter findings are included, as check does for one plan.
        var wang = try clean.plan("wang.json")
        wang.upsert(Fixtures.post("e5", "2026-11-25", "qa", title: "Call me", status: .draft, body: "Call 617-555-0143 today."))
        clean.put("wang.json", wang)
        let lint = clean.rounds("check", "--workspace", clean.folder, "--week", "2026-W48", "--format", "json")
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("\"rule\": \"phi.phone\""), "\(lint.stdout)")
        #expect(clean.rounds("check", "--workspace", clean.home.file("nowhere")).status == 2)
    }

    @Test("list --workspace lists each plan under its name")
    func list() {
        let fx = WorkspaceFixture(broken: false)
        let r = fx.rounds("list", "--workspace", fx.folder, "--week", "2026-W48")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("== chen/plan.json (Dr. Li Chen)\n  2026-W48 · 23–29 Nov 2026\n    Mon 2026-11-23"), "\(r.stdout)")
        #expect(r.stdout.contains("== wang.json (Dr. 王芳)\n  No posts."), "\(r.stdout)")
    }

    @Test("plan-week --workspace fills next week in every plan; a locked plan is skipped, named, and exit 1")
    func planWeek() throws {
        let fx = WorkspaceFixture()
        var lock: PlanLock? = try PlanLock.acquire(fx.file("wang.json.lock"), timeoutMilliseconds: 0)
        let wangBefore = try #require(FileManager.default.contents(atPath: fx.file("wang.json")))
        let r = fx.rounds("plan-week", "--workspace", fx.folder)
        #expect(r.status == 1)
        let out = fx.stable(r.stdout)
        #expect(out.contains("== ruiz.json\n  2026-W49 · 30 Nov – 6 Dec 2026: added 3 ideas:"), "\(out)")
        // Dr. Chen has a Q&A on Wednesday already: the two other slots get ideas.
        #expect(out.contains("== chen/plan.json\n  2026-W49 · 30 Nov – 6 Dec 2026: added 2 ideas:"), "\(out)")
        #expect(out.contains("== wang.json\n  skipped: locked by another rounds (pid \(getpid()) on "), "\(out)")
        #expect(out.contains("== broken.json\n  skipped: malformed: line 5, column 1"), "\(out)")
        #expect(out.contains("== future/plan.json\n  skipped: newer version: "), "\(out)")
        #expect(out.hasSuffix("2 of 5 plans planned, 3 skipped.\n"), "\(out)")
        #expect(try fx.plan("ruiz.json").posts(from: Fixtures.date("2026-11-30"), to: Fixtures.date("2026-12-06")).count == 3)
        #expect(try fx.plan("chen/plan.json").posts(from: Fixtures.date("2026-11-30"), to: Fixtures.date("2026-12-06")).count == 3)
        #expect(FileManager.default.contents(atPath: fx.file("wang.json")) == wangBefore, "the locked plan is untouched")
        // What is no plan gets no side files.
        #expect(!FileManager.default.fileExists(atPath: fx.file("broken.json.lock")))
        #expect(!FileManager.default.fileExists(atPath: fx.file("future/plan.json.lock")))
        withExtendedLifetime(lock) {}
        lock = nil
        // Once free, it is filled; the others gain nothing the second time.
        let again = fx.rounds("plan-week", "--workspace", fx.folder)
        #expect(again.stdout.contains("== wang.json\n  2026-W49 · 30 Nov – 6 Dec 2026: added 3 ideas:"), "\(again.stdout)")
        #expect(again.stdout.contains("== ruiz.json\n  2026-W49 · 30 Nov – 6 Dec 2026: every themed slot is already planned."), "\(again.stdout)")
    }

    @Test("export --workspace: one csv per doctor named after the plan file; a plan refused is skipped (exit 1); never over a plan")
    func export() throws {
        let fx = WorkspaceFixture()
        let out = fx.home.file("out")
        let r = fx.rounds("export", "--workspace", fx.folder, "--week", "2026-W48", "--format", "csv", "--csv-profile", "buffer", "-o", out + "/")
        #expect(r.status == 1, "broken plans are skipped")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["chen.csv", "ruiz.csv", "wang.csv"])
        let ruiz = try #require(fx.home.text("out/ruiz.csv"))
        #expect(ruiz.hasPrefix("Text,Image URL,Tags,Posting Time\r\n"), "\(ruiz)")
        #expect(ruiz.contains("Is a fever always bad?"), "the ready post goes out")
        #expect(!ruiz.contains("Back to running"), "the draft does not")
        #expect(r.stdout.contains("broken.json: skipped: cannot be opened: malformed: line 5, column 1"), "\(r.stdout)")
        #expect(r.stdout.contains("ruiz.json: wrote 1 post to \(out)/ruiz.csv"), "\(r.stdout)")
        let attrs = try FileManager.default.attributesOfItem(atPath: out + "/ruiz.csv")
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        // Into the workspace itself: every file written there would sit among the plans (a json
        // one taken for a plan next time): refused before anything is written.
        let clean = WorkspaceFixture(broken: false)
        let listing = try FileManager.default.contentsOfDirectory(atPath: clean.folder).sorted()
        let before = try #require(FileManager.default.contents(atPath: clean.file("ruiz.json")))
        for into in [clean.folder, clean.folder + "/", clean.folder + "/chen/.."] {
            let over = clean.rounds("export", "--workspace", clean.folder, "--week", "2026-W48", "--format", "json", "-o", into)
            #expect(over.status == 2, "\(over.stdout)")
            #expect(over.stderr.contains("is the workspace itself"), "\(over.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: clean.folder).sorted() == listing)
        #expect(FileManager.default.contents(atPath: clean.file("ruiz.json")) == before)
        // A plan the scheduler gate refuses this time loses its file from the last run (an
        // upload of the folder would send what is no longer ready or approved).
        #expect(fx.rounds("profile", "--workspace", fx.folder, "--doctor", "ruiz", "--approval", "required").status == 0)
        let again = fx.rounds("export", "--workspace", fx.folder, "--week", "2026-W48", "--format", "csv", "--csv-profile", "buffer", "-o", out + "/")
        #expect(again.status == 1)
        #expect(again.stdout.contains("ruiz.json: skipped: "), "\(again.stdout)")
        #expect(again.stdout.contains("(its file from an earlier export, \(out)/ruiz.csv, was removed)"), "\(again.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out + "/ruiz.csv"))
        #expect(FileManager.default.fileExists(atPath: out + "/chen.csv"), "the others are written as before")
        // Without -o there is nowhere to put one file per doctor.
        let noOut = clean.rounds("export", "--workspace", clean.folder)
        #expect(noOut.status == 2)
        #expect(noOut.stderr.contains("-o DIR"), "\(noOut.stderr)")
    }

    @Test("safe, distinct export names: ruiz.json and ruiz/plan.json give ruiz.csv and ruiz-2.csv")
    func names() throws {
        // Through the binary: a plan whose name needs no change keeps its file, whatever is added.
        let home = TempFolder()
        let ws = home.file("ws"), out = home.file("out")
        try FileManager.default.createDirectory(atPath: ws, withIntermediateDirectories: true)
        func r(_ args: String...) -> SpawnResult { Spawn.rounds(args, home: home.path) }
        #expect(r("init", "--plan", ws + "/a-b.json", "--name", "Dr. A-B").status == 0)
        #expect(r("init", "--plan", ws + "/a-b-2.json", "--name", "Dr. AB2").status == 0)
        #expect(r("export", "--workspace", ws, "-o", out, "--format", "json").status == 0)
        #expect(r("init", "--plan", ws + "/a b.json", "--name", "Dr. AB").status == 0)
        let again = r("export", "--workspace", ws, "-o", out, "--format", "json")
        #expect(again.stdout.contains("a-b.json: wrote 0 posts to \(out)/a-b.json"), "\(again.stdout)")
        #expect(again.stdout.contains("a-b-2.json: wrote 0 posts to \(out)/a-b-2.json"), "\(again.stdout)")
        #expect(again.stdout.contains("a b.json: wrote 0 posts to \(out)/a-b-3.json"), "\(again.stdout)")
        var taken: Set<String> = []
        #expect(ExportFile.uniqueName(ExportFile.safeName("ruiz"), extension: "csv", taken: &taken) == "ruiz.csv")
        #expect(ExportFile.uniqueName(ExportFile.safeName("Ruiz"), extension: "csv", taken: &taken) == "Ruiz-2.csv")
        #expect(ExportFile.safeName("../etc/passwd") == "-etc-passwd")
        #expect(ExportFile.safeName(".hidden") == "hidden")
        #expect(ExportFile.safeName("Dr. Zoë Ng") == "Dr.-Zoë-Ng")
        #expect(ExportFile.safeName("") == "plan")
    }
}

func hostName() -> String {
    var host = [CChar](repeating: 0, count: 256)
    gethostname(&host, 255)
    return String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
