import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// `rounds sync` and `rounds log` against a local bare remote, as a practice would run them.
@Suite("rounds sync and rounds log")
struct SyncTests {
    func seeded(_ g: GitFixture, clones: [String]) {
        g.clone(clones[0])
        #expect(g.rounds(clones[0], "init").status == 0)
        g.commitAll(clones[0], "a plan")
        g.push(clones[0])
        for c in clones.dropFirst() { g.clone(c) }
    }

    @Test("two clones add posts and sync: both end with both, the commit message says what changed")
    func twoClones() throws {
        let g = GitFixture()
        seeded(g, clones: ["a", "b", "c"])
        _ = g.rounds("a", "add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Walk after meals")
        let a1 = g.rounds("a", "sync")
        #expect(a1.status == 0, "\(a1.stderr)")
        #expect(a1.stdout == "rounds sync: committed “rounds: 1 post added: Mon 7 Dec Health Tip”, pushed to origin/main\n")
        _ = g.rounds("b", "add", "--date", "2026-12-09", "--theme", "qa", "--title", "Is a fever bad?")
        let b1 = g.rounds("b", "sync")
        #expect(b1.stdout == "rounds sync: committed “rounds: 1 post added: Wed 9 Dec Q&A”, merged 1 commit from origin/main, pushed to origin/main\n", "\(b1.stderr)")
        #expect(g.rounds("a", "sync").status == 0)
        for clone in ["a", "b"] {
            #expect(try g.read(clone).posts.map(\.title).sorted() == ["Is a fever bad?", "Walk after meals"])
        }
        #expect(g.rounds("a", "sync").stdout == "rounds sync: up to date with origin/main\n")
        // A clone that never ran git setup: sync passes the driver itself. (Both edit one
        // post on neighbouring lines, title and updated: a text merge would conflict.)
        #expect(g.rounds("c", "sync").status == 0)
        g.git(g.path("c"), "config", "--unset", "merge.rounds.driver")
        let id = try #require(try g.read("a").posts.first { $0.title == "Walk after meals" }?.id)
        #expect(g.rounds("a", "edit", id, "--title", "Walk 10 minutes after meals").status == 0)
        #expect(g.rounds("a", "sync").status == 0)
        #expect(g.rounds("c", "edit", id, "--status", "ready", env: ["ROUNDS_NOW": "2026-11-26T08:00:00Z"]).status == 0)
        let c1 = g.rounds("c", "sync")
        #expect(c1.status == 0, "\(c1.stderr)")
        #expect(c1.stdout == "rounds sync: committed “rounds: 1 post changed: Mon 7 Dec Health Tip”, merged 1 commit from origin/main, pushed to origin/main\n")
        let merged = try #require(try g.read("c").post(id: id))
        #expect(merged.title == "Walk 10 minutes after meals" && merged.status == .ready)
        let body = g.git(g.path("c"), "log", "-1", "--no-merges", "--format=%B").stdout
        #expect(body == "rounds: 1 post changed: Mon 7 Dec Health Tip\n\n\(id) Mon 7 Dec Health Tip 'Walk after meals': status draft → ready\n\n")
    }

    @Test("the README's set-up: git init, remote, rounds git setup, rounds sync; a second clone merges by post")
    func readmeSetup() throws {
        let g = GitFixture()
        let dir = g.path("practice")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(g.rounds("practice", "init").status == 0)
        #expect(g.git(dir, "init", "-q").status == 0)
        #expect(g.git(dir, "remote", "add", "origin", g.hub).status == 0)
        #expect(g.rounds("practice", "git", "setup").status == 0)
        let first = g.rounds("practice", "sync")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "rounds sync: committed “rounds: plan settings changed”, pushed to origin/main\n")
        #expect(g.git(dir, "ls-files").stdout == ".gitattributes\n.gitignore\nplan.json\n", "the set-up travels with the plan")
        g.clone("nurse")
        _ = g.rounds("nurse", "add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "From the nurse")
        _ = g.rounds("practice", "add", "--date", "2026-12-09", "--theme", "qa", "--title", "From the doctor")
        #expect(g.rounds("nurse", "sync").status == 0)
        let doctor = g.rounds("practice", "sync")
        #expect(doctor.status == 0, "\(doctor.stderr)")
        #expect(try g.read("practice").posts.map(\.title).sorted() == ["From the doctor", "From the nurse"])
    }

    @Test("not a repository, no remote: one line each, exit 2")
    func notPossible() {
        let g = GitFixture()
        #expect(Spawn.run(Spawn.roundsPath, ["init", "--plan", g.folder.file("plan.json")], env: g.env).status == 0)
        let none = Spawn.run(Spawn.roundsPath, ["sync", "--plan", g.folder.file("plan.json")], env: g.env)
        #expect(none.status == 2)
        #expect(none.stderr == "rounds: sync: \(g.folder.path) is not a git repository; nothing to sync (git init, or clone the practice's plan repository)\n")
        g.git(g.folder.path, "init", "-q", g.path("solo"))
        #expect(g.rounds("solo", "init").status == 0)
        let noRemote = g.rounds("solo", "sync")
        #expect(noRemote.status == 2)
        #expect(noRemote.stderr == "rounds: sync: no remote to sync with; add the practice's repository with: git remote add origin URL\n")
    }

    @Test("offline: the change is committed locally and the message says so; the next sync pushes it")
    func offline() throws {
        let g = GitFixture()
        seeded(g, clones: ["a"])
        _ = g.rounds("a", "add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Offline tip")
        g.git(g.path("a"), "remote", "set-url", "origin", g.folder.file("unreachable.git"))
        let r = g.rounds("a", "sync")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("rounds: sync: offline: origin cannot be reached ("), "\(r.stderr)")
        #expect(r.stderr.hasSuffix("; your change is committed locally (“rounds: 1 post added: Mon 7 Dec Health Tip”); run rounds sync again when online\n"))
        #expect(g.git(g.path("a"), "log", "-1", "--format=%s").stdout == "rounds: 1 post added: Mon 7 Dec Health Tip\n")
        g.git(g.path("a"), "remote", "set-url", "origin", g.hub)
        let again = g.rounds("a", "sync")
        #expect(again.stdout == "rounds sync: pushed to origin/main\n", "\(again.stderr)")
        #expect(g.git(g.hub, "log", "-1", "--format=%s", "main").stdout == "rounds: 1 post added: Mon 7 Dec Health Tip\n")
    }

    @Test("a push the remote rejects: said in one line, the commit kept")
    func rejected() throws {
        let g = GitFixture()
        seeded(g, clones: ["a"])
        let hook = g.hub + "/hooks/pre-receive"
        try "#!/bin/sh\necho 'the practice freezes the plan on Fridays'\nexit 1\n".write(toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)
        _ = g.rounds("a", "add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Rejected tip")
        let r = g.rounds("a", "sync")
        #expect(r.status == 1)
        #expect(r.stderr == "rounds: sync: push rejected by origin (remote: the practice freezes the plan on Fridays); your change is committed locally (“rounds: 1 post added: Mon 7 Dec Health Tip”), not pushed\n", "\(r.stderr)")
        #expect(g.git(g.path("a"), "log", "-1", "--format=%s").stdout == "rounds: 1 post added: Mon 7 Dec Health Tip\n")
    }

    @Test("a conflict on sync is recorded, said, and pushed as data")
    func conflictRecorded() throws {
        let g = GitFixture()
        seeded(g, clones: ["a", "b"])
        let id = g.rounds("a", "add", "--date", "2026-12-07", "--theme", "health-tip", "--title", "Base").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(g.rounds("a", "sync").status == 0)
        #expect(g.rounds("b", "sync").status == 0)
        #expect(g.rounds("a", "edit", id, "--title", "From A").status == 0)
        #expect(g.rounds("a", "sync").status == 0)
        #expect(g.rounds("b", "edit", id, "--title", "From B").status == 0)
        let r = g.rounds("b", "sync")
        #expect(r.status == 0)
        #expect(r.stdout.contains("merged 1 commit from origin/main (1 conflict recorded: rounds check lists them), pushed to origin/main"), "\(r.stdout)\(r.stderr)")
        #expect(g.rounds("a", "sync").status == 0)
        #expect(try g.read("a").post(id: id)?.conflicts.count == 1)
    }

    @Test("rounds log: a post's history (status, consent, text, date) with authors; the plan's recent changes")
    func log() throws {
        let g = GitFixture()
        seeded(g, clones: ["a"])
        let id = g.rounds("a", "add", "--date", "2026-12-11", "--theme", "success-story", "--title", "Back to running", "--body", "She ran.").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(g.rounds("a", "sync").status == 0)
        #expect(g.rounds("a", "consent", id, "--date", "2026-11-20", "--ref", "form 114").status == 0)
        #expect(g.rounds("a", "edit", id, "--status", "ready").status == 0)
        #expect(g.rounds("a", "sync", env: ["GIT_AUTHOR_NAME": "Nurse Kim"]).status == 0)
        #expect(g.rounds("a", "edit", id, "--body", "She ran 5 km.", "--date", "2026-12-12").status == 0)
        #expect(g.rounds("a", "sync", env: ["GIT_AUTHOR_NAME": "Front Desk"]).status == 0)
        let r = g.rounds("a", "log", String(id.prefix(4)))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("Front Desk") == true)
        #expect(lines.contains("    status ready → draft"))
        #expect(lines.contains("    moved Fri 2026-12-11 → Sat 2026-12-12"))
        #expect(lines.contains("      - She ran.") && lines.contains("      + She ran 5 km."))
        #expect(r.stdout.contains("Nurse Kim"))
        #expect(lines.contains("    status draft → ready"))
        #expect(lines.contains("    consent recorded 2026-11-20 (form 114)"))
        #expect(lines.contains("    created: Fri 2026-12-11, draft, 'Back to running'"))
        let all = g.rounds("a", "log")
        #expect(all.stdout.contains("    ~ Sat 12 Dec Success Story 'Back to running' (\(id)): status ready → draft; moved Fri 2026-12-11 → Sat 2026-12-12; body changed"), "\(all.stdout)")
        #expect(g.rounds("a", "log", "ffffffff").stderr.contains("no post with id 'ffffffff'"))
        // -n N, as git log takes it (and the README's table): only the latest commit.
        let one = g.rounds("a", "log", "-n", "1")
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("moved Fri 2026-12-11 → Sat 2026-12-12"), "\(one.stdout)")
        #expect(!one.stdout.contains("consent recorded"), "\(one.stdout)")
    }
}
