import Foundation
import Testing
import RoundsCore

/// The linter on a second held-out set (LintHeldOut2/heldout2.txt), written blind by someone who
/// never saw the linter's code or output, after the first held-out set had been scored and the
/// rules changed. Scored once, as the rules stood (0.856 / 0.717); the rules were then tuned on
/// its mistakes (2026-12-02), so it is no longer blind: LintHeldOut3 holds the honest figure.
@Suite("The linter on its second, blind held-out set")
struct LinterHeldOut2Tests {
    static let file = "LintHeldOut2/heldout2.txt"

    @Test("the set has 450 drafts, 45% of them clean")
    func shape() throws {
        let drafts = try LinterCorpusTests.corpus(Self.file)
        #expect(drafts.count >= 450)
        #expect(Double(drafts.filter { $0.labels.isEmpty }.count) >= 0.45 * Double(drafts.count))
    }

    @Test("the score per rule is printed; it may not fall below its first scoring; the targets are a known shortfall")
    func score() throws {
        let (scores, mistakes, drafts, cleanFlagged, clean) = try LinterCorpusTests.score(Self.file)
        let (table, all) = LinterCorpusTests.table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean)
        print(table.joined(separator: "\n"))
        print(mistakes.joined(separator: "\n"))
        // First scored blind on 2026-12-02: recall 0.717, precision 0.856, 18 of 250 clean drafts
        // flagged. The rules were then tuned on its mistakes' categories (issue 15, second round):
        // recall 0.962, precision 0.989, 1 of 250 clean flagged, which meets the targets on this
        // (now tuned) set; the floor is that score.
        #expect(all.recall >= 0.95, "recall \(all.recall) < 0.95")
        #expect(all.precision >= 0.95, "precision \(all.precision) < 0.95")
        #expect(Double(cleanFlagged) <= 0.02 * Double(clean), "\(cleanFlagged) of \(clean) clean drafts flagged")
        #expect(all.truePositives >= 279 && all.falsePositives <= 3, "below the score after tuning (279 found, 3 false)")
        #expect(cleanFlagged <= 1, "more clean drafts flagged than after tuning (1 of 250)")
    }
}
