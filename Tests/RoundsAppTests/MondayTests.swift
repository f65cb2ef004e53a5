import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// A doctor's Monday, through the real binary in tmux: write the week, fix what the planner
/// refuses, export it, and check the file and the export.
@Suite("A doctor's Monday in the planner", .serialized)
struct MondayTests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func env() -> [String: String] {
        var e = Spawn.environment(home: home.path, extra: [
            "ROUNDS_PLAN": plan, "ROUNDS_NOW": "2026-11-23T08:00:00Z", "EDITOR": home.file("fake-editor") + " --wait",
        ])
        e["TERM"] = nil
        return e
    }

    /// A new plan for Dr. Ana Ruiz, and the planner open on it in tmux (`command` runs `rounds`).
    func openPlanner(width: Int = 120, height: Int = 30, command: [String] = [Spawn.roundsPath]) -> TmuxSession {
        #expect(Spawn.rounds(["init", "--name", "Dr. Ana Ruiz"], home: home.path, env: ["ROUNDS_PLAN": plan]).status == 0)
        let t = TmuxSession(width: width, height: height, command: command, environment: env())
        #expect(t.waitFor { $0.contains("Week 48") }.ok)
        return t
    }

    @Test("create, $EDITOR, consent refused then recorded, move and undo, export, quit")
    func monday() throws {
        #expect(Spawn.rounds(["init", "--name", "Dr. Ana Ruiz"], home: home.path, env: ["ROUNDS_PLAN": plan]).status == 0)
        // A scripted editor: writes the answer, and proves the editor string's arguments arrive.
        home.write("fake-editor", "#!/bin/sh\n[ \"$1\" = --wait ] || exit 3\nprintf 'A fever is the body fighting an infection.\\n\\nSee a doctor if it lasts more than 3 days. Not medical advice.\\n' > \"$2\"\n")
        chmod(home.file("fake-editor"), 0o700)
        let t = TmuxSession(width: 100, height: 30, command: [Spawn.roundsPath], environment: env())
        #expect(t.waitFor { $0.contains("Rounds · Dr. Ana Ruiz · Week 48") }.ok)

        // Monday's Health Tip, typed in the planner: an emoji and an accented name.
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Editing · Health Tip · Mon 23 Nov") }.ok)
        t.send("Walk after meals", literal: true)
        t.send("Enter")
        t.send("Ten minutes of walking after dinner helps, says Zoë Ruiz 🚶", literal: true)
        t.send("Enter", "Enter")
        t.send("Start small: once around the block.", literal: true)
        t.send("Enter")
        let typed = t.waitFor { $0.contains("Start small: once around the block.") }
        #expect(typed.ok, "\(typed.screen)")
        t.send("Escape")
        #expect(t.waitFor { $0.contains("saved 'Walk after meals'") }.ok)

        // Wednesday's Q&A: title here, body in $EDITOR.
        t.send("l", "l", "a")
        #expect(t.waitFor { $0.contains("Editing · Q&A · Wed 25 Nov") }.ok)
        t.send("Is a fever always bad?", literal: true)
        t.send("Escape")
        #expect(t.waitFor { $0.contains("saved 'Is a fever always bad?'") }.ok)
        t.send("e")
        let edited = t.waitFor { $0.contains("body edited in $EDITOR") }
        #expect(edited.ok, "\(edited.screen)")

        // Friday's Success Story: ready is refused without consent, then allowed.
        t.send("l", "l", "Enter")
        #expect(t.waitFor { $0.contains("Editing · Success Story · Fri 27 Nov") }.ok)
        t.send("Back to running", literal: true)
        // The whole template goes: a body that keeps a [placeholder] cannot be ready.
        t.send("Tab")
        for _ in 0..<12 { t.send("C-k") }
        t.send("After her knee surgery she ran 5 km again. Individual results vary. Not medical advice.", literal: true)
        t.send("Escape")
        #expect(t.waitFor { $0.contains("saved 'Back to running'") }.ok)
        t.send("s")
        let refused = t.waitFor { $0.contains("needs a valid written consent record") }
        #expect(refused.ok, "\(refused.screen)")
        t.send("C")
        #expect(t.waitFor { $0.contains("Consent: date and reference") }.ok)
        t.send("2026-11-20 form 114", literal: true)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("consent recorded (2026-11-20, form 114)") }.ok)
        t.send("s")
        // With consent for this exact text, and the template's placeholders gone, it can be ready.
        let ready = t.waitFor { $0.contains("'Back to running' is ready") }
        #expect(ready.ok, "\(ready.screen)")

        // Move the Q&A to Thursday, then undo the move.
        t.send("h", "h", "m", "l", "Enter")
        #expect(t.waitFor { $0.contains("moved 'Is a fever always bad?' to Thursday") }.ok)
        t.send("u")
        #expect(t.waitFor { $0.contains("undone: moved 'Is a fever always bad?'") }.ok)

        // Export the week to text.
        t.send("x")
        #expect(t.waitFor { $0.contains("rounds-2026-W48.txt") }.ok)
        for _ in 0..<"rounds-2026-W48.txt".count { t.send("BSpace") }
        t.send(home.file("week.txt"), literal: true)
        t.send("Enter")
        let exported = t.waitFor { $0.contains("exported 3 posts to") }
        #expect(exported.ok, "\(exported.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)

        // The exported text and the plan file.
        let text = home.text("week.txt") ?? ""
        assertSnapshot(text, named: "monday-export")
        let saved = try PlanCodec.decode(home.bytes("plan.json") ?? [])
        let posts = saved.posts.map { "\($0.date?.iso ?? "-") \($0.themeID) \($0.status.rawValue) \($0.title)" }
        #expect(posts == ["2026-11-23 health-tip draft Walk after meals", "2026-11-25 qa draft Is a fever always bad?",
                          "2026-11-27 success-story ready Back to running"])
        try #require(saved.posts.count == 3, "the checks below read three posts")
        #expect(saved.posts[0].body.hasPrefix("Ten minutes of walking after dinner helps, says Zoë Ruiz 🚶\n\nStart small: once around the block.\n"))
        #expect(saved.posts[1].body == "A fever is the body fighting an infection.\n\nSee a doctor if it lasts more than 3 days. Not medical advice.\n")
        #expect(saved.posts[2].consent?.reference == "form 114")
        var st = stat()
        #expect(stat(home.file("week.txt"), &st) == 0 && st.st_mode & 0o777 == 0o600)
    }

    @Test("kill -9 a second after typing: the typed text is in the file")
    func killWhileTyping() throws {
        let t = openPlanner(width: 80, height: 24)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Editing · Health Tip") }.ok)
        t.send("Sleep and screens", literal: true)
        t.send("Tab")
        t.send("Screens off thirty minutes before bed.", literal: true)
        #expect(t.waitFor { $0.contains("Screens off thirty minutes before bed.") }.ok)
        usleep(1_000_000)
        #expect(t.signalProgram(SIGKILL), "no planner under the pane")
        #expect(t.waitFor { $0.contains("EXIT=137") }.ok)
        let saved = try PlanCodec.decode(home.bytes("plan.json") ?? [])
        #expect(saved.posts.first?.title == "Sleep and screens")
        #expect(saved.posts.first?.body.hasPrefix("Screens off thirty minutes before bed.") == true)
    }

    @Test("a bracketed paste of several lines goes into the body and submits nothing")
    func paste() throws {
        let t = openPlanner(width: 80, height: 24)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Editing · Health Tip") }.ok)
        t.send("Pasted", literal: true)
        t.send("Tab")
        t.paste("Line one\nLine two: q and Escape are text here\n\nLast line")
        let s = t.waitFor { $0.contains("Last line") }
        #expect(s.ok, "\(s.screen)")
        #expect(s.screen.contains("Editing · Health Tip"), "still in the editor")
        // Two Escapes at once are two Escapes, not Alt-Esc: the editor closes.
        t.send("Escape", "Escape")
        #expect(t.waitFor { !$0.contains("Editing ·") && $0.contains("Pasted") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        let saved = try PlanCodec.decode(home.bytes("plan.json") ?? [])
        #expect(saved.posts.first?.body.hasPrefix("Line one\nLine two: q and Escape are text here\n\nLast line") == true)
    }

    @Test("a save that fails says 'not saved', keeps the edit on screen and leaves the file as it was",
          .disabled(if: runningUnderThreadSanitizer, "the ThreadSanitizer runtime dies under ulimit -f"))
    func saveFails() throws {
        // A file-size limit of 512 bytes: every write of the plan fails (EFBIG).
        let t = openPlanner(width: 100, height: 24, command: ["/bin/sh", "-c", "ulimit -f 1; exec \"$0\"", Spawn.roundsPath])
        let before = home.bytes("plan.json")
        #expect(before != nil)
        t.send("a")
        #expect(t.waitFor { $0.contains("Editing · Health Tip") }.ok)
        t.send("Still here", literal: true)
        #expect(t.waitFor { $0.contains("Title: Still here") }.ok)
        t.send("Escape")
        let s = t.waitFor { $0.contains("not saved:") && !$0.contains("Editing ·") }
        #expect(s.ok, "\(s.screen)")
        #expect(s.screen.contains("Still here"), "the edit stays in the planner")
        #expect(home.bytes("plan.json") == before)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: home.path))?.filter { $0.contains(".tmp") } ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
        // Quitting asks first; under this limit no rescue file can be written either, and it says so.
        t.send("q")
        #expect(t.waitFor { $0.contains("Quit with changes not saved? y quit") }.ok)
        t.send("y")
        let gone = t.waitFor { $0.contains("EXIT=0") }
        #expect(gone.ok)
        #expect(gone.screen.contains("your last changes were not saved"), "\(gone.screen)")
        #expect(home.bytes("plan.json") == before)
    }

    @Test("the plan replaced under the planner by a folder or a looping link: 'not saved' with the reason, the edit kept; q asks, n stays, y leaves the changes in a rescue file",
          arguments: ["folder", "loop"])
    func planReplaced(_ by: String) throws {
        let t = openPlanner(width: 120, height: 30)
        try FileManager.default.moveItem(atPath: plan, toPath: home.file("moved.json"))
        if by == "folder" {
            try FileManager.default.createDirectory(atPath: plan, withIntermediateDirectories: false)
        } else {
            try FileManager.default.createSymbolicLink(atPath: plan, withDestinationPath: "loop.json")
            try FileManager.default.createSymbolicLink(atPath: home.file("loop.json"), withDestinationPath: "plan.json")
        }
        t.send("a")
        #expect(t.waitFor { $0.contains("Editing · Health Tip") }.ok)
        t.send("Kept in the rescue", literal: true)
        t.send("Escape")
        let s = t.waitFor { $0.contains("not saved:") && !$0.contains("Editing ·") }
        #expect(s.ok, "\(s.screen)")
        #expect(s.screen.contains(by == "folder" ? "Is a directory" : "Too many levels of symbolic links"), "\(s.screen)")
        #expect(s.screen.contains("Kept in the rescue"))
        t.send("q")
        #expect(t.waitFor { $0.contains("Quit with changes not saved? y quit") }.ok)
        t.send("n")
        #expect(t.waitFor { $0.contains("not quitting: your changes are kept") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("Quit with changes not saved? y quit") }.ok)
        t.send("y")
        let gone = t.waitFor { $0.contains("EXIT=0") }
        #expect(gone.ok, "\(gone.screen)")
        #expect(gone.screen.contains("your last changes were not saved"), "\(gone.screen)")
        // The folder or link is as it was, and the changes are in a private rescue file.
        if by == "folder" {
            #expect(try FileManager.default.contentsOfDirectory(atPath: plan).isEmpty)
        } else {
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: plan) == "loop.json")
        }
        let rescueFolder = home.file(".local/state/rounds")
        let rescued = try FileManager.default.contentsOfDirectory(atPath: rescueFolder).filter { $0.hasPrefix("plan-rescued-") }
        #expect(rescued.count == 1)
        let path = rescueFolder + "/" + (rescued.first ?? "")
        let plan = try PlanCodec.decode(try #require(FileManager.default.contents(atPath: path)).map { $0 })
        #expect(plan.posts.contains { $0.title == "Kept in the rescue" })
        #expect(gone.screen.contains("mv"), "the way back is shown")
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(stat(rescueFolder, &st) == 0 && st.st_mode & 0o777 == 0o700)
    }

    @Test("SIGTERM with changes the plan file cannot take: they go to the rescue file, exit 0")
    func signalRescues() throws {
        let t = openPlanner(width: 120, height: 30)
        try FileManager.default.moveItem(atPath: plan, toPath: home.file("moved.json"))
        try FileManager.default.createDirectory(atPath: plan, withIntermediateDirectories: false)
        t.send("a")
        #expect(t.waitFor { $0.contains("Editing · Health Tip") }.ok)
        t.send("Typed before the signal", literal: true)
        #expect(t.waitFor { $0.contains("Typed before the signal") }.ok)
        #expect(t.signalProgram(SIGTERM), "no planner under the pane")
        let gone = t.waitFor { $0.contains("EXIT=0") }
        #expect(gone.ok, "\(gone.screen)")
        #expect(gone.screen.contains("your last changes were not saved"), "\(gone.screen)")
        let folder = home.file(".local/state/rounds")
        let rescued = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("plan-rescued-") }
        #expect(rescued.count == 1)
        let text = String(decoding: FileManager.default.contents(atPath: folder + "/" + (rescued.first ?? "")) ?? Data(), as: UTF8.self)
        #expect(text.contains("Typed before the signal"))
    }
}
