import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// A workspace's plans as the board is given them: a full week, one under its minimum, a wide
/// name, a malformed file and a plan another planner holds.
enum BoardFixture {
    static func sources() -> [BoardSource] {
        var chen = Fixtures.emptyPlan()
        chen.profile.name = "Dr. Li Chen"
        chen.profile.specialty = "Cardiology"
        chen.upsert(Fixtures.post("d4", "2026-11-23", "health-tip", title: "Salt and blood pressure", status: .posted))
        var wang = Fixtures.emptyPlan()
        wang.profile.name = "Dr. 王芳"
        wang.profile.specialty = "Pediatrics"
        wang.cadence.minPerWeek = 0
        var okafor = Fixtures.fullWeekPlan()
        okafor.profile.name = "Dr. Ngozi Okafor"
        okafor.profile.specialty = "Dermatology"
        return [
            BoardSource(id: "broken.json", fileName: "broken",
                        content: .unopenable(reason: "malformed: line 4, column 12: expected a value (the file ends too early)")),
            BoardSource(id: "chen/plan.json", fileName: "chen", content: .plan(chen, today: Fixtures.today)),
            BoardSource(id: "okafor.json", fileName: "okafor", content: .plan(okafor, today: Fixtures.today), openIn: "pid 4242 on clinic"),
            BoardSource(id: "ruiz.json", fileName: "ruiz", content: .plan(Fixtures.fullWeekPlan(), today: Fixtures.today)),
            BoardSource(id: "wang.json", fileName: "wang", content: .plan(wang, today: Fixtures.today)),
        ]
    }

    static func state(_ keys: String = "", size: Size = Size(width: 80, height: 24)) -> BoardState {
        var s = BoardState(folder: "/agency/plans", sources: sources(), today: Fixtures.today, size: size)
        _ = s.press(script: keys)
        return s
    }

    static func render(_ s: BoardState, palette: Palette = .monochrome) -> CellBuffer {
        BoardScreen.render(s, size: s.size, palette: palette)
    }
}

@Suite("The overview board: rows, view and reducer")
struct BoardTests {
    @Test("posts awaiting approval: a column of the wide summary; at 80 columns the status bar says it for the selected doctor")
    func awaitingApproval() throws {
        var sources = BoardFixture.sources()
        var ruiz = Fixtures.fullWeekPlan()
        ruiz.approvals = ApprovalPolicy(required: true)
        ruiz.upsert(Fixtures.post("q2", "2026-11-24", "qa", title: "A second question", status: .draft))
        let k = try #require(sources.firstIndex { $0.id == "ruiz.json" })
        sources[k].content = .plan(ruiz, today: Fixtures.today)
        let awaiting = ruiz.awaitingApprovalCount(from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29"))
        #expect(awaiting >= 2, "the drafts of the week")
        var wide = BoardState(folder: "/agency/plans", sources: sources, today: Fixtures.today, size: Size(width: 160, height: 50))
        let lines = BoardScreen.render(wide, size: wide.size, palette: .monochrome).lines
        #expect(lines[2].hasSuffix("posts gaps err due appr streak last posted"), "\(lines[2])")
        let heads = lines[2]
        let column = try #require(heads.range(of: "appr"))
        let row = try #require(lines.first { $0.hasPrefix("Dr. Ana Ruiz") })
        // The value sits under its heading.
        let offset = heads.distance(from: heads.startIndex, to: column.lowerBound)
        let cell = String(Array(row)[offset..<min(row.count, offset + 4)]).trimmingCharacters(in: .whitespaces)
        #expect(cell == "\(awaiting)", "\(row)")
        _ = wide.press(script: "")
        // At 80 columns: no column; selecting Dr. Ruiz says the count on the status bar.
        var narrow = BoardState(folder: "/agency/plans", sources: sources, today: Fixtures.today, size: Size(width: 80, height: 24))
        var found = false
        for _ in 0..<sources.count {
            let buf = BoardScreen.render(narrow, size: narrow.size, palette: .monochrome)
            if narrow.selectedRow?.id == "ruiz.json" {
                #expect(buf.lines[23].hasSuffix("\(awaiting) posts awaiting approval"), "\(buf.lines[23])")
                found = true
            } else {
                #expect(!buf.lines[23].contains("awaiting approval"), "\(buf.lines[23])")
            }
            _ = narrow.press(script: "j")
        }
        #expect(found, "Dr. Ruiz's row was never selected")
    }

    @Test("80×24: the week header, a row per doctor, the summary column; a row that cannot open says why")
    func board80x24() {
        let buf = BoardFixture.render(BoardFixture.state())
        assertSnapshot(buf.snapshot, named: "board-80x24")
        let lines = buf.lines
        #expect(lines[0].hasPrefix("Rounds · Week 48 · 23–29 Nov 2026 · /agency/plans"))
        #expect(lines[2].contains("│Mon 23│Tue 24│Wed 25 │") || lines[2].contains("│Wed 25"), "\(lines[2])")
        #expect(lines[2].hasSuffix("posts err due"))
        // Needs attention first: the malformed plan, then the plans with errors.
        #expect(lines[3].hasPrefix("broken"))
        #expect(lines[3].contains("cannot be opened: malformed: line 4, column 12"))
        // Every line fits in 80 columns (wide names by display width).
        for line in lines { #expect(TextWidth.width(of: line) <= 80, "\(line)") }
        let chen = lines.first { $0.hasPrefix("Dr. Li Chen") } ?? ""
        #expect(chen.contains("│Tip"), "Monday's posted tip: \(chen)")
        #expect(chen.contains("│╌Q&A"), "Wednesday's gap is marked: \(chen)")
        #expect(chen.contains("│1/3!"), "under the minimum: \(chen)")
        let held = lines.first { $0.hasPrefix("Dr. Ngozi Okafor") } ?? ""
        #expect(held.hasSuffix("│open: pid 42…"), "a plan another planner holds says so in its row: \(held)")
        // Selected, the status bar says it whole.
        let selected = BoardFixture.render(BoardFixture.state("3j")).lines[23]
        #expect(selected.hasSuffix("okafor.json is open in another planner (pid 4242 on clinic)"), "\(selected)")
    }

    @Test("160×50: two lines a doctor (specialty, titles), full theme names, the wide summary")
    func board160x50() {
        let buf = BoardFixture.render(BoardFixture.state(size: Size(width: 160, height: 50)))
        assertSnapshot(buf.snapshot, named: "board-160x50")
        let lines = buf.lines
        #expect(lines[2].contains("Mon 23 Nov"))
        #expect(lines[2].hasSuffix("posts gaps err due appr streak last posted"))
        guard let ruiz = lines.firstIndex(where: { $0.hasPrefix("Dr. Ana Ruiz") }) else {
            Issue.record("no row for Dr. Ana Ruiz")
            return
        }
        #expect(lines[ruiz].contains("│Health Tip"))
        #expect(lines[ruiz].contains("2026-11-23"), "last posted")
        #expect(lines[ruiz + 1].hasPrefix("Family medicine"))
        #expect(lines[ruiz + 1].contains("│Walk after …│"), "the day's title on the second line")
        let broken = lines.firstIndex { $0.hasPrefix("broken") } ?? 0
        #expect(lines[broken].contains("cannot be opened: malformed: line 4, column 12: expected a value (the file ends too early)"))
        let okafor = lines.firstIndex { $0.hasPrefix("Dr. Ngozi Okafor") } ?? 0
        #expect(lines[okafor + 1].contains("open in a planner: pid 4242 on clinic"))
    }

    @Test("the selected row is in reverse video, across the whole width")
    func selection() {
        let buf = BoardFixture.render(BoardFixture.state("j"))
        #expect(buf.snapshot.contains("── reverse row 4: 0–79"), "\(buf.snapshot)")
    }

    @Test("/ filters by name or specialty as you type, case and accents ignored; Enter keeps it, Esc clears it")
    func filter() {
        var s = BoardFixture.state("/CARD")
        #expect(s.keyContext == .prompt)
        #expect(s.visible.map(\.id) == ["chen/plan.json"])
        let typing = BoardFixture.render(s)
        #expect(typing.lines[23].hasPrefix("Filter (name or specialty): CARD▏"))
        #expect(typing.lines[1].contains("filter 'CARD': 1 of 5"))
        _ = s.press(script: "<Enter>")
        #expect(s.keyContext == .board)
        #expect(s.visible.map(\.id) == ["chen/plan.json"], "Enter keeps the filter")
        _ = s.press(script: "/<BS><BS><BS><BS>ruiz<Enter>")
        #expect(s.visible.map(\.id) == ["ruiz.json"], "by file name too")
        #expect(s.selectedID == "ruiz.json")
        _ = s.press(script: "<Esc>")
        #expect(s.visible.count == 5, "Esc on the board clears the filter first")
        #expect(s.press(script: "/王<Esc>").isEmpty)
        #expect(s.filter.isEmpty && s.visible.count == 5, "Esc in the filter clears it")
        #expect(s.filterPrompt == nil && s.keyContext == .board, "and closes it")
        var chen = BoardFixture.state("/cardio<Esc>")
        #expect(chen.press(.enter) == [.openPlanner(id: "chen/plan.json")], "the selection stays on the doctor the filter found")
        var none = BoardFixture.state("/zzz")
        #expect(BoardFixture.render(none).text.contains("no doctor matches 'zzz' (Esc clears the filter)"))
        _ = none.press(script: "<Enter>")
        #expect(none.message?.text == "no doctor matches 'zzz' (Esc clears the filter)")
    }

    @Test("S cycles the order: needs attention (as rounds overview), name, errors; the selection stays on its doctor")
    func sort() {
        var s = BoardFixture.state()
        #expect(s.sort == .needsAttention)
        // broken first; then most errors; wang (no minimum, no errors) last.
        #expect(s.rows.first?.id == "broken.json")
        #expect(s.rows.last?.id == "wang.json")
        _ = s.press(script: "jj")
        let picked = s.selectedID
        _ = s.press(script: "S")
        #expect(s.sort == .name)
        #expect(s.rows.map(\.name) == ["broken", "Dr. Ana Ruiz", "Dr. Li Chen", "Dr. Ngozi Okafor", "Dr. 王芳"])
        #expect(s.selectedID == picked)
        #expect(BoardFixture.render(s).lines[0].hasSuffix("sort: name"))
        _ = s.press(script: "S")
        #expect(s.sort == .errors)
        let errors = s.rows.compactMap { $0.summary?.errors }
        #expect(errors == errors.sorted(by: >), "\(errors)")
        #expect(s.rows.first?.id == "broken.json")
        _ = s.press(script: "S")
        #expect(s.sort == .needsAttention)
    }

    @Test("keys: j/k and counts move between doctors, Home/End, [ ] and t change the week and recompute the rows")
    func navigation() {
        var s = BoardFixture.state()
        #expect(s.selectedID == "broken.json")
        _ = s.press(script: "3j")
        #expect(s.selectedIndex == 3)
        _ = s.press(script: "9k")
        #expect(s.selectedIndex == 0)
        _ = s.press(script: "<End>")
        #expect(s.selectedIndex == 4)
        _ = s.press(script: "<Home>")
        #expect(s.selectedIndex == 0)
        _ = s.press(script: "]")
        #expect(s.week.isoName == "2026-W49")
        let ruiz = s.rows.first { $0.id == "ruiz.json" }
        guard case .week(let days, let summary)? = ruiz?.detail else {
            Issue.record("ruiz has no week")
            return
        }
        #expect(days.first?.date == Fixtures.date("2026-11-30"))
        #expect(days.first?.items.first?.kind == .gap, "next week is empty: a gap on Monday")
        #expect(summary.weeks.first?.posts == 0)
        _ = s.press(script: "2[")
        #expect(s.week.isoName == "2026-W47")
        _ = s.press(script: "t")
        #expect(s.week.isoName == "2026-W48")
    }

    @Test("g goes to a week typed as --week takes it; a bad one is refused with examples; Esc cancels")
    func goToWeek() {
        var s = BoardFixture.state("g2026-W50")
        #expect(BoardFixture.render(s).lines[23].hasPrefix("Go to week (2026-W49, next, last, a date): 2026-W50▏"))
        _ = s.press(script: "<Enter>")
        #expect(s.week.isoName == "2026-W50")
        _ = s.press(script: "gnext<Enter>")
        #expect(s.week.isoName == "2026-W49", "next counts from today")
        _ = s.press(script: "g2027-01-06<Enter>")
        #expect(s.week.isoName == "2027-W01")
        _ = s.press(script: "gsoon<Enter>")
        #expect(s.message?.text == "'soon' is not a week: try 2026-W49, next, last, 2026-12-01 or next fri")
        #expect(s.week.isoName == "2027-W01")
        _ = s.press(script: "/chen<Enter>glast<Esc>")
        #expect(s.week.isoName == "2027-W01" && s.filter == "chen", "Esc cancels the week, keeping the filter")
        #expect(s.keyContext == .board)
    }

    @Test("Enter opens the selected doctor's planner (an effect); on a plan that cannot open it says why and stays")
    func enter() {
        var s = BoardFixture.state()
        #expect(s.press(.enter).isEmpty)
        #expect(s.message?.text == "broken cannot be opened: malformed: line 4, column 12: expected a value (the file ends too early)")
        #expect(s.message?.kind == .error)
        _ = s.press(script: "j")
        let id = s.selectedID ?? ""
        #expect(s.press(.enter) == [.openPlanner(id: id)])
    }

    @Test("back from a planner: the same doctor, week, filter and order, with that doctor's row read again")
    func plannerClosed() {
        var s = BoardFixture.state("S]/dr<Enter>")
        _ = s.press(script: "<End>")
        #expect(s.selectedID == "wang.json")
        let before = s.visible.map(\.id)
        var wang = Fixtures.emptyPlan()
        wang.profile.name = "Dr. 王芳"
        wang.profile.specialty = "Pediatrics"
        wang.cadence.minPerWeek = 0
        wang.upsert(Fixtures.post("w1", "2026-12-02", "qa", title: "Colds in winter", status: .ready))
        let effects = s.apply(.board(.plannerClosed(BoardSource(id: "wang.json", fileName: "wang", content: .plan(wang, today: Fixtures.today)),
                                                      signal: false, message: nil)))
        #expect(effects.isEmpty)
        #expect(s.selectedID == "wang.json")
        #expect(s.week.isoName == "2026-W49")
        #expect(s.sort == .name)
        #expect(s.filter == "dr")
        #expect(s.visible.map(\.id) == before)
        let row = BoardFixture.render(s).lines.first { $0.hasPrefix("Dr. 王芳") } ?? ""
        #expect(row.contains("│Q&A"), "the new post is on the row: \(row)")
        // A planner ended by a signal ends the board too.
        #expect(s.apply(.board(.plannerClosed(nil, signal: true, message: nil))) == [.quit])
    }

    @Test("plans read again (the poll, r): a changed plan's row is rebuilt, a new plan gets a row, a removed one loses it")
    func loaded() {
        var s = BoardFixture.state("S")
        _ = s.press(script: "<End>")
        #expect(s.selectedID == "wang.json")
        var all = BoardFixture.sources().filter { $0.id != "broken.json" }
        var chen = Fixtures.emptyPlan()
        chen.profile.name = "Dr. Li Chen"
        chen.upsert(Fixtures.post("d5", "2026-11-27", "success-story", title: "Back to the gym", status: .draft))
        all[0] = BoardSource(id: "chen/plan.json", fileName: "chen", content: .plan(chen, today: Fixtures.today))
        var adams = Fixtures.emptyPlan()
        adams.profile.name = "Dr. Ada Adams"
        all.append(BoardSource(id: "adams.json", fileName: "adams", content: .plan(adams, today: Fixtures.today)))
        _ = s.apply(.board(.loaded(all)))
        #expect(s.rows.map(\.id) == ["adams.json", "ruiz.json", "chen/plan.json", "okafor.json", "wang.json"])
        #expect(s.selectedID == "wang.json", "the selection stays on its doctor")
        let row = BoardFixture.render(s).lines.first { $0.hasPrefix("Dr. Li Chen") } ?? ""
        #expect(row.contains("│Story "), "\(row)")
    }

    @Test("q, C-c and Esc quit; Esc first cancels a count, help or a filter")
    func quitting() {
        var s = BoardFixture.state()
        #expect(s.press(.char("q")) == [.quit])
        #expect(s.press(.ctrl("c")) == [.quit])
        _ = s.press(script: "3")
        #expect(s.press(.escape).isEmpty)
        #expect(s.count == nil)
        _ = s.press(script: "?")
        #expect(s.press(.escape).isEmpty)
        #expect(!s.showingHelp)
        #expect(s.press(.escape) == [.quit])
    }

    @Test("? shows the board's keys from the keymap, and help scrolls")
    func help() {
        let s = BoardFixture.state("?")
        let text = BoardFixture.render(s).text
        #expect(text.contains("Keys · ? or Esc closes"))
        #expect(text.contains("Board (one row per doctor)"))
        for b in Keymap.bindings where b.contexts.contains(.board) {
            #expect(HelpView.boardContent.contains { $0.contains(b.keyNames) && $0.contains(b.help) }, "\(b.keyNames) \(b.help)")
        }
        #expect(!HelpView.boardContent.contains { $0.contains("status forward") }, "no planner-only keys")
        // Whole at 80 columns: the box is 76 wide, its text 72.
        for line in HelpView.boardContent { #expect(TextWidth.width(of: line) <= 72, "\(line)") }
        var small = BoardFixture.state("?")
        _ = small.press(script: String(repeating: "j", count: 80))
        #expect(small.helpScroll == HelpView.maxScroll(for: small.size, content: HelpView.boardContent))
    }

    @Test("too small: the planner's message, and only q and C-c act")
    func tooSmall() {
        var s = BoardFixture.state(size: Size(width: 60, height: 15))
        let lines = BoardFixture.render(s).lines.map { $0.trimmingSpaces }
        #expect(lines.contains("terminal too small:") && lines.contains("need 80×24, have 60×15") && lines.contains("(q quits)"))
        #expect(s.press(script: "j/S]<Enter>").isEmpty)
        #expect(s.selectedIndex == 0 && s.filterPrompt == nil && s.sort == .needsAttention && s.week.isoName == "2026-W48")
        #expect(s.press(.char("q")) == [.quit])
        _ = s.apply(.resized(Size(width: 80, height: 24)))
        #expect(BoardFixture.render(s).lines[0].hasPrefix("Rounds · Week 48"))
    }

    @Test("many doctors scroll with the selection, and the header says which are shown")
    func scrolling() {
        var sources: [BoardSource] = []
        for i in 0..<30 {
            var plan = Fixtures.emptyPlan()
            plan.profile.name = "Dr. Doctor \(i < 10 ? "0" : "")\(i)"
            sources.append(BoardSource(id: "d\(i).json", fileName: "d\(i)", content: .plan(plan, today: Fixtures.today)))
        }
        var s = BoardState(folder: "/ws", sources: sources, today: Fixtures.today, size: Size(width: 80, height: 24))
        #expect(BoardFixture.render(s).lines[1].hasSuffix("1–19 of 30"))
        _ = s.press(script: "25j")
        let lines = BoardFixture.render(s).lines
        #expect(lines[1].hasSuffix("8–26 of 30"), "\(lines[1])")
        #expect(lines[21].hasPrefix("Dr. Doctor 25"))
        #expect(lines[22].hasPrefix("╌Tip gap   ! error that day"), "the legend")
        _ = s.press(script: "k")
        #expect(s.top == 7, "moving up inside the screen does not scroll")
    }

    @Test("a Sunday-start plan shows the board's Monday-to-Sunday days, its Sunday from its next week")
    func sundayStart() {
        var plan = Fixtures.emptyPlan(weekStart: .sunday)
        plan.upsert(Fixtures.post("s1", "2026-11-29", "health-tip", title: "Sunday extra", status: .draft))
        let row = BoardRow(source: BoardSource(id: "s.json", fileName: "s", content: .plan(plan, today: Fixtures.today)),
                           week: Week(containing: Fixtures.today, weekStart: .monday))
        guard case .week(let days, let summary) = row.detail else {
            Issue.record("no week")
            return
        }
        #expect(days.map(\.date.weekday) == [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday])
        #expect(days[6].items.map(\.label) == ["Tip"], "an extra post on Sunday 29")
        #expect(days[6].items.first?.isExtra == true)
        #expect(summary.weeks.first?.week.start == Fixtures.date("2026-11-22"), "the summary is the plan's own week holding Monday")
    }

    @Test("colors come from the palette's roles: errors, gaps, theme labels, today, the selection")
    func colors() {
        let s = BoardFixture.state()
        let buf = BoardFixture.render(s, palette: .color)
        let lines = buf.lines
        func cell(_ row: Int, _ text: String) -> Cell? {
            guard let r = lines[row].range(of: text) else { return nil }
            let x = TextWidth.width(of: lines[row][..<r.lowerBound])
            return buf[x, row]
        }
        let chen = lines.firstIndex { $0.hasPrefix("Dr. Li Chen") } ?? 0
        #expect(cell(chen, "╌Q&A")?.style == Palette.color.style(.gap))
        #expect(cell(chen, "Tip")?.style == Palette.color.theme(.green))
        #expect(cell(chen, "1/3!")?.style == Palette.color.style(.error), "under the minimum")
        #expect(cell(3, "cannot be opened")?.style.reverse == true, "the selected row (broken) is reversed")
        #expect(cell(2, "Wed 25")?.style == Palette.color.style(.today))
        var late = s
        _ = late.press(script: "j")
        let after = BoardFixture.render(late, palette: .color)
        #expect(after[18, 3].style == Palette.color.style(.error), "the reason, in the error role")
        // Monochrome still tells them apart without color.
        let mono = BoardFixture.render(s, palette: .monochrome)
        #expect(mono[0, chen].style.bold, "names are bold")
    }

    @Test("2,000 random keys and resizes down to 1×1 never trap, and the selection is always on screen")
    func randomKeys() {
        var rng = SplitMix(seed: 17)
        let keys: [Key] = [.char("j"), .char("k"), .char("["), .char("]"), .char("S"), .char("/"), .char("a"), .char("?"), .char("3"),
                           .char("t"), .char("r"), .enter, .escape, .backspace, .home, .end, .up, .down, .pageUp, .pageDown, .char("王")]
        var s = BoardFixture.state()
        for _ in 0..<2000 {
            if rng.next() % 10 == 0 {
                _ = s.apply(.resized(Size(width: Int(rng.next() % 200) + 1, height: Int(rng.next() % 60) + 1)))
            } else {
                let effects = s.press(keys[Int(rng.next() % UInt64(keys.count))])
                if effects.contains(.quit) { s = BoardFixture.state(size: s.size) }
            }
            _ = BoardFixture.render(s)
            if let i = s.selectedIndex, !s.isTooSmall {
                #expect(i >= s.top && i < s.top + BoardLayout(size: s.size).visibleRows, "row \(i), top \(s.top), \(s.size)")
            }
        }
    }

    @Test("control characters in a name or a reason are shown as escapes, never sent to the terminal")
    func escapes() {
        let s = BoardState(folder: "/ws", sources: [BoardSource(id: "x.json", fileName: "x\u{1B}[2J", content: .unopenable(reason: "bad\u{7}"))],
                           today: Fixtures.today)
        let text = BoardFixture.render(s).text
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("x\\x1b[2J"))
    }
}

/// A small seeded generator, so a failing run can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
