import ArgumentParser
import RoundsCore

/// `rounds log [ID]`: a post's history from git (who changed what, when), or the plan's
/// recent changes. The audit trail: who recorded consent, who changed the text after it.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "A post's history from git: status moves, consent, text changes, dates; or the plan's recent changes.",
        discussion: "Reads the plan's commits (git log); each line names the date, the author and what changed."
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post (an id or a unique prefix); without it, the plan's recent changes.") var id: String?
    @Option(name: [.customShort("n"), .short, .customLong("max-count")], help: "How many commits to read (default: 20 for the plan, 500 for a post).") var count: Int?

    struct Commit {
        var sha: String
        var author: String
        var date: String
        var subject: String
        var oldBlob: String?
        var newBlob: String?
    }

    func run() throws {
        let repo = try repository(for: planOptions)
        let limit = max(1, min(count ?? (id == nil ? 20 : 500), 100_000))
        let r = repo.git(["log", "--no-merges", "-n", String(limit), "--raw", "--no-abbrev", "--no-renames",
                          "--format=%x1e%H%x1f%an%x1f%ad%x1f%s", "--date=format:%Y-%m-%d %H:%M", "--", repo.planPath])
        guard r.succeeded else {
            if r.stderr.contains("does not have any commits") { throw CLIFailure("\(repo.planPath) has no history yet (nothing committed)") }
            throw CLIFailure("git log failed: \(r.lastError)")
        }
        var commits: [Commit] = []
        for record in r.text.split(separator: "\u{1e}") {
            let lines = record.split(separator: "\n")
            guard let head = lines.first else { continue }
            let f = head.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { continue }
            var c = Commit(sha: f[0], author: f[1], date: f[2], subject: f[3])
            for line in lines.dropFirst() where line.hasPrefix(":") {
                let parts = line.split(separator: "\t")[0].split(separator: " ")
                guard parts.count >= 4 else { continue }
                let zero = String(repeating: "0", count: parts[2].count)
                c.oldBlob = parts[2] == zero ? nil : String(parts[2])
                c.newBlob = parts[3] == zero ? nil : String(parts[3])
            }
            commits.append(c)
        }
        guard !commits.isEmpty else { throw CLIFailure("\(repo.planPath) has no history yet (nothing committed)") }
        // Every version once, through one `git cat-file --batch`.
        var wanted: [String] = []
        for c in commits { for b in [c.oldBlob, c.newBlob] { if let b, !wanted.contains(b) { wanted.append(b) } } }
        let plans = readPlans(repo, wanted)
        var out: [String] = []
        if let id {
            let target = try findPost(id, in: commits.compactMap { $0.newBlob.flatMap { plans[$0] } } + commits.compactMap { $0.oldBlob.flatMap { plans[$0] } }, current: try? PlanStore(path: planOptions.path).load().plan)
            for c in commits {
                let before = c.oldBlob.flatMap { plans[$0] }?.post(id: target)
                let after = c.newBlob.flatMap { plans[$0] }?.post(id: target)
                guard before != after else { continue }
                out.append("\(c.date)  \(c.author)  \(c.sha.prefix(7))  \(c.subject)")
                switch (before, after) {
                case (nil, let a?): out.append("    created: \(a.date.map { "\($0.weekday.shortName) \($0.iso)" } ?? "idea"), \(a.status.rawValue), '\(a.title)'")
                case (let b?, nil): out.append("    deleted ('\(b.title)', \(b.status.rawValue))")
                case (let b?, let a?):
                    for d in PlanChanges.details(b, a) {
                        out.append("    " + d)
                        if d == "body changed" { out += PlanChanges.lineDiff(b.body, a.body).map { "      " + $0 } }
                    }
                case (nil, nil): break
                }
            }
            if out.isEmpty { out.append("No commits change post \(target) in the last \(limit) commits of \(repo.planPath).") }
        } else {
            for c in commits {
                out.append("\(c.date)  \(c.author)  \(c.sha.prefix(7))  \(c.subject)")
                let before = c.oldBlob.flatMap { plans[$0] }
                guard let after = c.newBlob.flatMap({ plans[$0] }) else {
                    out.append(c.newBlob == nil ? "    the plan was deleted" : "    (this version is not a plan)")
                    continue
                }
                for change in PlanChanges.posts(from: before, to: after) {
                    let plan = change.kind == .removed ? (before ?? after) : after
                    let mark = change.kind == .added ? "+" : change.kind == .removed ? "-" : "~"
                    let what = change.details.isEmpty ? "" : ": " + change.details.joined(separator: "; ")
                    out.append("    \(mark) \(PlanChanges.label(change.post, plan: plan)) '\(change.post.title)' (\(change.id))\(what)")
                }
            }
        }
        FileHandleOut.stdout(out.joined(separator: "\n"))
    }

    func findPost(_ prefix: String, in plans: [Plan], current: Plan?) throws -> String {
        if let current, let p = try? current.resolve(idPrefix: prefix) { return p.id }
        var ids = Set<String>()
        for plan in plans { for p in plan.posts where p.id.hasPrefix(prefix.lowercased()) { ids.insert(p.id) } }
        if ids.count == 1, let only = ids.first { return only }
        if ids.isEmpty { throw CLIFailure("no post with id '\(prefix)' in the plan or its history") }
        throw CLIFailure("id '\(prefix)' is ambiguous: it matches \(ids.sorted().prefix(5).joined(separator: ", "))")
    }

    /// Decodes the given blobs, read with one `git cat-file --batch`.
    func readPlans(_ repo: GitRepository, _ blobs: [String]) -> [String: Plan] {
        guard !blobs.isEmpty else { return [:] }
        let r = repo.git(["cat-file", "--batch"], stdin: Array((blobs.joined(separator: "\n") + "\n").utf8))
        var out: [String: Plan] = [:]
        let bytes = r.stdout
        var i = 0
        for sha in blobs {
            guard let nl = bytes[i...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[i..<nl], as: UTF8.self).split(separator: " ")
            i = nl + 1
            guard header.count == 3, let size = Int(header[2]), i + size <= bytes.count else { continue }
            if let plan = try? PlanCodec.decode(Array(bytes[i..<(i + size)])) { out[sha] = plan }
            i += size + 1
        }
        return out
    }
}
