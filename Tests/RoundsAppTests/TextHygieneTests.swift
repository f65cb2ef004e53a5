import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// What comes in and goes out as text: control characters refused with the character and its
/// place, escaped where an older file has them; line endings normalised; list fields split
/// the same way and without repeats.
@Suite("Text in and out")
struct TextHygieneTests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func rounds(_ args: String..., stdin: String? = nil) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan], stdin: stdin)
    }

    @Test("control characters and bidi overrides are refused on input, naming the character and its place", arguments: [
        (["add", "--date", "mon", "--theme", "qa", "--title", "Hi\u{1B}[2J"], "the title holds the control character ESC (U+001B) at character 3: remove it"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "ok", "--body", "line\u{7}bell"], "the body holds the control character BEL (U+0007) at character 5"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "invoice\u{202E}fdp.exe"], "the title holds a bidi override (U+202E)"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "ok", "--body", "a\u{202E}b"], "the body holds a bidi override (U+202E)"),
        (["add", "--date", "mon", "--theme", "qa", "--title", "ok", "--hashtag", "x\u{1B}"], "holds the control character ESC"),
    ])
    func refusedOnInput(_ c: ([String], String)) {
        #expect(rounds("init").status == 0)
        let before = home.bytes("plan.json")
        let r = Spawn.rounds(c.0, home: home.path, env: ["ROUNDS_PLAN": plan])
        #expect(r.status == 2)
        #expect(r.stderr.contains(c.1), "\(r.stderr)")
        #expect(!r.stderr.contains("\u{1B}"), "the error itself must not carry the escape")
        #expect(home.bytes("plan.json") == before)
    }

    @Test("edit and import refuse them too; tabs and newlines in bodies are fine")
    func editAndImport() {
        #expect(rounds("init").status == 0)
        let id = rounds("add", "--date", "mon", "--theme", "qa", "--title", "Fine", "--body", "one\ttab\ntwo lines").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.count == 8)
        let edit = rounds("edit", id, "--title", "bad\u{1B}]0;pwned\u{7}")
        #expect(edit.status == 2)
        #expect(edit.stderr.contains("the title holds the control character ESC (U+001B) at character 4"), "\(edit.stderr)")
        home.write("in.csv", "date,theme,title,body\n2026-12-02,qa,\"Clear\u{1B}[2J\",x\n")
        let imp = rounds("import", home.file("in.csv"))
        #expect(imp.status == 2)
        #expect(imp.stderr.contains("line 2: 'Clear\\x1b[2J': the title holds the control character ESC (U+001B) at character 6"), "\(imp.stderr)")
        #expect(!imp.stderr.contains("\u{1B}"))
    }

    @Test("control characters already in a plan are escaped by list, show, check and the text export")
    func escapedOnOutput() throws {
        #expect(rounds("init").status == 0)
        #expect(rounds("add", "--date", "2026-11-23", "--theme", "health-tip", "--title", "Placeholder", "--body", "Body").status == 0)
        // An older file (or another tool) put an escape sequence in the title and the body.
        var text = try #require(home.text("plan.json"))
        text = text.replacingOccurrences(of: "\"title\": \"Placeholder\"", with: "\"title\": \"Clear\\u001b[2J\\u202eme\"")
        text = text.replacingOccurrences(of: "\"body\": \"Body\"", with: "\"body\": \"Ring\\u0007\\r\\nnext\"")
        home.write("plan.json", text)
        for args in [["list"], ["show", String(rounds("list").stdout.split(separator: " ").dropFirst(4).first ?? "")], ["export"], ["export", "--format", "markdown"], ["check"]] {
            let r = Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan])
            #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{7}") && !r.stdout.contains("\u{202E}"), "\(args): \(r.stdout.debugDescription.prefix(400))")
            #expect(!r.stdout.contains("\r"), "\(args)")
        }
        #expect(rounds("list").stdout.contains("Clear\\x1b[2J\\u{202e}me"))
        let export = rounds("export").stdout
        #expect(export.contains("Ring\\x07\\r"), "\(export)")
    }

    @Test("CRLF inside csv cells, ics text and --body-file becomes \\n")
    func lineEndings() throws {
        #expect(rounds("init").status == 0)
        home.write("in.csv", "date,theme,title,body\r\n2026-12-02,qa,Fever,\"Line one\r\nLine two\"\r\n")
        #expect(rounds("import", home.file("in.csv")).status == 0)
        // A json export from another machine, with CRLF in the body.
        let other = home.file("other.json")
        #expect(Spawn.rounds(["init", "--plan", other], home: home.path).status == 0)
        #expect(Spawn.rounds(["add", "--plan", other, "--date", "2026-12-07", "--theme", "health-tip", "--title", "Sleep", "--body", "One"], home: home.path).status == 0)
        let json = Spawn.rounds(["export", "--plan", other, "--week", "2026-W50", "--format", "json"], home: home.path).stdout
        home.write("in.json", json.replacingOccurrences(of: "\"body\": \"One\"", with: "\"body\": \"One\\r\\nTwo\""))
        let imp = rounds("import", home.file("in.json"))
        #expect(imp.status == 0, "\(imp.stderr)")
        home.write("body.txt", "Para one\r\nPara two\rold mac\r\n")
        #expect(rounds("add", "--date", "2026-12-04", "--theme", "success-story", "--title", "Story", "--body-file", home.file("body.txt")).status == 0)
        let file = try #require(home.text("plan.json"))
        #expect(!file.contains("\\r"), "a carriage return was stored")
        #expect(file.contains("\"body\": \"Line one\\nLine two\""))
        #expect(file.contains("\"body\": \"One\\nTwo\""))
        #expect(file.contains("\"body\": \"Para one\\nPara two\\nold mac\\n\""))
    }

    @Test("every list field splits on , ; | and keeps each value once")
    func listFields() throws {
        #expect(rounds("init").status == 0)
        let add = rounds("add", "--date", "2026-11-30", "--theme", "health-tip", "--title", "Twice", "--platform", "x", "--platform", "x",
                         "--platform", "linkedin;x", "--hashtag", "sleep", "--hashtag", "#Sleep", "--hashtag", "rest;walk")
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let csv = rounds("export", "--week", "2026-W49", "--format", "csv").stdout
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix(id) }.count == 2, "one row per platform, once each: \(csv)")
        #expect(rounds("show", id).stdout.contains("platforms: x, linkedin\nhashtags:  #sleep #rest #walk\n"))
        home.write("in.csv", "date,theme,title,platform,hashtags\n2026-12-02,qa,Split,\"linkedin;x;x\",\"health;sleep,health|#Sleep\"\n")
        #expect(rounds("import", home.file("in.csv")).status == 0)
        let show = rounds("list", "--week", "2026-W49", "--format", "json").stdout
        #expect(show.contains("\"hashtags\": [\n      \"health\",\n      \"sleep\"\n    ]") || show.contains("\"hashtags\": [\"health\", \"sleep\"]"), "\(show)")
    }
}
