import ArgumentParser
import Glibc
import RoundsCore

/// `rounds merge-driver BASE OURS THEIRS [PATH]`: what git runs to merge the plan
/// (`merge.rounds.driver = rounds merge-driver %O %A %B %P`). Writes the merged plan to OURS
/// and exits 0, conflicts included (they are recorded in the plan, never as markers); exits 1
/// without touching OURS when an input is not a plan, so git reports a conflict.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Merge three versions of a plan by post and field (git runs this; see rounds git setup).",
        discussion: "Writes the merge to OURS. Values both sides changed differently are kept as conflict records on the post (rounds check lists them; rounds resolve settles them). Exit 0 when the merge was written, 1 when an input is not a plan (OURS is left as it was)."
    )

    @Argument(help: "The common ancestor (git's %O; may be empty).") var base: String
    @Argument(help: "Our version, replaced by the merge (%A).") var ours: String
    @Argument(help: "Their version (%B).") var theirs: String
    @Argument(help: "The plan's path in the repository, for messages (%P).") var path: String?

    func run() throws {
        let name = path ?? "the plan"
        func read(_ file: String, _ which: String) throws -> [UInt8] {
            do { return try DurableFile.read(file) } catch {
                throw CLIFailure("merge-driver: cannot read \(which) version of \(name) (\(file)): \(error)", code: 1)
            }
        }
        func plan(_ bytes: [UInt8], _ which: String) throws -> Plan {
            do { return try PlanCodec.decode(bytes) } catch {
                let what = ConflictMarkers.found(in: bytes) ? "it holds git conflict markers" : error.description
                throw CLIFailure("merge-driver: \(which) version of \(name) is not a plan (\(what)); left for git to report as a conflict", code: 1)
            }
        }
        func map(_ file: String, _ which: String) throws -> MappedFile {
            do { return try MappedFile(file) } catch {
                throw CLIFailure("merge-driver: cannot read \(which) version of \(name) (\(file)): \(error)", code: 1)
            }
        }
        let baseMap = try map(base, "the base")
        let oursMap = try map(ours, "our"), theirsMap = try map(theirs, "their")
        let noBase = baseMap.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
        let merged: [UInt8], newConflicts: Int
        // Most of two large plans is the same bytes: only the posts that differ are decoded.
        if let fast = GitMerge.mergeFiles(base: noBase ? nil : baseMap.bytes, ours: oursMap.bytes, theirs: theirsMap.bytes) {
            (merged, newConflicts) = fast
        } else {
            let baseBytes = try read(base, "the base")
            let o = try plan(try read(ours, "our"), "our")
            let t = try plan(try read(theirs, "their"), "their")
            // No common ancestor (git passes an empty file), or one that is not a plan: merge
            // without one, so every value both sides hold differently is recorded.
            let b = noBase ? nil : try? PlanCodec.decode(baseBytes)
            let outcome = GitMerge.merge(base: b, ours: o, theirs: t)
            (merged, newConflicts) = (PlanCodec.encode(outcome.plan), outcome.newConflicts)
        }
        // OURS is git's own temp file, which git reads back and stores itself: written in place,
        // without the temp file, fsyncs and backup of a plan save.
        guard MergeDriverCommand.overwrite(ours, with: merged) else {
            throw CLIFailure("merge-driver: cannot write the merge of \(name) to \(ours): \(String(cString: strerror(errno)))", code: 1)
        }
        if newConflicts > 0 {
            let n = newConflicts
            FileHandleOut.stderr("rounds: merged \(name) by post; \(n) conflict\(n == 1 ? "" : "s") recorded in the plan (rounds check lists them; rounds resolve ID --take ours|theirs)")
        }
    }

    static func overwrite(_ path: String, with bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }
}
