import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// The real binary in a real terminal (tmux): what a doctor sees and types.
@Suite("The planner in a terminal", .serialized)
struct TmuxTests {
    let home = TempFolder()
    var plan: String { home.file("data/rounds/plan.json") }

    func env(_ extra: [String: String] = [:]) -> [String: String] {
        var e = Spawn.environment(home: home.path, extra: extra)
        e["TERM"] = nil
        return e
    }

    @Test("first run: a new plan, the week grid, moving, next week, help, resize and back, q restores the terminal")
    func firstRun() {
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        // The whole first screen (header, grid and the status bar's message): the observances arrive in a second
        // frame, and a screen read between the two can be half painted.
        let first = t.waitFor { $0.contains("Rounds · (no name yet) · Week 48") && $0.contains("╌ gap ╌") && $0.contains("new plan at") }
        #expect(first.ok, "\(first.screen)")
        #expect(first.screen.contains("Mon 23 Nov │Tue 24"))
        #expect(first.screen.contains("Wed 25 •"))
        #expect(first.screen.contains("new plan at \(plan) (default themes)"), "\(first.screen)")
        #expect(FileManager.default.fileExists(atPath: plan))
        #expect(first.screen.contains("╌ gap ╌"))

        t.send("l")
        #expect(t.waitFor { $0.contains("Thu 26 Nov: nothing planned") }.ok)
        t.send("]")
        #expect(t.waitFor { $0.contains("Week 49 · 30 Nov – 6 Dec 2026") }.ok)
        t.send("?")
        #expect(t.waitFor { $0.contains("Keys · ? or Esc closes") }.ok)
        t.send("Escape")
        #expect(t.waitFor { !$0.contains("Keys · ? or Esc closes") }.ok)

        t.resize(width: 60, height: 15)
        let small = t.waitFor { $0.contains("have 60×15") }
        #expect(small.ok, "\(small.screen)")
        t.resize(width: 80, height: 24)
        let back = t.waitFor { $0.contains("Week 49 · 30 Nov – 6 Dec 2026") }
        #expect(back.ok, "the selection survives a resize: \(back.screen)")
        #expect(back.screen.contains("Thu 3 Dec: nothing planned"))

        t.send("q")
        let done = t.waitFor { $0.contains("EXIT=0") }
        #expect(done.ok, "\(done.screen)")
        #expect(!done.screen.contains("Mon 30 Nov"), "the alternate screen was left")
    }

    @Test("a large terminal gets the wide layout")
    func wide() {
        _ = Spawn.rounds(["init", "--name", "Dr. Ana Ruiz"], home: home.path)
        _ = Spawn.rounds(["add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad? What parents should know first"], home: home.path)
        let t = TmuxSession(width: 160, height: 50, command: [Spawn.roundsPath], environment: env())
        let s = t.waitFor { $0.contains("Dr. Ana Ruiz") && $0.contains("What parents should know") }
        #expect(s.ok)
        #expect(s.screen.contains("Is a fever always bad?"))
        #expect(s.screen.contains("What parents should know"), "two-line titles at 160×50: \(s.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("a post added from the command line appears without restarting")
    func outsideChange() {
        _ = Spawn.rounds(["init"], home: home.path)
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        let add = Spawn.rounds(["add", "--date", "2026-11-27", "--theme", "success-story", "--title", "Back to running"], home: home.path)
        #expect(add.status == 0)
        let s = t.waitFor { $0.contains("Back to r") }
        #expect(s.ok, "\(s.screen)")
        #expect(s.screen.contains("reloaded: the plan changed on disk"))
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("a second planner is refused, naming the first one's pid; read-only is allowed")
    func secondInstance() {
        _ = Spawn.rounds(["init"], home: home.path)
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        let second = Spawn.rounds([], home: home.path)
        #expect(second.status == 2)
        #expect(second.stderr.contains("is already open in another planner (pid "), "\(second.stderr)")
        #expect(second.stderr.contains("rounds --read-only"))
        let ro = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--read-only"], environment: env())
        #expect(ro.waitFor { $0.contains("READ-ONLY") }.ok)
        ro.send("q")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("a planner killed with SIGKILL leaves no stale lock: the next one opens at once")
    func lockAfterKill() {
        _ = Spawn.rounds(["init"], home: home.path)
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        #expect(t.signalProgram(SIGKILL), "no planner under the pane")
        #expect(t.waitFor { $0.contains("EXIT=137") }.ok)
        let next = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        let s = next.waitFor { $0.contains("Week 48") }
        #expect(s.ok, "\(s.screen)")
        #expect(!s.screen.contains("already open"))
        next.send("q")
        #expect(next.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("SIGTERM and SIGHUP leave cleanly with the terminal restored", arguments: [SIGTERM, SIGHUP])
    func signals(_ sig: Int32) {
        _ = Spawn.rounds(["init"], home: home.path)
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        #expect(t.signalProgram(sig), "no planner under the pane")
        let done = t.waitFor { $0.contains("EXIT=0") }
        #expect(done.ok, "\(done.screen)")
        #expect(!done.screen.contains("Week 48"))
    }

    @Test("a corrupt plan is reported before the screen is taken over")
    func corruptBeforeScreen() throws {
        try FileManager.default.createDirectory(atPath: home.file("data/rounds"), withIntermediateDirectories: true)
        home.write("data/rounds/plan.json", "{\"version\": 1,,}")
        let r = Spawn.rounds([], home: home.path)
        #expect(r.status == 2)
        #expect(r.stderr.contains("plan.json: line 1, column 15: expected a key in double quotes"), "\(r.stderr)")
        #expect(home.text("data/rounds/plan.json") == "{\"version\": 1,,}")
    }
}
