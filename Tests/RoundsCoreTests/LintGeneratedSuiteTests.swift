import Testing
import RoundsCore

/// The generated suite (LintGeneratedSuite): at least 5,000 labelled cases, scored per rule.
@Suite("The linter on its generated suite")
struct LintGeneratedSuiteTests {
    @Test("at least 5,000 cases, positives and near misses, and every rule meets its target")
    func generated() {
        let cases = LintGeneratedSuite.all
        #expect(cases.count >= 5000, "only \(cases.count) cases")
        #expect(cases.filter { !$0.positive }.count >= 1500, "near misses")
        var scores: [String: LinterCorpusTests.Score] = [:]
        var mistakes: [String] = []
        let rules = Set(cases.map(\.rule))
        for c in cases {
            // Only the rule under test is scored: other rules may rightly fire ("Mr. Hart, 91,").
            let found = Linter.lint(c.text).filter { $0.rule == c.rule }
            var matched = false
            for f in found {
                if !matched, c.positive, f.excerpt.contains(c.excerpt) || c.excerpt.contains(f.excerpt) {
                    matched = true
                    scores[f.rule, default: .init()].truePositives += 1
                } else {
                    scores[f.rule, default: .init()].falsePositives += 1
                    if mistakes.count < 60 { mistakes.append("false \(f.rule) '\(f.excerpt)' in: \(c.text)") }
                }
            }
            if c.positive, !matched {
                scores[c.rule, default: .init()].falseNegatives += 1
                if mistakes.count < 60 { mistakes.append("missed \(c.rule) '\(c.excerpt)' in: \(c.text)") }
            }
        }
        var table = ["rule                  TP  FP  FN  precision  recall   (\(cases.count) generated cases: \(cases.filter(\.positive).count) positives, \(cases.filter { !$0.positive }.count) near misses)"]
        for rule in rules.sorted() {
            let s = scores[rule] ?? .init()
            let target = ["phi.name", "phi.combination"].contains(rule) ? 0.90 : 0.95
            table.append(rule.padding(toLength: 20, withPad: " ", startingAt: 0) + "\(s.truePositives)".leftPad(4) + "\(s.falsePositives)".leftPad(4)
                + "\(s.falseNegatives)".leftPad(4) + "   " + "\(Int((s.precision * 1000).rounded()))".leftPad(4) + "‰     " + "\(Int((s.recall * 1000).rounded()))".leftPad(4) + "‰")
            #expect(s.precision >= target, "\(rule) precision \(s.precision) < \(target)")
            #expect(s.recall >= target, "\(rule) recall \(s.recall) < \(target)")
        }
        print(table.joined(separator: "\n"))
        if !mistakes.isEmpty { print(mistakes.joined(separator: "\n")) }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
