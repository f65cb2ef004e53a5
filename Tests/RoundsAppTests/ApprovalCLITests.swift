import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Approvals through the built binary: `rounds profile --approval`, `rounds approve`, the
/// status gate of `rounds edit`, what `show`, `list` and `check` say, and the file.
@Suite("rounds approve")
struct ApprovalCLITests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    static let nurse = ["ROUNDS_NAME": "Nurse Kim", "USER": "kim"]
    static let ruiz = ["ROUNDS_NAME": "Dr. Ana Ruiz", "USER": "ana"]
    static let lee = ["USER": "lee"]

    func rounds(_ args: String..., env: [String: String] = nurse) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan].merging(env) { $1 })
    }

    func fileText() -> String { (try? String(contentsOfFile: plan, encoding: .utf8)) ?? "" }

    /// A plan that requires approvals by Dr. Ana Ruiz or Dr. Lee, and Wednesday's Q&A the nurse wrote.
    func setUp(differ: Bool = true) -> String {
        #expect(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        let p = rounds("profile", "--approval", "required", "--approver", "Dr. Ana Ruiz", "--approver", "Dr. Lee",
                       "--approvers-differ", differ ? "yes" : "no")
        #expect(p.status == 0, "\(p.stderr)")
        let add = rounds("add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad?", "--body", "Mostly not.")
        #expect(add.status == 0, "\(add.stderr)")
        return add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("profile: the rule is set, said, printed and kept at the top level of the file")
    func profile() {
        #expect(rounds("init").status == 0)
        let r = rounds("profile", "--approval", "required", "--approver", "Dr. Ana Ruiz", "--approver", "Dr. Lee", "--approvers-differ", "yes")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "approval: off → required\napprovers: anyone → Dr. Ana Ruiz, Dr. Lee\napprovers differ: no → yes\n")
        #expect(rounds("profile").stdout.contains("approval:     required · approvers Dr. Ana Ruiz, Dr. Lee · approvers differ from the last editor\n"))
        #expect(rounds("profile", "--format", "json").stdout.contains("\"approvers\": ["))
        #expect(fileText().contains("\n  \"approvals\": {\n    \"approvers\": [\n      \"Dr. Ana Ruiz\",\n      \"Dr. Lee\"\n    ],\n    \"approversDiffer\": true,\n    \"required\": true\n  },\n"))
        let anyone = rounds("profile", "--approver", "anyone")
        #expect(anyone.stdout == "approvers: Dr. Ana Ruiz, Dr. Lee → anyone\n")
        let bad = rounds("profile", "--approval", "maybe")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("approval: 'maybe' must be required or off"), "\(bad.stderr)")
    }

    @Test("required: ready is refused with the fix; an approver approves; ready works; show and list say so")
    func gateAndApprove() {
        let id = setUp()
        let before = fileText()
        let refused = rounds("edit", id, "--status", "ready")
        #expect(refused.status == 2)
        #expect(refused.stderr == "rounds: 'Is a fever always bad?' cannot be ready without an approval of its text: not approved yet\napprove it first: rounds approve \(id) --by NAME\n")
        #expect(fileText() == before, "a refused change writes nothing")
        #expect(rounds("list").stdout.contains("(awaiting approval)"))

        let ok = rounds("approve", id, "--by", "dr. lee", "--note", "checked", env: Self.lee)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "Approved \(id) 'Is a fever always bad?' by Dr. Lee (lee).\n")
        #expect(rounds("edit", id, "--status", "ready").status == 0)
        let show = rounds("show", id).stdout
        #expect(show.contains("status:    ready\n"))
        #expect(show.contains("approval:  approved by Dr. Lee (lee) on 2026-11-25 10:00 UTC: “checked”\n"), "\(show)")
        #expect(show.contains("edited by: Nurse Kim (kim)\n"), "\(show)")
        #expect(rounds("list").stdout.contains("(approved)"))
        let json = rounds("show", id, "--format", "json").stdout
        #expect(json.contains("\"approval\": {"), "\(json)")
        #expect(json.contains("\"by\": \"Dr. Lee\""))
        #expect(json.contains("\"user\": \"lee\""))
        #expect(fileText().contains("\"lastEdit\": {\n        \"name\": \"Nurse Kim\",\n"))
    }

    @Test("a change to the text clears the approval and says so; the ready post goes back to draft")
    func clearedByEdit() {
        let id = setUp()
        #expect(rounds("approve", id, "--by", "Dr. Lee", env: Self.lee).status == 0)
        #expect(rounds("edit", id, "--status", "ready").status == 0)
        let edit = rounds("edit", id, "--body", "Mostly not, usually.")
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(edit.stderr == "rounds: note: the text changed and no approval covers it: 'Is a fever always bad?' is back to draft; approve it again\n")
        let show = rounds("show", id).stdout
        #expect(show.contains("status:    draft\n"))
        #expect(show.contains("approval:  awaiting approval (the text changed after Dr. Lee approved it): rounds approve \(id) --by NAME\n"), "\(show)")
        // A draft's approval left behind says so too.
        #expect(rounds("approve", id, "--by", "Dr. Lee", env: Self.lee).status == 0)
        let again = rounds("edit", id, "--title", "Is a fever bad?")
        #expect(again.stderr == "rounds: note: the text changed after Dr. Lee approved it: the approval no longer covers 'Is a fever bad?'\n")
    }

    @Test("approvers must differ: the last editor (by name or system user) is refused; not an approver is refused")
    func refusals() {
        let id = setUp()
        #expect(rounds("edit", id, "--body", "Dr. Ruiz's own words.", env: Self.ruiz).status == 0)
        let same = rounds("approve", id, "--by", "Dr. Ana Ruiz", env: Self.ruiz)
        #expect(same.status == 2)
        #expect(same.stderr == "rounds: Dr. Ana Ruiz cannot approve 'Is a fever always bad?': Dr. Ana Ruiz (ana) last changed its text, and this plan's approvers must differ from the last editor\nanother approver approves it: rounds approve ID --by NAME\n")
        let sameUser = rounds("approve", id, "--by", "Dr. Lee", env: ["USER": "ana"])
        #expect(sameUser.status == 2)
        // Another name from the editor's login: the login is what matched, and the message says so.
        #expect(sameUser.stderr.contains("Dr. Lee cannot approve 'Is a fever always bad?' from the login 'ana': that login last changed its text (as Dr. Ana Ruiz)"), "\(sameUser.stderr)")
        let nurse = rounds("approve", id, "--by", "Nurse Kim")
        #expect(nurse.status == 2)
        #expect(nurse.stderr.hasPrefix("rounds: Nurse Kim is not an approver of this plan (approvers: Dr. Ana Ruiz, Dr. Lee)\n"), "\(nurse.stderr)")
        #expect(!fileText().contains("\"approval\""))
        #expect(rounds("approve", id, "--by", "Dr. Lee", env: Self.lee).status == 0)
        #expect(rounds("approve", id).status == 2, "no --by and no --revoke is a usage error")
    }

    @Test("revoke: the approval is revoked, a ready post goes back to draft; nothing to revoke is refused")
    func revoke() {
        let id = setUp()
        #expect(rounds("approve", id, "--revoke").stderr.contains("has no approval to revoke"))
        #expect(rounds("approve", id, "--by", "Dr. Lee", env: Self.lee).status == 0)
        #expect(rounds("edit", id, "--status", "ready").status == 0)
        let r = rounds("approve", id, "--revoke")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "note: 'Is a fever always bad?' is back to draft: its approval was revoked\nApproval revoked for \(id).\n")
        #expect(fileText().contains("\"revoked\": true"))
        #expect(rounds("show", id).stdout.contains("approval:  awaiting approval (the approval by Dr. Lee was revoked)"))
    }

    @Test("check: a post ready from before approvals were required is an error (exit 1), with the command that fixes it")
    func check() {
        #expect(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        let add = rounds("add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad?", "--body",
                         "Mostly not.\n\nThe information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment.",
                         "--status", "ready")
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let calm = rounds("check", "--week", "2026-W48", "--format", "json")
        #expect(!calm.stdout.contains("approval.missing"))
        #expect(rounds("profile", "--approval", "required").status == 0)
        let r = rounds("check", "--week", "2026-W48")
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stdout.contains("Wednesday's Q&A 'Is a fever always bad?' is ready without a valid approval: not approved yet"), "\(r.stdout)")
        #expect(r.stdout.contains("an approver approves its text: rounds approve \(id) --by NAME (or rounds edit \(id) --status draft)"), "\(r.stdout)")
        #expect(rounds("approve", id, "--by", "Dr. Ana Ruiz").status == 0)
        #expect(!rounds("check", "--week", "2026-W48").stdout.contains("approval"))
    }

    @Test("import: a row marked ready is refused while approvals are required, with its line; nothing is written")
    func importGate() throws {
        _ = setUp()
        let before = fileText()
        let csv = home.file("posts.csv")
        try "date,theme,title,body,status\n2026-11-26,qa,Imported,Body,ready\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let r = rounds("import", csv)
        #expect(r.status != 0)
        #expect(r.stderr.contains("line 2"), "\(r.stderr)")
        #expect(r.stderr.contains("cannot be ready without an approval of its text"), "\(r.stderr)")
        #expect(fileText() == before)
    }

    @Test("import: an approval by someone this plan does not list does not come in (the ready row is refused); the importer is the last editor")
    func importApprovalsAndEditor() throws {
        // Plan A: anyone may approve; Mallory approves a post and it goes ready; exported as json.
        let a = home.file("a.json")
        func ra(_ args: String..., env: [String: String] = Self.nurse) -> SpawnResult {
            Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": a].merging(env) { $1 })
        }
        #expect(ra("init").status == 0)
        #expect(ra("profile", "--approval", "required").status == 0)
        let id = ra("add", "--date", "2026-12-09", "--theme", "qa", "--title", "Imported q", "--body", "General information, not medical advice.")
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ra("approve", id, "--by", "Mallory", env: ["USER": "mallory"]).status == 0)
        #expect(ra("edit", id, "--status", "ready").status == 0)
        #expect(ra("export", "--week", "2026-W50", "--format", "json", "-o", home.file("a-export.json")).status == 0)
        // Plan B lists Dr. Ana Ruiz and Dr. Lee: Mallory's approval is not one of theirs.
        _ = setUp()
        let before = fileText()
        let refused = rounds("import", home.file("a-export.json"))
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("cannot be ready without an approval of its text"), "\(refused.stderr)")
        #expect(fileText() == before)
        // A draft imported by the nurse: she is its last editor, so she cannot approve it when approvers must differ.
        let csv = home.file("one.csv")
        try "date,theme,title,body\n2026-12-10,qa,Imported one,Body\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(rounds("import", csv).status == 0)
        let text = fileText()
        #expect(text.contains("\"lastEdit\""), "the importer is recorded as the last editor")
        let list = rounds("list", "--week", "2026-W50", "--format", "json").stdout
        let newID = try #require(list.components(separatedBy: "\"id\": \"").dropFirst().first { _ in true }.map { String($0.prefix(8)) })
        let same = rounds("approve", newID, "--by", "Dr. Lee", env: ["ROUNDS_NAME": "Dr. Lee", "USER": "kim"])
        #expect(same.status == 2, "the nurse's own login approving what she imported: \(same.stdout)")
        #expect(same.stderr.contains("last changed its text"), "\(same.stderr)")
    }

    @Test("add --status ready while approvals are required: refused with the way to do it, no id that does not exist")
    func addReady() {
        _ = setUp()
        let before = fileText()
        let r = rounds("add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "W", "--body", "x", "--status", "ready")
        #expect(r.status == 2)
        #expect(r.stderr.contains("add it as a draft, have it approved (rounds approve ID --by NAME), then set it ready"), "\(r.stderr)")
        #expect(r.stderr.range(of: "approve [0-9a-f]{8}", options: .regularExpression) == nil, "\(r.stderr)")
        #expect(fileText() == before)
    }

    @Test("profile: 'anyone' beside names, or an empty name, is refused; 'anyone' alone empties the list")
    func approverAnyone() {
        #expect(rounds("init").status == 0)
        let mixed = rounds("profile", "--approver", "anyone", "--approver", "Dr. Q")
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("'anyone' means no list"), "\(mixed.stderr)")
        let empty = rounds("profile", "--approver", "")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("must not be empty"), "\(empty.stderr)")
        #expect(!fileText().contains("\"anyone\""))
        #expect(rounds("profile", "--approver", "Dr. Q").status == 0)
        let anyone = rounds("profile", "--approver", "anyone")
        #expect(anyone.status == 0)
        #expect(anyone.stdout.contains("approvers: Dr. Q → anyone"), "\(anyone.stdout)")
    }

    @Test("a scheduler export refuses a post without a valid approval, naming it and the command")
    func schedulerExport() {
        #expect(rounds("init", "--name", "Dr. Ana Ruiz").status == 0)
        let add = rounds("add", "--date", "2026-11-25", "--theme", "qa", "--title", "Is a fever always bad?", "--body",
                         "Mostly not.\n\nThe information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment.",
                         "--status", "ready")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rounds("export", "--week", "2026-W48", "--format", "csv", "--csv-profile", "buffer").status == 0)
        #expect(rounds("profile", "--approval", "required").status == 0)
        let r = rounds("export", "--week", "2026-W48", "--format", "csv", "--csv-profile", "buffer")
        #expect(r.status == 1)
        #expect(r.stderr.contains("Wed 2026-11-25 'Is a fever always bad?' (\(id)): approval: not approved yet"), "\(r.stderr)")
        #expect(r.stderr.contains("approve the text (rounds approve ID --by NAME)"), "\(r.stderr)")
        #expect(rounds("approve", id, "--by", "Dr. Ana Ruiz").status == 0)
        #expect(rounds("export", "--week", "2026-W48", "--format", "csv", "--csv-profile", "buffer").status == 0)
    }
}
