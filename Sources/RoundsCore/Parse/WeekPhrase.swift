/// Reads the weeks a doctor types, for the CLI's `--week` and the planner's `g`: `2026-W48`,
/// `this`, `next`, `last` (also `current`, `previous`), or any date phrase in the week.
public enum WeekPhrase {
    public static func parse(_ text: String, today: CalendarDate, weekStart: WeekStart) -> Week? {
        let t = text.trimmingSpaces
        if let w = Week(iso: t, weekStart: weekStart) { return w }
        let here = Week(containing: today, weekStart: weekStart)
        switch t.lowercased() {
        case "this", "current", "this week": return here
        case "next", "next week": return here.adding(weeks: 1)
        case "last", "previous", "last week": return here.adding(weeks: -1)
        default: break
        }
        if let d = DatePhrase.parse(t, today: today) { return Week(containing: d, weekStart: weekStart) }
        return nil
    }
}

extension Week {
    /// The day of this week that falls on `weekday`.
    public func day(_ weekday: Weekday) -> CalendarDate {
        start.adding(days: (weekday.isoIndex - start.weekday.isoIndex + 7) % 7)
    }
}
