import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// The plan behind a symbolic link (a sync client's folder), a read-only plan and a read-only
/// folder, through the binary and the planner in tmux.
@Suite("Links and permissions", .serialized)
struct PlanPermissionTests {
    let home = TempFolder()
    var target: String { home.file("Dropbox/plan.json") }
    var link: String { home.file("data/rounds/plan.json") }

    func env(_ extra: [String: String] = [:]) -> [String: String] {
        var e = Spawn.environment(home: home.path, extra: extra)
        e["TERM"] = nil
        return e
    }

    func rounds(_ args: String...) -> SpawnResult { Spawn.rounds(args, home: home.path) }

    func makeLinkedPlan() throws {
        try FileManager.default.createDirectory(atPath: home.file("Dropbox"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home.file("data/rounds"), withIntermediateDirectories: true)
        #expect(rounds("init", "--plan", target, "--name", "Dr. Ana Ruiz").status == 0)
        #expect(symlink(target, link) == 0)
    }

    func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    @Test("rounds add through a linked plan writes the target and keeps the link")
    func addThroughLink() throws {
        try makeLinkedPlan()
        let add = rounds("add", "--date", "mon", "--theme", "health-tip", "--title", "Through the link")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(isLink(link), "the link was replaced by a file")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(home.text("Dropbox/plan.json")?.contains("Through the link") == true)
        #expect(!FileManager.default.fileExists(atPath: link + ".bak"), "the backup belongs beside the target")
        #expect(FileManager.default.fileExists(atPath: target + ".lock"))
        // A second change through the link still lands in the target.
        #expect(rounds("add", "--date", "2026-12-02", "--theme", "qa", "--title", "Second").status == 0)
        #expect(rounds("list", "--plan", target, "--week", "next").stdout.contains("Second"))
        #expect(isLink(link))
    }

    @Test("two names for one plan share one planner lock: the second planner is refused")
    func twoPlannersOneLock() throws {
        try makeLinkedPlan()
        let first = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath, "--plan", target], environment: env())
        #expect(first.waitFor { $0.contains("Week 48") }.ok)
        let second = Spawn.rounds(["--plan", link], home: home.path)
        #expect(second.status == 2)
        #expect(second.stderr.contains("is already open in another planner (pid "), "\(second.stderr)")
        // rounds add through the link while the planner has the target open: it lands, and
        // the planner shows it.
        #expect(rounds("add", "--date", "today", "--theme", "qa", "--title", "From a script").status == 0)
        #expect(first.waitFor { $0.contains("From a scr") }.ok)
        #expect(isLink(link))
        first.send("q")
        #expect(first.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("a read-only plan is refused by every writer, exit 2, the file untouched", arguments: [
        ["add", "--date", "mon", "--theme", "qa", "--title", "x"],
        ["profile", "--name", "Dr. X"],
        ["plan-week", "next"],
        ["allow", "555-0100"],
    ])
    func readOnlyPlan(_ args: [String]) throws {
        #expect(rounds("init").status == 0)
        let plan = home.file("data/rounds/plan.json")
        chmod(plan, 0o444)
        let before = home.bytes("data/rounds/plan.json")
        let r = Spawn.rounds(args, home: home.path)
        #expect(r.status == 2)
        #expect(r.stderr == "rounds: \(plan) is read-only: make it writable (chmod u+w \(plan)), or open it with rounds --read-only\n", "\(r.stderr)")
        #expect(home.bytes("data/rounds/plan.json") == before)
        var st = stat()
        stat(plan, &st)
        #expect(st.st_mode & 0o777 == 0o444)
        #expect(!FileManager.default.fileExists(atPath: plan + ".bak"))
        // Reading still works.
        #expect(rounds("list").status == 0)
    }

    @Test("a read-only folder: writers refuse with the reason; the planner opens read-only and says why")
    func readOnlyFolder() throws {
        #expect(rounds("init").status == 0)
        let folder = home.file("data/rounds")
        let plan = folder + "/plan.json"
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        let before = home.bytes("data/rounds/plan.json")
        let r = rounds("add", "--date", "mon", "--theme", "qa", "--title", "x")
        #expect(r.status == 2)
        #expect(r.stderr.contains("the folder \(folder) is read-only, so \(plan) cannot be saved"), "\(r.stderr)")
        #expect(home.bytes("data/rounds/plan.json") == before)
        let t = TmuxSession(width: 100, height: 24, command: [Spawn.roundsPath], environment: env())
        let s = t.waitFor { $0.contains("READ-ONLY") && $0.contains("read-only: the folder") }
        #expect(s.ok, "\(s.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        #expect(home.bytes("data/rounds/plan.json") == before)
    }

    @Test("a read-only plan opens the planner read-only with the reason")
    func readOnlyPlanInPlanner() throws {
        #expect(rounds("init").status == 0)
        let plan = home.file("data/rounds/plan.json")
        chmod(plan, 0o444)
        let before = home.bytes("data/rounds/plan.json")
        let t = TmuxSession(width: 120, height: 24, command: [Spawn.roundsPath], environment: env())
        let s = t.waitFor { $0.contains("READ-ONLY") && $0.contains("is read-only: make it writable") }
        #expect(s.ok, "\(s.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        #expect(home.bytes("data/rounds/plan.json") == before)
    }
}
