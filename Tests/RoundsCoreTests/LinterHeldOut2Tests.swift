import Foundation
import Testing
import RoundsCore

/// The linter on a second held-out set (LintHeldOut2/heldout2.txt), written blind by someone who
/// never saw the linter's code or output, after the first held-out set had been scored and the
/// rules changed. Scored once, as the rules stood; the rules were not tuned on it.
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
        // Scored once, on 2026-12-02, as the rules stood (README, "The linter's evaluation"):
        // recall 0.717, precision 0.856, 18 of 250 clean drafts flagged. Far from the issue's
        // targets (0.95 / 0.95, 2%): a known issue. The floor is that score: a change that
        // lowers it fails at once.
        withKnownIssue("blind held-out targets not met: recall 0.717, precision 0.856, 18 of 250 clean flagged") {
            if all.recall < 0.95 { Issue.record("recall \(all.recall) < 0.95") }
            if all.precision < 0.95 { Issue.record("precision \(all.precision) < 0.95") }
            if Double(cleanFlagged) > 0.02 * Double(clean) { Issue.record("\(cleanFlagged) of \(clean) clean drafts flagged") }
        }
        #expect(all.truePositives >= 208 && all.falsePositives <= 35, "below the blind held-out score when first scored (208 found, 35 false)")
        #expect(cleanFlagged <= 18, "more clean drafts flagged than when first scored (18 of 250)")
    }
}
