import Foundation
import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsApp

/// The overview board through the real binary in tmux (`rounds --workspace DIR`), on the
/// workspace fixture: plans in both layouts, a malformed one and a newer-version one.
@Suite("The overview board in a terminal", .serialized)
struct BoardTmuxTests {
    func env(_ fx: WorkspaceFixture, _ extra: [String: String] = [:]) -> [String: String] {
        Spawn.environment(home: fx.home.path, extra: ["TERM": "xterm-256color"].merging(extra) { $1 })
    }

    @Test("Enter opens a doctor's planner; q comes back to the same doctor, week and order, the row read again",
          arguments: [(80, 24), (160, 50)])
    func openAndComeBack(_ size: (Int, Int)) {
        let fx = WorkspaceFixture()
        let t = TmuxSession(width: size.0, height: size.1, command: [Spawn.roundsPath, "--workspace", fx.folder], environment: env(fx))
        let first = t.waitFor { $0.contains("Rounds · Week 48 · 23–29 Nov 2026") && $0.contains("Dr. Li Chen") }
        #expect(first.ok, "\(first.screen)")
        // The rows that cannot be opened say why, in the row; the rest of the board is there.
        let lines = first.screen.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("broken") && $0.contains("cannot be opened: malformed: line 5") }, "\(first.screen)")
        #expect(lines.contains { $0.hasPrefix("future") && $0.contains("cannot be opened: newer version") }, "\(first.screen)")
        #expect(first.screen.contains("5 doctors · 2 cannot be opened"))
        // By name: broken, Dr. Ana Ruiz, Dr. Li Chen, Dr. 王芳, future. A week on, then back.
        t.send("S", "]")
        #expect(t.waitFor { $0.contains("sort: name") && $0.contains("Week 49") }.ok)
        t.send("[", "j", "j")
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        let chenRow = { (screen: String) in screen.components(separatedBy: "\n").first { $0.hasPrefix("Dr. Li Chen") } ?? "" }
        #expect(chenRow(first.screen).contains("│╌Q&A"), "Wednesday's Q&A is a gap: \(chenRow(first.screen))")
        // Enter: Dr. Chen's planner, on today (Wednesday); a Q&A is added there.
        t.send("Enter")
        let planner = t.waitFor { $0.contains("Rounds · Dr. Li Chen · Week 48") }
        #expect(planner.ok, "\(planner.screen)")
        t.send("a")
        #expect(t.waitFor { $0.contains("▶") }.ok)
        t.send("Why salt matters", literal: true)
        t.send("Escape")
        #expect(t.waitFor { $0.contains("Why salt") && !$0.contains("▶") }.ok)
        t.send("q")
        let back = t.waitFor { $0.contains("sort: name") && $0.contains("Rounds · Week 48") }
        #expect(back.ok, "\(back.screen)")
        // Today's new draft fills the gap (and is flagged: not ready on its day).
        #expect(chenRow(back.screen).contains("│! Q&A") && !chenRow(back.screen).contains("╌Q&A"), "the row was read again: \(chenRow(back.screen))")
        #expect(try! PlanStore(path: fx.file("chen/plan.json")).load().plan.posts.contains { $0.title.hasPrefix("Why salt matters") })
        // The same row: Enter opens Dr. Chen again, and the planner's own lock was given back.
        #expect(PlanLock.holder(of: fx.file("chen/plan.json.session")) == nil)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Rounds · Dr. Li Chen · Week 48") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("sort: name") }.ok)
        t.send("q")
        let done = t.waitFor { $0.contains("EXIT=0") }
        #expect(done.ok, "\(done.screen)")
        #expect(!done.screen.contains("sort: name"), "the alternate screen was left")
    }

    @Test("/ filters as you type; Esc clears; a row that cannot be opened refuses Enter and the rest works")
    func filterAndBrokenRow() {
        let fx = WorkspaceFixture()
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--workspace", fx.folder], environment: env(fx))
        #expect(t.waitFor { $0.contains("Dr. Li Chen") && $0.contains("Dr. Ana Ruiz") }.ok)
        t.send("/")
        t.send("cardio", literal: true)
        let filtered = t.waitFor { $0.contains("filter 'cardio': 1 of 5") }
        #expect(filtered.ok, "\(filtered.screen)")
        #expect(filtered.screen.contains("Dr. Li Chen") && !filtered.screen.contains("Dr. Ana Ruiz"))
        t.send("Escape")
        let cleared = t.waitFor { $0.contains("Dr. Ana Ruiz") && !$0.contains("filter '") }
        #expect(cleared.ok, "\(cleared.screen)")
        // Needs attention first: the malformed plan is the first row.
        t.send("Home", "Enter")
        let refused = t.waitFor { $0.contains("broken cannot be opened: malformed") }
        #expect(refused.ok, "\(refused.screen)")
        #expect(refused.screen.contains("Rounds · Week 48"), "the board stays")
        t.send("?")
        #expect(t.waitFor { $0.contains("Board (one row per doctor)") }.ok)
        t.send("Escape")
        #expect(t.waitFor { !$0.contains("Board (one row per doctor)") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("a plan open in another planner is refused from the board, naming the holder, and the board stays",
          arguments: [(80, 24), (160, 50)])
    func heldElsewhere(_ size: (Int, Int)) {
        let fx = WorkspaceFixture()
        let t = TmuxSession(width: size.0, height: size.1, command: [Spawn.roundsPath, "--workspace", fx.folder], environment: env(fx))
        #expect(t.waitFor { $0.contains("Dr. Ana Ruiz") }.ok)
        // Another planner takes Dr. Ruiz's plan after the board has read it.
        let other = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--plan", fx.file("ruiz.json")], environment: env(fx))
        #expect(other.waitFor { $0.contains("Rounds · Dr. Ana Ruiz") }.ok)
        guard let pid = other.programPID() else {
            Issue.record("no planner in the second session")
            return
        }
        // By name, Dr. Ana Ruiz is the second row.
        t.send("S", "j", "Enter")
        let refused = t.waitFor { $0.contains("ruiz.json is open in another planner (pid \(pid) on") }
        #expect(refused.ok, "\(refused.screen)")
        #expect(refused.screen.contains("Rounds · Week 48") && refused.screen.contains("Dr. Li Chen"), "the board stays")
        // The row now says so too.
        let rows = refused.screen.components(separatedBy: "\n")
        let at = rows.firstIndex { $0.hasPrefix("Dr. Ana Ruiz") } ?? 0
        if size.0 >= 160 {
            #expect(rows[at + 1].contains("open in a planner: pid \(pid) on"), "\(rows[at + 1])")
        } else {
            #expect(rows[at].contains("│open: pid"), "\(rows[at])")
        }
        // Once the other planner quits, Enter opens it.
        other.send("q")
        #expect(other.waitFor { $0.contains("EXIT=0") }.ok)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Rounds · Dr. Ana Ruiz · Week 48") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("sort: name") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("outside changes show up by themselves: a post added from the command line, a planner opened and closed elsewhere")
    func outsideChanges() {
        let fx = WorkspaceFixture()
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--workspace", fx.folder], environment: env(fx))
        let row = { (screen: String, name: String) in screen.components(separatedBy: "\n").first { $0.hasPrefix(name) } ?? "" }
        let first = t.waitFor { $0.contains("Dr. Li Chen") }
        #expect(row(first.screen, "Dr. Li Chen").contains("│╌Story"))
        let add = fx.rounds("add", "--plan", fx.file("chen/plan.json"), "--date", "2026-11-27", "--theme", "success-story", "--title", "Back to the gym")
        #expect(add.status == 0, "\(add.stderr)")
        let added = t.waitFor { row($0, "Dr. Li Chen").contains("│Story ") }
        #expect(added.ok, "\(added.screen)")
        let other = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--plan", fx.file("ruiz.json")], environment: env(fx))
        #expect(other.waitFor { $0.contains("Rounds · Dr. Ana Ruiz") }.ok)
        let held = t.waitFor { row($0, "Dr. Ana Ruiz").contains("│open: pid") }
        #expect(held.ok, "\(held.screen)")
        other.send("q")
        #expect(other.waitFor { $0.contains("EXIT=0") }.ok)
        let free = t.waitFor { !row($0, "Dr. Ana Ruiz").contains("open: pid") && row($0, "Dr. Ana Ruiz").contains("3/3") }
        #expect(free.ok, "\(free.screen)")
        // r reads the folder again: a new doctor gets a row.
        fx.put("okafor.json", Fixtures.fullWeekPlan())
        t.send("r")
        let again = t.waitFor { $0.contains("6 doctors") && $0.contains("read 6 plans again") }
        #expect(again.ok, "\(again.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("--read-only: every planner opened from the board is read-only, also one another planner holds")
    func readOnly() {
        let fx = WorkspaceFixture()
        let other = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--plan", fx.file("ruiz.json")], environment: env(fx))
        #expect(other.waitFor { $0.contains("Rounds · Dr. Ana Ruiz") }.ok)
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--workspace", fx.folder, "--read-only"], environment: env(fx))
        #expect(t.waitFor { $0.contains("Dr. Ana Ruiz") && $0.contains("open: pid") }.ok)
        t.send("S", "j", "Enter")
        let opened = t.waitFor { $0.contains("Rounds · Dr. Ana Ruiz · Week 48") && $0.contains("READ-ONLY") }
        #expect(opened.ok, "\(opened.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("sort: name") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        other.send("q")
        #expect(other.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("SIGTERM to a planner opened from the board ends both, the terminal restored")
    func signalInPlanner() {
        let fx = WorkspaceFixture()
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--workspace", fx.folder], environment: env(fx))
        #expect(t.waitFor { $0.contains("Dr. Li Chen") }.ok)
        t.send("S", "j", "Enter")
        #expect(t.waitFor { $0.contains("Rounds · Dr. Ana Ruiz · Week 48") }.ok)
        #expect(t.signalProgram(SIGTERM))
        let done = t.waitFor { $0.contains("EXIT=0") }
        #expect(done.ok, "\(done.screen)")
        #expect(!done.screen.contains("Week 48"))
    }

    @Test("monkey on a pty: random keys and resizes on the board, Enter into planners and back; exit 0, terminal restored",
          arguments: [7, 29])
    func monkey(_ seed: Int) throws {
        let home = TempFolder()
        // The workspace is the monkey's folder: its plan.json (checked afterwards), a second plan, a malformed one.
        #expect(Spawn.rounds(["init", "--name", "Dr. Monkey"], home: home.path, env: ["ROUNDS_PLAN": home.file("plan.json")]).status == 0)
        #expect(Spawn.rounds(["init", "--name", "Dr. Li Chen"], home: home.path, env: ["ROUNDS_PLAN": home.file("chen.json")]).status == 0)
        home.write("broken.json", "{\n  \"version\": 1,\n")
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let python = try #require(path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) })
        let env = Spawn.environment(home: home.path, extra: ["ROUNDS_WORKSPACE": home.path, "EDITOR": "true", "PATH": path,
                                                                         "MONKEY_NO_BARE_ESC": "1"])
        let out = Spawn.run(python, [MonkeyTests.script, Spawn.roundsPath, "\(seed)", "5000", home.path], env: env).stdout
        #expect(out.hasPrefix("ok seed \(seed)"), "\(out)")
        #expect((try? PlanStore(path: home.file("chen.json")).load()) != nil, "the other plan is still a plan")
    }

    @Test("rounds render --workspace prints the board's screen through the same keys, at a size")
    func render() {
        let fx = WorkspaceFixture()
        let r = fx.rounds("render", "--workspace", fx.folder, "--size", "80x24", "--keys", "S]/chen<Enter>")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("Rounds · Week 49 · 30 Nov – 6 Dec 2026") == true, "\(r.stdout)")
        #expect(lines.first?.hasSuffix("sort: name") == true)
        #expect(lines[1].contains("filter 'chen': 1 of 5"))
        #expect(lines[3].hasPrefix("Dr. Li Chen      │╌Tip  │"), "\(lines[3])")
        let wide = fx.rounds("render", "--workspace", fx.folder, "--size", "160x50", "--week", "2026-W48")
        #expect(wide.stdout.contains("posts gaps err due appr streak last posted"))
        #expect(wide.stdout.contains("cannot be opened: newer version"))
    }

    @Test("ROUNDS_WORKSPACE and no command opens the board; without a terminal it is refused with the alternative")
    func environmentAndNoTerminal() {
        let fx = WorkspaceFixture()
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env(fx, ["ROUNDS_WORKSPACE": fx.folder]))
        #expect(t.waitFor { $0.contains("Rounds · Week 48") && $0.contains("Dr. Li Chen") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        let r = fx.rounds("--workspace", fx.folder)
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot start the board: standard input and output must be a terminal (rounds overview prints the same rows without one)"), "\(r.stderr)")
    }
}
