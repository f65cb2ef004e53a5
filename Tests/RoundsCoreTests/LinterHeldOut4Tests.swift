import Foundation
import Testing
import RoundsCore

/// The linter on a fourth held-out set (LintHeldOut4/heldout4.txt), written blind on
/// 2026-12-02 by someone who saw only the label format and the README's rule table: never the
/// code, the output or the other sets. Scored once, as the rules stood after the second round
/// (the rules held-out 3 was scored after), before any further change: it measures the next
/// change honestly. Only the table is printed, not the mistakes, so the set stays unseen.
@Suite("The linter on its fourth, blind held-out set")
struct LinterHeldOut4Tests {
    static let file = "LintHeldOut4/heldout4.txt"

    @Test("the set has 850 drafts, 47% of them clean")
    func shape() throws {
        let drafts = try LinterCorpusTests.corpus(Self.file)
        #expect(drafts.count >= 850)
        #expect(Double(drafts.filter { $0.labels.isEmpty }.count) >= 0.47 * Double(drafts.count))
    }

    @Test("the score per rule is printed; it may not fall below its first scoring; the targets are a known shortfall")
    func score() throws {
        let (scores, _, drafts, cleanFlagged, clean) = try LinterCorpusTests.score(Self.file)
        let (table, all) = LinterCorpusTests.table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean)
        print(table.joined(separator: "\n"))
        withKnownIssue("blind held-out 4 targets not met: recall 0.855, precision 0.933, 24 of 436 clean flagged") {
            if all.recall < 0.95 { Issue.record("recall \(all.recall) < 0.95") }
            if all.precision < 0.95 { Issue.record("precision \(all.precision) < 0.95") }
            if Double(cleanFlagged) > 0.02 * Double(clean) { Issue.record("\(cleanFlagged) of \(clean) clean drafts flagged") }
        }
        print("held-out 4: \(all.truePositives) found, \(all.falsePositives) false, \(cleanFlagged) of \(clean) clean flagged")
        // Scored once, on 2026-12-02, before any change: precision 0.932, recall 0.788 (425
        // found, 31 false, 114 missed), 24 of 436 clean drafts flagged. Scored once after the
        // third round of rules (tuned on sets 3 and 5, never on this one): precision 0.933,
        // recall 0.855 (461 found, 33 false, 78 missed), 24 of 436. The floor is that score.
        // After the sixth round (which read it again): 480 found, 23 false (one more false, from a
        // diagnosis and its instruction now reported apart), 15 of 436.
        #expect(all.truePositives >= 480 && all.falsePositives <= 23, "below the score after the sixth round (480 found, 23 false)")
        #expect(cleanFlagged <= 15, "more clean drafts flagged than after the fifth round (15 of 436)")
    }
}
