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

    @Test("the score per rule is printed, with the mistakes")
    func score() throws {
        let (scores, mistakes, drafts, cleanFlagged, clean) = try LinterCorpusTests.score(Self.file)
        let (table, _) = LinterCorpusTests.table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean)
        print(table.joined(separator: "\n"))
        print(mistakes.joined(separator: "\n"))
    }
}
