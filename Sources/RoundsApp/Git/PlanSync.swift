import Glibc
import RoundsCore

/// `rounds sync` (and the planner's sync key): commit the plan if it changed, fetch, merge
/// with the rounds driver (passed with `git -c`, so it works before `rounds git setup`),
/// push. Every outcome is one line.
enum PlanSync {
    enum Status: Equatable {
        /// Committed, merged and pushed as needed (or nothing to do).
        case synced
        /// Not a repository, no remote, no branch: nothing was done.
        case notPossible
        /// Part of it happened (a local commit) and the rest could not.
        case incomplete
    }

    struct Outcome: Equatable {
        var status: Status
        var line: String
        /// Conflict records the merge added.
        var conflicts: Int = 0
    }

    static func run(planPath: String, environment: [String: String], detach: Bool = false) -> Outcome {
        let repo: GitRepository
        do {
            repo = try GitRepository.find(planFile: planPath, environment: environment)
        } catch {
            switch error {
            case .noGit: return Outcome(status: .notPossible, line: "sync: git is not installed (or not on PATH)")
            case .notARepository(let dir):
                return Outcome(status: .notPossible, line: "sync: \(dir) is not a git repository; nothing to sync (git init, or clone the practice's plan repository)")
            }
        }
        func git(_ args: [String], config: [String] = []) -> Subprocess.Result {
            repo.git(args, config: config, detach: detach)
        }
        let remotes = git(["remote"]).text.split(separator: "\n").map(String.init)
        guard !remotes.isEmpty else {
            return Outcome(status: .notPossible, line: "sync: no remote to sync with; add the practice's repository with: git remote add origin URL")
        }
        let branchResult = git(["symbolic-ref", "--short", "-q", "HEAD"])
        let branch = branchResult.text.trimmingSpaces
        guard branchResult.succeeded, !branch.isEmpty else {
            return Outcome(status: .notPossible, line: "sync: HEAD is not on a branch; check out one first (git switch main)")
        }
        if !git(["ls-files", "-u"]).text.isEmpty {
            return Outcome(status: .notPossible, line: "sync: a merge is unfinished (git status shows it); finish it first (rounds resolve for the plan)")
        }
        // Where to sync: the branch's upstream, else the same branch on origin (or the only remote).
        var remote = remotes.contains("origin") ? "origin" : remotes[0]
        var remoteBranch = branch
        var hasUpstream = false
        let upstream = git(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
        if upstream.succeeded {
            let u = upstream.text.trimmingSpaces
            if let r = remotes.filter({ u.hasPrefix($0 + "/") }).max(by: { $0.count < $1.count }) {
                remote = r
                remoteBranch = String(u.dropFirst(r.count + 1))
                hasUpstream = true
            }
        }
        let store = PlanStore(path: repo.absolutePlanPath)
        var done: [String] = []

        // 1. Commit the plan if it changed (under the write lock: no save lands half-way).
        var committed: String?
        do {
            let lock = try PlanLock.acquire(store.lockPath, timeoutMilliseconds: 5_000)
            defer { withExtendedLifetime(lock) {} }
            let status = git(["status", "--porcelain", "--", repo.planPath]).text
            // The files `rounds git setup` writes go with the plan, so every clone merges by post.
            let shared = [(".gitattributes", "merge=rounds"), (".gitignore", "# Rounds:")].filter { f, mark in
                // Only when they hold what setup wrote (someone else's edits there are theirs to commit).
                guard let text = try? DurableFile.read(repo.root + "/" + f), String(decoding: text, as: UTF8.self).contains(mark) else { return false }
                let s = git(["status", "--porcelain", "--", f]).text
                return !s.isEmpty && (s.hasPrefix("??") || s.hasPrefix(" M") || s.hasPrefix("M") || s.hasPrefix("A"))
            }.map(\.0)
            if !status.isEmpty || !shared.isEmpty {
                let current: Plan
                do { current = try store.load().plan } catch {
                    return Outcome(status: .notPossible, line: "sync: \(error.description)")
                }
                let before = repo.show("HEAD:" + repo.planPath).flatMap { try? PlanCodec.decode($0) }
                let message = status.isEmpty ? "rounds: share the plan's git settings (\(shared.joined(separator: ", ")))"
                                             : PlanChanges.commitMessage(from: before, to: current)
                let paths = (status.isEmpty ? [] : [repo.planPath]) + shared
                let add = git(["add", "--"] + paths)
                let commit = add.succeeded ? git(["commit", "-q", "-m", message, "--"] + paths) : add
                guard commit.succeeded else {
                    let reason = commit.stderr.contains("user.email") || commit.stderr.contains("identity")
                        ? "git does not know who you are (git config user.name \"Your Name\"; git config user.email you@practice)"
                        : commit.lastError
                    return Outcome(status: .notPossible, line: "sync: could not commit the plan: \(reason)")
                }
                committed = String(message.split(separator: "\n").first ?? "")
                done.append("committed “\(committed ?? "")”")
            }
        } catch {
            return Outcome(status: .notPossible, line: "sync: \(error.description)")
        }
        let kept = committed.map { "; your change is committed locally (“\($0)”)" } ?? ""

        var conflicts = 0
        var attempt = 0
        while true {
            attempt += 1
            // 2. Fetch (the network: no lock held).
            let fetch = git(["fetch", "-q", remote])
            guard fetch.succeeded else {
                return Outcome(status: .incomplete, line: "sync: offline: \(remote) cannot be reached (\(fetch.lastError))\(kept); run rounds sync again when online")
            }
            let tracking = "refs/remotes/\(remote)/\(remoteBranch)"
            let remoteExists = git(["rev-parse", "--verify", "-q", tracking]).succeeded
            // 3. Merge what the remote has that we do not.
            if remoteExists, !git(["merge-base", "--is-ancestor", tracking, "HEAD"]).succeeded {
                let tmp = TempDir.make(environment: repo.environment)
                defer { tmp.map(TempDir.remove) }
                guard let dir = tmp, let attributes = repo.writeAttributesFile(in: dir) else {
                    return Outcome(status: .incomplete, line: "sync: cannot write a temporary file for git\(kept)")
                }
                let before = (try? store.load().plan.conflictCount) ?? 0
                let count = git(["rev-list", "--count", "HEAD.." + tracking]).text.trimmingSpaces
                let merge: Subprocess.Result
                do {
                    let lock = try PlanLock.acquire(store.lockPath, timeoutMilliseconds: 5_000)
                    defer { withExtendedLifetime(lock) {} }
                    merge = git(["merge", "--no-edit", "-q", tracking], config: repo.driverConfig(attributesFile: attributes))
                } catch {
                    return Outcome(status: .incomplete, line: "sync: \(error.description)\(kept)")
                }
                if !merge.succeeded {
                    let unmerged = Set(git(["diff", "--name-only", "--diff-filter=U"]).text.split(separator: "\n").map(String.init))
                    if unmerged.isEmpty {
                        return Outcome(status: .incomplete, line: "sync: could not merge \(remote)/\(remoteBranch): \(merge.lastError)\(kept)")
                    }
                    if unmerged.contains(repo.planPath) {
                        return Outcome(status: .incomplete, line: "sync: git could not merge \(repo.planPath) (\(merge.lastError)); run rounds resolve, then git commit and rounds sync")
                    }
                    return Outcome(status: .incomplete, line: "sync: conflicts in other files (\(unmerged.sorted().joined(separator: ", "))); resolve them with git, commit, then rounds sync")
                }
                let after = (try? store.load().plan.conflictCount) ?? before
                conflicts += max(0, after - before)
                let n = Int(count) ?? 0
                done.append("merged \(n) commit\(n == 1 ? "" : "s") from \(remote)/\(remoteBranch)" + (after > before ? " (\(after - before) conflict\(after - before == 1 ? "" : "s") recorded: rounds check lists them)" : ""))
            }
            // 4. Push what we have that the remote does not.
            if remoteExists, git(["merge-base", "--is-ancestor", "HEAD", tracking]).succeeded {
                break
            }
            let push = git(hasUpstream ? ["push", "-q", remote, "HEAD:" + remoteBranch] : ["push", "-q", "-u", remote, "HEAD:" + remoteBranch])
            if push.succeeded {
                done.append("pushed to \(remote)/\(remoteBranch)")
                break
            }
            let err = push.stderr
            let raced = err.contains("fetch first") || err.contains("non-fast-forward")
            if raced && attempt < 3 { continue }  // someone pushed in between: merge theirs too
            if err.contains("rejected") || err.contains("denied") || err.contains("hook declined") || raced {
                let reason = err.split(separator: "\n").map { String($0).trimmingSpaces }.first { $0.hasPrefix("remote:") && $0.count > 8 } ?? push.lastError
                return Outcome(status: .incomplete, line: "sync: push rejected by \(remote) (\(reason))\(kept.isEmpty ? "; your commits are kept locally" : kept + ", not pushed")", conflicts: conflicts)
            }
            return Outcome(status: .incomplete, line: "sync: offline: could not push to \(remote) (\(push.lastError))\(kept); run rounds sync again when online", conflicts: conflicts)
        }
        if done.isEmpty { return Outcome(status: .synced, line: "sync: up to date with \(remote)/\(remoteBranch)") }
        return Outcome(status: .synced, line: "sync: " + done.joined(separator: ", "), conflicts: conflicts)
    }
}

/// A private temporary folder (0700).
enum TempDir {
    static func make(environment: [String: String]) -> String? {
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/rounds-git-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { return nil }
        return String(cString: p)
    }

    static func remove(_ dir: String) {
        unlink(dir + "/attributes")
        rmdir(dir)
    }
}
