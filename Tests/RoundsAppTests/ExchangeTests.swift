import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// `rounds export` and `rounds import` through the built binary, and the exports read by
/// independent consumers: Python's icalendar and csv modules, and calcurse.
@Suite("Export and import through the binary", .serialized)
struct ExchangeTests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func rounds(_ args: String..., stdin: String? = nil) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan], stdin: stdin)
    }

    /// A tool from the ambient PATH; a missing one fails the test with the way to install it.
    func tool(_ name: String, install: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
            return "\(dir)/\(name)"
        }
        Issue.record("\(name) is missing: \(install) (.ci/run installs it)")
        throw CancellationError()
    }

    func python(_ script: String) throws -> SpawnResult {
        let py = try tool("python3", install: "apt-get install python3")
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "UTC"
        return Spawn.run(py, ["-c", script], env: env)
    }

    /// A week of posts with awkward text, made through the CLI.
    func makeWeek() {
        precondition(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        _ = rounds("add", "--date", "2026-11-23", "--theme", "health-tip", "--title", "Walk, then \"rest\"; ok?", "--time", "07:03",
                   "--platform", "linkedin", "--platform", "instagram", "--hashtag", "walking",
                   "--body", "Line one, with comma; semicolon \\ backslash.\nLine two: café ☕ 漢字 🚶‍♀️\n\n" + String(repeating: "long", count: 125))
        _ = rounds("add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad?", "--body", "")
        _ = rounds("add", "--date", "2026-11-27", "--theme", "success-story", "--title", "Back to running", "--body", "She runs again.")
    }

    @Test("export: stdout by default, -o writes 0600 and refuses the plan file, bad options are usage errors")
    func exportCommand() throws {
        makeWeek()
        let text = rounds("export", "--week", "2026-W48")
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Rounds · Dr. Ana Ruiz · Week 48 · 23–29 Nov 2026\n"))
        #expect(text.stdout.contains("FRIDAY 27 NOVEMBER 2026"))
        let out = rounds("export", "--week", "2026-W48", "--format", "markdown", "-o", home.file("week.md"))
        #expect(out.stdout == "Wrote 3 posts (markdown) to \(home.file("week.md")).\n")
        var st = stat()
        #expect(stat(home.file("week.md"), &st) == 0 && st.st_mode & 0o777 == 0o600)
        let before = home.bytes("plan.json")
        let clobber = rounds("export", "--format", "json", "-o", plan)
        #expect(clobber.status == 2)
        #expect(clobber.stderr.contains("is the plan file (or one of its own): choose another name"))
        #expect(home.bytes("plan.json") == before)
        #expect(rounds("export", "--format", "pdf").status == 2)
        #expect(rounds("export", "--all", "--week", "this").status == 2)
        #expect(rounds("export", "--csv-profile", "buffer").stderr.contains("--csv-profile goes with --format csv"))
        #expect(rounds("export", "-o", home.path).stderr.contains("is a folder"))
    }

    @Test("ics: Python's icalendar and calcurse read the same events, dates and summaries")
    func icsConsumers() throws {
        makeWeek()
        #expect(rounds("export", "--week", "2026-W48", "--format", "ics", "-o", home.file("week.ics")).status == 0)
        let py = try python("""
        import icalendar, sys
        cal = icalendar.Calendar.from_ical(open(sys.argv[1] if len(sys.argv) > 1 else '\(home.file("week.ics"))', 'rb').read())
        for e in cal.walk('VEVENT'):
            print(e['DTSTART'].dt.isoformat(), '|', str(e['SUMMARY']), '|', len(str(e.get('DESCRIPTION', ''))))
        """)
        #expect(py.status == 0, "\(py.stderr)")
        #expect(py.stdout.split(separator: "\n") == [
            "2026-11-23T07:03:00+00:00 | [Health Tip] Walk, then \"rest\"; ok? | 571",
            "2026-11-25 | [Q&A] Is a fever always bad? | 0",
            "2026-11-27 | [Success Story] Back to running | 15",
        ])
        let calcurse = try tool("calcurse", install: "apt-get install calcurse")
        let dir = home.file("calcurse")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "UTC"
        env["HOME"] = home.path
        let imported = Spawn.run(calcurse, ["-D", dir, "-i", home.file("week.ics")], env: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 app / 2 events / 0 todos / 0 skipped"), "\(imported.stdout)")
        let query = Spawn.run(calcurse, ["-D", dir, "-Q", "--filter-type", "cal", "--from", "11/23/2026", "--days", "7"], env: env)
        #expect(query.stdout == """
        11/23/26:
         - 07:03 -> 07:33
        \t[Health Tip] Walk, then "rest"; ok?

        11/25/26:
         * [Q&A] Is a fever always bad?

        11/27/26:
         * [Success Story] Back to running

        """, "\(query.stdout)")
    }

    @Test("csv: Python's csv module reads back the same fields, with commas, quotes and newlines intact")
    func csvConsumer() throws {
        makeWeek()
        #expect(rounds("export", "--week", "2026-W48", "--format", "csv", "-o", home.file("week.csv")).status == 0)
        let py = try python("""
        import csv, json
        rows = list(csv.DictReader(open('\(home.file("week.csv"))', newline='', encoding='utf-8')))
        print(json.dumps([[r['date'], r['time'], r['theme'], r['platform'], r['title'], r['body']] for r in rows]))
        """)
        #expect(py.status == 0, "\(py.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(py.stdout.utf8)) as? [[String]] ?? []
        #expect(rows.count == 4)  // the tip on two platforms, the Q&A, the story
        #expect(rows.first?[0...4] == ["2026-11-23", "07:03", "health-tip", "linkedin", "Walk, then \"rest\"; ok?"])
        #expect(rows.first?[5] == "Line one, with comma; semicolon \\ backslash.\nLine two: café ☕ 漢字 🚶‍♀️\n\n" + String(repeating: "long", count: 125))
        #expect(rows[1][3] == "instagram")
    }

    @Test("import: bad rows reported with line numbers and nothing written; dry run; twice adds nothing")
    func importCommand() {
        precondition(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        home.write("sheet.csv", "Date,Theme,Title,Body,Platform\n2026-12-01,Health Tip,Sleep,\"Seven hours, at least\",LinkedIn\n2026-12-02,nope,X,,\n")
        let before = home.bytes("plan.json")
        let bad = rounds("import", home.file("sheet.csv"))
        #expect(bad.status == 2)
        #expect(bad.stderr == "rounds: nothing imported: 1 invalid row (fix them, or --skip-invalid):\n  \(home.file("sheet.csv")):line 3: unknown theme 'nope' (themes: health-tip, qa, success-story)\n")
        #expect(home.bytes("plan.json") == before)
        let dry = rounds("import", "--dry-run", "--skip-invalid", home.file("sheet.csv"))
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("Would add 1 post from"))
        #expect(dry.stdout.hasSuffix("Dry run: nothing was written.\n"))
        #expect(home.bytes("plan.json") == before)
        let ok = rounds("import", "--skip-invalid", home.file("sheet.csv"))
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("Added 1 post from"))
        #expect(rounds("list", "--week", "2026-W49").stdout.contains("Sleep"))
        let again = rounds("import", "--skip-invalid", home.file("sheet.csv"))
        #expect(again.stdout.hasPrefix("Added 0 posts from \(home.file("sheet.csv")).\nAlready in the plan (skipped): 1\n"))
        #expect(rounds("import", home.file("missing.csv")).stderr.contains("cannot read"))
    }

    @Test("round trips through the binary: json, csv and ics into an empty plan give the same text export")
    func roundTrips() {
        makeWeek()
        let original = rounds("export", "--week", "2026-W48", "--no-flags").stdout
        for format in ["json", "csv", "ics"] {
            let file = home.file("week." + format)
            #expect(rounds("export", "--week", "2026-W48", "--format", format, "-o", file).status == 0)
            let other = home.file("other-\(format).json")
            #expect(Spawn.rounds(["init", "--name", "Dr. Ana Ruiz", "--plan", other], home: home.path).status == 0)
            let imported = Spawn.rounds(["import", file, "--plan", other], home: home.path)
            #expect(imported.status == 0, "\(format): \(imported.stderr)")
            let again = Spawn.rounds(["export", "--week", "2026-W48", "--no-flags", "--plan", other], home: home.path).stdout
            #expect(again == original, "\(format): \(lineDiff(original, again))")
        }
    }

    @Test("a hostile file name is only ever a file name: nothing it says is run")
    func hostileNames() {
        makeWeek()
        let name = home.file("$(touch pwned); `touch pwned2` | touch pwned3.txt")
        let r = rounds("export", "--week", "2026-W48", "-o", name)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: name))
        for bad in ["pwned", "pwned2", "pwned3.txt"] {
            #expect(!FileManager.default.fileExists(atPath: home.file(bad)))
            #expect(!FileManager.default.fileExists(atPath: bad))
        }
        home.write("; touch pwned4.csv", "date,theme,title\n2026-12-01,qa,Hostile\n")
        #expect(rounds("import", home.file("; touch pwned4.csv")).status == 0)
        #expect(!FileManager.default.fileExists(atPath: "pwned4.csv"))
    }
}
