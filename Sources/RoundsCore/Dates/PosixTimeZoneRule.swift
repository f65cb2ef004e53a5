/// A POSIX `TZ` rule (`EST5EDT,M3.2.0,M11.1.0`, `<+1030>-10:30<+11>-11,M10.1.0,M4.1.0`), as the
/// footer of a TZif file states a zone's rules after its last listed transition.
///
/// Offsets in the string are west of UTC (`EST5` is UTC−5); `offset(atUTC:)` answers east.
struct PosixTimeZoneRule: Hashable, Sendable {
    /// Seconds east of UTC in standard time.
    let standard: Int
    /// Daylight saving time: its offset and when it starts and ends, if the zone has it.
    let daylight: Daylight?

    struct Daylight: Hashable, Sendable {
        let offset: Int
        let start: Rule
        let end: Rule
    }

    /// A day of the year and a time of day (seconds, may be negative or past 24 h).
    struct Rule: Hashable, Sendable {
        enum Day: Hashable, Sendable {
            /// `Jn`: day 1…365, February 29 never counted.
            case julian(Int)
            /// `n`: day 0…365, February 29 counted.
            case zeroBased(Int)
            /// `Mm.w.d`: weekday `d` (0 Sunday) of week `w` (5: the last) of month `m`.
            case monthWeekDay(month: Int, week: Int, weekday: Int)
        }
        let day: Day
        let time: Int

        /// The day this rule names in `year`, as a day number (any year: a rule of 9999 may end in 10000).
        func dayNumber(in year: Int) -> Int {
            switch day {
            case .julian(let n):
                let leapShift = CalendarDate.isLeap(year) && n >= 60 ? 1 : 0
                return Rule.days(year, 1, 1) + n - 1 + leapShift
            case .zeroBased(let n):
                return Rule.days(year, 1, 1) + n
            case .monthWeekDay(let month, let week, let weekday):
                let first = Rule.days(year, month, 1)
                // 1970-01-01 was a Thursday (4, with Sunday 0).
                let firstWeekday = ((first % 7) + 7 + 4) % 7
                var day = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
                let days = CalendarDate.daysInMonth(year: year, month: month)
                while day > days { day -= 7 }
                return first + day - 1
            }
        }

        /// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
        static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let mp = month > 2 ? month - 3 : month + 9
            let doy = (153 * mp + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146_097 + doe - 719_468
        }
    }

    init(standard: Int, daylight: Daylight?) {
        self.standard = standard
        self.daylight = daylight
    }

    /// Parses the string, or nil when it is not a POSIX rule.
    init?(_ text: String) {
        var s = Scanner(Array(text.utf8))
        guard s.name(), let std = s.offset() else { return nil }
        guard !s.atEnd else {
            self.init(standard: -std, daylight: nil)
            return
        }
        guard s.name() else { return nil }
        var dst = std - 3600
        if let o = s.offset() { dst = o }
        var start = Rule(day: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
        var end = Rule(day: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
        if s.take(0x2C) {
            guard let a = s.rule(), s.take(0x2C), let b = s.rule() else { return nil }
            start = a
            end = b
        }
        guard s.atEnd else { return nil }
        self.init(standard: -std, daylight: Daylight(offset: -dst, start: start, end: end))
    }

    func offset(atUTC t: Int64) -> Int {
        guard let daylight else { return standard }
        let year = Timestamp(secondsSince1970: t + Int64(standard)).date.year
        // Check this year's and the neighbours' daylight periods (a rule's time may pass midnight
        // and a southern zone's period spans the new year).
        for y in [year - 1, year, year + 1] {
            let start = Int64(daylight.start.dayNumber(in: y)) * 86_400 + Int64(daylight.start.time) - Int64(standard)
            var endYear = y
            if daylight.end.dayNumber(in: y) * 86_400 + daylight.end.time - daylight.offset
                <= daylight.start.dayNumber(in: y) * 86_400 + daylight.start.time - standard {
                endYear = y + 1  // southern hemisphere: the period ends the next year
            }
            let end = Int64(daylight.end.dayNumber(in: endYear)) * 86_400 + Int64(daylight.end.time) - Int64(daylight.offset)
            if t >= start, t < end { return daylight.offset }
        }
        return standard
    }

    private struct Scanner {
        let u: [UInt8]
        var i = 0
        init(_ u: [UInt8]) { self.u = u }

        var atEnd: Bool { i >= u.count }

        mutating func take(_ c: UInt8) -> Bool {
            guard i < u.count, u[i] == c else { return false }
            i += 1
            return true
        }

        /// `EST` (three or more letters) or `<+0545>`.
        mutating func name() -> Bool {
            if take(0x3C) {
                let begin = i
                while i < u.count, u[i] != 0x3E { i += 1 }
                guard i < u.count, i - begin >= 1 else { return false }
                i += 1
                return true
            }
            let begin = i
            while i < u.count, (u[i] >= 0x41 && u[i] <= 0x5A) || (u[i] >= 0x61 && u[i] <= 0x7A) { i += 1 }
            return i - begin >= 3
        }

        mutating func number() -> Int? {
            let begin = i
            var v = 0
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39, i - begin < 4 {
                v = v * 10 + Int(u[i] - 0x30)
                i += 1
            }
            return i > begin ? v : nil
        }

        /// `[+-]hh[:mm[:ss]]` in seconds.
        mutating func offset() -> Int? {
            var sign = 1
            if take(0x2D) { sign = -1 } else { _ = take(0x2B) }
            guard let h = number(), h <= 167 else { return nil }
            var total = h * 3600
            if take(0x3A) {
                guard let m = number(), m < 60 else { return nil }
                total += m * 60
                if take(0x3A) {
                    guard let sec = number(), sec < 60 else { return nil }
                    total += sec
                }
            }
            return sign * total
        }

        mutating func rule() -> Rule? {
            let day: Rule.Day
            if take(0x4A) {
                guard let n = number(), (1...365).contains(n) else { return nil }
                day = .julian(n)
            } else if take(0x4D) {
                guard let m = number(), (1...12).contains(m), take(0x2E), let w = number(), (1...5).contains(w),
                      take(0x2E), let d = number(), (0...6).contains(d) else { return nil }
                day = .monthWeekDay(month: m, week: w, weekday: d)
            } else {
                guard let n = number(), (0...365).contains(n) else { return nil }
                day = .zeroBased(n)
            }
            var time = 7200
            if take(0x2F) {
                guard let t = offset() else { return nil }
                time = t
            }
            return Rule(day: day, time: time)
        }
    }
}
