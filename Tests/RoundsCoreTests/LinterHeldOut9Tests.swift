import Foundation
import Testing
import RoundsCore

/// The linter on a ninth held-out set (LintHeldOut9/heldout9a–c.txt), written blind on
/// 2026-12-03 by three writers from LintHeldOut9/BRIEF.md alone: never the code, the output or
/// the other sets. Scored once with the rules of f9d2f23 before any later change was run on it,
/// and once after the sixth round (tuned on sets 3–8, never on this one). Only the table is
/// printed, not the mistakes, so the set stays unseen.
@Suite("The linter on its ninth, blind held-out set")
struct LinterHeldOut9Tests {
    static let files = ["LintHeldOut9/heldout9a.txt", "LintHeldOut9/heldout9b.txt", "LintHeldOut9/heldout9c.txt"]

    @Test("the set has 1,067 drafts in three files, 45% of them clean, every span rule labelled")
    func shape() throws {
        let drafts = try Self.files.flatMap { try LinterCorpusTests.corpus($0) }
        #expect(drafts.count >= 1067)
        #expect(Double(drafts.filter { $0.labels.isEmpty }.count) >= 0.45 * Double(drafts.count))
        let labelled = Set(drafts.flatMap { $0.labels.map(\.rule) })
        for rule in LinterCorpusTests.spanRules { #expect(labelled.contains(rule), "no label for \(rule)") }
    }

    @Test("the score per rule is printed; it may not fall below the scoring after the sixth round; the targets are a known shortfall")
    func score() throws {
        let (table, all, cleanFlagged, clean) = try LinterCorpusTests.scoreSet(Self.files)
        print(table.joined(separator: "\n"))
        withKnownIssue("blind held-out 9 targets not met: recall 0.729, precision 0.893, 33 of 502 clean flagged") {
            if all.recall < 0.95 { Issue.record("recall \(all.recall) < 0.95") }
            if all.precision < 0.95 { Issue.record("precision \(all.precision) < 0.95") }
            if Double(cleanFlagged) > 0.02 * Double(clean) { Issue.record("\(cleanFlagged) of \(clean) clean drafts flagged") }
        }
        print("held-out 9: \(all.truePositives) found, \(all.falsePositives) false, \(cleanFlagged) of \(clean) clean flagged")
        // Scored once with the rules of f9d2f23: precision 0.896, recall 0.634 (593 found, 69 false,
        // 343 missed), 28 of 502 clean drafts flagged. Once after the sixth round: 0.893 / 0.729
        // (682 found, 82 false, 254 missed), 33 of 502: more found, and more false. The floor is
        // that second score.
        #expect(all.truePositives >= 682 && all.falsePositives <= 82, "below the score after the sixth round (682 found, 82 false)")
        #expect(cleanFlagged <= 33, "more clean drafts flagged than after the sixth round (33 of 502)")
    }
}
