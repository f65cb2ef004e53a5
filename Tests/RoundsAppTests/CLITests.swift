import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Every command through the built binary: stdout, stderr, exit status and the file.
@Suite("The rounds command line")
struct CLITests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func rounds(_ args: String..., stdin: String? = nil, env: [String: String] = [:]) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan].merging(env) { $1 }, stdin: stdin)
    }

    func initPlan() {
        let r = rounds("init", "--name", "Dr. Ana Ruiz")
        precondition(r.status == 0, r.stderr)
    }

    @Test("a writing command on a machine with no plan yet says so and how to make one, not a lock file's error")
    func writerWithoutPlan() {
        // No ROUNDS_PLAN: the default plan, in a home where nothing exists yet.
        let fresh = TempFolder()
        for args in [["add", "--theme", "qa", "--title", "T"], ["ack", "abcd1234", "advice.individual", "--note", "x"], ["edit", "abcd1234", "--status", "ready"]] {
            let r = Spawn.rounds(args, home: fresh.path, env: [:])
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("no plan at"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("rounds init"), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("lock file"), "\(args): \(r.stderr)")
        }
        // Nothing was made on the way: no plan, no lock file.
        #expect(!FileManager.default.fileExists(atPath: fresh.file("data/rounds/plan.json")))
        #expect(!FileManager.default.fileExists(atPath: fresh.file("data/rounds/plan.json.lock")))
    }

    @Test("init creates a plan from the default pack and refuses to overwrite it")
    func initCommand() {
        let r = rounds("init", "--name", "Dr. Ana Ruiz", "--specialty", "Cardiology")
        #expect(r.status == 0)
        #expect(r.stdout == "Created \(plan) with the 'Weekly three' themes: Health Tip, Q&A, Success Story.\n")
        let before = home.bytes("plan.json")
        let again = rounds("init")
        #expect(again.status == 2)
        #expect(again.stderr.contains("a plan already exists at \(plan); it was left untouched"))
        #expect(home.bytes("plan.json") == before)
        #expect(rounds("init", "--themes", "nope", "--plan", home.file("other.json")).stderr.contains("unknown theme pack 'nope' (packs: default, specialist, light)"))
    }

    @Test("the default path follows XDG_DATA_HOME")
    func defaultPath() {
        let r = Spawn.rounds(["init"], home: home.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.path + "/data/rounds/plan.json"))
    }

    @Test("add, list, show, edit, rm: a post's life through the CLI")
    func lifecycle() throws {
        initPlan()
        let add = rounds("add", "--date", "mon", "--theme", "health-tip", "--title", "Walk after meals",
                         "--body", "Ten minutes helps.", "--platform", "linkedin", "--time", "08:30")
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.count == 8)
        let list = rounds("list", "--week", "next")
        #expect(list.stdout == """
            2026-W49 · 30 Nov – 6 Dec 2026
              Mon 2026-11-30 08:30  \(id)  Health Tip     draft     Walk after meals  [linkedin]

            """)
        let show = rounds("show", String(id.prefix(4)))
        #expect(show.status == 0)
        #expect(show.stdout.contains("date:      Monday 2026-11-30 at 08:30"))
        #expect(show.stdout.hasSuffix("\nTen minutes helps.\n"))
        let edit = rounds("edit", id, "--title", "Walk 10 minutes after meals", "--status", "ready", "--date", "tue")
        #expect(edit.status == 0, "\(edit.stderr)")
        let json = rounds("show", id, "--format", "json").stdout
        #expect(json.contains("\"title\": \"Walk 10 minutes after meals\""))
        #expect(json.contains("\"status\": \"ready\""))
        #expect(json.contains("\"date\": \"2026-12-01\""))
        let body = rounds("edit", id, "--body-file", "-", stdin: "From stdin ✓\n")
        #expect(body.status == 0)
        #expect(rounds("show", id).stdout.hasSuffix("\n\nFrom stdin ✓\n"))
        let rm = rounds("rm", id)
        #expect(rm.stdout == "Deleted \(id) 'Walk 10 minutes after meals'.\n")
        #expect(rounds("list", "--all").stdout == "No posts.\n")
        #expect(FileManager.default.fileExists(atPath: plan + ".bak"))
    }

    @Test("a command that changes nothing writes nothing: the backup of the last real change stays")
    func noOpKeepsBackup() throws {
        initPlan()
        let kept = rounds("add", "--date", "2026-12-09", "--theme", "qa", "--title", "Kept question").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rounds("plan-week", "2026-W50").status == 0)
        let id = rounds("add", "--date", "2026-12-12", "--theme", "qa", "--title", "Precious draft", "--body", "hours of work")
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rounds("rm", id).status == 0)
        let bak = try String(contentsOfFile: plan + ".bak", encoding: .utf8)
        #expect(bak.contains("Precious draft"), "the removed post is in the backup")
        var before = stat(), after = stat()
        _ = stat(plan, &before)
        // Nothing to do: the week planned again, a setting said again, an edit to the same title.
        #expect(rounds("plan-week", "2026-W50").stdout.contains("already"))
        #expect(rounds("profile", "--approval", "off").status == 0)
        #expect(rounds("edit", kept, "--title", "Kept question").status == 0)
        _ = stat(plan, &after)
        #expect(after.st_ino == before.st_ino, "a command that changed nothing replaced the plan file")
        #expect(try String(contentsOfFile: plan + ".bak", encoding: .utf8) == bak, "a no-op rotated the backup: the removed post is gone from it")
        // A real change still saves (and rotates the backup).
        #expect(rounds("edit", kept, "--title", "Kept question, retitled").status == 0)
        _ = stat(plan, &after)
        #expect(after.st_ino != before.st_ino)
    }

    @Test("bad input gets a one-line error and exit 2, and the file is unchanged", arguments: [
        (["add", "--date", "2026-02-30", "--theme", "qa", "--title", "x"], "--date: '2026-02-30' is not a date"),
        (["add", "--date", "mon", "--theme", "nope", "--title", "x"], "unknown theme 'nope' (themes: Health Tip (health-tip), Q&A (qa), Success Story (success-story))"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "  "], "--title must not be empty"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "x", "--time", "25:00"], "--time: '25:00' is not a time"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "x", "--platform", "myspace"], "unknown platform 'myspace'"),
        (["add", "--date", "fri", "--theme", "success-story", "--title", "Story", "--status", "ready"], "needs a valid written consent record"),
        (["add", "--theme", "qa"], "Missing expected argument '--title <title>'"),
        (["show", "zzzz"], "no post with id 'zzzz'"),
        (["edit", "zzzz", "--title", "x"], "no post with id 'zzzz'"),
        (["rm", "zzzz"], "no post with id 'zzzz'"),
        (["list", "--week", "someday"], "--week: 'someday' is not a week"),
        (["list", "--from", "2026-12-01", "--to", "2026-11-01"], "--from 2026-12-01 is after --to 2026-11-01"),
        (["consent", "zzzz"], "give --date and --ref to record consent, or --revoke"),
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
    ])
    func badInput(_ c: ([String], String)) {
        initPlan()
        let before = home.bytes("plan.json")
        let r = Spawn.rounds(c.0, home: home.path, env: ["ROUNDS_PLAN": plan])
        #expect(r.status == 2)
        #expect(r.stderr.contains(c.1), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(home.bytes("plan.json") == before)
    }

    @Test("a missing, corrupt or newer plan is refused with its path and position")
    func badFiles() {
        let missing = rounds("list")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no plan at \(plan) (create one with: rounds init --plan \(plan))"))
        home.write("plan.json", "{\n  \"version\": 1,\n  \"themes\": [}\n")
        let corrupt = rounds("add", "--date", "mon", "--theme", "qa", "--title", "x")
        #expect(corrupt.status == 2)
        #expect(corrupt.stderr.contains("\(plan): line 3, column 14: expected a value"), "\(corrupt.stderr)")
        #expect(home.text("plan.json") == "{\n  \"version\": 1,\n  \"themes\": [}\n")
        home.write("plan.json", "{\"version\": 2}")
        let newer = rounds("list")
        #expect(newer.stderr.contains("the plan is version 2, newer than this rounds understands (1); update rounds"))
        #expect(home.text("plan.json") == "{\"version\": 2}")
    }

    @Test("the per-day maximum is enforced, and --force overrides it")
    func dayMaximum() {
        initPlan()
        #expect(rounds("add", "--date", "2026-12-01", "--theme", "qa", "--title", "One").status == 0)
        let second = rounds("add", "--date", "2026-12-01", "--theme", "qa", "--title", "Two")
        #expect(second.status == 2)
        #expect(second.stderr.contains("Tuesday 2026-12-01 already has 1 post (the plan allows 1 a day)"))
        #expect(rounds("add", "--date", "2026-12-01", "--theme", "qa", "--title", "Two", "--force").status == 0)
    }

    @Test("themes lists the shipped packs and the user's own")
    func themes() throws {
        try FileManager.default.createDirectory(atPath: home.path + "/config/rounds/themes", withIntermediateDirectories: true)
        home.write("config/rounds/themes/mine.json", #"{"version": 1, "id": "mine", "name": "My pack", "disclaimer": "d", "themes": [{"id": "x", "name": "X", "weekdays": ["sat"]}]}"#)
        home.write("config/rounds/themes/broken.json", "{")
        let r = rounds("themes")
        #expect(r.status == 0)
        #expect(r.stdout.contains("default: Weekly three"))
        #expect(r.stdout.contains("  success-story      Success Story      Fri        weekly          magenta · needs consent, needs disclaimer"))
        #expect(r.stdout.contains("specialist: Specialist voice"))
        #expect(r.stdout.contains("mine: My pack"))
        #expect(r.stdout.contains("warning: skipped theme pack \(home.path)/config/rounds/themes/broken.json: line 1, column 2"))
        #expect(rounds("init", "--themes", "mine").status == 0)
    }

    @Test("help documents every command")
    func help() {
        let r = rounds("--help")
        #expect(r.status == 0)
        for command in ["init", "add", "list", "show", "edit", "rm", "themes", "check", "plan-week", "consent"] {
            #expect(r.stdout.contains("  \(command) "), "help lacks \(command)")
        }
        #expect(!r.stdout.contains("_save-loop"))
    }

    @Test("check: text and json, exit 1 on errors, 0 when clean")
    func check() throws {
        initPlan()
        let empty = rounds("check", "--week", "2026-W49")
        #expect(empty.status == 1)
        #expect(empty.stdout.hasPrefix("2026-W49 · 30 Nov – 6 Dec 2026\n  error   0 of at least 2 posts planned this week  [cadence.week-under]\n"))
        #expect(empty.stdout.hasSuffix("1 error, 3 warnings · streak 0 weeks at 2+ posts\n"))
        let json = rounds("check", "--week", "2026-W49", "--format", "json")
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let flags = object?["flags"] as? [[String: Any]] ?? []
        #expect(flags.count == 5)  // and World AIDS Day (1 Dec), as info
        #expect(flags.last?["rule"] as? String == "observance.unmentioned")
        #expect(flags.first?["rule"] as? String == "cadence.week-under")
        #expect(Set(flags.first?.keys.map { $0 } ?? []) == ["rule", "severity", "date", "week", "theme", "post", "message", "fix"])
        #expect(object?["streak"] as? Int == 0)
        // Without --body a post starts empty (no template), so the bodies carry the disclaimer.
        let disclaimer = "The information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment."
        for (d, t) in [("2026-11-30", "health-tip"), ("2026-12-02", "qa")] {
            #expect(rounds("add", "--date", d, "--theme", t, "--title", "T", "--status", "ready", "--body", "Walk daily.\n\n" + disclaimer).status == 0)
        }
        let story = rounds("add", "--date", "2026-12-04", "--theme", "success-story", "--title", "Story for World AIDS Day",
                           "--body", "Back to running. Individual results vary.\n\n" + disclaimer).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rounds("consent", story, "--date", "2026-11-20", "--ref", "binder p.4").status == 0)
        #expect(rounds("edit", story, "--status", "ready").status == 0)
        let clean = rounds("check", "--week", "2026-W49")
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stdout == "No flags: the plan meets its goals.\n\n0 errors, 0 warnings · streak 0 weeks at 2+ posts\n")
    }

    @Test("lint: compiler-style text, JSON with code-point offsets, exit 1 on errors")
    func lint() throws {
        let draft = "Great news!\nCall 🩺 Mrs. Diaz at 555-867-5309 today.\n"
        let text = rounds("lint", "-", stdin: draft)
        #expect(text.status == 1)
        // Column 21 counts characters; the underline is placed by display width (🩺 takes two columns).
        #expect(text.stdout.contains("<stdin>:2:21: error: [phi.phone] a phone or fax number can identify a person"), "\(text.stdout)")
        #expect(text.stdout.contains("\n    Call 🩺 Mrs. Diaz at 555-867-5309 today.\n" + String(repeating: " ", count: 25) + "^~~~~~~~~~~~\n"), "\(text.stdout)")
        #expect(text.stdout.hasSuffix("1 error, 1 warning\n"))
        let json = rounds("lint", "--format", "json", stdin: draft)
        #expect(json.status == 1)
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let phone = try #require(items.first { $0["rule"] as? String == "phi.phone" })
        #expect(phone["start"] as? Int == 32)
        #expect(phone["end"] as? Int == 44)
        #expect(phone["excerpt"] as? String == "555-867-5309")
        #expect(phone["severity"] as? String == "error")
        #expect(Set(phone.keys) == ["rule", "severity", "message", "start", "end", "excerpt", "acknowledged"])
        let clean = rounds("lint", stdin: "Walk ten minutes after meals.")
        #expect(clean.status == 0)
        #expect(clean.stdout == "<stdin>: no findings.\n")
        home.write("story.txt", "She is back to running after her knee surgery.")
        let story = rounds("lint", home.file("story.txt"), "--theme", "success-story")
        #expect(story.status == 1)
        #expect(story.stdout.contains("error: [consent.missing]"))
        #expect(story.stdout.contains("warning: [disclaimer.missing]"))
        #expect(story.stdout.contains("warning: [testimonial.disclosure]"))
        #expect(rounds("lint", "--theme", "nope", stdin: "x").status == 2)
        #expect(rounds("lint", home.file("missing.txt")).stderr.contains("cannot read"))
    }

    @Test("check includes the linter's findings on the week's posts")
    func checkWithLint() {
        initPlan()
        _ = rounds("add", "--date", "2026-12-02", "--theme", "qa", "--title", "Fever", "--body", "Call me at 555-867-5309. Not medical advice.")
        let r = rounds("check", "--week", "2026-W49")
        #expect(r.status == 1)
        #expect(r.stdout.contains("Wednesday's Q&A 'Fever' has a phone number: “555-867-5309”  [phi.phone]"), "\(r.stdout)")
    }

    @Test("ack records a reviewed finding on the post; allow silences the practice's own details everywhere")
    func acknowledgeAndAllow() throws {
        initPlan()
        let id = rounds("add", "--date", "2026-12-02", "--theme", "qa", "--title", "Flu shots",
                        "--body", "Questions? Text 555-867-5309 or email jo.smith@gmail.com. Not medical advice.").stdout.trimmingSpaces
        #expect(rounds("check", "--week", "2026-W49").stdout.contains("[phi.phone]"))
        // A rule with no open finding is refused, naming what is open.
        let wrong = rounds("ack", id, "phi.ssn", "--note", "x")
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("has no open phi.ssn finding; open findings: phi.phone “555-867-5309”, phi.email “jo.smith@gmail.com”"), "\(wrong.stderr)")
        #expect(rounds("ack", id, "phi.phone").stderr.contains("--note"))
        let ack = rounds("ack", String(id.prefix(4)), "phi.phone", "--note", "the clinic's public line")
        #expect(ack.status == 0, "\(ack.stderr)")
        #expect(ack.stdout == "Acknowledged phi.phone “555-867-5309” on \(id) 'Flu shots'.\n")
        let file = home.text("plan.json") ?? ""
        #expect(file.contains("\"note\" : \"the clinic's public line\"") || file.contains("\"note\": \"the clinic's public line\""), "\(file)")
        let check = rounds("check", "--week", "2026-W49").stdout
        #expect(!check.contains("[phi.phone]"))
        #expect(check.contains("[phi.email]"))
        // The acknowledgement is kept with the exact excerpt: a changed number is reported again.
        _ = rounds("edit", id, "--body", "Questions? Text 555-867-5310. Not medical advice.")
        #expect(rounds("check", "--week", "2026-W49").stdout.contains("[phi.phone]"))
        #expect(rounds("ack", id, "--remove").stdout == "Removed 1 acknowledgement from \(id).\n")
        // The allow-list: exact strings, everywhere.
        #expect(rounds("allow", "555-867-5310").stdout == "Added '555-867-5310' to the allow-list.\n")
        #expect(!rounds("check", "--week", "2026-W49").stdout.contains("[phi.phone]"))
        #expect(rounds("lint", stdin: "Book at 555-867-5310.").status == 0)
        #expect(rounds("allow", "--domain", "example-clinic.com").status == 0)
        #expect(rounds("allow").stdout == "Allow-list (1):\n  555-867-5310\nAllowed link domains (1):\n  example-clinic.com\n")
        #expect(rounds("allow", "--remove", "555-0000").stderr.contains("'555-0000' is not on the allow-list"))
        #expect(rounds("allow", "--domain", "not a domain").status == 2)
    }

    @Test("plan-week fills next week once; running it twice adds nothing")
    func planWeek() {
        initPlan()
        let first = rounds("plan-week")
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("2026-W49 · 30 Nov – 6 Dec 2026: added 3 ideas:\n"))
        let before = home.bytes("plan.json")
        let second = rounds("plan-week", "2026-W49")
        #expect(second.stdout == "2026-W49 · 30 Nov – 6 Dec 2026: every themed slot is already planned.\n")
        #expect(rounds("list", "--week", "next").stdout.components(separatedBy: "idea ").count == 4)
        // The unchanged plan saves to the same bytes.
        #expect(home.bytes("plan.json") == before)
    }

    @Test("consent: record, refuse ready without it, revoke")
    func consent() {
        initPlan()
        let id = rounds("add", "--date", "fri", "--theme", "success-story", "--title", "Back to running").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let refused = rounds("edit", id, "--status", "ready")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("'Back to running' needs a valid written consent record before it can be ready: no consent record"))
        #expect(rounds("consent", id, "--date", "2026-12-01", "--ref", "x").stderr.contains("in the future"))
        let ok = rounds("consent", id, "--date", "2026-11-20", "--ref", "Signed form, binder p.4", "--expires", "2027-11-20")
        #expect(ok.stdout == "Consent recorded for \(id) 'Back to running'.\n")
        #expect(rounds("edit", id, "--status", "ready").status == 0)
        let changed = rounds("edit", id, "--body", "New words")
        #expect(changed.stderr.contains("back to draft; confirm consent again"))
        #expect(rounds("show", id, "--format", "json").stdout.contains("\"status\": \"draft\""))
        let revoked = rounds("consent", id, "--revoke")
        #expect(revoked.status == 0)
        #expect(revoked.stdout.contains("Consent revoked for \(id)."))
        #expect(rounds("show", id).stdout.contains("(consent was revoked)"))
    }

    @Test("a save that fails (file size limit) exits non-zero and leaves the plan byte-identical",
          .disabled(if: runningUnderThreadSanitizer, "the ThreadSanitizer runtime dies under ulimit -f"))
    func failedSave() {
        initPlan()
        let before = home.bytes("plan.json")
        let big = String(repeating: "x", count: 20_000)
        let r = Spawn.run("/bin/sh", ["-c", "ulimit -f 4; exec \"$0\" \"$@\"", Spawn.roundsPath, "add", "--date", "mon", "--theme", "qa", "--title", "Big", "--body", big],
                          env: Spawn.environment(home: home.path, extra: ["ROUNDS_PLAN": plan]))
        #expect(r.status == 2)
        #expect(r.stderr.contains("not saved: write: File too large"), "\(r.stderr)")
        #expect(home.bytes("plan.json") == before)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: home.path))?.filter { $0.contains(".tmp-") } ?? ["?"]
        #expect(leftovers.isEmpty)
    }

    @Test("a plan of several megabytes (where loading prepares huge pages) lists, edits and saves exactly")
    func largePlanThroughTheBinary() throws {
        let big = Fixtures.largePlan(posts: 12_000)
        let bytes = PlanCodec.encode(big)
        #expect(bytes.count > 5_000_000)
        #expect(FileManager.default.createFile(atPath: plan, contents: Data(bytes)))
        let list = rounds("list", "--week", "2000-W02")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.hasPrefix("2000-W02 · 10–16 Jan 2000\n"))
        #expect(list.stdout.contains("00000007  Q&A"), "\(list.stdout)")
        #expect(list.stdout.split(separator: "\n").count == 8)  // the heading and 7 posts
        let edit = rounds("edit", "00000007", "--title", "Changed in a large plan")
        #expect(edit.status == 0, "\(edit.stderr)")
        let back = try PlanCodec.decode(try #require(home.bytes("plan.json")))
        var expected = big
        guard var post = big.post(id: "00000007"), let saved = back.post(id: "00000007") else {
            Issue.record("post 00000007 is missing")
            return
        }
        post.title = "Changed in a large plan"
        post.updated = saved.updated
        // The edit records who changed the text, with the hash of the text it left.
        #expect(saved.lastEdit?.covers(saved) == true)
        post.lastEdit = saved.lastEdit
        expected.upsert(post)
        let same = back == expected  // compared apart: a failure must not print 6 MB of plan
        #expect(same, "the saved plan differs from the loaded one beyond the edited title")
    }

    @Test("a plan path that is a folder, a looping link or a link to nothing: every command says so, exits 2, and replaces nothing",
          arguments: ["folder", "loop", "dangling"])
    func unusablePlanPath(_ kind: String) throws {
        switch kind {
        case "folder": try FileManager.default.createDirectory(atPath: plan, withIntermediateDirectories: false)
        case "loop":
            try FileManager.default.createSymbolicLink(atPath: plan, withDestinationPath: "other.json")
            try FileManager.default.createSymbolicLink(atPath: home.file("other.json"), withDestinationPath: "plan.json")
        default: try FileManager.default.createSymbolicLink(atPath: plan, withDestinationPath: "nowhere.json")
        }
        let reason = ["folder": "Is a directory", "loop": "Too many levels of symbolic links", "dangling": "a symbolic link to a file that does not exist"][kind]!
        for args in [["list"], ["add", "--date", "mon", "--theme", "qa", "--title", "x"], ["check"], ["export"]] {
            let r = Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan])
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("cannot read \(plan)") && r.stderr.contains(reason), "\(args): \(r.stderr)")
        }
        let initAgain = rounds("init")
        #expect(initAgain.status == 2)
        #expect(initAgain.stderr.contains(kind == "folder" ? "is a folder" : "is a symbolic link that leads nowhere"), "\(initAgain.stderr)")
        // Still exactly what was there.
        if kind == "folder" {
            #expect(try FileManager.default.contentsOfDirectory(atPath: plan).isEmpty)
        } else {
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: plan) == (kind == "loop" ? "other.json" : "nowhere.json"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains(".tmp") }.isEmpty)
    }
}
