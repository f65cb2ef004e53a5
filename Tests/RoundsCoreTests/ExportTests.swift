import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// A week with awkward content in every field an export writes.
enum AwkwardPlan {
    static let longWord = String(repeating: "supercalifragilistic", count: 25)

    static func make() -> Plan {
        var plan = Fixtures.fullWeekPlan()
        var tip = plan.post(id: "a1")!
        tip.time = TimeOfDay("07:05")
        tip.platforms = ["linkedin", "x"]
        tip.body = "Walk 10 minutes after meals: \"slow\" is fine, fast is better; ask Zoë.\n\n" +
            "Second paragraph with a backslash \\ and a comma, then emoji 🚶‍♀️🏃 and 漢字テキスト that wraps across the line nicely.\n" +
            "A \(longWord) word."
        tip.hashtags = ["walking", "diabetes"]
        plan.upsert(tip)
        var qa = plan.post(id: "b2")!
        qa.body = ""
        qa.title = "Fever? [Q&A] *always* bad, #1 question | part_2"
        plan.upsert(qa)
        return plan
    }
}

@Suite("Exports")
struct ExportTests {
    let week = (Fixtures.date("2026-11-23"), Fixtures.date("2026-11-29"))

    func export(_ plan: Plan, _ format: ExportFormat, _ options: ExportOptions = ExportOptions()) -> ExportResult {
        Exporter.export(plan, from: week.0, to: week.1, format: format, options: options, today: Fixtures.today)
    }

    @Test("text: header, a block per day, bodies wrapped by display width, gaps, disclaimer, consent, flags")
    func textGolden() {
        assertSnapshot(export(AwkwardPlan.make(), .text).text, named: "export-week-72")
        assertSnapshot(export(AwkwardPlan.make(), .text, ExportOptions(width: 40)).text, named: "export-week-40")
    }

    @Test("text: no line is wider than --width, and no grapheme is split")
    func textWidth() {
        for width in [20, 33, 40, 72, 100] {
            let text = export(AwkwardPlan.make(), .text, ExportOptions(width: width)).text
            for line in text.split(separator: "\n") {
                #expect(TextWidth.width(of: line) <= width, "width \(width): '\(line)'")
            }
            // The ZWJ sequence survives whole.
            #expect(text.contains("🚶‍♀️"), "width \(width)")
        }
    }

    @Test("markdown: headings per day, escaped markup, hard line breaks")
    func markdownGolden() {
        let md = export(AwkwardPlan.make(), .markdown).text
        assertSnapshot(md, named: "export-week-md")
        #expect(md.contains("#### Fever? \\[Q&A\\] \\*always\\* bad, #1 question \\| part\\_2"))
    }

    @Test("a range longer than a week gets a heading per week")
    func markdownWeeks() {
        let md = Exporter.export(AwkwardPlan.make(), from: Fixtures.date("2026-11-16"), to: Fixtures.date("2026-12-06"),
                                 format: .markdown, today: Fixtures.today).text
        #expect(md.contains("## 2026-W47 · 16–22 Nov 2026"))
        #expect(md.contains("## 2026-W49 · 30 Nov – 6 Dec 2026"))
    }

    @Test("csv: RFC 4180 quoting, CRLF, a row per platform, parsed back into the same fields")
    func csvRoundsProfile() throws {
        let csv = export(AwkwardPlan.make(), .csv).text
        #expect(csv.hasPrefix("id,date,time,theme,platform,status,title,body,hashtags,consent\r\n"))
        let records = try CSVReader.records(Array(csv.utf8))
        #expect(records.count == 5)  // header + a1 twice (two platforms) + b2 + c3
        let tip = AwkwardPlan.make().post(id: "a1")!
        #expect(records[1].fields == ["a1", "2026-11-23", "07:05", "health-tip", "linkedin", "posted",
                                      tip.title, tip.body, "walking diabetes", ""])
        #expect(records[2].fields[4] == "x")
        #expect(records[3].fields[6] == "Fever? [Q&A] *always* bad, #1 question | part_2")
        #expect(records[4].fields[9].contains("\"reference\":\"form 114\""))
        // Every record ends in CRLF; line breaks inside quoted fields stay as written.
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test("csv profiles: buffer, sprout (date order), hootsuite (5-minute marks, no header, row limit)")
    func csvProfiles() throws {
        let plan = AwkwardPlan.make()
        let buffer = try CSVReader.records(Array(export(plan, .csv, ExportOptions(csvProfile: .buffer)).text.utf8))
        #expect(buffer[0].fields == ["Text", "Image URL", "Tags", "Posting Time"])
        #expect(buffer[1].fields[3] == "2026-11-23 07:05")
        #expect(buffer[2].fields[3] == "2026-11-25 09:00")  // no time: the plan's default
        #expect(buffer[1].fields[0].hasPrefix("Walk after meals\n\nWalk 10 minutes"))
        #expect(buffer[1].fields[0].hasSuffix("#walking #diabetes"))
        let sprout = try CSVReader.records(Array(export(plan, .csv, ExportOptions(csvProfile: .sprout, dateOrder: .dmy)).text.utf8))
        #expect(sprout[0].fields == ["date", "time_24hr", "message_text"])
        #expect(sprout[1].fields[0] == "23/11/2026")
        let hoot = try CSVReader.records(Array(export(plan, .csv, ExportOptions(csvProfile: .hootsuite)).text.utf8))
        #expect(hoot[0].fields[0] == "11/23/2026 07:05")
        var late = plan
        var p = late.post(id: "b2")!
        p.time = TimeOfDay("23:58")
        late.upsert(p)
        let rolled = try CSVReader.records(Array(export(late, .csv, ExportOptions(csvProfile: .hootsuite)).text.utf8))
        #expect(rolled[1].fields[0] == "11/26/2026 00:00")
        var big = Fixtures.largePlan(posts: 400)
        big.profile.timeZone = "UTC"
        let r = Exporter.export(big, from: Fixtures.date("2000-01-01"), to: Fixtures.date("2002-01-01"), format: .csv,
                                options: ExportOptions(csvProfile: .hootsuite), today: Fixtures.today)
        #expect(r.warnings == ["400 rows: Hootsuite's bulk composer takes at most 350 per file; export a shorter range (--from/--to) for the rest"])
    }

    @Test("ics: CRLF, lines of at most 75 octets folded between UTF-8 sequences, escaping, stable UIDs")
    func ics() throws {
        let ics = export(AwkwardPlan.make(), .ics).text
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        for line in lines.dropLast() {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(!line.contains("\n"))
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(lines.contains("UID:a1@rounds"))
        #expect(lines.contains("DTSTART:20261123T070500Z"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261125"))
        #expect(lines.contains("DTSTAMP:20261125T100000Z"))
        let events = try ICSReader.events(Array(ics.utf8))
        #expect(events.count == 3)
        let tip = try #require(events.first { $0.first("UID")?.value == "a1@rounds" })
        #expect(ICSReader.unescape(tip.first("DESCRIPTION")?.value ?? "") == AwkwardPlan.make().post(id: "a1")!.body)
        #expect(tip.first("SUMMARY")?.value == "[Health Tip] Walk after meals")
        #expect(ics.contains("\\;"))
        #expect(ics.contains("\\,"))
        #expect(ics.contains("\\\\"))
        // Same plan, same bytes: re-importing into a calendar updates rather than duplicates.
        #expect(export(AwkwardPlan.make(), .ics).text == ics)
    }

    @Test("ics: a timed post is written in UTC from the plan's time zone, across DST")
    func icsTimeZone() throws {
        var plan = AwkwardPlan.make()
        plan.profile.timeZone = "America/New_York"
        let tzif = Array(try Data(contentsOf: URL(fileURLWithPath: "/usr/share/zoneinfo/America/New_York")))
        let options = ExportOptions(timeZone: try TimeZoneRules(name: "America/New_York", tzif: tzif))
        // 07:05 in New York on 23 Nov (EST, UTC−5) is 12:05 UTC.
        #expect(export(plan, .ics, options).text.contains("DTSTART:20261123T120500Z\r\n"))
        var summer = plan
        var p = summer.post(id: "a1")!
        summer.remove(id: "a1")
        p.date = Fixtures.date("2026-07-06")
        summer.upsert(p)
        let july = Exporter.export(summer, from: Fixtures.date("2026-07-06"), to: Fixtures.date("2026-07-06"), format: .ics, options: options, today: Fixtures.today).text
        #expect(july.contains("DTSTART:20260706T110500Z\r\n"))  // EDT, UTC−4
    }

    @Test("an empty range exports a valid, empty document in every format")
    func empty() {
        let plan = Fixtures.emptyPlan()
        for format in ExportFormat.allCases {
            let r = export(plan, format)
            #expect(r.postCount == 0)
            #expect(!r.text.isEmpty, "\(format)")
        }
        #expect(export(plan, .ics).text.hasSuffix("END:VCALENDAR\r\n"))
    }
}

@Suite("Imports")
struct ImportTests {
    let week = (Fixtures.date("2026-11-23"), Fixtures.date("2026-11-29"))

    func roundTrip(_ format: ExportFormat, _ importFormat: ImportFormat) {
        let plan = AwkwardPlan.make()
        let original = Exporter.export(plan, from: week.0, to: week.1, format: .text, today: Fixtures.today).text
        let file = Exporter.export(plan, from: week.0, to: week.1, format: format, today: Fixtures.today).text
        var fresh = Fixtures.emptyPlan()
        var n = 0
        let outcome = Importer.run(Array(file.utf8), format: importFormat, into: &fresh, options: ImportOptions(),
                                   today: Fixtures.today, now: Fixtures.now, makeID: { _ in n += 1; return "new\(n)" })
        #expect(outcome.invalid.isEmpty, "\(outcome.invalid)")
        #expect(outcome.added.count == 3)
        let again = Exporter.export(fresh, from: week.0, to: week.1, format: .text, today: Fixtures.today).text
        #expect(again == original, "\(lineDiff(original, again))")
        // Twice adds nothing.
        let second = Importer.run(Array(file.utf8), format: importFormat, into: &fresh, options: ImportOptions(),
                                  today: Fixtures.today, now: Fixtures.now, makeID: { _ in "other" })
        #expect(second.added.isEmpty)
        #expect(second.duplicates.count == 3)
    }

    @Test("json → import → text equals the original text export") func jsonRoundTrip() { roundTrip(.json, .json) }
    @Test("csv → import → text equals the original") func csvRoundTrip() { roundTrip(.csv, .csv) }
    @Test("ics → import → text equals the original") func icsRoundTrip() { roundTrip(.ics, .ics) }

    @Test("a spreadsheet: headers in any case, theme by name, every bad row reported with its line")
    func spreadsheet() {
        let sheet = """
        DATE,Theme,Title,Body,Platform
        2026-12-01,health tip,Sleep,"Seven hours, at least
        every night",LinkedIn
        2026-12-02,nope,Unknown theme,,
        2026-13-40,qa,Bad date,,
        2026-12-03,qa,,,
        2026-12-04,qa,Wrong platform,,myspace
        2026-12-05,qa,Too few fields
        """
        var plan = Fixtures.emptyPlan()
        let outcome = Importer.run(Array(sheet.utf8), format: .csv, into: &plan, options: ImportOptions(), today: Fixtures.today,
                                   now: Fixtures.now, makeID: { _ in "s1" })
        #expect(outcome.added.map(\.title) == ["Sleep"])
        #expect(outcome.added.first?.body == "Seven hours, at least\nevery night")
        #expect(outcome.invalid.map(\.description) == [
            "line 4: unknown theme 'nope' (themes: health-tip, qa, success-story)",
            "line 5: '2026-13-40' is not a date (YYYY-MM-DD)",
            "line 6: the title must not be empty",
            "line 7: unknown platform 'myspace' (platforms: linkedin, x)",
            "line 8: 3 fields, the header has 5",
        ])
    }

    @Test("a large csv is read in two parts with the same result: rows of one id merged across them, bad rows of both reported in order")
    func largeCSVInParts() {
        // Our own csv's shape: a row per platform. Every post's LinkedIn row is in the first half
        // of the file and its X row in the second, so each merge crosses the parts.
        let count = 6_000
        var lines = ["id,date,theme,title,platform"]
        let start = CalendarDate(year: 2001, month: 1, day: 1)!
        for platform in ["linkedin", "x"] {
            for i in 0..<count {
                lines.append("p\(i),\(start.adding(days: i).iso),qa,Question \(i),\(platform)")
            }
        }
        lines.insert("p-bad1,2026-13-01,qa,Bad date,linkedin", at: 100)        // line 101, first part
        lines.insert("p-bad2,2026-12-01,nope,Bad theme,x", at: lines.count - 50) // near the end, second part
        var plan = Fixtures.emptyPlan()
        let outcome = Importer.run(Array((lines.joined(separator: "\n") + "\n").utf8), format: .csv, into: &plan,
                                   options: ImportOptions(), today: Fixtures.today, now: Fixtures.now, makeID: { _ in "unused" })
        #expect(outcome.added.count == count)
        #expect(plan.posts.count == count)
        #expect(plan.posts.allSatisfy { $0.platforms == ["linkedin", "x"] }, "every post has both rows' platforms, in the file's order")
        #expect(Set(plan.posts.map(\.id)).count == count)
        #expect(outcome.invalid.map(\.description) == [
            "line 101: '2026-13-01' is not a date (YYYY-MM-DD)",
            "line \(lines.count - 50): unknown theme 'nope' (themes: health-tip, qa, success-story)",
        ])
    }

    @Test("rules still hold on import: the day's maximum, and consent for a ready story")
    func rules() {
        let sheet = "date,theme,title,status\n2026-12-04,success-story,Ready story,ready\n2026-12-01,qa,One,\n2026-12-01,health-tip,Two,\n"
        var plan = Fixtures.emptyPlan()
        var n = 0
        let outcome = Importer.run(Array(sheet.utf8), format: .csv, into: &plan, options: ImportOptions(), today: Fixtures.today,
                                   now: Fixtures.now, makeID: { _ in n += 1; return "i\(n)" })
        #expect(outcome.added.map(\.title) == ["One"])
        #expect(outcome.invalid.count == 2)
        #expect(outcome.invalid[0].description.hasPrefix("line 2: 'Ready story': 'Ready story' needs a valid written consent record"))
        #expect(outcome.invalid[1].description.hasPrefix("line 4: 'Two': Tuesday 2026-12-01 already has 1 post"))
    }

    @Test("ics from another calendar: theme from --theme or a category, times converted to the plan's zone")
    func foreignICS() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:abc-123@google.com\r\nDTSTART;TZID=Europe/Paris:20261201T100000\r\n" +
            "SUMMARY:Flu shots are here\r\nDESCRIPTION:Line one\\nLine two\\, with comma\r\nEND:VEVENT\r\n" +
            "BEGIN:VEVENT\r\nUID:x2\r\nDTSTART;VALUE=DATE:20261202\r\nCATEGORIES:Work,Q&A\r\nSUMMARY:Your questions\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\n" +
            "END:VCALENDAR\r\n"
        var plan = Fixtures.emptyPlan()
        var zoned = ImportOptions()
        zoned.zoneNamed = { Fixtures.zone($0) }
        let refused = Importer.run(Array(ics.utf8), format: .ics, into: &plan, options: zoned, today: Fixtures.today,
                                   now: Fixtures.now, makeID: { _ in "z" })
        #expect(refused.invalid.map(\.description) == ["line 3: 'Flu shots are here' names no theme of this plan (give one with --theme for events from another calendar)"])
        var plan2 = Fixtures.emptyPlan()
        var n = 0
        zoned.defaultTheme = "health-tip"
        let ok = Importer.run(Array(ics.utf8), format: .ics, into: &plan2, options: zoned,
                              today: Fixtures.today, now: Fixtures.now, makeID: { _ in n += 1; return "f\(n)" })
        #expect(ok.invalid.isEmpty)
        let flu = plan2.posts.first { $0.title == "Flu shots are here" }
        #expect(flu?.time == TimeOfDay("09:00"))  // 10:00 in Paris is 09:00 UTC
        #expect(flu?.body == "Line one\nLine two, with comma")
        #expect(plan2.posts.first { $0.title == "Your questions" }?.themeID == "qa")
    }

    @Test("broken files: an unclosed quote, a truncated calendar, bad JSON, a newer version")
    func broken() {
        func issues(_ text: String, _ f: ImportFormat) -> [String] {
            var plan = Fixtures.emptyPlan()
            return Importer.run(Array(text.utf8), format: f, into: &plan, options: ImportOptions(), today: Fixtures.today,
                                now: Fixtures.now, makeID: { _ in "q" }).invalid.map(\.description)
        }
        #expect(issues("date,theme,title\n2026-12-01,qa,\"never closed\n", .csv) == ["line 2: a quoted field is never closed"])
        #expect(issues("date,title\n", .csv) == ["line 1: no 'theme' column (required: date, theme, title; optional: body, platform, time, status, hashtags, notes, id, consent; found: 'date', 'title')"])
        #expect(issues("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", .ics) == ["line 2: this VEVENT has no END:VEVENT"])
        #expect(issues("hello", .ics) == ["line 1: not an iCalendar file: it must start with BEGIN:VCALENDAR"])
        #expect(issues("{\n  \"posts\": [\n    {\"id\": 1,\n", .json) == ["line 4: expected a key in double quotes"])
        #expect(issues("{\"version\": 9, \"posts\": []}", .json) == ["line 1: version: this file is version 9; this rounds reads up to 1"])
        #expect(issues("{\"version\": 1e300, \"posts\": []}", .json) == ["line 1: version: this file is version 1e+300; this rounds reads up to 1"])
    }

    @Test("iCalendar text lists split at unescaped commas only")
    func icsLists() {
        #expect(ICSReader.list("Work\\, Life,Q&A,,Back\\\\slash") == ["Work, Life", "Q&A", "Back\\slash"])
        #expect(ICSReader.unescape("a\\nb\\;c\\,d\\\\e") == "a\nb;c,d\\e")
    }

    @Test("format is guessed from the name, then the first bytes")
    func guess() {
        #expect(ImportFormat.guess(path: "a.ICS", bytes: []) == .ics)
        #expect(ImportFormat.guess(path: "-", bytes: Array("\u{FEFF}BEGIN:VCALENDAR".utf8)) == .ics)
        #expect(ImportFormat.guess(path: "-", bytes: Array("  {\"posts\": []}".utf8)) == .json)
        #expect(ImportFormat.guess(path: "plan.txt", bytes: Array("date,theme".utf8)) == .csv)
    }
}

@Suite("Wrapping text")
struct WrapTests {
    @Test("the ASCII fast path wraps exactly as the grapheme path, on every width")
    func asciiMatchesGraphemes() throws {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "word", "  ", " ", "\n", "\t", "longerwordhere", "x", ".", "supercalifragilisticexpialidocious", "\n\n"]
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<Int.random(in: 0..<40, using: &rng) { s += pieces.randomElement(using: &rng) ?? "" }
            for width in [1, 2, 5, 10, 33] {
                let fast = try #require(TextWidth.wrapASCII(s, width: width))
                #expect(fast == TextWidth.wrapGraphemes(s, width: width), "width \(width): \(s.debugDescription)")
            }
        }
        #expect(TextWidth.wrapASCII("café", width: 10) == nil)
    }
}
