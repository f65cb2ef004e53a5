import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Defects found by using the planner in tmux (issue 13), each through the real binary, with
/// TERM=xterm-256color inside tmux (so End is `ESC [ 4 ~`, which that terminfo entry lacks).
@Suite("The planner's defects, in a terminal", .serialized)
struct PlannerDefectTests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func env() -> [String: String] {
        Spawn.environment(home: home.path, extra: ["ROUNDS_PLAN": plan, "TERM": "xterm-256color"])
    }

    func rounds(_ args: [String]) -> SpawnResult { Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan]) }

    func post(_ id: String) -> [String: Any] {
        let show = rounds(["show", id, "--format", "json"])
        return (try? JSONSerialization.jsonObject(with: Data(show.stdout.utf8))) as? [String: Any] ?? [:]
    }

    @Test("keys after End arrive (4); the open editor takes an outside change (1); keys do nothing while the screen is too small (3)")
    func editorAndSmallScreen() {
        #expect(rounds(["init", "--name", "Dr. Ana Ruiz"]).status == 0)
        let add = rounds(["add", "--date", "2026-11-25", "--theme", "qa", "--title", "Original title", "--body", "Line one"])
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(add.status == 0 && !id.isEmpty, "\(add.stderr)")
        let t = TmuxSession(width: 80, height: 24, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)

        // 4: End, then letters in the same write; Left, then digits; Home, then letters.
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Editing · Q&A") }.ok)
        t.send("End", "x", "y", "z")
        t.send("Left", "1", "2")
        t.send("Home", "a", "b", "c")
        let typed = t.waitFor { $0.contains("abcLine onexy12z") }
        #expect(typed.ok, "keys after a CSI sequence were lost: \(typed.screen)")

        // 1: the title changes in another shell while the editor is open on the body.
        #expect(rounds(["edit", id, "--title", "Changed elsewhere"]).status == 0)
        let taken = t.waitFor { $0.contains("Title: Changed elsewhere") }
        #expect(taken.ok, "the editor kept the old title: \(taken.screen)")
        t.send("Escape")
        #expect(t.waitFor { $0.contains("saved 'Changed elsewhere'") }.ok)
        let saved = post(id)
        #expect(saved["title"] as? String == "Changed elsewhere", "\(saved)")
        #expect(saved["body"] as? String == "abcLine onexy12z", "\(saved)")

        // 3: at 60×15 the screen says "too small"; l d y and p Space Enter must do nothing.
        let platforms = saved["platforms"] as? [String]
        t.resize(width: 60, height: 15)
        #expect(t.waitFor { $0.contains("have 60×15") }.ok)
        t.send("l", "d", "y", "h", "d", "y", "p", "Space", "Enter")
        t.resize(width: 80, height: 24)
        let back = t.waitFor { $0.contains("Week 48") && $0.contains("Changed elsewhere") }
        #expect(back.ok, "\(back.screen)")
        let after = post(id)
        #expect(after["title"] as? String == "Changed elsewhere", "the post was deleted unseen: \(after)")
        #expect(after["platforms"] as? [String] == platforms, "platforms changed unseen")
        #expect(!back.screen.contains("Delete '"), "a question asked while the screen could not show it")

        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }

    @Test("export (8): ~ expanded, the full path shown, an existing file replaced only after y, a failure says 'export failed'")
    func export() {
        #expect(rounds(["init", "--name", "Dr. Ana Ruiz"]).status == 0)
        #expect(rounds(["add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad?"]).status == 0)
        let t = TmuxSession(width: 100, height: 24, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        let target = home.file("week.txt")

        t.send("x", "C-u")
        t.send("~/week.txt", literal: true)
        t.send("Enter")
        let first = t.waitFor { $0.contains("exported 1 post to \(target)") }
        #expect(first.ok, "\(first.screen)")
        #expect((home.text("week.txt") ?? "").contains("Is a fever always bad?"))

        // The file is there now: asked, and n keeps it byte for byte.
        home.write("week.txt", "the doctor's own notes\n")
        t.send("x", "C-u")
        t.send("~/week.txt", literal: true)
        t.send("Enter")
        let asked = t.waitFor { $0.contains("Replace \(target)? y replace  n keep") }
        #expect(asked.ok, "\(asked.screen)")
        t.send("n")
        #expect(t.waitFor { $0.contains("not exported: the file was left as it is") }.ok)
        #expect(home.text("week.txt") == "the doctor's own notes\n")
        t.send("x", "C-u")
        t.send("~/week.txt", literal: true)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Replace \(target)?") }.ok)
        t.send("y")
        #expect(t.waitFor { $0.contains("exported 1 post to \(target)") }.ok)
        #expect((home.text("week.txt") ?? "").contains("Is a fever always bad?"))

        // A folder that does not exist: "export failed", never "not saved" (the plan is saved).
        t.send("x", "C-u")
        t.send("~/no/such/folder/week.txt", literal: true)
        t.send("Enter")
        let failed = t.waitFor { $0.contains("export failed: \(home.file("no/such/folder/week.txt"))") }
        #expect(failed.ok, "\(failed.screen)")
        #expect(!failed.screen.contains("not saved"))
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
    }
}
