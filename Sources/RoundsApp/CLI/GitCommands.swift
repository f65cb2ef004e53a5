import ArgumentParser
import Glibc
import RoundsCore

/// `rounds git setup` and `rounds git status`: make a repository merge the plan by post.
struct GitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git",
        abstract: "Share the plan through git: set up the merge driver, or check it.",
        subcommands: [GitSetupCommand.self, GitStatusCommand.self]
    )
}

/// Finds the plan's repository or fails with one line.
func repository(for planOptions: PlanOptions) throws -> GitRepository {
    let env = planOptions.environment
    let path = try planOptions.path
    do {
        return try GitRepository.find(planFile: path, environment: env.variables)
    } catch {
        switch error {
        case .noGit: throw CLIFailure("git is not installed (or not on PATH); install it to share the plan")
        case .notARepository(let dir): throw CLIFailure("\(dir) is not in a git repository (git init there, or clone the practice's plan repository)")
        }
    }
}

struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Set up the plan's repository: the merge driver, .gitattributes and .gitignore.",
        discussion: "Writes '/plan.json merge=rounds eol=lf' to .gitattributes, the plan's side files (.bak .lock .session .log, temp files) to .gitignore, and merge.rounds.driver to the repository's config. Running it again changes nothing. Git does not clone config: run it once in every clone."
    )

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        let repo = try repository(for: planOptions)
        var done: [String] = []
        // .gitattributes: the plan merges with our driver and is always LF.
        let attributes = repo.root + "/.gitattributes"
        let line = GitRepository.attributesLine(repo.planPath)
        if try appendLines([line], to: attributes, keep: { existing in existing.trimmingSpaces == line }) { done.append(".gitattributes") }
        // .gitignore: the plan's side files.
        let p = "/" + repo.planPath
        let (dir, name) = DurableFile.split(repo.planPath)
        let folder = dir == "." || dir.isEmpty || !repo.planPath.contains("/") ? "" : dir + "/"
        let ignores = [p + ".bak", p + ".lock", p + ".session", p + ".log", p + ".v*.bak", "/" + folder + "." + name + ".tmp-*"]
        var missing: [String] = []
        let existing = (try? DurableFile.read(repo.root + "/.gitignore")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = Set(existing.split(separator: "\n").map { String($0).trimmingSpaces })
        for i in ignores where !present.contains(i) { missing.append(i) }
        if !missing.isEmpty {
            _ = try appendLines(missing, to: repo.root + "/.gitignore", keep: { _ in false }, header: "# Rounds: the plan's backup, locks, log and temp files")
            done.append(".gitignore")
        }
        // The driver, in this clone's config.
        let driver = GitRepository.driverCommand(binary: GitRepository.currentBinary)
        if repo.configValue("merge.rounds.driver") != driver {
            let a = repo.git(["config", "merge.rounds.name", "Rounds plan (by post and field)"])
            let b = repo.git(["config", "merge.rounds.driver", driver])
            guard a.succeeded, b.succeeded else { throw CLIFailure("git config failed: \(b.lastError.isEmpty ? a.lastError : b.lastError)") }
            done.append("merge.rounds.driver in .git/config")
        }
        if done.isEmpty {
            FileHandleOut.stdout("Already set up: \(repo.planPath) merges by post with \(GitRepository.currentBinary).")
        } else {
            FileHandleOut.stdout("Set up \(repo.planPath) in \(repo.root): \(done.joined(separator: ", ")). Commit .gitattributes and .gitignore so every clone has them (each clone still runs rounds git setup once).")
        }
    }

    /// Appends lines to a text file (creating it 0644, as git's own files are) unless a line
    /// `keep` accepts is there. Returns whether it wrote.
    func appendLines(_ lines: [String], to path: String, keep: (String) -> Bool, header: String? = nil) throws -> Bool {
        var text = (try? DurableFile.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if text.split(separator: "\n").contains(where: { keep(String($0)) }) { return false }
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if let header { text += header + "\n" }
        text += lines.joined(separator: "\n") + "\n"
        do { try DurableFile.write(Array(text.utf8), to: path) } catch { throw CLIFailure("cannot write \(path): \(error)") }
        chmod(path, 0o644)
        return true
    }
}

struct GitStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Say whether the plan's repository merges it by post, and where it syncs.",
        discussion: "Exit 0 when the driver is configured and points at a working rounds, 1 when not."
    )

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        let repo = try repository(for: planOptions)
        var lines = ["repository: \(repo.root)", "plan:       \(repo.planPath)"]
        var ok = true
        let attr = repo.git(["check-attr", "merge", "eol", "--", repo.planPath]).text
        let merges = attr.contains(": merge: rounds")
        let lf = attr.contains(": eol: lf")
        lines.append("attributes: " + (merges ? "merge=rounds" : "no merge=rounds") + (lf ? " eol=lf" : " (no eol=lf)") + (merges && lf ? " ✓" : " ✗ (rounds git setup writes them)"))
        ok = ok && merges
        if let driver = repo.configValue("merge.rounds.driver") {
            let binary = GitStatusCommand.program(of: driver)
            let works = binary.map { b in Subprocess.run(b, ["--version"], environment: repo.environment)?.succeeded ?? false } ?? false
            lines.append("driver:     \(driver) " + (works ? "✓" : "✗ (\(binary ?? driver) does not run; rounds git setup points it here)"))
            ok = ok && works
        } else {
            lines.append("driver:     not configured ✗ (git does not clone config: run rounds git setup in this clone)")
            ok = false
        }
        let remotes = repo.git(["remote", "-v"]).text.split(separator: "\n").filter { $0.hasSuffix("(push)") }
        lines.append("remote:     " + (remotes.isEmpty ? "none (git remote add origin URL)" : remotes.map { String($0.dropLast(7)).replacingAll("\t", with: " ") }.joined(separator: "; ")))
        let unmerged = repo.git(["ls-files", "-u", "--", repo.planPath]).text
        if !unmerged.isEmpty { lines.append("conflict:   git left the plan unmerged; run rounds resolve"); ok = false }
        FileHandleOut.stdout(lines.joined(separator: "\n"))
        if !ok { throw CLIFailure("", code: 1).silent }
    }

    /// The program a driver line starts ('/path/with spaces/rounds' merge-driver …).
    static func program(of driver: String) -> String? {
        let d = driver.trimmingSpaces
        if d.hasPrefix("'") {
            var out = "", rest = d.dropFirst()
            while let q = rest.firstIndex(of: "'") {
                out += rest[..<q]
                rest = rest[rest.index(after: q)...]
                if rest.hasPrefix("\\''") { out += "'"; rest = rest.dropFirst(3) } else { return out }
            }
            return nil
        }
        return d.split(separator: " ").first.map(String.init)
    }
}
