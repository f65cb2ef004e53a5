import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// A planner open while git rewrites the plan (a pull writes a new file and renames it over
/// the old one: a new inode): it reloads and merges as it does for any outside change.
@Suite("The planner during a git pull", .serialized)
struct GitPlannerTests {
    @Test("a pull under an open planner: the pulled post appears, the planner's own edit is kept, nothing is overwritten")
    func pullUnderPlanner() throws {
        let g = GitFixture()
        g.clone("a")
        #expect(g.rounds("a", "init", "--name", "Dr. Ana Ruiz").status == 0)
        g.commitAll("a", "a plan")
        g.push("a")
        g.clone("b")
        var env = g.env
        env["TERM"] = nil
        env["ROUNDS_PLAN"] = g.planPath("b")
        let inode = { () -> UInt64 in
            var st = stat()
            return stat(g.planPath("b"), &st) == 0 ? UInt64(st.st_ino) : 0
        }
        // A second name for the old file keeps its inode taken, so a replaced file shows.
        #expect(link(g.planPath("b"), g.folder.file("old-plan")) == 0)
        let before = inode()
        let t = TmuxSession(width: 100, height: 30, command: [Spawn.roundsPath], environment: env)
        #expect(t.waitFor { $0.contains("Rounds · Dr. Ana Ruiz · Week 48") }.ok)
        _ = g.rounds("a", "add", "--date", "2026-11-25", "--theme", "qa", "--title", "Pulled from the hub")
        g.commitAll("a", "a post")
        g.push("a")
        let pull = g.git(g.path("b"), "pull", "-q", "--no-rebase")
        #expect(pull.status == 0, "\(pull.stderr)")
        #expect(inode() != before, "git wrote a new file (this test needs the rename)")
        let shown = t.waitFor { $0.contains("Pulled from") && $0.contains("reloaded: the plan changed on disk") }
        #expect(shown.ok, "\(shown.screen)")
        // An edit in the planner after the pull: the pulled post stays.
        t.send("h", "h")
        t.send("a")
        #expect(t.waitFor { $0.contains("Title") || $0.contains("title") }.ok)
        t.send("Planner tip", literal: true)
        t.send("Escape")
        #expect(t.waitFor { !$0.contains("Esc done") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        let plan = try g.read("b")
        #expect(plan.posts.contains { $0.title == "Pulled from the hub" })
        #expect(plan.posts.count == 2, "\(plan.posts.map(\.title))")
    }
}
