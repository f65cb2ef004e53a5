import ArgumentParser
import Glibc
import RoundsCore

/// `rounds resolve`: settle a recorded merge conflict, or re-merge a plan git left with
/// conflict markers.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Settle merge conflicts: take ours or theirs, or re-merge a plan git left conflicted.",
        discussion: """
        rounds resolve ID --take ours|theirs [--field F]   settle a post's conflicts (all, or one field)
        rounds resolve --take ours|theirs [--field F]      settle the plan's own (profile, themes, cadence)
        rounds resolve                                     re-merge the plan from git's three versions (index stages 1-3) \
        when a merge without the rounds driver left conflict markers in it; then git add it and commit
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post (an id or a unique prefix).") var id: String?
    @Option(help: ArgumentHelp("Only this field (title, body, status, …; for the plan: profile.name, themes.qa, …).", valueName: "field")) var field: String?
    @Option(help: ArgumentHelp("ours (the value in place) or theirs (the recorded one).", valueName: "side")) var take: MergeConflict.Side?

    func validate() throws {
        if id != nil, take == nil { throw ValidationError("say which value to keep: --take ours or --take theirs") }
        if id == nil, take == nil, field != nil { throw ValidationError("--field needs --take ours or --take theirs") }
    }

    func run() throws {
        guard let take else { return try remergeFromIndex() }
        let (message, _) = try planOptions.store.modify { plan -> String in
            if let id {
                let post = try plan.resolve(idPrefix: id)
                let n = try plan.resolveConflicts(postID: post.id, field: field, take: take)
                let gone = plan.post(id: post.id) == nil
                return "Resolved \(n) conflict\(n == 1 ? "" : "s") of \(post.id) '\(post.title)' taking \(take.rawValue)" + (gone ? ": the post is deleted." : ".")
            }
            let n = try plan.resolvePlanConflicts(field: field, take: take)
            return "Resolved \(n) conflict\(n == 1 ? "" : "s") of the plan's settings taking \(take.rawValue)."
        }
        FileHandleOut.stdout(message)
    }

    /// Re-merges stages 1 (base), 2 (ours) and 3 (theirs) of the plan from git's index.
    func remergeFromIndex() throws {
        let repo = try repository(for: planOptions)
        let store = PlanStore(path: try planOptions.path)
        let unmerged = repo.git(["ls-files", "-u", "-z", "--", repo.planPath]).text
        var blobs: [Int: String] = [:]
        for entry in unmerged.split(separator: "\0") {
            // "<mode> <sha> <stage>\t<path>"
            let fields = entry.split(separator: "\t", maxSplits: 1)[0].split(separator: " ")
            if fields.count == 3, let stage = Int(fields[2]) { blobs[stage] = String(fields[1]) }
        }
        guard !blobs.isEmpty else {
            let bytes = (try? DurableFile.read(store.path)) ?? []
            if ConflictMarkers.found(in: bytes) {
                throw CLIFailure("git no longer has the versions of \(repo.planPath) that were merged (it was added with the markers); bring them back with: git checkout -m -- \(repo.planPath), then run rounds resolve")
            }
            let plan = try store.load().plan
            let n = plan.conflictCount
            throw CLIFailure(n == 0 ? "nothing to resolve: \(repo.planPath) is not in a git conflict and has no merge conflicts"
                                    : "\(repo.planPath) is not in a git conflict; it has \(n) recorded merge conflict\(n == 1 ? "" : "s"): rounds check lists them, rounds resolve ID --take ours|theirs settles one")
        }
        func version(_ stage: Int) throws -> Plan? {
            guard let sha = blobs[stage] else { return nil }
            let r = repo.git(["cat-file", "blob", sha])
            guard r.succeeded else { throw CLIFailure("git cannot read stage \(stage) of \(repo.planPath): \(r.lastError)") }
            do { return try PlanCodec.decode(r.stdout) } catch {
                if stage == 1 { return nil }
                throw CLIFailure("the \(stage == 2 ? "our" : "their") version of \(repo.planPath) in git is not a plan (\(error.description)); it cannot be merged by post")
            }
        }
        let base = try version(1), ours = try version(2), theirs = try version(3)
        let merged: Plan
        var conflicts = 0
        switch (ours, theirs) {
        case let (o?, t?):
            let outcome = GitMerge.merge(base: base, ours: o, theirs: t)
            merged = outcome.plan
            conflicts = outcome.newConflicts
        case let (o?, nil): merged = o
        case let (nil, t?): merged = t
        case (nil, nil): throw CLIFailure("git holds neither side of \(repo.planPath)")
        }
        let lock = try PlanLock.acquire(store.lockPath, timeoutMilliseconds: 10_000)
        defer { withExtendedLifetime(lock) {} }
        do {
            // No .bak: the file holds git's markers, not a plan worth keeping.
            try DurableFile.write(PlanCodec.encode(merged), to: store.path)
        } catch {
            throw CLIFailure("not saved: \(error) (\(store.path) is unchanged)")
        }
        let what = conflicts == 0 ? "no conflicts" : "\(conflicts) conflict\(conflicts == 1 ? "" : "s") recorded (rounds check lists them)"
        FileHandleOut.stdout("Merged the three versions of \(repo.planPath) from git by post: \(merged.posts.count) posts, \(what). Now: git add \(repo.planPath), then git commit (or git rebase --continue). To merge by post next time: rounds git setup")
    }
}

extension MergeConflict.Side: ExpressibleByArgument {}
