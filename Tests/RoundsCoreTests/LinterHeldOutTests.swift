import Foundation
import Testing
import RoundsCore

/// The linter on drafts written after its rules were frozen (LintHeldOut/heldout.txt): the
/// honest measure of how it does on the next draft. Same labels and matching as the tuned corpus.
@Suite("The linter on its held-out drafts")
struct LinterHeldOutTests {
    static let file = "LintHeldOut/heldout.txt"

    @Test("the held-out set has 300 drafts, 40% of them clean, and labels for the weak rules")
    func shape() throws {
        let drafts = try LinterCorpusTests.corpus(Self.file)
        #expect(drafts.count >= 300)
        #expect(Double(drafts.filter { $0.labels.isEmpty }.count) >= 0.4 * Double(drafts.count))
        let labelled = Set(drafts.flatMap { $0.labels.map(\.rule) })
        for rule in ["phi.date", "phi.age", "phi.phone", "phi.email", "phi.ssn", "phi.record-number", "phi.address", "phi.name",
                     "advice.individual", "claim.unverified"] {
            #expect(labelled.contains(rule), "no label for \(rule)")
        }
    }

    @Test("precision and recall meet the issue's targets, and at most 2% of clean drafts are flagged")
    func precisionAndRecall() throws {
        let (scores, mistakes, drafts, cleanFlagged, clean) = try LinterCorpusTests.score(Self.file)
        let (table, all) = LinterCorpusTests.table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean)
        var below: [String] = []
        for rule in LinterCorpusTests.spanRules {
            let s = scores[rule] ?? LinterCorpusTests.Score()
            let target = ["phi.name", "phi.combination"].contains(rule) ? 0.90 : 0.95
            if s.precision < target { below.append("\(rule) precision \(s.precision) < \(target)") }
            if s.recall < target { below.append("\(rule) recall \(s.recall) < \(target)") }
        }
        if Double(cleanFlagged) > 0.02 * Double(clean) { below.append("\(cleanFlagged) of \(clean) clean drafts flagged") }
        // The issue's targets are not met on this set yet (see README): a known issue, which
        // fails this test the day they are met, so the marker comes off. The floor below is the
        // score measured when the rules were frozen: a change that lowers it fails at once.
        withKnownIssue("held-out targets not met: phi.date, phi.age, phi.address, phi.name, advice.individual, claim.unverified, clean drafts flagged") {
            for b in below { Issue.record(Comment(rawValue: b)) }
        }
        #expect(all.truePositives >= 160 && all.falsePositives <= 10, "below the frozen held-out score (160 found, 10 false: recall 0.920, precision 0.941)")
        #expect(cleanFlagged <= 5, "more clean drafts flagged than when frozen (5 of 169)")
        print(table.joined(separator: "\n"))
        if !mistakes.isEmpty { print(mistakes.joined(separator: "\n")) }
    }
}
