import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// Regression tests for the defects found by using the planner (issue 13), through the reducer.
@Suite("Defects found in use, through the reducer")
struct DefectTests {
    static func state(_ plan: Plan = Fixtures.fullWeekPlan(), today: CalendarDate = Fixtures.today, size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = AppState(plan: plan, today: today, now: Fixtures.now)
        _ = s.apply(.resized(size))
        return s
    }

    /// The plan as another writer left it: `change` applied to post `id`.
    static func outside(_ s: AppState, _ id: String, _ change: (inout Post) -> Void) -> Plan {
        var plan = s.plan
        var p = plan.post(id: id)!
        change(&p)
        plan.upsert(p)
        return plan
    }

    @Test("1: the open editor takes an outside change to a field it has not touched; Esc keeps it")
    func editorTakesOutsideChange() {
        var s = Self.state()
        _ = s.press(script: "<Enter>")
        guard case .editing = s.mode else { Issue.record("no editor"); return }
        _ = s.apply(.io(.planReloaded(Self.outside(s, "b2") { $0.title = "Changed elsewhere"; $0.notes = "from the CLI" })))
        guard case .editing(let e) = s.mode else { Issue.record("the editor closed"); return }
        #expect(e.title.text == "Changed elsewhere")
        _ = s.press(script: "<Esc>")
        #expect(s.plan.post(id: "b2")?.title == "Changed elsewhere", "Esc wrote the old title back")
        #expect(s.plan.post(id: "b2")?.notes == "from the CLI")
    }

    @Test("1: a save that took in another writer's change puts it in the open editor too; Esc keeps it")
    func editorTakesChangeMergedBySave() {
        var s = Self.state()
        _ = s.press(script: "<Enter><End> More.")
        // The idle save: the store merges the plan sent with the file, where the title changed.
        let effects = s.apply(.io(.idle))
        guard let sent = effects.compactMap({ e -> Plan? in if case .save(let p) = e { p } else { nil } }).first else {
            Issue.record("no save"); return
        }
        var written = sent
        var p = written.post(id: "b2")!
        p.title = "Retitled elsewhere"
        written.upsert(p)
        _ = s.apply(.io(.saved(written)))
        guard case .editing(let e) = s.mode else { Issue.record("the editor closed"); return }
        #expect(e.title.text == "Retitled elsewhere", "the editor kept the old title")
        #expect(e.body.text.hasSuffix(" More."), "the typed body stays")
        _ = s.press(script: "<Esc>")
        #expect(s.plan.post(id: "b2")?.title == "Retitled elsewhere", "closing the editor wrote the old title over the other writer's")
        #expect(s.plan.post(id: "b2")?.body.hasSuffix(" More.") == true)
    }

    @Test("1: where both changed the title, the typed text stays, the doctor is told, and u brings theirs back")
    func editorConflictKeepsBoth() {
        var s = Self.state()
        _ = s.press(script: "<Enter><Tab><End> (updated)")
        var effects = s.apply(.io(.planReloaded(Self.outside(s, "b2") { $0.title = "Theirs" })))
        guard case .editing(let e) = s.mode else { Issue.record("the editor closed"); return }
        #expect(e.title.text == "Is a fever always bad? (updated)")
        #expect(s.message?.text.contains("title also changed elsewhere") == true, "\(s.message?.text ?? "")")
        #expect(effects.contains { if case .save = $0 { true } else { false } }, "the typed text is written back")
        effects = s.press(script: "<Esc>")
        #expect(s.plan.post(id: "b2")?.title == "Is a fever always bad? (updated)")
        _ = s.press(script: "u")
        #expect(s.plan.post(id: "b2")?.title == "Theirs", "the other version is reachable with u")
    }

    @Test("2: undo reverts only what this planner changed, never an outside change")
    func undoPerField() {
        var s = Self.state()
        _ = s.press(script: "s")
        #expect(s.plan.post(id: "b2")?.status == .scheduled)
        _ = s.apply(.io(.planReloaded(Self.outside(s, "b2") { $0.title = "Retitled elsewhere"; $0.notes = "Notes elsewhere" })))
        _ = s.press(script: "u")
        let b2 = s.plan.post(id: "b2")
        #expect(b2?.status == .ready)
        #expect(b2?.title == "Retitled elsewhere")
        #expect(b2?.notes == "Notes elsewhere")
        #expect(s.message?.text == "undone: 'Is a fever always bad?' is ready again")
        // Redo takes it forward again, still leaving their fields alone.
        _ = s.press(script: "<C-r>")
        #expect(s.plan.post(id: "b2")?.status == .scheduled)
        #expect(s.plan.post(id: "b2")?.title == "Retitled elsewhere")
        // A field changed elsewhere after our step is theirs: undo leaves it and says so.
        _ = s.apply(.io(.planReloaded(Self.outside(s, "b2") { $0.status = .posted })))
        _ = s.press(script: "u")
        #expect(s.plan.post(id: "b2")?.status == .posted)
        #expect(s.message?.text.contains("kept what was changed elsewhere: status") == true, "\(s.message?.text ?? "")")
    }

    @Test("3: while the screen is too small only q acts", arguments: ["ldy", "p<Space><Enter>", "a", "dy", "<Enter>abc<Esc>", "x<Enter>", "s", "F"])
    func tooSmallIgnoresKeys(_ keys: String) {
        var s = Self.state(size: Size(width: 60, height: 15))
        let before = s
        #expect(s.press(script: keys).isEmpty)
        #expect(s == before, "'\(keys)' acted on a screen that could not show it")
        #expect(s.press(.char("q")) == [.quit])
        // Back to a size that fits, keys act again.
        _ = s.apply(.resized(Size(width: 80, height: 24)))
        _ = s.press(script: "l")
        #expect(s.selectedDate.iso == "2026-11-26")
    }

    @Test("3: too small while editing: q closes the editor (keeping the text) and quits")
    func tooSmallWhileEditing() {
        var s = Self.state()
        _ = s.press(script: "<Enter><Tab><End>!")
        _ = s.apply(.resized(Size(width: 60, height: 15)))
        _ = s.press(script: "abc")
        let effects = s.press(.char("q"))
        #expect(effects.last == .quit)
        #expect(s.plan.post(id: "b2")?.title == "Is a fever always bad?!")
    }

    @Test("5: today comes from the clock as a tick; the marker, the flags and the streak follow it")
    func tickMovesToday() {
        var s = Self.state()
        #expect(s.weekFlags.contains { $0.rule == "cadence.not-ready" && $0.postID == "c3" })
        _ = s.apply(.tick(now: Timestamp(iso: "2026-11-28T00:05:00Z")!, today: Fixtures.date("2026-11-28")))
        #expect(s.today == Fixtures.date("2026-11-28"))
        #expect(s.now == Timestamp(iso: "2026-11-28T00:05:00Z")!)
        #expect(s.weekFlags.contains { $0.rule == "cadence.overdue" && $0.postID == "c3" }, "the flags were computed for the old today")
        let top = Screen.render(s, size: s.size, palette: .monochrome).lines[2]
        #expect(top.contains("Sat 28 •") && !top.contains("Wed 25 •"), "\(top)")
        // New posts are stamped with the clock of the tick.
        _ = s.press(script: "lllaNew<Esc>")
        #expect(s.plan.posts.first { $0.title == "New" }?.created == Timestamp(iso: "2026-11-28T00:05:00Z")!)
    }

    @Test("6: D resolves day names in the week on screen")
    func dateTimeInShownWeek() {
        var plan = Fixtures.fullWeekPlan()
        plan.upsert(Fixtures.post("w50", "2026-12-09", "qa", title: "Week 50 post"))
        var s = Self.state(plan)
        _ = s.press(script: "]]")
        #expect(s.selectedPost?.id == "w50")
        _ = s.press(script: "D<C-u>tue 10:00<Enter>")
        #expect(s.plan.post(id: "w50")?.date == Fixtures.date("2026-12-08"), "tue went to another week")
        #expect(s.plan.post(id: "w50")?.time == TimeOfDay("10:00"))
        _ = s.press(script: "D<C-u>fri<Enter>")
        #expect(s.plan.post(id: "w50")?.date == Fixtures.date("2026-12-11"))
        // Relative phrases still count from today.
        _ = s.press(script: "D<C-u>tomorrow<Enter>")
        #expect(s.plan.post(id: "w50")?.date == Fixtures.date("2026-11-26"))
    }

    @Test("7: help scrolls to its last line and no further: k after many j shows the change")
    func helpScrollBounded() {
        var s = Self.state(size: Size(width: 100, height: 30))
        _ = s.press(script: "?" + String(repeating: "j", count: 200))
        let bottom = Screen.render(s, size: s.size, palette: .monochrome)
        #expect(s.helpScroll == HelpView.maxScroll(for: s.size))
        #expect(s.helpScroll > 0)
        _ = s.press(script: "k")
        let up = Screen.render(s, size: s.size, palette: .monochrome)
        #expect(up.text != bottom.text, "k after 200 j changed nothing visible")
        // Growing the screen keeps the scroll within what can be scrolled.
        _ = s.apply(.resized(Size(width: 160, height: 80)))
        #expect(s.helpScroll == HelpView.maxScroll(for: s.size))
    }

    @Test("9: g takes the same week phrases as --week: next, last, this")
    func goToWeekPhrases() {
        var s = Self.state()
        _ = s.press(script: "gnext<Enter>")
        #expect(s.week.isoName == "2026-W49")
        #expect(s.message == nil)
        _ = s.press(script: "glast<Enter>")
        #expect(s.week.isoName == "2026-W47")
        _ = s.press(script: "gthis week<Enter>")
        #expect(s.week.isoName == "2026-W48")
    }
}

@Suite("Defect 10: the planner words its own fixes")
struct PlannerWordsTests {
    @Test("10: the details pane and the flags panel say which key fixes a missing consent, never a command")
    func consentFixIsAKey() {
        var plan = Fixtures.emptyPlan()
        plan.upsert(Fixtures.post("s1", "2026-11-27", "success-story", title: "Back to running"))
        var s = AppState(plan: plan, today: Fixtures.today, now: Fixtures.now)
        _ = s.press(script: "ll")
        let grid = Screen.render(s, size: Size(width: 100, height: 30), palette: .monochrome).text
        #expect(grid.contains("Consent: ✗ no consent record (press C to record"))
        #expect(!grid.contains("rounds "), "a command line in the planner")
        let i = s.weekFlags.firstIndex { $0.rule == "consent.missing" } ?? 0
        _ = s.press(script: "<Tab>" + String(repeating: "j", count: i))
        let flags = Screen.render(s, size: Size(width: 100, height: 30), palette: .monochrome).text
        #expect(flags.contains("→ press C to record the written consent"))
        #expect(!flags.contains("rounds "))
    }
}
