/// RFC 5545 iCalendar: one VEVENT per post with a stable UID, so that importing the file again
/// into a calendar updates the events instead of duplicating them.
enum ICSExport {
    static let prodID = "-//Rounds//Rounds content planner//EN"

    static func render(_ plan: Plan, posts: some Collection<Post>, zone: TimeZoneRules) -> String {
        var w = LineWriter()
        w.out.reserveCapacity(posts.count * 900)
        w.line("BEGIN:VCALENDAR")
        w.line("VERSION:2.0")
        w.line("PRODID:" + prodID)
        w.line("CALSCALE:GREGORIAN")
        w.line("METHOD:PUBLISH")
        w.line("X-WR-CALNAME:", text: "Rounds" + (plan.profile.name.isEmpty ? "" : " · " + plan.profile.name))
        var themeNames: [String: String] = [:]
        for t in plan.themes { themeNames[t.id] = t.name }
        for p in posts {
            guard let date = p.date else { continue }
            let themeName = themeNames[p.themeID] ?? p.themeID
            w.line("BEGIN:VEVENT")
            w.line("UID:" + p.id + "@rounds")
            w.line("DTSTAMP:", time: p.updated)
            if let time = p.time {
                // A local time in the plan's zone, written as UTC: exact without a VTIMEZONE.
                let start = zone.instant(of: date, time)
                w.line("DTSTART:", time: start)
                w.line("DURATION:PT30M")
            } else {
                w.line("DTSTART;VALUE=DATE:", date: date)
                w.line("DTEND;VALUE=DATE:", date: date.adding(days: 1))
            }
            w.line("SUMMARY:", text: "[" + themeName + "] " + p.title)
            if !p.body.isEmpty { w.line("DESCRIPTION:", text: p.body) }
            w.line("CATEGORIES:", text: themeName)
            w.line("STATUS:" + (p.status >= .ready ? "CONFIRMED" : "TENTATIVE"))
            w.line("CREATED:", time: p.created)
            w.line("LAST-MODIFIED:", time: p.updated)
            // Our own fields, for a lossless import back into Rounds.
            w.line("X-ROUNDS-THEME:", text: p.themeID)
            w.line("X-ROUNDS-STATUS:" + p.status.rawValue)
            if !p.platforms.isEmpty { w.line("X-ROUNDS-PLATFORMS:", list: p.platforms) }
            if !p.hashtags.isEmpty { w.line("X-ROUNDS-HASHTAGS:", list: p.hashtags) }
            if !p.notes.isEmpty { w.line("X-ROUNDS-NOTES:", text: p.notes) }
            if let c = p.consent { w.line("X-ROUNDS-CONSENT:", text: CSVExport.consentField(c)) }
            w.line("END:VEVENT")
        }
        w.line("END:VCALENDAR")
        return String(decoding: w.out, as: UTF8.self)
    }

    /// Content lines written as bytes: a line is gathered (escaped as it is added), then folded
    /// into the output. Building Strings line by line took most of an export's time.
    struct LineWriter {
        var out: [UInt8] = []
        private var pending: [UInt8] = []

        /// A line with no TEXT value to escape.
        mutating func line(_ content: String) {
            pending.removeAll(keepingCapacity: true)
            pending.append(contentsOf: content.utf8)
            flush()
        }

        /// `name` followed by `value` escaped as TEXT.
        mutating func line(_ name: String, text value: String) {
            pending.removeAll(keepingCapacity: true)
            pending.append(contentsOf: name.utf8)
            appendEscaped(value)
            flush()
        }

        /// `name` followed by the values escaped and joined by commas.
        mutating func line(_ name: String, list values: [String]) {
            pending.removeAll(keepingCapacity: true)
            pending.append(contentsOf: name.utf8)
            for (k, v) in values.enumerated() {
                if k > 0 { pending.append(0x2C) }
                appendEscaped(v)
            }
            flush()
        }

        private mutating func appendEscaped(_ value: String) {
            var value = value
            value.withUTF8 { u in
                // Runs without a special byte are copied whole.
                var run = 0
                var i = 0
                while i < u.count {
                    let b = u[i]
                    guard b == 0x5C || b == 0x3B || b == 0x2C || b == 0x0D || b == 0x0A else { i += 1; continue }
                    if run < i { pending.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<i])) }
                    pending.append(0x5C)
                    if b == 0x0D || b == 0x0A {
                        pending.append(0x6E)
                        if b == 0x0D, i + 1 < u.count, u[i + 1] == 0x0A { i += 1 }
                    } else {
                        pending.append(b)
                    }
                    i += 1
                    run = i
                }
                if run < u.count { pending.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<u.count])) }
            }
        }

        /// `name` followed by a UTC time in basic format, `20261127T093000Z`.
        mutating func line(_ name: String, time t: Timestamp) {
            pending.removeAll(keepingCapacity: true)
            pending.append(contentsOf: name.utf8)
            let day = t.date
            let secs = Int(t.secondsSince1970 - Int64(day.dayNumber) * 86_400)
            digits(day.year, 4); digits(day.month, 2); digits(day.day, 2)
            pending.append(0x54)  // T
            digits(secs / 3600, 2); digits(secs / 60 % 60, 2); digits(secs % 60, 2)
            pending.append(0x5A)  // Z
            flush()
        }

        /// `name` followed by a date in basic format, `20261127`.
        mutating func line(_ name: String, date d: CalendarDate) {
            pending.removeAll(keepingCapacity: true)
            pending.append(contentsOf: name.utf8)
            digits(d.year, 4); digits(d.month, 2); digits(d.day, 2)
            flush()
        }

        private mutating func digits(_ value: Int, _ width: Int) {
            guard value >= 0 else { pending.append(contentsOf: String(value).utf8); return }
            var v = value, n = 1
            while v >= 10 { v /= 10; n += 1 }
            for _ in n..<max(n, width) { pending.append(0x30) }
            var p = 1
            for _ in 1..<n { p *= 10 }
            v = value
            while p > 0 { pending.append(UInt8(0x30 + v / p)); v %= p; p /= 10 }
        }

        /// The pending line folded at 75 octets (never inside a UTF-8 sequence), CRLF-ended.
        private mutating func flush() {
            let count = pending.count
            if count <= 75 {
                out.append(contentsOf: pending)
                out.append(0x0D)
                out.append(0x0A)
                return
            }
            pending.withUnsafeBufferPointer { bytes in
                var start = 0
                var limit = 75
                while start < count {
                    var end = min(count, start + limit)
                    // Back up to the start of a UTF-8 sequence.
                    while end < count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                    if start > 0 { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    out.append(0x0D)
                    out.append(0x0A)
                    start = end
                    limit = 74  // a continuation line starts with a space
                }
            }
        }
    }
}
