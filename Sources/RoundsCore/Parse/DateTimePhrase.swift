/// Reads "a date and a time" as typed to move a post: `2026-12-02 09:30`, `fri 10:00`,
/// `next fri`, `10:30` (the time only), `fri none` (no time), or `none` (back to the backlog).
public enum DateTimePhrase: Equatable, Sendable {
    /// Back to the ideas backlog: no date, no time.
    case backlog
    /// A new date and/or time (nil: unchanged); a time of `.none` clears it.
    case change(date: CalendarDate?, time: TimeChange?)

    /// A time, or none.
    public struct TimeChange: Equatable, Sendable {
        public var value: TimeOfDay?
        public init(_ value: TimeOfDay?) { self.value = value }
    }

    /// Nil when the text is not a date and time. `week`: the shown week, for day names.
    public static func parse(_ text: String, today: CalendarDate, week: Week? = nil) -> DateTimePhrase? {
        let t = text.trimmingSpaces
        if t.lowercased() == "none" { return .backlog }
        var rest = t.split(separator: " ").map(String.init)[...]
        guard !rest.isEmpty else { return nil }
        var date: CalendarDate?
        if rest.count >= 2, let d = DatePhrase.parse(rest.prefix(2).joined(separator: " "), today: today, week: week) {
            date = d
            rest = rest.dropFirst(2)
        } else if let w = rest.first, let d = DatePhrase.parse(w, today: today, week: week) {
            date = d
            rest = rest.dropFirst()
        }
        var time: TimeChange?
        if let w = rest.first {
            if w.lowercased() == "none" {
                time = TimeChange(nil)
            } else if let parsed = TimeOfDay(w) {
                time = TimeChange(parsed)
            } else {
                return nil
            }
            rest = rest.dropFirst()
        }
        guard rest.isEmpty, date != nil || time != nil else { return nil }
        return .change(date: date, time: time)
    }
}
