import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// The calendar's last week, and how a Sunday-start week is numbered in the header.
@Suite("Calendar edges in the planner")
struct CalendarEdgeRenderTests {
    static func play(_ keys: String, plan: Plan = Fixtures.emptyPlan(), today: CalendarDate = Fixtures.today) -> AppState {
        var s = AppState(plan: plan, today: today)
        _ = s.press(script: keys)
        return s
    }

    @Test("g 9999-12-31 shows the last, partial week: Monday 27 to Friday 31 December, the two days past it drawn as absent")
    func lastPartialWeek() throws {
        let s = Self.play("g9999-12-31<Enter>")
        #expect(s.message == nil, "\(s.message?.text ?? "")")
        #expect(s.selectedDate.iso == "9999-12-31")
        #expect(s.week.days.map(\.iso) == ["9999-12-27", "9999-12-28", "9999-12-29", "9999-12-30", "9999-12-31"])
        let frame = Screen.render(s, size: Size(width: 100, height: 30), palette: .color)
        #expect(frame.lines[0].contains("27–31 Dec 9999"), "\(frame.lines[0])")
        let layout = Layout(size: Size(width: 100, height: 30))
        let header = frame.lines[layout.dayHeader.y]
        #expect(header.contains("Mon 27 Dec") && header.contains("Fri 31"), "\(header)")
        // Saturday and Sunday are not days of the calendar: no "Sat 1", no day shown twice.
        #expect(!header.contains("Sat") && !header.contains("Sun"), "\(header)")
        #expect(header.components(separatedBy: "31").count == 2, "\(header)")
        let sat = layout.columns[5]
        let below = frame.lines[layout.grid.y...].map { line in
            let chars = Array(line)
            return chars.count > sat.x ? String(chars[sat.x..<min(chars.count, sat.x + sat.width)]) : ""
        }.joined(separator: "\n")
        #expect(below.contains("(no day)") && header.contains("—"), "\(below)")
        // Moving right stays on the last day; a post can be added there and saves.
        let moved = Self.play("g9999-12-31<Enter>llll")
        #expect(moved.selectedDate.iso == "9999-12-31")
        #expect(moved.dayIndex == 4)
        let created = Self.play("g9999-12-31<Enter>a")
        #expect(created.plan.posts.first?.date?.iso == "9999-12-31")
        // Jumping far past the end lands on the same partial week, never a week of repeats.
        let far = Self.play(String(repeating: "999]", count: 600))
        #expect(far.week.start.iso == "9999-12-27")
        #expect(far.selectedDate <= CalendarDate.latest)
    }

    @Test("the last week of a Sunday-start plan: Sunday 26 to Friday 31 December, Saturday absent")
    func lastPartialSundayWeek() {
        let s = Self.play("g9999-12-31<Enter>", plan: Fixtures.emptyPlan(weekStart: .sunday))
        #expect(s.selectedDate.iso == "9999-12-31")
        #expect(s.week.days.count == 6)
        #expect(s.week.start.iso == "9999-12-26")
        let frame = Screen.render(s, size: Size(width: 100, height: 30), palette: .color)
        #expect(frame.lines[0].contains("26–31 Dec 9999"), "\(frame.lines[0])")
    }

    @Test("a Sunday-start week's header names the ISO week it belongs to with ISO's own days, so W49 is not mistaken for 29 Nov–5 Dec")
    func sundayWeekNumbering() {
        let sunday = Self.play("", plan: Fixtures.emptyPlan(weekStart: .sunday), today: Fixtures.date("2026-12-01"))
        #expect(sunday.week.start.iso == "2026-11-29")
        let top = Screen.render(sunday, size: Size(width: 100, height: 30), palette: .color).lines[0]
        #expect(top.contains("29 Nov – 5 Dec 2026"), "\(top)")
        // It says the number is ISO's and which days ISO's W49 has.
        #expect(top.contains("ISO week 49 is 30 Nov – 6 Dec"), "\(top)")
        #expect(!top.contains("Week 49 ·"), "\(top)")
        // At the smallest size the week's own dates are never the part cut off.
        let small = Screen.render(sunday, size: Layout.minimum, palette: .color).lines[0]
        #expect(small.contains("29 Nov – 5 Dec 2026"), "\(small)")
        // A Monday-start plan keeps the short form: its week is ISO's week.
        let monday = Self.play("", today: Fixtures.date("2026-12-01"))
        let mtop = Screen.render(monday, size: Size(width: 100, height: 30), palette: .color).lines[0]
        #expect(mtop.contains("Week 49 · 30 Nov – 6 Dec 2026"), "\(mtop)")
    }
}
