import Testing
import RoundsCore
import RoundsTestSupport

/// The parsers of what people type, shared by the command line and the planner.
@Suite("Phrases people type")
struct PhraseTests {
    static let week50 = Week(containing: Fixtures.date("2026-12-07"))

    @Test("weeks", arguments: [
        ("2026-W50", "2026-W50"), ("next", "2026-W49"), ("Next", "2026-W49"), ("this", "2026-W48"), ("last week", "2026-W47"),
        ("previous", "2026-W47"), ("2026-12-31", "2026-W53"), ("next fri", "2026-W49"), ("tomorrow", "2026-W48"),
    ])
    func weeks(_ c: (String, String)) {
        #expect(WeekPhrase.parse(c.0, today: Fixtures.today, weekStart: .monday)?.isoName == c.1)
    }

    @Test("day names mean the shown week when there is one, the next such day otherwise")
    func dayNames() {
        #expect(DatePhrase.parse("tue", today: Fixtures.today, week: Self.week50)?.iso == "2026-12-08")
        #expect(DatePhrase.parse("this sun", today: Fixtures.today, week: Self.week50)?.iso == "2026-12-13")
        #expect(DatePhrase.parse("tue", today: Fixtures.today)?.iso == "2026-12-01")
        #expect(DatePhrase.parse("next tue", today: Fixtures.today, week: Self.week50)?.iso == "2026-12-01", "next counts from today")
    }

    @Test("dates and times", arguments: [
        ("tue 10:00", DateTimePhrase.change(date: Fixtures.date("2026-12-08"), time: .init(TimeOfDay("10:00")))),
        ("10:30", .change(date: nil, time: .init(TimeOfDay("10:30")))),
        ("fri none", .change(date: Fixtures.date("2026-12-11"), time: .init(nil))),
        ("2027-01-04 09:00", .change(date: Fixtures.date("2027-01-04"), time: .init(TimeOfDay("09:00")))),
        ("next fri", .change(date: Fixtures.date("2026-12-04"), time: nil)),
        ("None", .backlog),
    ])
    func dateTimes(_ c: (String, DateTimePhrase)) {
        #expect(DateTimePhrase.parse(c.0, today: Fixtures.today, week: Self.week50) == c.1)
    }

    @Test("not dates and times", arguments: ["", "someday", "fri 25:00", "10:00 fri", "fri 10:00 extra"])
    func notDateTimes(_ text: String) {
        #expect(DateTimePhrase.parse(text, today: Fixtures.today, week: Self.week50) == nil)
    }

    @Test("themes, platforms, week starts and statuses by id or name, in any case")
    func names() throws {
        let plan = Fixtures.emptyPlan()
        #expect(try plan.themeID(named: "Success Story") == "success-story")
        #expect(try plan.themeID(named: "q&a") == "qa")
        #expect(throws: PlanError.self) { try plan.themeID(named: "Gossip") }
        #expect(try plan.platformIDs(from: ["LinkedIn", "x, LINKEDIN"]) == ["linkedin", "x"])
        #expect(WeekStart(name: "Sunday") == .sunday)
        #expect(WeekStart(name: "mon") == .monday)
        #expect(WeekStart(name: "m") == nil)
        #expect(PostStatus(name: "Ready") == .ready)
        #expect(ExportFormat(fileName: "Week.MD") == .markdown)
        #expect(ExportFormat(fileName: "notes.d/week") == nil)
    }
}
