import Foundation
import RoundsCore
import RoundsTestSupport

/// A bare hub and clones of it in a temp folder, with git and rounds run as a person would.
/// Git's own config is pinned (no system or global file; a fixed author and date).
final class GitFixture {
    let folder = TempFolder()
    var hub: String { folder.file("hub.git") }
    let plan = "plan.json"

    var env: [String: String] {
        Spawn.environment(home: folder.path, extra: [
            "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": folder.file("gitconfig"),
            "GIT_AUTHOR_DATE": "2026-11-25T10:00:00Z", "GIT_COMMITTER_DATE": "2026-11-25T10:00:00Z",
        ])
    }

    init() {
        folder.write("gitconfig", "[user]\n\tname = Ana Ruiz\n\temail = ana@practice.example\n[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n")
        git(folder.path, "init", "-q", "--bare", hub)
    }

    func path(_ clone: String) -> String { folder.file(clone) }
    func planPath(_ clone: String) -> String { path(clone) + "/" + plan }

    @discardableResult
    func git(_ dir: String, _ args: String..., env extra: [String: String] = [:]) -> SpawnResult {
        git(dir, args, env: extra)
    }

    @discardableResult
    func git(_ dir: String, _ args: [String], env extra: [String: String] = [:]) -> SpawnResult {
        Spawn.run("/usr/bin/git", ["-C", dir] + args, env: env.merging(extra) { $1 })
    }

    @discardableResult
    func rounds(_ clone: String, _ args: String..., env extra: [String: String] = [:]) -> SpawnResult {
        rounds(clone, args, env: extra)
    }

    @discardableResult
    func rounds(_ clone: String, _ args: [String], env extra: [String: String] = [:]) -> SpawnResult {
        Spawn.run(Spawn.roundsPath, args + ["--plan", planPath(clone)], env: env.merging(extra) { $1 })
    }

    /// Clones the hub (an empty hub gets a first commit from `seed`).
    func clone(_ name: String, setup: Bool = true) {
        git(folder.path, "clone", "-q", hub, path(name))
        if setup { precondition(rounds(name, "git", "setup").status == 0) }
    }

    func read(_ clone: String) throws -> Plan { try PlanCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: planPath(clone))))) }

    func write(_ clone: String, _ plan: Plan) throws {
        try Data(PlanCodec.encode(plan)).write(to: URL(fileURLWithPath: planPath(clone)))
    }

    func edit(_ clone: String, _ change: (inout Plan) throws -> Void) throws {
        var p = try read(clone)
        try change(&p)
        try write(clone, p)
    }

    func commitAll(_ clone: String, _ message: String) {
        // The plan and git's own files: never the lock or backup (not ignored before setup).
        for f in ["plan.json", ".gitattributes", ".gitignore"] where FileManager.default.fileExists(atPath: path(clone) + "/" + f) {
            git(path(clone), "add", f)
        }
        let r = git(path(clone), "commit", "-q", "-m", message)
        precondition(r.status == 0, r.stderr + r.stdout)
    }

    func push(_ clone: String) {
        let r = git(path(clone), "push", "-q", "origin", "HEAD:main")
        precondition(r.status == 0, r.stderr)
    }
}
