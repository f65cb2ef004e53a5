/// A week of the plan: seven days from its first day (Monday or Sunday, per the plan).
///
/// Weeks are named by ISO 8601 (`2026-W48`) from the Thursday rule; a Sunday-start week is
/// named after the ISO week of its Monday, so the name of a week never depends on the locale.
public struct Week: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let start: CalendarDate
    public let weekStart: WeekStart

    /// The week containing `date`.
    public init(containing date: CalendarDate, weekStart: WeekStart = .monday) {
        let offset: Int
        switch weekStart {
        case .monday: offset = date.weekday.isoIndex
        case .sunday: offset = (date.weekday.isoIndex + 1) % 7
        }
        self.start = date.adding(days: -offset)
        self.weekStart = weekStart
    }

    /// The week's days: seven, except in the calendar's last week (9999-12-27 to 9999-12-31),
    /// whose days past the last do not exist.
    public var days: [CalendarDate] {
        var out = [start]
        out.reserveCapacity(7)
        for i in 1..<7 {
            let d = start.adding(days: i)
            if d == out[out.count - 1] { break }
            out.append(d)
        }
        return out
    }
    public var end: CalendarDate { start.adding(days: 6) }
    public func contains(_ date: CalendarDate) -> Bool { date >= start && date <= end }
    public func adding(weeks: Int) -> Week { Week(containing: start.adding(days: 7 * weeks), weekStart: weekStart) }

    /// This week, kept within the calendar (`CalendarDate.earliest...latest`). At the end, the
    /// last week is the one holding 9999-12-31, partial (`days` stops there: the planner draws
    /// the days past it as absent). At the start, a week must begin on a day that exists: a
    /// Sunday-start plan's first week is 7–13 Jan 0001 (0001-01-01 is a Monday, and the Sunday
    /// before it cannot be a week's first day), a Monday-start plan's is 1–7 Jan 0001.
    public var withinCalendar: Week {
        let first = Week(containing: CalendarDate.earliest.adding(days: 6), weekStart: weekStart)
        let last = Week(containing: CalendarDate.latest, weekStart: weekStart)
        return min(max(self, first), last)
    }

    /// The Monday of this week's ISO week.
    private var isoMonday: CalendarDate {
        weekStart == .monday ? start : start.adding(days: 1)
    }

    /// ISO week-numbering year and week number of the week.
    public var isoYearAndNumber: (year: Int, week: Int) { Week.isoWeek(of: isoMonday) }

    /// `2026-W48`.
    public var isoName: String {
        let (y, w) = isoYearAndNumber
        var name = ""
        CalendarDate.pad(y, 4, into: &name)
        return name + "-W\(w < 10 ? "0" : "")\(w)"
    }

    public var description: String { isoName }

    /// "23–29 Nov 2026" or "28 Dec 2026 – 3 Jan 2027".
    public var rangeLabel: String {
        let e = end
        if start.year != e.year {
            return "\(start.day) \(start.shortMonthName) \(start.year) – \(e.day) \(e.shortMonthName) \(e.year)"
        }
        if start.month != e.month {
            return "\(start.day) \(start.shortMonthName) – \(e.day) \(e.shortMonthName) \(e.year)"
        }
        return "\(start.day)–\(e.day) \(e.shortMonthName) \(e.year)"
    }

    /// "23–29 Nov" or "30 Nov – 6 Dec": the range without the year.
    public var shortRangeLabel: String {
        let e = end
        if start.month != e.month || start.year != e.year {
            return "\(start.day) \(start.shortMonthName) – \(e.day) \(e.shortMonthName)"
        }
        return "\(start.day)–\(e.day) \(e.shortMonthName)"
    }

    public static func isoWeek(of date: CalendarDate) -> (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = date.adding(days: 3 - date.weekday.isoIndex)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1).map { $0.dayNumber } ?? thursday.dayNumber
        let week = (thursday.dayNumber - jan1) / 7 + 1
        return (thursday.year, week)
    }

    /// Parses `2026-W48` (or `2026W48`, `2026-w48`).
    public init?(iso text: String, weekStart: WeekStart = .monday) {
        let t = String(text.uppercased().filter { $0 != "-" })
        guard t.count == 7 || t.count == 6, let wIndex = t.firstIndex(of: "W") else { return nil }
        guard let year = Int(t[t.startIndex..<wIndex]), let week = Int(t[t.index(after: wIndex)...]),
              (1...53).contains(week), let jan4 = CalendarDate(year: year, month: 1, day: 4) else { return nil }
        let week1Monday = jan4.adding(days: -jan4.weekday.isoIndex)
        let monday = week1Monday.adding(days: 7 * (week - 1))
        guard Week.isoWeek(of: monday).year == year else { return nil }  // W53 that does not exist
        self.init(containing: monday, weekStart: .monday)
        if weekStart == .sunday { self = Week(containing: monday.adding(days: -1), weekStart: .sunday) }
    }

    public static func < (a: Week, b: Week) -> Bool { a.start < b.start }
}
