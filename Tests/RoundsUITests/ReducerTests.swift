import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

@Suite("Keys, actions and the reducer")
struct ReducerTests {
    static func play(_ keys: String, plan: Plan = Fixtures.fullWeekPlan(), today: CalendarDate = Fixtures.today) -> AppState {
        var s = AppState(plan: plan, today: today)
        _ = s.press(script: keys)
        return s
    }

    struct NavCase: Sendable, CustomTestStringConvertible {
        var name: String
        var keys: String
        var today = "2026-11-25"
        var date: String
        var week: String
        var testDescription: String { name }
    }

    @Test("navigation", arguments: [
        NavCase(name: "starts on today", keys: "", date: "2026-11-25", week: "2026-W48"),
        NavCase(name: "l and <Right> move a day", keys: "l<Right>", date: "2026-11-27", week: "2026-W48"),
        NavCase(name: "h past Monday goes to last week's Sunday", keys: "hhh", date: "2026-11-22", week: "2026-W47"),
        NavCase(name: "] keeps the weekday", keys: "]", date: "2026-12-02", week: "2026-W49"),
        NavCase(name: "count prefix 3]", keys: "3]", date: "2026-12-16", week: "2026-W51"),
        NavCase(name: "count prefix 12l", keys: "12l", date: "2026-12-07", week: "2026-W50"),
        NavCase(name: "[ across the year boundary", keys: "[", today: "2027-01-06", date: "2026-12-30", week: "2026-W53"),
        NavCase(name: "] into 2027", keys: "]]]]]", date: "2026-12-30", week: "2026-W53"),
        NavCase(name: "t comes back to today", keys: "5]t", date: "2026-11-25", week: "2026-W48"),
        NavCase(name: "g goes to a typed date", keys: "g2027-03-01<Enter>", date: "2027-03-01", week: "2027-W09"),
        NavCase(name: "g goes to next fri", keys: "gnext fri<Enter>", date: "2026-12-04", week: "2026-W49"),
        NavCase(name: "g goes to an ISO week", keys: "g2026-W53<Enter>", date: "2026-12-28", week: "2026-W53"),
        NavCase(name: "Esc cancels the prompt", keys: "g2027-03-01<Esc>", date: "2026-11-25", week: "2026-W48"),
        NavCase(name: "Esc cancels a count", keys: "5<Esc>l", date: "2026-11-26", week: "2026-W48"),
        NavCase(name: "PgDn and PgUp", keys: "<PgDn><PgDn><PgUp>", date: "2026-12-02", week: "2026-W49"),
    ])
    func navigation(_ c: NavCase) {
        let s = Self.play(c.keys, today: Fixtures.date(c.today))
        #expect(s.selectedDate.iso == c.date)
        #expect(s.week.isoName == c.week)
        #expect(s.prompt == nil)
        #expect(s.count == nil)
    }

    @Test("a bad typed date is an error message, and the selection stays")
    func badGoTo() {
        let s = Self.play("gsomeday<Enter>")
        #expect(s.selectedDate == Fixtures.today)
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.contains("'someday' is not a date") == true)
    }

    @Test("a typed offset beyond ten years is refused, and jumps stop at the last day a plan can hold")
    func farDates() {
        let s = Self.play("g--1000000000<Enter>")
        #expect(s.selectedDate == Fixtures.today)
        #expect(s.message?.kind == .error)
        // 999 weeks at a time, far past the year 9999: the week stops at the end of the calendar.
        let far = Self.play(String(repeating: "999]", count: 600))
        #expect(far.selectedDate <= CalendarDate.latest)
        #expect(far.selectedDate.year == 9999)
        let frame = Screen.render(far, size: Size(width: 80, height: 24), palette: .color)
        // The last week, partial: it stops at 9999-12-31, no day shown twice past it.
        #expect(frame.lines[0].contains("27–31 Dec 9999"), "\(frame.lines[0])")
        #expect(Self.play(String(repeating: "999]", count: 600) + "llllllll").selectedDate.iso == "9999-12-31")
        #expect(Self.play(String(repeating: "999[", count: 200)).week.start == CalendarDate.earliest)
        // A post created there is dated in 9999, and the plan saves and reads back.
        let created = Self.play(String(repeating: "999]", count: 600) + "a", plan: Fixtures.emptyPlan())
        #expect(created.plan.posts.count == 1)
        #expect(created.plan.posts.first?.date?.year == 9999)
        #expect((try? PlanCodec.decode(PlanCodec.encode(created.plan))) == created.plan)
    }

    @Test("j and k move between the items of a day, and stop at the ends")
    func slots() {
        var plan = Fixtures.fullWeekPlan()
        plan.upsert(Fixtures.post("x1", "2026-11-25", "health-tip", title: "Extra"))
        #expect(Self.play("j", plan: plan).selectedItem?.post?.id == "x1")
        #expect(Self.play("jjjj", plan: plan).itemIndex == 1)
        #expect(Self.play("jk", plan: plan).selectedItem?.post?.id == "b2")
        #expect(Self.play("jl", plan: plan).itemIndex == 0, "a day with fewer items clamps the selection")
    }

    @Test("Enter on a flag jumps to its slot")
    func flagJump() {
        // Empty plan: flags sorted error first (week-under), then warnings: Wed Q&A, Fri Story.
        let s0 = Self.play("<Tab>", plan: Fixtures.emptyPlan())
        let flags = s0.weekFlags
        let fri = flags.firstIndex { $0.rule == "cadence.slot-empty" && $0.themeID == "success-story" }!
        let s = Self.play("<Tab>" + String(repeating: "j", count: fri) + "<Enter>", plan: Fixtures.emptyPlan())
        #expect(s.focus == .grid)
        #expect(s.selectedDate.iso == "2026-11-27")
        if case .slot(let slot)? = s.selectedItem { #expect(slot.theme.id == "success-story") } else { Issue.record("no slot selected") }
    }

    @Test("q quits; in help, q closes help instead")
    func quit() {
        var s = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.today)
        #expect(s.press(.char("q")) == [.quit])
        _ = s.press(.char("?"))
        #expect(s.press(.char("q")) == [])
        #expect(!s.showingHelp, "q closed help")
    }

    @Test("a reload keeps the selection and says so")
    func reload() {
        var s = Self.play("l")
        var plan = s.plan
        plan.upsert(Fixtures.post("n1", "2026-11-26", "qa", title: "Added outside"))
        _ = s.apply(.io(.planReloaded(plan)))
        #expect(s.selectedDate.iso == "2026-11-26")
        #expect(s.selectedItem?.post?.id == "n1")
        #expect(s.message?.text == "reloaded: the plan changed on disk")
    }

    @Test("no key is bound twice in a context, and every binding has help")
    func keymapTable() {
        for context in KeyContext.allCases {
            var seen: [Key: String] = [:]
            for b in Keymap.bindings where b.contexts.contains(context) {
                #expect(!b.help.isEmpty)
                for k in b.keys {
                    #expect(seen[k] == nil, "\(k.name) bound twice in \(context): \(seen[k] ?? "") and \(b.help)")
                    seen[k] = b.help
                }
            }
        }
    }

    @Test("key names round-trip, so scripts and docs use one spelling")
    func keyNames() {
        for b in Keymap.bindings { for k in b.keys { #expect(Key(name: k.name) == k, "\(k.name)") } }
        #expect(Key.script("3]<C-r><Tab>x") == [.char("3"), .char("]"), .ctrl("r"), .tab, .char("x")])
    }

    @Test("a whole session on the in-memory terminal, with a resize")
    func session() {
        final class Host: PlannerHost {
            func poll(_ state: AppState) -> Action? { nil }
            func perform(_ effect: Effect, state: AppState, backend: TerminalBackend) -> [Action] { [] }
            func tick(_ plan: Plan) -> Action { .tick(now: Fixtures.now, today: Fixtures.today) }
        }
        let backend = MemoryBackend(size: Size(width: 80, height: 24), events:
            Key.script("l]").map { .key($0) } + [.resize] + Key.script("?ld").map { .key($0) } + [.resize, .key(.char("?"))],
                                    resizes: [Size(width: 60, height: 15), Size(width: 80, height: 24)])
        let final = RunLoop.run(AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.today), backend: backend, host: Host(), palette: .monochrome)
        #expect(final.selectedDate.iso == "2026-12-03", "keys on the small screen moved the selection")
        #expect(final.showingHelp)
        #expect(final.plan == Fixtures.fullWeekPlan())
        #expect(backend.frames.map(\.size) == [Size(width: 80, height: 24), Size(width: 80, height: 24), Size(width: 80, height: 24),
                                                Size(width: 60, height: 15), Size(width: 60, height: 15), Size(width: 60, height: 15),
                                                Size(width: 60, height: 15), Size(width: 80, height: 24), Size(width: 80, height: 24)])
        #expect(backend.frames[2].lines[0].contains("Week 49 · 30 Nov – 6 Dec 2026"))
        #expect(backend.frames[3].text.contains("have 60×15"))
        #expect(backend.frames[6] == backend.frames[3], "the small screen changed while keys were ignored")
        #expect(backend.frames[7].lines[0].contains("Week 49"), "the selection survives the resize")
        #expect(backend.frames[8].text.contains("Keys · ? or Esc closes"))
    }
}
