import RoundsCore

/// The one place the planner computes "today": the calendar day of an instant in the plan's
/// time zone (the zone the plan's dates and times are in), read from the system's tzdata like
/// every command does (`AppEnvironment.zone(named:)`). The planner sends it with every tick.
enum PlanClock {
    /// Today at `now` in `timeZone` (an IANA name such as `Europe/Madrid`; an unknown name is UTC).
    static func today(at now: Timestamp, timeZone: String, environment: [String: String]) -> CalendarDate {
        let zone = (try? AppEnvironment(variables: environment).zone(named: timeZone)) ?? .utc
        return zone.today(at: now)
    }
}
