/// How an observance is placed on the calendar each year, as the organiser states it:
/// "14 November", "18–24 November", "February", "the second Wednesday of March", "the last
/// week of April", "the week starting on Mother's Day (the second Sunday of May)".
///
/// Rules are written as short phrases in the data files (`parse`), and placed with pure date
/// arithmetic (`place(in:)`): no clock, no calendar library.
public enum ObservanceRule: Hashable, Sendable {
    /// One day, found by `DayRule`.
    case day(DayRule)
    /// From one day to another, both inclusive; an end before the start is in the next year.
    case range(DayRule, DayRule)
    /// A whole calendar month (1...12).
    case month(Int)
    /// `days` days starting on a day.
    case starting(DayRule, days: Int)
    /// `days` days ending on a day.
    case ending(DayRule, days: Int)

    /// A day of a given year.
    public indirect enum DayRule: Hashable, Sendable {
        /// A month and day (`02-29` is the 28th in common years).
        case date(month: Int, day: Int)
        /// The nth weekday of a month (1...5); -1 is the last.
        case weekday(Int, Weekday, month: Int)
        /// The last day of a month.
        case lastDay(month: Int)
        /// Some days after (or, when negative, before) another day.
        case offset(Int, DayRule)

        /// The day in `year`, or nil when it does not exist (a fifth Monday that month).
        public func place(in year: Int) -> CalendarDate? {
            guard (1...9999).contains(year) else { return nil }
            switch self {
            case .date(let m, let d):
                return CalendarDate(year: year, month: m, day: min(d, CalendarDate.daysInMonth(year: year, month: m)))
            case .lastDay(let m):
                return CalendarDate(year: year, month: m, day: CalendarDate.daysInMonth(year: year, month: m))
            case .weekday(let n, let wd, let m):
                if n > 0 {
                    guard let first = CalendarDate(year: year, month: m, day: 1) else { return nil }
                    let shift = (wd.isoIndex - first.weekday.isoIndex + 7) % 7
                    let day = 1 + shift + 7 * (n - 1)
                    return CalendarDate(year: year, month: m, day: day)
                }
                guard let last = CalendarDate(year: year, month: m, day: CalendarDate.daysInMonth(year: year, month: m)) else { return nil }
                let back = (last.weekday.isoIndex - wd.isoIndex + 7) % 7
                return last.adding(days: -back)
            case .offset(let n, let base):
                guard let b = base.place(in: year) else { return nil }
                let d = b.adding(days: n)
                return d.days(until: b) == -n ? d : nil  // not clamped at the calendar's ends
            }
        }

        /// The phrase this rule is written as.
        public var phrase: String {
            switch self {
            case .date(let m, let d): return ObservanceRule.two(m) + "-" + ObservanceRule.two(d)
            case .lastDay(let m): return "last day of " + ObservanceRule.monthWords[m - 1]
            case .weekday(let n, let wd, let m):
                return ObservanceRule.ordinalWords[n == -1 ? 0 : n] + " " + wd.rawValue + " of " + ObservanceRule.monthWords[m - 1]
            case .offset(let n, let base):
                return "\(abs(n)) day\(abs(n) == 1 ? "" : "s") \(n < 0 ? "before" : "after") " + base.phrase
            }
        }
    }

    /// The first and last day of the occurrence that starts in `year`, or nil when the rule
    /// has no day that year.
    public func place(in year: Int) -> ClosedRange<CalendarDate>? {
        switch self {
        case .day(let d):
            guard let day = d.place(in: year) else { return nil }
            return day...day
        case .range(let a, let b):
            guard let s = a.place(in: year), let e0 = b.place(in: year) else { return nil }
            if e0 >= s { return s...e0 }
            guard let e1 = b.place(in: year + 1), e1 >= s else { return nil }
            return s...e1
        case .month(let m):
            guard let s = CalendarDate(year: year, month: m, day: 1),
                  let e = CalendarDate(year: year, month: m, day: CalendarDate.daysInMonth(year: year, month: m)) else { return nil }
            return s...e
        case .starting(let d, let n):
            guard let s = d.place(in: year) else { return nil }
            let e = s.adding(days: n - 1)
            return s.days(until: e) == n - 1 ? s...e : nil
        case .ending(let d, let n):
            guard let e = d.place(in: year) else { return nil }
            let s = e.adding(days: -(n - 1))
            return s.days(until: e) == n - 1 ? s...e : nil
        }
    }

    /// True for a rule that covers a whole month (shown in the week's header, not on a day).
    public var isMonth: Bool {
        if case .month = self { return true }
        return false
    }

    /// The phrase this rule is written as in a data file.
    public var phrase: String {
        switch self {
        case .day(let d): return d.phrase
        case .range(let a, let b): return a.phrase + " to " + b.phrase
        case .month(let m): return "month of " + ObservanceRule.monthWords[m - 1]
        case .starting(let d, let n): return "\(n) days from " + d.phrase
        case .ending(let d, let n): return "\(n) days to " + d.phrase
        }
    }

    // MARK: - Parsing

    /// A rule phrase that could not be read: where in the phrase (a character offset) and why.
    public struct ParseError: Error, Equatable, Sendable {
        public var offset: Int
        public var problem: String
    }

    /// Reads a rule phrase:
    ///
    /// - `11-14` (a date), `11-18 to 11-24` (a range; either end may be any day phrase)
    /// - `month of february`
    /// - `second wednesday of march`, `last monday of may`, `last day of february`
    /// - `last 7 days of april` (the month's last week)
    /// - `7 days from second sunday of may`, `7 days to third sunday of june`
    /// - `1 day after fourth thursday of november`, `2 days before 05-01`
    public static func parse(_ text: String) throws(ParseError) -> ObservanceRule {
        var words: [(word: String, offset: Int)] = []
        var current = "", start = 0
        for (i, c) in text.lowercased().enumerated() {
            if c == " " || c == "\t" {
                if !current.isEmpty { words.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = i }
                current.append(c)
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        var p = Parser(words: words, length: text.count)
        let rule = try p.rule()
        if p.index < words.count { throw p.fail("unexpected '\(words[p.index].word)' after the rule") }
        return rule
    }

    struct Parser {
        let words: [(word: String, offset: Int)]
        let length: Int
        var index = 0

        var peek: String? { index < words.count ? words[index].word : nil }

        func fail(_ problem: String) -> ParseError {
            ParseError(offset: index < words.count ? words[index].offset : length, problem: problem)
        }

        mutating func expect(_ word: String) throws(ParseError) {
            guard peek == word else { throw fail("expected '\(word)'" + (peek.map { ", found '\($0)'" } ?? "")) }
            index += 1
        }

        mutating func rule() throws(ParseError) -> ObservanceRule {
            guard let first = peek else { throw fail("expected a rule such as '04-07', 'month of february' or 'second wednesday of march'") }
            if first == "month" {
                index += 1
                try expect("of")
                return .month(try month())
            }
            if first == "last", index + 2 < words.count, Int(words[index + 1].word) != nil, words[index + 2].word == "days" {
                // last N days of MONTH
                index += 1
                let n = try count()
                try expect("days")
                try expect("of")
                let m = try month()
                return .starting(.offset(-(n - 1), .lastDay(month: m)), days: n)
            }
            if let n = Int(first), index + 2 < words.count, ["day", "days"].contains(words[index + 1].word),
               ["from", "to"].contains(words[index + 2].word) {
                _ = try count()
                index += 1
                let ending = peek == "to"
                index += 1
                let d = try day()
                return ending ? .ending(d, days: n) : .starting(d, days: n)
            }
            let d = try day()
            if peek == "to" {
                index += 1
                return .range(d, try day())
            }
            return .day(d)
        }

        mutating func count() throws(ParseError) -> Int {
            guard let w = peek, let n = Int(w), (1...366).contains(n) else { throw fail("expected a number of days from 1 to 366") }
            index += 1
            return n
        }

        mutating func day() throws(ParseError) -> DayRule {
            guard let w = peek else { throw fail("expected a day: 04-07, second wednesday of march, last day of february") }
            if let n = Int(w), index + 2 < words.count, ["day", "days"].contains(words[index + 1].word),
               ["after", "before"].contains(words[index + 2].word) {
                _ = try count()
                index += 1
                let before = peek == "before"
                index += 1
                return .offset(before ? -n : n, try day())
            }
            if w.utf8.count == 5, let (m, d) = ObservanceRule.monthDay(w) {
                guard (1...12).contains(m), d >= 1, d <= CalendarDate.daysInMonth(year: 2000, month: m) else {
                    throw fail("'\(w)' is not a day of the year (MM-DD)")
                }
                index += 1
                return .date(month: m, day: d)
            }
            guard let n = ObservanceRule.ordinalWords.firstIndex(of: w) else {
                throw fail("expected a day: MM-DD, 'first'…'fifth' or 'last' weekday of a month, or 'last day of' a month; found '\(w)'")
            }
            index += 1
            guard let name = peek else { throw fail("expected a weekday after '\(w)'") }
            if name == "day", n == 0 {
                index += 1
                try expect("of")
                return .lastDay(month: try month())
            }
            guard let wd = Weekday(rawValue: name) ?? Weekday(abbreviation: name), name.count >= 3 else {
                throw fail("expected a weekday (monday … sunday), found '\(name)'")
            }
            index += 1
            try expect("of")
            return .weekday(n == 0 ? -1 : n, wd, month: try month())
        }

        mutating func month() throws(ParseError) -> Int {
            guard let w = peek else { throw fail("expected a month (january … december)") }
            guard w.count >= 3, let m = ObservanceRule.monthWords.firstIndex(where: { $0.hasPrefix(w) }) else {
                throw fail("expected a month (january … december), found '\(w)'")
            }
            index += 1
            return m + 1
        }
    }

    static let monthWords = CalendarDate.monthNames.map { $0.lowercased() }
    /// Index 0 is "last"; 1...5 the ordinals.
    static let ordinalWords = ["last", "first", "second", "third", "fourth", "fifth"]

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func monthDay(_ w: String) -> (Int, Int)? {
        let u = Array(w.utf8)
        guard u.count == 5, u[2] == UInt8(ascii: "-") else { return nil }
        func digit(_ c: UInt8) -> Int? { c >= 48 && c <= 57 ? Int(c - 48) : nil }
        guard let a = digit(u[0]), let b = digit(u[1]), let c = digit(u[3]), let d = digit(u[4]) else { return nil }
        return (a * 10 + b, c * 10 + d)
    }
}
