import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

@Suite("The editor's text buffer")
struct TextBufferTests {
    struct MoveCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var start: Int
        var steps: [String]
        var cursor: Int
        var result: String? = nil
        var testDescription: String { name }
    }

    static func run(_ c: MoveCase) -> TextBuffer {
        var b = TextBuffer(c.text, cursor: c.start)
        for s in c.steps {
            switch s {
            case "left": b.left()
            case "right": b.right()
            case "bs": b.backspace()
            case "del": b.deleteForward()
            case "wordLeft": b.wordLeft()
            case "wordRight": b.wordRight()
            case "home": b.lineHome()
            case "end": b.lineEnd()
            case "killEnd": b.killToLineEnd()
            case "killStart": b.killToLineStart()
            case "killWord": b.killWordBack()
            default: b.insert(s)
            }
        }
        return b
    }

    @Test("cursor moves and deletes by grapheme", arguments: [
        MoveCase(name: "left over a CJK character is one step", text: "a漢b", start: 2, steps: ["left"], cursor: 1),
        MoveCase(name: "backspace removes a whole ZWJ family", text: "hi 👩‍👩‍👧!", start: 4, steps: ["bs"], cursor: 3, result: "hi !"),
        MoveCase(name: "delete removes a flag, not half of it", text: "🇫🇷x", start: 0, steps: ["del"], cursor: 0, result: "x"),
        MoveCase(name: "a combining accent stays with its letter", text: "Zoe\u{301}!", start: 4, steps: ["left", "bs"], cursor: 2, result: "Zo!"),
        MoveCase(name: "typing a combining accent merges with the letter before", text: "Zoe", start: 3, steps: ["\u{301}"], cursor: 3, result: "Zoe\u{301}"),
        MoveCase(name: "word right skips punctuation and stops after the word", text: "Walk, then rest.", start: 0, steps: ["wordRight", "wordRight"], cursor: 10),
        MoveCase(name: "word left from the end", text: "Walk, then rest.", start: 16, steps: ["wordLeft"], cursor: 11),
        MoveCase(name: "home and end stay on the line", text: "one\ntwo three\nfour", start: 6, steps: ["home"], cursor: 4),
        MoveCase(name: "end of the line", text: "one\ntwo three\nfour", start: 5, steps: ["end"], cursor: 13),
        MoveCase(name: "C-k kills to the end of the line", text: "one\ntwo three\nfour", start: 7, steps: ["killEnd"], cursor: 7, result: "one\ntwo\nfour"),
        MoveCase(name: "C-k at a line end joins the lines", text: "one\ntwo", start: 3, steps: ["killEnd"], cursor: 3, result: "onetwo"),
        MoveCase(name: "C-u kills to the start of the line", text: "one\ntwo three", start: 8, steps: ["killStart"], cursor: 4, result: "one\nthree"),
        MoveCase(name: "C-w kills the word before", text: "take 2 tablets", start: 14, steps: ["killWord"], cursor: 7, result: "take 2 "),
        MoveCase(name: "a multi-line paste goes in as text", text: "ab", start: 1, steps: ["x\ny\n\nz"], cursor: 7, result: "ax\ny\n\nzb"),
    ])
    func moves(_ c: MoveCase) {
        let b = Self.run(c)
        #expect(b.cursor == c.cursor)
        if let r = c.result { #expect(b.text == r) }
    }

    @Test("the accent case keeps the letter: backspace after é removes é whole")
    func accent() {
        var b = TextBuffer("Zoe\u{301}!", cursor: 3)
        #expect(b.count == 4)
        b.backspace()
        #expect(b.text == "Zo!")
    }

    @Test("soft wrap by display width at several widths; every index has one line")
    func wrap() {
        let b = TextBuffer("Walk 10 minutes after meals 漢字テキスト and 🚶‍♀️ again\nsecond")
        for width in [1, 5, 8, 13, 20, 80] {
            let lines = b.layout(width: width)
            for l in lines {
                let w = b.chars[l.start..<l.end].reduce(0) { $0 + TextWidth.width(of: $1) }
                #expect(w <= max(width, 2), "width \(width): \(String(b.chars[l.start..<l.end]))")
            }
            #expect(lines.first?.start == 0)
            #expect(lines.last?.end == b.count)
        }
        let lines = b.layout(width: 13)
        #expect(String(b.chars[lines[0].start..<lines[0].end]) == "Walk 10 ")
        #expect(String(b.chars[lines[1].start..<lines[1].end]) == "minutes ")
    }

    @Test("up and down keep the column on wrapped lines; a 3,000-character body")
    func upDown() {
        var b = TextBuffer(String(repeating: "word ", count: 600), cursor: 0)
        #expect(b.count == 3000)
        b.moveLine(1, width: 20)
        #expect(b.cursor == 20)
        b.moveTo(23)
        b.moveLine(1, width: 20)
        #expect(b.cursor == 43)
        b.moveLine(-1, width: 20)
        #expect(b.cursor == 23)
        b.moveTo(b.count)
        let (row, _) = b.cursorPosition(in: b.layout(width: 20))
        #expect(row == b.layout(width: 20).count - 1)
    }
}

@Suite("Writing through the reducer")
struct EditingReducerTests {
    static func play(_ keys: String, _ s: inout AppState) -> [Effect] {
        s.press(script: keys)
    }

    static func fresh() -> AppState { AppState(plan: Fixtures.emptyPlan(), today: Fixtures.date("2026-11-23"), now: Fixtures.now) }

    @Test("quitting after a failed save asks first: n stays, y quits, a retry that works quits at once")
    func quitWithUnsavedChanges() {
        var s = Self.fresh()
        _ = Self.play("aTip", &s)
        _ = s.apply(.io(.saveFailed(.notSaved(path: "/p/plan.json", reason: "No space left on device"))))
        #expect(s.unsavedReason == "No space left on device")
        #expect(s.message?.text.hasPrefix("not saved: No space left on device") == true)
        _ = Self.play("<Esc>", &s)
        _ = s.apply(.io(.saveFailed(.notSaved(path: "/p/plan.json", reason: "No space left on device"))))
        // q tries once more and asks.
        #expect(Self.play("q", &s) == [.save(s.plan)])
        #expect(s.mode == .confirmingQuit)
        #expect(s.keyContext == .confirmQuit)
        _ = s.apply(.io(.saveFailed(.notSaved(path: "/p/plan.json", reason: "No space left on device"))))
        #expect(s.mode == .confirmingQuit, "a failed retry keeps the question")
        #expect(Self.play("n", &s).isEmpty)
        #expect(s.mode == .normal)
        #expect(s.plan.posts.count == 1, "the change stays on screen")
        _ = Self.play("q", &s)
        #expect(Self.play("y", &s) == [.quit])
        // A retry that works: nothing would be lost, so it quits without asking again.
        _ = Self.play("q", &s)
        #expect(s.apply(.io(.saved(s.plan))) == [.quit])
        #expect(s.unsavedReason == nil)
        // With nothing unsaved, q quits at once.
        var clean = Self.fresh()
        #expect(Self.play("q", &clean) == [.quit])
    }

    @Test("a on a gap creates the slot's post from its template and opens the editor on the title")
    func create() {
        var s = Self.fresh()
        let effects = Self.play("a", &s)
        #expect(effects == [.save(s.plan)])
        let post = s.plan.posts.first
        #expect(post?.themeID == "health-tip")
        #expect(post?.date == Fixtures.date("2026-11-23"))
        #expect(post?.body.hasPrefix("Tip:\n") == true)
        #expect(post?.status == .draft)
        guard case .editing(let e) = s.mode else { Issue.record("not editing"); return }
        #expect(e.field == .title)
        _ = Self.play("Walk after meals<Enter>Zoë says 🚶<Esc>", &s)
        #expect(s.mode == .normal)
        #expect(s.plan.posts.first?.title == "Walk after meals")
        #expect(s.plan.posts.first?.body.hasPrefix("Zoë says 🚶Tip:") == true)
        // One undo step for the edit, one for the creation.
        _ = Self.play("u", &s)
        #expect(s.plan.posts.first?.title == "New Health Tip")
        _ = Self.play("u", &s)
        #expect(s.plan.posts.isEmpty)
        #expect(s.message?.text == "undone: created Health Tip on Monday")
        _ = Self.play("<C-r><C-r>", &s)
        #expect(s.plan.posts.first?.title == "Walk after meals")
    }

    @Test("typed text reaches the plan when the keyboard is idle, without closing the editor")
    func idleSave() {
        var s = Self.fresh()
        _ = Self.play("a", &s)
        _ = Self.play("<Tab>x", &s)
        #expect(s.isEditingDirty)
        let saved = s.apply(.io(.idle))
        #expect(saved == [.save(s.plan)])
        #expect(s.plan.posts.first?.body.hasPrefix("x") == true)
        #expect(!s.isEditingDirty)
        #expect(s.apply(.io(.idle)) == [])
    }

    @Test("status: forward and back; a success story cannot be ready without consent, then can")
    func status() {
        var s = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.date("2026-11-23"), now: Fixtures.now)
        _ = Self.play("llllaStory<Esc>", &s)  // Friday: the Success Story slot
        #expect(s.selectedPost?.themeID == "success-story")
        let refused = Self.play("s", &s)
        #expect(refused == [])
        #expect(s.selectedPost?.status == .draft)
        #expect(s.message?.text.hasPrefix("refused: 'Story' needs a valid written consent record") == true)
        _ = Self.play("C2026-11-20 form 114<Enter>", &s)
        #expect(s.selectedPost?.consent?.reference == "form 114")
        _ = Self.play("s", &s)
        #expect(s.selectedPost?.status == .ready)
        _ = Self.play("S", &s)
        #expect(s.selectedPost?.status == .draft)
        _ = Self.play("C2027-01-01 later<Enter>", &s)
        #expect(s.message?.text.contains("in the future") == true)
    }

    @Test("move: across a week, refused on a full day, Esc puts it back, undo moves it back")
    func move() {
        var s = AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.date("2026-11-25"), now: Fixtures.now)
        _ = Self.play("ml", &s)  // carry the Q&A to Thursday
        #expect(s.keyContext == .moving)
        #expect(Self.play("<Enter>", &s) == [.save(s.plan)])
        #expect(s.plan.post(id: "b2")?.date == Fixtures.date("2026-11-26"))
        _ = Self.play("m]<Enter>", &s)
        #expect(s.plan.post(id: "b2")?.date == Fixtures.date("2026-12-03"))
        _ = Self.play("uu", &s)
        #expect(s.plan.post(id: "b2")?.date == Fixtures.date("2026-11-25"))
        // Friday already has its story: one post a day.
        _ = Self.play("mll<Enter>", &s)
        #expect(s.message?.text.hasPrefix("refused: Friday 2026-11-27 already has 1 post") == true)
        #expect(s.keyContext == .moving)
        _ = Self.play("<Esc>", &s)
        #expect(s.mode == .normal)
        #expect(s.selectedPost?.id == "b2")
    }

    @Test("delete asks first; n keeps, y deletes, u brings it back; copy and paste make a new draft without consent")
    func deleteCopyPaste() {
        var s = AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.date("2026-11-27"), now: Fixtures.now)
        _ = Self.play("dn", &s)
        #expect(s.plan.post(id: "c3") != nil)
        _ = Self.play("dy", &s)
        #expect(s.plan.post(id: "c3") == nil)
        _ = Self.play("u", &s)
        #expect(s.plan.post(id: "c3") != nil)
        _ = Self.play("y]P", &s)
        let copy = s.selectedPost
        #expect(copy?.date == Fixtures.date("2026-12-04"))
        #expect(copy?.title == "Back to running")
        #expect(copy?.consent == nil)
        #expect(copy?.id != "c3")
    }

    @Test("read-only planners refuse every change")
    func readOnly() {
        var s = AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.date("2026-11-25"), readOnly: true, now: Fixtures.now)
        #expect(Self.play("a", &s) == [])
        #expect(s.plan == Fixtures.fullWeekPlan())
        #expect(s.message?.text.hasPrefix("read-only") == true)
    }

    @Test("undo keeps at least 100 steps and says what it undid")
    func undoDepth() {
        var s = Self.fresh()
        _ = Self.play("aTip<Esc>", &s)
        for _ in 0..<120 { _ = Self.play("sS", &s) }
        #expect(s.undoStack.count >= 100)
        for _ in 0..<100 { _ = Self.play("u", &s) }
        #expect(s.message?.text.hasPrefix("undone:") == true)
        #expect(s.plan.posts.count == 1)
    }

    @Test("x exports the week to the named file; the extension picks the format")
    func export() {
        var s = Self.fresh()
        let effects = Self.play("x", &s)
        #expect(effects == [])
        #expect(s.prompt?.text == "rounds-2026-W48.txt")
        s.prompt?.text = "week.ics"
        #expect(s.apply(.prompt(.submit)) == [.export(ExportRequest(format: .ics, path: "week.ics", from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29")))])
        _ = Self.play("xnope<Enter>", &s)
        #expect(s.message?.kind == .error)
    }

    @Test("the editor renders with the cursor, counts against platform limits and live findings")
    func editorRender() {
        var s = Self.fresh()
        _ = Self.play("a", &s)
        _ = Self.play("Call me<Tab><C-u>Call 555-867-5309 today", &s)
        let screen = Screen.render(s, size: Size(width: 80, height: 24), palette: .monochrome)
        assertSnapshot(screen.text, named: "editor-80x24")
        #expect(screen.text.contains("✗ a phone number “555-867-5309”"))
    }

    @Test("search finds titles and bodies in any week, without case or accents; n and N walk the matches")
    func search() {
        var plan = Fixtures.fullWeekPlan()
        plan.upsert(Fixtures.post("d4", "2027-01-04", "health-tip", title: "Winter walks", body: "Ask Zoë about it."))
        var s = AppState(plan: plan, today: Fixtures.date("2026-11-23"), now: Fixtures.now)
        _ = Self.play("/zoe<Enter>", &s)
        #expect(s.selectedPost?.id == "d4")
        #expect(s.week.isoName == "2027-W01")
        _ = Self.play("/WALK<Enter>", &s)
        #expect(s.selectedPost?.id == "a1")  // wraps around to "Walk after meals"
        _ = Self.play("n", &s)
        #expect(s.selectedPost?.id == "d4")
        _ = Self.play("N", &s)
        #expect(s.selectedPost?.id == "a1")
        _ = Self.play("/nothing like this<Enter>", &s)
        #expect(s.message?.kind == .error)
    }

    @Test("the backlog: B sends a post there, b shows it, Enter schedules it on the selected day, u undoes")
    func backlog() {
        var s = AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.date("2026-11-25"), now: Fixtures.now)
        _ = Self.play("B", &s)
        #expect(s.plan.post(id: "b2")?.date == nil)
        #expect(s.plan.ideas.map(\.id) == ["b2"])
        _ = Self.play("b", &s)
        #expect(s.keyContext == .backlog)
        #expect(Screen.render(s, size: Size(width: 80, height: 24), palette: .monochrome).text.contains("Backlog (1)"))
        _ = Self.play("<Tab>l<Tab><Enter>", &s)
        #expect(s.plan.post(id: "b2")?.date == Fixtures.date("2026-11-26"))
        #expect(s.plan.ideas.isEmpty)
        _ = Self.play("u", &s)
        #expect(s.plan.post(id: "b2")?.date == nil)
    }

    @Test("fields through prompts: theme, platforms, date and time, notes; A adds any theme")
    func fields() {
        var s = AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.date("2026-11-25"), now: Fixtures.now)
        // T: a list of themes; j moves, Enter accepts.
        _ = Self.play("T", &s)
        #expect(s.keyContext == .picker)
        #expect(Screen.render(s, size: Size(width: 80, height: 24), palette: .monochrome).text.contains("Success Story"))
        _ = Self.play("kk<Enter>", &s)
        #expect(s.plan.post(id: "b2")?.themeID == "health-tip")
        // p: tick platforms with Space.
        _ = Self.play("p", &s)
        #expect(Screen.render(s, size: Size(width: 80, height: 24), palette: .monochrome).text.contains("[x] LinkedIn"))
        _ = Self.play("j<Space><Enter>", &s)
        #expect(s.plan.post(id: "b2")?.platforms == ["linkedin", "x"])
        _ = Self.play("p<Esc>", &s)
        #expect(s.mode == .normal)
        #expect(s.plan.post(id: "b2")?.platforms == ["linkedin", "x"])
        _ = Self.play("D", &s)
        s.prompt?.text = "2026-12-01 10:30"
        _ = s.apply(.prompt(.submit))
        #expect(s.plan.post(id: "b2")?.date == Fixtures.date("2026-12-01"))
        #expect(s.plan.post(id: "b2")?.time == TimeOfDay("10:30"))
        #expect(s.selectedPost?.id == "b2")
        _ = Self.play(">Call the pharmacy first<Enter>", &s)
        #expect(s.plan.post(id: "b2")?.notes == "Call the pharmacy first")
        _ = Self.play("D", &s)
        s.prompt?.text = "none"
        _ = s.apply(.prompt(.submit))
        #expect(s.plan.post(id: "b2")?.date == nil)
        _ = Self.play("llAj<Enter>Question<Esc>", &s)
        #expect(s.plan.posts.contains { $0.title == "Question" && $0.themeID == "qa" && $0.date == Fixtures.date("2026-12-03") })
    }
}
