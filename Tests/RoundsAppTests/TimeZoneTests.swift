import Foundation
import Testing
import RoundsApp
import RoundsCore
import RoundsTestSupport

/// Local wall-clock times to UTC with the system's tzdata (the files the app reads), across
/// DST gaps and overlaps, half-hour DST and a +05:45 zone; checked against a literal table and
/// against Python's `zoneinfo` reading the same files.
@Suite("Time zones")
struct TimeZoneTests {
    static let zones = ["Asia/Tokyo", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu"]
    let env = AppEnvironment(variables: [:])

    struct Case: CustomStringConvertible {
        var zone: String, local: String, utc: String, why: String
        var description: String { "\(zone) \(local): \(why)" }
    }

    /// Zones × dates × times → UTC. A time in a spring-forward gap moves forward by the gap; a
    /// time that happens twice is the first occurrence (RFC 5545, and what calendars do).
    static let table: [Case] = [
        Case(zone: "Asia/Tokyo", local: "2026-12-08 09:00", utc: "2026-12-08T00:00:00Z", why: "+09:00, no DST"),
        Case(zone: "Asia/Tokyo", local: "2026-01-01 00:00", utc: "2025-12-31T15:00:00Z", why: "the previous UTC day"),
        Case(zone: "Asia/Tokyo", local: "9999-12-31 23:59", utc: "9999-12-31T14:59:00Z", why: "the last day a plan holds"),
        Case(zone: "America/New_York", local: "2026-12-08 09:00", utc: "2026-12-08T14:00:00Z", why: "EST"),
        Case(zone: "America/New_York", local: "2026-07-01 12:00", utc: "2026-07-01T16:00:00Z", why: "EDT"),
        Case(zone: "America/New_York", local: "2026-03-08 01:59", utc: "2026-03-08T06:59:00Z", why: "a minute before spring forward"),
        Case(zone: "America/New_York", local: "2026-03-08 02:30", utc: "2026-03-08T07:30:00Z", why: "in the gap: 03:30 EDT"),
        Case(zone: "America/New_York", local: "2026-03-08 03:00", utc: "2026-03-08T07:00:00Z", why: "the first minute of EDT"),
        Case(zone: "America/New_York", local: "2026-11-01 00:30", utc: "2026-11-01T04:30:00Z", why: "before fall back"),
        Case(zone: "America/New_York", local: "2026-11-01 01:30", utc: "2026-11-01T05:30:00Z", why: "twice: the first (EDT)"),
        Case(zone: "America/New_York", local: "2026-11-01 02:00", utc: "2026-11-01T07:00:00Z", why: "after fall back (EST)"),
        Case(zone: "America/New_York", local: "2040-07-01 12:00", utc: "2040-07-01T16:00:00Z", why: "after the file's transitions: the footer rule"),
        Case(zone: "America/New_York", local: "2099-03-08 02:30", utc: "2099-03-08T07:30:00Z", why: "a gap found by the footer rule"),
        Case(zone: "Europe/London", local: "2026-12-08 09:00", utc: "2026-12-08T09:00:00Z", why: "GMT"),
        Case(zone: "Europe/London", local: "2026-06-15 09:00", utc: "2026-06-15T08:00:00Z", why: "BST"),
        Case(zone: "Europe/London", local: "2026-03-29 01:30", utc: "2026-03-29T01:30:00Z", why: "in the gap: 02:30 BST"),
        Case(zone: "Europe/London", local: "2026-10-25 01:30", utc: "2026-10-25T00:30:00Z", why: "twice: the first (BST)"),
        Case(zone: "Australia/Lord_Howe", local: "2026-12-08 09:00", utc: "2026-12-07T22:00:00Z", why: "+11:00 (summer)"),
        Case(zone: "Australia/Lord_Howe", local: "2026-07-01 09:00", utc: "2026-06-30T22:30:00Z", why: "+10:30 (winter)"),
        Case(zone: "Australia/Lord_Howe", local: "2026-10-04 02:15", utc: "2026-10-03T15:45:00Z", why: "in the 30-minute gap: 02:45"),
        Case(zone: "Australia/Lord_Howe", local: "2026-04-05 01:45", utc: "2026-04-04T14:45:00Z", why: "twice: the first (+11:00)"),
        Case(zone: "Australia/Lord_Howe", local: "2026-04-05 02:00", utc: "2026-04-04T15:30:00Z", why: "after the half-hour fall back"),
        Case(zone: "Asia/Kathmandu", local: "2026-12-08 09:00", utc: "2026-12-08T03:15:00Z", why: "+05:45"),
        Case(zone: "Asia/Kathmandu", local: "1985-06-01 12:00", utc: "1985-06-01T06:30:00Z", why: "+05:30 before 1986"),
    ]

    static func parseLocal(_ s: String) -> (CalendarDate, TimeOfDay) {
        let parts = s.split(separator: " ")
        return (Fixtures.date(String(parts[0])), TimeOfDay(String(parts[1]))!)
    }

    @Test("the zone table against the system tzdata", arguments: table)
    func tableCase(_ c: Case) throws {
        let zone = try env.zone(named: c.zone)
        let (date, time) = Self.parseLocal(c.local)
        #expect(zone.instant(of: date, time).iso == c.utc, "\(c)")
    }

    /// Every quarter hour of 2026 and the first of each month of far years, in each zone,
    /// converted by us and by Python's zoneinfo (fold=0: the same gap and overlap rules).
    @Test("every quarter hour of 2026 agrees with Python's zoneinfo")
    func sweepAgainstPython() throws {
        var locals: [(CalendarDate, TimeOfDay)] = []
        let start = Fixtures.date("2026-01-01")
        for day in 0..<365 {
            for q in 0..<96 { locals.append((start.adding(days: day), TimeOfDay(hour: q / 4, minute: q % 4 * 15)!)) }
        }
        for year in [1975, 2000, 2037, 2040, 2100, 2500, 9998] {
            for month in 1...12 {
                for hour in [0, 1, 2, 3, 12] { locals.append((CalendarDate(year: year, month: month, day: 1)!, TimeOfDay(hour: hour, minute: 30)!)) }
            }
        }
        let input = locals.map { "\($0.0.iso) \($0.1)" }.joined(separator: "\n") + "\n"
        for name in Self.zones {
            let script = """
                import sys
                from datetime import datetime, timezone
                from zoneinfo import ZoneInfo
                z = ZoneInfo(sys.argv[1])
                out = []
                for line in sys.stdin:
                    d, t = line.split()
                    y, m, dd = map(int, d.split('-')); h, mi = map(int, t.split(':'))
                    u = datetime(y, m, dd, h, mi, tzinfo=z, fold=0).astimezone(timezone.utc)
                    out.append(u.strftime('%Y-%m-%dT%H:%M:%SZ'))
                print('\\n'.join(out))
                """
            let r = Spawn.run("/usr/bin/python3", ["-c", script, name], env: ["TZDIR": "/usr/share/zoneinfo", "PYTHONTZPATH": "/usr/share/zoneinfo"], stdinText: input)
            try #require(r.status == 0, "python3 zoneinfo failed: \(r.stderr)")
            let expected = r.stdout.split(separator: "\n").map(String.init)
            try #require(expected.count == locals.count)
            let zone = try env.zone(named: name)
            var mismatches: [String] = []
            for (i, (date, time)) in locals.enumerated() where zone.instant(of: date, time).iso != expected[i] {
                mismatches.append("\(date.iso) \(time): ours \(zone.instant(of: date, time).iso), zoneinfo \(expected[i])")
            }
            #expect(mismatches.isEmpty, "\(name): \(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
        }
    }

    @Test("instants back to wall-clock times agree with Python's zoneinfo")
    func reverseAgainstPython() throws {
        // Every 37 minutes over 2025–2027 (catching each transition), and far instants.
        var instants: [Int64] = []
        var t: Int64 = 1_735_689_600  // 2025-01-01T00:00:00Z
        while t < 1_830_297_600 { instants.append(t); t += 37 * 60 }
        instants += [0, 2_208_988_800, 4_102_444_800, 253_400_000_000]
        let input = instants.map(String.init).joined(separator: "\n") + "\n"
        for name in Self.zones {
            let script = """
                import sys
                from datetime import datetime, timezone
                from zoneinfo import ZoneInfo
                z = ZoneInfo(sys.argv[1])
                print('\\n'.join(datetime.fromtimestamp(int(l), tz=z).strftime('%Y-%m-%d %H:%M') for l in sys.stdin))
                """
            let r = Spawn.run("/usr/bin/python3", ["-c", script, name], env: ["PYTHONTZPATH": "/usr/share/zoneinfo"], stdinText: input)
            try #require(r.status == 0, "python3 zoneinfo failed: \(r.stderr)")
            let expected = r.stdout.split(separator: "\n").map(String.init)
            try #require(expected.count == instants.count)
            let zone = try env.zone(named: name)
            var mismatches: [String] = []
            for (i, s) in instants.enumerated() {
                let l = zone.local(Timestamp(secondsSince1970: s))
                if "\(l.date.iso) \(l.time)" != expected[i] { mismatches.append("\(s): ours \(l.date.iso) \(l.time), zoneinfo \(expected[i])") }
            }
            #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(5))")
        }
    }

    @Test("zone names that could reach another file are refused, and damaged zone files too")
    func badNames() throws {
        for name in ["../../etc/passwd", "/etc/localtime", "Europe/../../x", "", "Mars/Base", "Europe/", "-x"] {
            #expect(throws: TimeZoneError.self, "\(name)") { try env.zone(named: name) }
        }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: "/usr/share/zoneinfo/Europe/London")))
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            // A cut file is refused or read; it never traps.
            _ = try? TimeZoneRules(name: "x", tzif: Array(bytes.prefix(cut)))
        }
        #expect(throws: TimeZoneError.self) { try TimeZoneRules(name: "x", tzif: Array("not a zone".utf8)) }
    }
}
