import Foundation
import Testing
import RoundsCore

/// The linter on its fifth set (LintDev5/dev5.txt): 586 drafts written on 2026-12-02 by a writer
/// who saw only the label format and the README's rule table, weighted to the rules the fourth
/// set found weakest (advice, claims, divisive topics, record numbers, combinations). Scored
/// once as the rules stood, then used to tune them: a development set, not a held-out one (the
/// fourth set measures the change). Its table and its mistakes are printed.
@Suite("The linter on its fifth set (development)")
struct LinterDev5Tests {
    static let file = "LintDev5/dev5.txt"

    @Test("the set has 586 drafts, 45% of them clean")
    func shape() throws {
        let drafts = try LinterCorpusTests.corpus(Self.file)
        #expect(drafts.count >= 586)
        #expect(Double(drafts.filter { $0.labels.isEmpty }.count) >= 0.45 * Double(drafts.count))
    }

    @Test("the score per rule is printed, with the mistakes; it may not fall below the tuned score")
    func score() throws {
        let (scores, mistakes, drafts, cleanFlagged, clean) = try LinterCorpusTests.score(Self.file)
        let (table, all) = LinterCorpusTests.table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean)
        print(table.joined(separator: "\n"))
        print(mistakes.joined(separator: "\n"))
        // Before any change: 161 found, 11 false, 4 of 290 clean flagged (recall 0.521). Tuned on
        // it in the third round: 296 found, 7 false, 2 of 290 clean flagged (recall 0.958,
        // precision 0.977). A tuned score says what the rules know, not how they generalise.
        #expect(all.truePositives >= 296 && all.falsePositives <= 7, "below the tuned score (296 found, 7 false)")
        #expect(cleanFlagged <= 2, "more clean drafts flagged than after tuning (2 of 290)")
        let advice = scores["advice.individual"] ?? LinterCorpusTests.Score(), claims = scores["claim.unverified"] ?? LinterCorpusTests.Score()
        #expect(advice.recall >= 0.93 && claims.recall >= 0.96, "advice \(advice.recall), claims \(claims.recall)")
    }
}
