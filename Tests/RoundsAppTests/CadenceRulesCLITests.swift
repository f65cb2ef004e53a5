import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Status demotion, template placeholders, theme absence and plan-week against check, and the
/// small print of the commands, through the binary.
@Suite("Cadence rules and small print through the binary")
struct CadenceRulesCLITests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }
    static let disclaimer = "The information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment."

    func rounds(_ args: String..., stdin: String? = nil) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan], stdin: stdin)
    }

    func id(_ r: SpawnResult) -> String { r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    func status(_ id: String) -> String? {
        rounds("show", id).stdout.split(separator: "\n").first { $0.hasPrefix("status:") }.map { String($0.dropFirst(11)) }
    }

    @Test("a consented story: text back to what consent covers stays ready; a posted story keeps posted, flagged as changed after posting")
    func demotion() {
        #expect(rounds("init").status == 0)
        let story = id(rounds("add", "--date", "2026-11-20", "--theme", "success-story", "--title", "Back to running",
                              "--body", "She ran again. Individual results vary."))
        #expect(rounds("consent", story, "--date", "2026-11-19", "--ref", "form 114").status == 0)
        #expect(rounds("edit", story, "--status", "ready").status == 0)
        // A change consent does not cover: back to draft.
        let changed = rounds("edit", story, "--body", "She ran again!! Individual results vary.")
        #expect(changed.stderr.contains("is back to draft"), "\(changed.stderr)")
        #expect(status(story) == "draft")
        // The text back to what consent covers: consent is valid again and ready is allowed.
        #expect(rounds("edit", story, "--body", "She ran again. Individual results vary.", "--status", "ready").status == 0)
        // A title change and its undo in one edit leave it ready.
        #expect(rounds("edit", story, "--title", "Back to running").status == 0)
        #expect(status(story) == "ready")
        #expect(rounds("edit", story, "--status", "posted").status == 0)
        let after = rounds("edit", story, "--body", "She ran a marathon. Individual results vary.")
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stderr.contains("was already posted: changed after posting"), "\(after.stderr)")
        #expect(status(story) == "posted")
    }

    @Test("template placeholders are not posts: plan-week twice makes no streak, the header counts none, ready is refused, check flags them")
    func placeholders() throws {
        #expect(rounds("init").status == 0)
        #expect(rounds("plan-week", "last").status == 0)
        #expect(rounds("plan-week", "this").status == 0)
        let export = rounds("export", "--width", "300")
        #expect(export.stdout.contains("0 posts (goal 2–3 a week; 3 untouched ideas) · Health Tip ✗ · Q&A ✗ · Success Story ✗"), "\(export.stdout.prefix(300))")
        #expect(export.stdout.contains("streak 0 weeks"))
        let check = rounds("check", "--week", "this")
        #expect(check.stdout.contains("0 of at least 2 posts planned this week"), "\(check.stdout)")
        #expect(check.stdout.contains("still holds the template's placeholder [the tip, in one sentence] (and 1 more)  [draft.placeholder]"), "\(check.stdout)")
        #expect(check.stdout.contains("streak 0 weeks"))
        let tip = try #require(rounds("list").stdout.split(separator: "\n").first { $0.contains("Health Tip (idea)") })
        let tipID = String(tip.split(separator: " ", omittingEmptySubsequences: true)[2])
        let ready = rounds("edit", tipID, "--status", "ready")
        #expect(ready.status == 2)
        #expect(ready.stderr.contains("still holds the template's placeholder [the tip, in one sentence]: write the post before it can be ready"), "\(ready.stderr)")
        // add without --body starts empty; --template starts from the template.
        let plain = id(rounds("add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Plain"))
        #expect(rounds("show", plain).stdout.hasSuffix("\n(no body yet)\n"))
        let templated = id(rounds("add", "--date", "2026-12-08", "--theme", "qa", "--title", "From the template", "--template"))
        #expect(rounds("show", templated).stdout.contains("You asked: [the question, in general terms]"))
    }

    @Test("theme-missing counts the weeks since the theme's last post")
    func themeMissing() {
        #expect(rounds("init").status == 0)
        #expect(rounds("add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Last tip", "--body", "x").status == 0)
        #expect(rounds("add", "--date", "2027-02-24", "--theme", "qa", "--title", "Q", "--body", "x").status == 0)
        let check = rounds("check", "--week", "2027-W09")
        // 2026-W50 to 2027-W09: W51, W52, W53 and W01–W09 are twelve weeks without one.
        #expect(check.stdout.contains("no Health Tip for 12 weeks (the goal is every week)"), "\(check.stdout)")
        #expect(!check.stdout.contains("no Health Tip for 2 weeks"))
    }

    @Test("plan-week and check agree: a slot plan-week cannot fill is named with the reason")
    func planWeekAgreesWithCheck() {
        #expect(rounds("init").status == 0)
        // Friday of W50 is full (one a day) with a Q&A: the Success Story slot stays empty.
        #expect(rounds("add", "--date", "2026-12-11", "--theme", "qa", "--title", "Friday Q", "--body", "x").status == 0)
        #expect(rounds("add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Tip", "--body", "x").status == 0)
        let pw = rounds("plan-week", "2026-W50")
        #expect(!pw.stdout.contains("every themed slot is already planned"), "\(pw.stdout)")
        #expect(pw.stdout.contains("Not filled: Friday's Success Story: Friday 2026-12-11 already has 1 post (the plan allows 1 a day)"), "\(pw.stdout)")
        #expect(rounds("check", "--week", "2026-W50").stdout.contains("Friday's Success Story is empty"))
    }

    @Test("small print: --date -7, ISO weeks on Sunday-start plans, markdown lists, help without stray backslashes, dry-run ids")
    func smallPrint() throws {
        #expect(rounds("init", "--week-start", "sunday").status == 0)
        let back = rounds("add", "--date", "-7", "--theme", "qa", "--title", "A week ago", "--body", "1. first\n2) second")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(rounds("list", "--all").stdout.contains("Wed 2026-11-18"))
        // --week 2026-W49 is ISO's W49 (30 Nov – 6 Dec) on a Sunday-start plan too.
        #expect(rounds("add", "--date", "2026-12-06", "--theme", "health-tip", "--title", "Sunday", "--body", "x", "--force").status == 0)
        let w49 = rounds("list", "--week", "2026-W49").stdout
        #expect(w49.contains("Sunday"), "\(w49)")
        let md = rounds("export", "--from", "2026-11-18", "--to", "2026-11-18", "--format", "markdown").stdout
        #expect(md.contains("1\\. first") && md.contains("2\\) second"), "\(md)")
        for command in ["lint", "export", "import", "ack", "allow"] {
            let help = rounds(command, "--help").stdout
            #expect(!help.contains(" \\\n") && !help.contains("\\ "), "\(command) --help: \(help)")
        }
        home.write("in.csv", "date,theme,title\n2026-12-09,qa,New one\n")
        let dry = rounds("import", home.file("in.csv"), "--dry-run")
        #expect(dry.stdout.contains("  (new id)  2026-12-09  qa  New one"), "\(dry.stdout)")
        home.write("semi.csv", "date;theme;title\n2026-12-10;qa;Semicolons\n")
        let semi = rounds("import", home.file("semi.csv"))
        #expect(semi.status == 0, "\(semi.stderr)")
        home.write("few.csv", "when,what\n2026-12-10,x\n")
        let few = rounds("import", home.file("few.csv"))
        #expect(few.stderr.contains("no 'date', 'theme', 'title' columns (required: date, theme, title; optional: body, platform"), "\(few.stderr)")
        #expect(few.stderr.components(separatedBy: "columns").count == 2, "one message, not one per column: \(few.stderr)")
    }
}
