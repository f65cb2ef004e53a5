import Testing
import RoundsCore

@Suite("Calendar dates and ISO weeks")
struct DateTests {
    @Test("day numbers round-trip across four centuries")
    func dayNumbersRoundTrip() {
        var d = CalendarDate(year: 1999, month: 12, day: 25)!
        for _ in 0..<20_000 {
            #expect(CalendarDate(dayNumber: d.dayNumber) == d)
            let next = d.adding(days: 1)
            #expect(next.dayNumber == d.dayNumber + 1)
            d = next
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    @Test("impossible dates are refused", arguments: ["2026-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-4-01", "20261101", "2026-11-31"])
    func impossibleDates(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("leap days exist only in leap years")
    func leapDays() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-28")!.adding(days: 1).iso == "2024-02-29")
        #expect(CalendarDate(iso: "2024-02-29")!.adding(days: 1).iso == "2024-03-01")
    }

    struct WeekCase: Sendable, CustomTestStringConvertible {
        var name: String
        var date: String
        var iso: String
        var monday: String
        var testDescription: String { name }
    }

    @Test("ISO week of a date", arguments: [
        WeekCase(name: "an ordinary Wednesday", date: "2026-11-25", iso: "2026-W48", monday: "2026-11-23"),
        WeekCase(name: "1 January in the previous year's W53", date: "2021-01-01", iso: "2020-W53", monday: "2020-12-28"),
        WeekCase(name: "31 December in next year's W01", date: "2024-12-31", iso: "2025-W01", monday: "2024-12-30"),
        WeekCase(name: "week 53 of 2026", date: "2026-12-31", iso: "2026-W53", monday: "2026-12-28"),
        WeekCase(name: "3 January 2027 still in 2026-W53", date: "2027-01-03", iso: "2026-W53", monday: "2026-12-28"),
        WeekCase(name: "leap day", date: "2028-02-29", iso: "2028-W09", monday: "2028-02-28"),
        WeekCase(name: "a Sunday ends its ISO week", date: "2026-11-29", iso: "2026-W48", monday: "2026-11-23"),
    ])
    func isoWeek(_ c: WeekCase) {
        let w = Week(containing: CalendarDate(iso: c.date)!)
        #expect(w.isoName == c.iso)
        #expect(w.start.iso == c.monday)
        #expect(Week(iso: c.iso)?.start.iso == c.monday)
    }

    @Test("a week that does not exist is refused")
    func noWeek53() {
        #expect(Week(iso: "2025-W53") == nil)
        #expect(Week(iso: "2026-W53") != nil)
        #expect(Week(iso: "2026-W00") == nil)
    }

    @Test("Sunday-start weeks begin on the Sunday and keep the ISO name of their Monday")
    func sundayWeeks() {
        let w = Week(containing: CalendarDate(iso: "2026-11-25")!, weekStart: .sunday)
        #expect(w.start.iso == "2026-11-22")
        #expect(w.end.iso == "2026-11-28")
        #expect(w.isoName == "2026-W48")
        let sunday = Week(containing: CalendarDate(iso: "2026-11-29")!, weekStart: .sunday)
        #expect(sunday.start.iso == "2026-11-29")
        #expect(Week(iso: "2026-W48", weekStart: .sunday)?.start.iso == "2026-11-22")
    }

    @Test("range labels across months and years")
    func rangeLabels() {
        #expect(Week(iso: "2026-W48")!.rangeLabel == "23–29 Nov 2026")
        #expect(Week(iso: "2026-W49")!.rangeLabel == "30 Nov – 6 Dec 2026")
        #expect(Week(iso: "2026-W53")!.rangeLabel == "28 Dec 2026 – 3 Jan 2027")
    }

    @Test("typed dates", arguments: [
        ("today", "2026-11-25"), ("tomorrow", "2026-11-26"), ("yesterday", "2026-11-24"),
        ("wed", "2026-11-25"), ("fri", "2026-11-27"), ("mon", "2026-11-30"), ("Monday", "2026-11-30"),
        ("next fri", "2026-12-04"), ("next mon", "2026-11-30"), ("last wed", "2026-11-18"), ("this fri", "2026-11-27"),
        ("+3", "2026-11-28"), ("-7", "2026-11-18"), ("+3650", "2036-11-22"), (" 2026-12-24 ", "2026-12-24"),
    ])
    func datePhrases(_ pair: (String, String)) {
        #expect(DatePhrase.parse(pair.0, today: CalendarDate(iso: "2026-11-25")!)?.iso == pair.1)
    }

    // A doubled sign once passed the ten-year limit as a negative number: "--1000000000" went a
    // billion days forward (found by the keys fuzzer: a post dated 2739933-11-28 that the
    // plan file could not hold), and "+-9223372036854775808" trapped negating Int.min.
    @Test("nonsense dates are refused", arguments: ["someday", "next", "2026-02-30", "m", "next month", "", "+", "+3651", "+-5",
                                                    "--1000000000", "+-9223372036854775808", "++5", "+ 5", "+1e3", "-99999"])
    func badPhrases(_ text: String) {
        #expect(DatePhrase.parse(text, today: CalendarDate(iso: "2026-11-25")!) == nil)
    }

    @Test("date arithmetic stops at the first and last days a plan can hold, without trapping")
    func dateLimits() throws {
        #expect(CalendarDate.earliest.iso == "0001-01-01")
        #expect(CalendarDate.latest.iso == "9999-12-31")
        let d = try #require(CalendarDate(iso: "2026-11-25"))
        #expect(d.adding(days: 1_000_000_000) == CalendarDate.latest)
        #expect(d.adding(days: -1_000_000_000) == CalendarDate.earliest)
        #expect(d.adding(days: Int.max) == CalendarDate.latest)
        #expect(CalendarDate.latest.adding(days: Int.max) == CalendarDate.latest)
        #expect(CalendarDate.earliest.adding(days: Int.min) == CalendarDate.earliest)
        #expect(CalendarDate.latest.adding(days: -1).iso == "9999-12-30")
        #expect(CalendarDate.earliest.adding(days: 1).iso == "0001-01-02")
        // Every date arithmetic can make is one a plan file can hold.
        for date in [CalendarDate.earliest, CalendarDate.latest, d.adding(days: 10_000_000)] {
            #expect(CalendarDate(iso: date.iso) == date)
        }
        // The planner's last week is the one holding 9999-12-31, its days stopping there (no day
        // twice); its first week is whole, for either first weekday.
        for weekStart in [WeekStart.monday, .sunday] {
            let last = Week(containing: CalendarDate.latest, weekStart: weekStart).adding(weeks: 999).withinCalendar
            #expect(last.days.last == CalendarDate.latest)
            #expect(Set(last.days).count == last.days.count)
            #expect(last.days.count == (weekStart == .monday ? 5 : 6), "9999-12-31 is a Friday")
            let first = Week(containing: CalendarDate.earliest, weekStart: weekStart).withinCalendar
            #expect(Set(first.days).count == 7)
            #expect((0...6).contains(CalendarDate.earliest.days(until: first.start)), "the first whole week")
            let now = Week(containing: d, weekStart: weekStart)
            #expect(now.withinCalendar == now)
        }
    }

    @Test("timestamps round-trip to the second")
    func timestamps() {
        for text in ["2026-11-25T10:00:00Z", "1970-01-01T00:00:00Z", "2028-02-29T23:59:59Z", "1969-12-31T23:59:59Z"] {
            #expect(Timestamp(iso: text)?.iso == text)
        }
        #expect(Timestamp(iso: "2026-11-25T24:00:00Z") == nil)
        #expect(Timestamp(iso: "2026-11-25 10:00:00") == nil)
    }
}
