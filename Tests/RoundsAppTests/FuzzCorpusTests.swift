import Foundation
import Testing
import RoundsTestSupport

/// The fuzzers' committed seeds (Tests/Fuzz/Corpus), replayed once each under AddressSanitizer:
/// a change that makes the loader, an importer, the linter or the planner crash on one of them
/// fails here, in CI, without a fuzzing campaign.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test("every fuzz target runs its seed corpus without a crash, a hang or a broken property",
          .disabled(if: ProcessInfo.processInfo.environment["ROUNDS_SANITIZER"] != nil,
                    "the replay is its own AddressSanitizer build; the sanitizer runs need not nest it"))
    func replay() throws {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        let r = Spawn.run("/bin/bash", [Self.root + "/.ci/fuzz", "replay"], env: env)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr.suffix(3000))")
        for target in ["loader", "csv", "ics", "lint", "keys"] {
            let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Tests/Fuzz/Corpus/" + target).count
            #expect(seeds >= 2)
            #expect(r.stdout.contains("fuzz \(target): \(seeds) seeds replayed"), "\(r.stdout)")
        }
    }
}
