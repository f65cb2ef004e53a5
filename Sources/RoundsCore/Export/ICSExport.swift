import FoundationEssentials

/// RFC 5545 iCalendar: one VEVENT per post with a stable UID, so that importing the file again
/// into a calendar updates the events instead of duplicating them.
enum ICSExport {
    static let prodID = "-//Rounds//Rounds content planner//EN"

    static func render(_ plan: Plan, posts: some Collection<Post>) -> String {
        var out = ""
        out.reserveCapacity(posts.count * 600)
        line("BEGIN:VCALENDAR", &out)
        line("VERSION:2.0", &out)
        line("PRODID:" + prodID, &out)
        line("CALSCALE:GREGORIAN", &out)
        line("METHOD:PUBLISH", &out)
        line("X-WR-CALNAME:" + escape("Rounds" + (plan.profile.name.isEmpty ? "" : " · " + plan.profile.name)), &out)
        let zone = TimeZone(identifier: plan.profile.timeZone) ?? TimeZone(identifier: "UTC")
        var themeNames: [String: String] = [:]
        for t in plan.themes { themeNames[t.id] = t.name }
        for p in posts {
            guard let date = p.date else { continue }
            let themeName = themeNames[p.themeID] ?? p.themeID
            line("BEGIN:VEVENT", &out)
            line("UID:\(p.id)@rounds", &out)
            line("DTSTAMP:" + basic(p.updated), &out)
            if let time = p.time {
                // A local time in the plan's zone, written as UTC: exact without a VTIMEZONE.
                let local = Int64(date.dayNumber) * 86_400 + Int64(time.minutes) * 60
                let offset = zone.map { utcOffset(of: local, in: $0) } ?? 0
                let start = Timestamp(secondsSince1970: local - Int64(offset))
                line("DTSTART:" + basic(start), &out)
                line("DURATION:PT30M", &out)
            } else {
                line("DTSTART;VALUE=DATE:" + basic(date), &out)
                line("DTEND;VALUE=DATE:" + basic(date.adding(days: 1)), &out)
            }
            line("SUMMARY:" + escape("[\(themeName)] \(p.title)"), &out)
            if !p.body.isEmpty { line("DESCRIPTION:" + escape(p.body), &out) }
            line("CATEGORIES:" + escape(themeName), &out)
            line("STATUS:" + (p.status >= .ready ? "CONFIRMED" : "TENTATIVE"), &out)
            line("CREATED:" + basic(p.created), &out)
            line("LAST-MODIFIED:" + basic(p.updated), &out)
            // Our own fields, for a lossless import back into Rounds.
            line("X-ROUNDS-THEME:" + escape(p.themeID), &out)
            line("X-ROUNDS-STATUS:" + p.status.rawValue, &out)
            if !p.platforms.isEmpty { line("X-ROUNDS-PLATFORMS:" + p.platforms.map(escape).joined(separator: ","), &out) }
            if !p.hashtags.isEmpty { line("X-ROUNDS-HASHTAGS:" + p.hashtags.map(escape).joined(separator: ","), &out) }
            if !p.notes.isEmpty { line("X-ROUNDS-NOTES:" + escape(p.notes), &out) }
            if let c = p.consent { line("X-ROUNDS-CONSENT:" + escape(CSVExport.consentField(c)), &out) }
            line("END:VEVENT", &out)
        }
        line("END:VCALENDAR", &out)
        return out
    }

    /// Seconds east of UTC for a wall-clock time in a zone.
    static func utcOffset(of localSeconds: Int64, in zone: TimeZone) -> Int {
        // Guess with the offset at the same instant read as UTC, then correct once (DST edges).
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(localSeconds)))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(localSeconds - Int64(guess))))
    }

    static func basic(_ d: CalendarDate) -> String {
        var s = ""
        CalendarDate.pad(d.year, 4, into: &s)
        CalendarDate.pad(d.month, 2, into: &s)
        CalendarDate.pad(d.day, 2, into: &s)
        return s
    }

    /// `20261127T093000Z`.
    static func basic(_ t: Timestamp) -> String {
        let day = t.date
        let secs = Int(t.secondsSince1970 - Int64(day.dayNumber) * 86_400)
        var s = basic(day)
        s.append("T")
        CalendarDate.pad(secs / 3600, 2, into: &s)
        CalendarDate.pad(secs / 60 % 60, 2, into: &s)
        CalendarDate.pad(secs % 60, 2, into: &s)
        s.append("Z")
        return s
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.
    static func escape(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 16)
            var i = 0
            while i < u.count {
                let b = u[i]
                switch b {
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x3B: out.append(0x5C); out.append(0x3B)
                case 0x2C: out.append(0x5C); out.append(0x2C)
                case 0x0D:
                    out.append(0x5C); out.append(0x6E)
                    if i + 1 < u.count, u[i + 1] == 0x0A { i += 1 }
                case 0x0A: out.append(0x5C); out.append(0x6E)
                default: out.append(b)
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends a content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-ended.
    static func line(_ content: String, _ out: inout String) {
        var content = content
        content.withUTF8 { bytes in
            if bytes.count <= 75 {
                out.append(String(decoding: bytes, as: UTF8.self))
                out.append("\r\n")
                return
            }
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count + bytes.count / 74 * 3 + 2)
            var start = 0
            var limit = 75
            while start < bytes.count {
                var end = min(bytes.count, start + limit)
                // Back up to the start of a UTF-8 sequence.
                while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                if start > 0 { folded.append(0x20) }
                folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                folded.append(0x0D)
                folded.append(0x0A)
                start = end
                limit = 74  // a continuation line starts with a space
            }
            out.append(String(decoding: folded, as: UTF8.self))
        }
    }
}
