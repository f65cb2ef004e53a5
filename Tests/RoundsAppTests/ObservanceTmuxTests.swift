import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// The real planner in tmux on Wednesday 7 April 2027: World Health Day is on the screen.
@Suite("Observances in a terminal", .serialized)
struct ObservanceTmuxTests {
    let home = TempFolder()

    func env() -> [String: String] {
        var e = Spawn.environment(home: home.path, extra: ["ROUNDS_NOW": "2027-04-07T09:00:00Z"])
        e["TERM"] = nil
        return e
    }

    @Test("World Health Day on Wednesday 7 April 2027, at 80×24 and 160×50; o hides it", arguments: [(80, 24), (160, 50)])
    func worldHealthDay(_ size: (Int, Int)) {
        _ = Spawn.rounds(["init", "--name", "Dr. Ana Ruiz", "--time-zone", "UTC"], home: home.path, env: ["ROUNDS_NOW": "2027-04-07T09:00:00Z"])
        let t = TmuxSession(width: size.0, height: size.1, command: [Spawn.roundsPath], environment: env())
        let s = t.waitFor { $0.contains("◆ World Health Day · 7 Apr · World") && $0.contains("who.int/campaigns/world-health-day") }
        #expect(s.ok, "\(s.screen)")
        #expect(s.screen.contains("Week 14 · 5–11 Apr 2027"))
        #expect(s.screen.contains("Wed 7 • ◆"))
        #expect(s.screen.contains(size.0 >= 160 ? "◆ World Health Day" : "◆ World"))
        t.send("o")
        let hidden = t.waitFor { !$0.contains("World Health Day") && $0.contains("observances hidden") }
        #expect(hidden.ok, "\(hidden.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }
}
