import FoundationEssentials
import RoundsCore

/// The one place "today" is computed: the calendar day of an instant in the plan's time zone
/// (the zone the plan's dates and times are in). The planner sends it with every tick.
enum PlanClock {
    /// Today at `now` in `timeZone` (an IANA name such as `Europe/Madrid`; an unknown name is UTC).
    static func today(at now: Timestamp, timeZone: String) -> CalendarDate {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")
        let offset = zone.map { Int64($0.secondsFromGMT(for: Date(timeIntervalSince1970: Double(now.secondsSince1970)))) } ?? 0
        return Timestamp(secondsSince1970: now.secondsSince1970 + offset).date
    }
}
