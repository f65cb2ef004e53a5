/// Reads the dates a doctor types: `2026-11-30`, `today`, `tomorrow`, `yesterday`, `mon`,
/// `next fri`, `last wed`, `+3` (days from today). Today is an input, never read here.
/// With `week` (the planner's shown week), `mon`…`sun` and `this fri` mean that week's days.
public enum DatePhrase {
    public static func parse(_ text: String, today: CalendarDate, week: Week? = nil) -> CalendarDate? {
        let t = text.trimmingSpaces.lowercased()
        if let d = CalendarDate(iso: t) { return d }
        switch t {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        // +N or -N days, N up to ten years, in digits only ("+-5" or "--1000000000" is no date).
        if t.hasPrefix("+") || t.hasPrefix("-") {
            let digits = t.utf8.dropFirst()
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  let n = Int(t.dropFirst()), n <= 3650 else { return nil }
            return today.adding(days: t.hasPrefix("+") ? n : -n)
        }
        let words = t.split(separator: " ").map(String.init)
        switch words.count {
        case 1:
            // The next such day, today included.
            guard let wd = Weekday(abbreviation: words[0]) else { return nil }
            if let week { return week.day(wd) }
            return today.adding(days: (wd.isoIndex - today.weekday.isoIndex + 7) % 7)
        case 2:
            guard let wd = Weekday(abbreviation: words[1]) else { return nil }
            let delta = wd.isoIndex - today.weekday.isoIndex
            switch words[0] {
            case "next":
                // The day in next week (Monday-based), as people say it.
                return today.adding(days: 7 + delta)
            case "this":
                if let week { return week.day(wd) }
                return today.adding(days: delta)
            case "last":
                return today.adding(days: delta < 0 ? delta : delta - 7)
            default: return nil
            }
        default: return nil
        }
    }
}

extension String {
    /// The string without leading and trailing white space (no Foundation in the core).
    public var trimmingSpaces: String {
        // Most text starts and ends with a visible ASCII character: nothing to trim (an import
        // trims every field of every row).
        if let f = utf8.first, let l = utf8.last, f > 0x20, f < 0x7F, l > 0x20, l < 0x7F { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
