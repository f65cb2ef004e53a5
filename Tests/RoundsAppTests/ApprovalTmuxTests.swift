import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Approvals in the real planner, in tmux: `s` is refused without an approval, `v` offers the
/// plan's one approver and records the approval with the system user, then `s` works, and
/// `rounds show` agrees.
@Suite("Approvals in a terminal", .serialized)
struct ApprovalTmuxTests {
    @Test("s refused, v approves as the one approver, s then works; rounds show agrees", arguments: [(80, 24), (160, 50)])
    func approveInPlanner(_ size: (Int, Int)) {
        let home = TempFolder()
        let nurse = ["ROUNDS_NAME": "Nurse Kim", "USER": "kim"]
        #expect(Spawn.rounds(["init", "--name", "Dr. Ana Ruiz", "--time-zone", "UTC"], home: home.path).status == 0)
        #expect(Spawn.rounds(["profile", "--approval", "required", "--approver", "Dr. Ana Ruiz"], home: home.path).status == 0)
        let body = "Mostly not.\n\nThe information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment."
        let add = Spawn.rounds(["add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad?", "--body", body],
                               home: home.path, env: nurse)
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let env = Spawn.environment(home: home.path, extra: ["USER": "ana"])
        let t = TmuxSession(width: size.0, height: size.1, command: [Spawn.roundsPath], environment: env)
        #expect(t.waitFor { $0.contains("Week 48") && $0.contains("Approval: ✗ awaiting approval") }.ok)
        t.send("s")
        let refused = t.waitFor { $0.contains("refused: 'Is a fever") }
        #expect(refused.ok, "\(refused.screen)")
        t.send("v")
        let asked = t.waitFor { $0.contains("Approve the text as") && $0.contains("Dr. Ana Ruiz") }
        #expect(asked.ok, "\(asked.screen)")
        t.send("Enter")
        let approved = t.waitFor { $0.contains("approved by Dr. Ana Ruiz") && $0.contains("Approval: ✓") }
        #expect(approved.ok, "\(approved.screen)")
        t.send("s")
        let ready = t.waitFor { $0.contains("is ready") }
        #expect(ready.ok, "\(ready.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        let show = Spawn.rounds(["show", id], home: home.path).stdout
        #expect(show.contains("status:    ready\n"), "\(show)")
        #expect(show.contains("approval:  approved by Dr. Ana Ruiz (ana) on 2026-11-25 10:00 UTC\n"), "\(show)")
        #expect(show.contains("edited by: Nurse Kim (kim)\n"), "\(show)")
    }
}
