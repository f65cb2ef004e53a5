import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// The plan's zone through the binary: `init` takes the system's, exports convert with it,
/// ics imports honour `TZID` and `Z`, and "today" is today there.
@Suite("Time zones through the binary")
struct TimeZoneCLITests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func rounds(_ args: String..., stdin: String? = nil, env: [String: String] = [:]) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan].merging(env) { $1 }, stdin: stdin)
    }

    func zoneInFile() -> String? {
        guard let text = home.text("plan.json"), let r = text.range(of: "\"timeZone\": \"") else { return nil }
        return String(text[r.upperBound...].prefix { $0 != "\"" })
    }

    @Test("init takes the zone from TZ, then /etc/localtime, unless --time-zone is given")
    func initZone() {
        #expect(rounds("init", env: ["TZ": "America/New_York"]).status == 0)
        #expect(zoneInFile() == "America/New_York")
        try? FileManager.default.removeItem(atPath: plan)
        #expect(rounds("init", env: ["TZ": ":Europe/London"]).status == 0)
        #expect(zoneInFile() == "Europe/London")
        try? FileManager.default.removeItem(atPath: plan)
        #expect(rounds("init", env: ["TZ": "/usr/share/zoneinfo/Asia/Kathmandu"]).status == 0)
        #expect(zoneInFile() == "Asia/Kathmandu")
        try? FileManager.default.removeItem(atPath: plan)
        #expect(rounds("init", "--time-zone", "Asia/Tokyo", env: ["TZ": "America/New_York"]).status == 0)
        #expect(zoneInFile() == "Asia/Tokyo")
        try? FileManager.default.removeItem(atPath: plan)
        let bad = rounds("init", "--time-zone", "Mars/Olympus")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--time-zone: unknown time zone 'Mars/Olympus'"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: plan))
    }

    @Test("ics exports convert with the plan's zone, across DST gaps and overlaps", arguments: [
        ("Asia/Tokyo", "2026-12-08", "09:00", "DTSTART:20261208T000000Z"),
        ("America/New_York", "2026-03-08", "02:30", "DTSTART:20260308T073000Z"),  // in the gap: 03:30 EDT
        ("America/New_York", "2026-11-01", "01:30", "DTSTART:20261101T053000Z"),  // twice: the first
        ("America/New_York", "2026-07-01", "09:00", "DTSTART:20260701T130000Z"),
        ("Europe/London", "2026-06-15", "09:00", "DTSTART:20260615T080000Z"),
        ("Australia/Lord_Howe", "2026-10-04", "02:15", "DTSTART:20261003T154500Z"),
        ("Asia/Kathmandu", "2026-12-08", "09:00", "DTSTART:20261208T031500Z"),
    ])
    func icsExport(_ c: (String, String, String, String)) {
        #expect(rounds("init", "--time-zone", c.0).status == 0)
        let add = rounds("add", "--date", c.1, "--time", c.2, "--theme", "health-tip", "--title", "Tip", "--force")
        #expect(add.status == 0, "\(add.stderr)")
        let ics = rounds("export", "--week", c.1, "--format", "ics")
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.contains(c.3 + "\r\n"), "\(c.0) \(c.1) \(c.2): \(ics.stdout)")
    }

    @Test("ics import honours TZID and Z, and an unknown TZID is refused")
    func icsImport() {
        #expect(rounds("init", "--time-zone", "Asia/Tokyo").status == 0)
        let file = home.file("in.ics")
        home.write("in.ics", """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            UID:one@example\r
            DTSTART;TZID=America/New_York:20261207T190000\r
            SUMMARY:[Health Tip] From New York\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:two@example\r
            DTSTART:20261209T003000Z\r
            SUMMARY:[Q&A] From UTC\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:three@example\r
            DTSTART;TZID="Europe/London":20261210T120000\r
            SUMMARY:[Success Story] From London\r
            END:VEVENT\r
            END:VCALENDAR\r

            """)
        let r = rounds("import", file)
        #expect(r.status == 0, "\(r.stderr)")
        let list = rounds("list", "--week", "2026-W50")
        // 19:00 EST is 09:00 the next day in Tokyo; 00:30Z is 09:30; 12:00 GMT is 21:00.
        #expect(list.stdout.contains("Tue 2026-12-08 09:00"), "\(list.stdout)")
        #expect(list.stdout.contains("Wed 2026-12-09 09:30"), "\(list.stdout)")
        #expect(list.stdout.contains("Thu 2026-12-10 21:00"), "\(list.stdout)")
        home.write("bad.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Eastern Time:20261207T190000\r\nSUMMARY:[Q&A] x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        let bad = rounds("import", home.file("bad.ics"))
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("time zone 'Eastern Time' is unknown"), "\(bad.stderr)")
    }

    @Test("today is today in the plan's zone")
    func todayInZone() {
        // 2026-11-29T20:00Z is Sunday evening in London and already Monday in Tokyo.
        #expect(rounds("init", "--time-zone", "Asia/Tokyo").status == 0)
        let tokyo = rounds("add", "--date", "today", "--theme", "health-tip", "--title", "T", env: ["ROUNDS_NOW": "2026-11-29T20:00:00Z"])
        #expect(tokyo.status == 0, "\(tokyo.stderr)")
        #expect(rounds("list", "--all").stdout.contains("Mon 2026-11-30"))
        let london = home.file("london.json")
        #expect(rounds("init", "--time-zone", "Europe/London", "--plan", london).status == 0)
        #expect(rounds("add", "--plan", london, "--date", "today", "--theme", "health-tip", "--title", "T", env: ["ROUNDS_NOW": "2026-11-29T20:00:00Z"]).status == 0)
        #expect(rounds("list", "--plan", london, "--all").stdout.contains("Sun 2026-11-29"))
    }
}
