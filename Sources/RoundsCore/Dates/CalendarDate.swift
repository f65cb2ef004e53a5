/// A day on the calendar, with no time and no time zone.
///
/// Posts are planned for a day, not an instant: storing a `Date` would let a time-zone or DST
/// change move a post to the neighbouring day. All arithmetic here is on the proleptic
/// Gregorian calendar, via a day number (days since 1970-01-01), with no Foundation calendar.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Packed (4 + 1 + 1 bytes, not three words): a plan of 100,000 posts holds a date in each.
    private let y: Int16
    private let m: UInt8
    private let d: UInt8
    public var year: Int { Int(y) }
    public var month: Int { Int(m) }
    public var day: Int { Int(d) }

    /// Creates a date, or nil when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month) else { return nil }
        self.y = Int16(year)
        self.m = UInt8(month)
        self.d = UInt8(day)
    }

    /// The first and last days a plan file can hold (four-digit years). Date arithmetic stops
    /// at them: a jump or an offset past either end lands on it, so every date the planner
    /// makes can be saved and read back.
    public static let earliest = CalendarDate(dayNumber: earliestDayNumber)
    public static let latest = CalendarDate(dayNumber: latestDayNumber)
    static let earliestDayNumber = -719_162  // 0001-01-01
    static let latestDayNumber = 2_932_896  // 9999-12-31

    /// The date of a day number (days since 1970-01-01), kept within `earliest...latest`.
    public init(dayNumber: Int) {
        let n = min(max(dayNumber, CalendarDate.earliestDayNumber), CalendarDate.latestDayNumber)
        // Howard Hinnant's civil_from_days.
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.y = Int16(yoe + era * 400 + (m <= 2 ? 1 : 0))
        self.m = UInt8(m)
        self.d = UInt8(d)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The date `days` later (earlier when negative), stopping at `earliest` and `latest`.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return CalendarDate(dayNumber: overflow ? (days > 0 ? Int.max : Int.min) : sum)
    }

    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Ten ASCII bytes written in place (years are 1…9999): a plan's dates are written by
        // the tens of thousands in a save or an export.
        String(unsafeUninitializedCapacity: 10) { b in
            func put(_ value: Int, at start: Int, width: Int) {
                var v = value
                for k in stride(from: start + width - 1, through: start, by: -1) {
                    b[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                    v /= 10
                }
            }
            put(year, at: 0, width: 4)
            b[4] = 0x2D
            put(month, at: 5, width: 2)
            b[7] = 0x2D
            put(day, at: 8, width: 2)
            return 10
        }
    }

    public var description: String { iso }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        var text = String(text)
        guard text.utf8.count == 10 else { return nil }
        let parsed: (Int, Int, Int)? = text.withUTF8 { u in CalendarDate.parseISO(u) }
        guard let (y, m, d) = parsed else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Exactly `YYYY-MM-DD`, as bytes (the plan reader's fast path).
    init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
        guard u.count == 10, let (y, m, d) = CalendarDate.parseISO(u) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of `YYYY-MM-DD` bytes, unchecked for existence.
    static func parseISO(_ u: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                let c = u[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        return (y, m, d)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func pad(_ value: Int, _ width: Int, into s: inout String) {
        let digits = String(value)
        if digits.count < width { s.append(String(repeating: "0", count: width - digits.count)) }
        s.append(digits)
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    public var shortMonthName: String { String(CalendarDate.monthNames[month - 1].prefix(3)) }
}

/// Days of the week, Monday first (ISO 8601).
public enum Weekday: String, CaseIterable, Codable, Sendable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 0 for Monday … 6 for Sunday.
    public var isoIndex: Int {
        switch self {
        case .monday: 0
        case .tuesday: 1
        case .wednesday: 2
        case .thursday: 3
        case .friday: 4
        case .saturday: 5
        case .sunday: 6
        }
    }

    public var shortName: String { String(name.prefix(3)) }
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.isoIndex < b.isoIndex }

    /// Accepts `mon`, `monday`, `Mon` …
    public init?(abbreviation text: String) {
        let t = text.lowercased()
        guard t.count >= 2, let match = Weekday.allCases.first(where: { $0.rawValue.hasPrefix(t) }) else { return nil }
        self = match
    }
}

/// The first day of the plan's week.
public enum WeekStart: String, Codable, Sendable, CaseIterable {
    case monday, sunday
}
