import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// `rounds observances`, and observances in `plan-week` and `check`, through the binary.
@Suite("Observances on the command line")
struct ObservanceCLITests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func rounds(_ args: String..., env: [String: String] = [:]) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan].merging(env) { $1 })
    }

    @Test("golden: observances --year 2027 --format json, the whole shipped set")
    func golden2027() {
        let r = rounds("observances", "--year", "2027", "--format", "json")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        assertSnapshot(r.stdout, named: "observances-2027-json")
    }

    @Test("a week, regions and tags choose what is listed; text names the organiser and source")
    func filters() {
        let week = rounds("observances", "--week", "2027-W14", "--region", "intl")
        #expect(week.status == 0, "\(week.stderr)")
        #expect(week.stdout == """
            Health observances 2027-04-05 to 2027-04-11: 1
            2027-04-07            Wed  World Health Day · World Health Organization · intl
                                       https://www.who.int/campaigns/world-health-day

            """)
        let cardio = rounds("observances", "--year", "2027", "--region", "uk", "--region", "intl", "--tag", "cardiology", "--format", "json")
        #expect(cardio.stdout.contains("\"id\": \"world-heart-day\""))
        #expect(cardio.stdout.contains("\"id\": \"stoptober\""))
        #expect(!cardio.stdout.contains("\"id\": \"american-heart-month\""))  // us
        #expect(!cardio.stdout.contains("\"id\": \"world-malaria-day\""))  // not cardiology
        let bad = rounds("observances", "--region", "mars")
        #expect(bad.status == 2)
        #expect(bad.stderr == "rounds: --region: no observances for 'mars' (regions: intl, uk, us)\n")
        let both = rounds("observances", "--year", "2027", "--week", "next")
        #expect(both.status == 2)
        #expect(both.stderr.contains("use one of --year, --week or --from/--to"))
    }

    @Test("ics: all-day events with UIDs that stay the same from one export to the next, read by Python's icalendar")
    func ics() throws {
        let a = rounds("observances", "--from", "2027-11-01", "--to", "2027-11-30", "--region", "intl", "--format", "ics")
        #expect(a.status == 0)
        #expect(a.stdout.contains("BEGIN:VEVENT\r\nUID:world-amr-awareness-week-2027@observances.rounds\r\n"))
        #expect(a.stdout.contains("DTSTART;VALUE=DATE:20271118\r\nDTEND;VALUE=DATE:20271125\r\nSUMMARY:World AMR Awareness Week\r\n"))
        #expect(a.stdout.contains("UID:movember-2027@observances.rounds\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20271101\r\nDTEND;VALUE=DATE:20271201\r\n"))
        let b = rounds("observances", "--week", "2027-W47", "--region", "intl", "--format", "ics")
        #expect(b.stdout.contains("UID:world-amr-awareness-week-2027@observances.rounds\r\n"))
        // Every line ends in CRLF and none is longer than 75 octets.
        for line in a.stdout.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        // Python's icalendar reads the same all-day events (the end is exclusive, as RFC 5545 says).
        try a.stdout.write(toFile: home.file("nov.ics"), atomically: true, encoding: .utf8)
        let py = Spawn.run("/usr/bin/env", ["python3", "-c", """
        import icalendar
        cal = icalendar.Calendar.from_ical(open('\(home.file("nov.ics"))', 'rb').read())
        for e in cal.walk('VEVENT'):
            print(e['UID'], e['DTSTART'].dt.isoformat(), e['DTEND'].dt.isoformat(), str(e['SUMMARY']))
        """], env: ProcessInfo.processInfo.environment.merging(["TZ": "UTC"]) { $1 })
        #expect(py.status == 0, "\(py.stderr)")
        #expect(py.stdout.contains("world-amr-awareness-week-2027@observances.rounds 2027-11-18 2027-11-25 World AMR Awareness Week\n"), "\(py.stdout)")
        #expect(py.stdout.contains("movember-2027@observances.rounds 2027-11-01 2027-12-01 Movember\n"))
    }

    @Test("plan-week in a week with a matching observance names it in the idea for the slot on that day")
    func planWeekNamesIt() throws {
        #expect(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        let r = rounds("plan-week", "2027-W14")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Wed 2027-04-07  World Health Day: Q&A (idea)"), "\(r.stdout)")
        #expect(r.stdout.contains("Mon 2027-04-05  Health Tip (idea)"))
        let json = rounds("list", "--week", "2027-W14", "--format", "json").stdout
        #expect(json.contains("World Health Day · 7 Apr · World Health Organization"))
        #expect(json.contains("Source: https://www.who.int/campaigns/world-health-day"))
        // A cardiologist in the US: the Monday idea goes to National Public Health Week (it is on).
        let us = home.file("us.json")
        #expect(rounds("init", "--name", "Dr. Lee", "--specialty", "Cardiology", "--plan", us).status == 0)
        let edit = try String(contentsOfFile: us, encoding: .utf8).replacingOccurrences(of: "\"timeZone\": \"UTC\"", with: "\"timeZone\": \"America/Chicago\"")
        try edit.write(toFile: us, atomically: true, encoding: .utf8)
        let usWeek = rounds("plan-week", "2027-W14", "--plan", us)
        #expect(usWeek.stdout.contains("Mon 2027-04-05  National Public Health Week: Health Tip (idea)"), "\(usWeek.stdout)")
        #expect(usWeek.stdout.contains("Wed 2027-04-07  World Health Day: Q&A (idea)"))
    }

    @Test("rounds profile chooses the regions and tags, with defaults from the time zone and the specialty")
    func profileOptions() {
        #expect(rounds("init", "--name", "Dr. Lee", "--specialty", "Cardiologist", "--time-zone", "Europe/London").status == 0)
        #expect(rounds("profile").stdout.contains("observances:  regions intl, uk (from the time zone) · tags cardiology (from the specialty)\n"))
        // Stoptober (uk, cardiology) is in the cardiologist's October; the US Heart Month is not in February.
        #expect(rounds("observances", "--year", "2027", "--mine").stdout.contains("Stoptober"))
        #expect(!rounds("observances", "--year", "2027", "--mine").stdout.contains("American Heart Month"))
        let set = rounds("profile", "--observance-region", "us", "--observance-region", "intl", "--observance-tag", "cardiology", "--observance-tag", "nephrology")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "Observances: regions us, intl · tags cardiology, nephrology\n")
        #expect(rounds("observances", "--year", "2027", "--mine").stdout.contains("American Heart Month"))
        #expect(home.text("plan.json")?.contains("\"observanceRegions\": [\n      \"us\",\n      \"intl\"\n    ]") == true)
        let bad = rounds("profile", "--observance-tag", "astrology")
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("rounds: --observance-tag: no observance is tagged 'astrology' (tags: cardiology, dentistry,"))
        #expect(rounds("profile", "--observance-defaults").stdout == "Observances: regions intl, uk (from the time zone) · tags cardiology (from the specialty)\n")
        #expect(home.text("plan.json")?.contains("observanceRegions") == false)
    }

    @Test("check gives an info flag for a matching observance in a week with nothing about it, and none once a post names it")
    func checkFlag() {
        #expect(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        let env = ["ROUNDS_NOW": "2027-04-01T09:00:00Z"]
        let before = rounds("check", "--week", "2027-W14", "--format", "json", env: env)
        #expect(before.stdout.contains("\"rule\": \"observance.unmentioned\""))
        #expect(before.stdout.contains("World Health Day (7 Apr, World Health Organization) falls this week and no post mentions it"))
        let add = rounds("add", "--date", "2027-04-07", "--theme", "qa", "--title", "Your questions for #WorldHealthDay", env: env)
        #expect(add.status == 0, "\(add.stderr)")
        let after = rounds("check", "--week", "2027-W14", "--format", "json", env: env)
        #expect(!after.stdout.contains("World Health Day (7 Apr"), "\(after.stdout)")
        // World Chagas Disease Day is the next week's: flagged there, as info (check's exit
        // status comes from the week's cadence errors alone).
        let next = rounds("check", "--week", "2027-W15", env: env)
        #expect(next.stdout.contains("  info    World Chagas Disease Day (14 Apr, World Health Organization) falls this week and no post mentions it  [observance.unmentioned]"))
    }

    @Test("a malformed user file is reported with line and column, and the rest still loads")
    func userFiles() throws {
        let folder = home.path + "/config/rounds/observances"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        {
          "version": 1,
          "observances": [
            { "id": "open-day", "name": "Clinic open day", "organiser": "Ruiz Family Practice", "region": "intl",
              "rule": "second saturday of april", "tags": ["general"], "source": "https://example.org/open-day" },
            { "id": "world-health-day", "name": "World Health Day", "organiser": "World Health Organization", "region": "intl",
              "rule": "04-07", "tags": ["general"], "description": "Our own words for it." }
          ]
        }
        """.write(toFile: folder + "/clinic.json", atomically: true, encoding: .utf8)
        try "{\n  \"version\": 1,\n  \"observances\": [\n    { \"id\": \"x\" \"name\": \"y\" }\n  ]\n}\n".write(toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
        let r = rounds("observances", "--week", "2027-W14", "--region", "intl", "--format", "json")
        #expect(r.status == 0)
        #expect(r.stderr == "rounds: warning: \(folder)/broken.json: line 4, column 17: expected ',' or '}'\n", "\(r.stderr)")
        #expect(r.stdout.contains("\"id\": \"open-day\""))
        #expect(r.stdout.contains("\"start\": \"2027-04-10\""))
        #expect(r.stdout.contains("\"description\": \"Our own words for it.\""))
        // The shipped set still loads beside the user's files.
        #expect(rounds("observances", "--year", "2027", "--region", "us").stdout.contains("American Heart Month"))
    }
}
