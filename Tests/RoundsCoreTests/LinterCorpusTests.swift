import Foundation
import Testing
import RoundsCore

/// Precision and recall of every span rule on the hand-labelled corpus (LintCorpus/).
@Suite("The linter on its labelled corpus")
struct LinterCorpusTests {
    struct Label: Hashable {
        var rule: String
        var range: Range<Int>
    }

    struct Draft {
        var line: Int
        var text: String
        var labels: [Label]
    }

    /// Strips `{{rule|excerpt}}` marks, recording each label's scalar range in the clean text.
    static func parse(_ raw: String, line: Int) -> Draft {
        var text = String.UnicodeScalarView()
        var labels: [Label] = []
        let scalars = Array(raw.replacingOccurrences(of: "\\n", with: "\n").unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                var j = i + 2
                var rule = ""
                while j < scalars.count, scalars[j] != "|" { rule.unicodeScalars.append(scalars[j]); j += 1 }
                j += 1
                let start = text.count
                while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}") { text.append(scalars[j]); j += 1 }
                labels.append(Label(rule: rule, range: start..<text.count))
                i = j + 2
            } else {
                text.append(scalars[i])
                i += 1
            }
        }
        return Draft(line: line, text: String(text), labels: labels)
    }

    static func corpus(_ file: String = "LintCorpus/drafts.txt") throws -> [Draft] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(file)
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        return lines.enumerated().compactMap { n, line in
            line.isEmpty || line.hasPrefix("#") ? nil : parse(line, line: n + 1)
        }
    }

    static let spanRules = ["phi.date", "phi.age", "phi.phone", "phi.email", "phi.ssn", "phi.record-number", "phi.address",
                            "phi.name", "phi.ip", "phi.url-personal", "phi.combination", "advice.individual", "claim.unverified",
                            "tone.controversial"]
    static let targets: [String: Double] = ["phi.name": 0.85, "phi.combination": 0.85]

    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    }

    /// The per-rule table the corpus tests print, with a total line; and the total.
    static func table(_ scores: [String: Score], drafts: Int, cleanFlagged: Int, clean: Int) -> (lines: [String], all: Score) {
        func row(_ name: String, _ s: Score) -> String {
            name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%4d%4d%4d   %.3f      %.3f", s.truePositives, s.falsePositives, s.falseNegatives, s.precision, s.recall)
        }
        var lines = ["rule                  TP  FP  FN  precision  recall   (\(drafts) drafts, \(cleanFlagged) of \(clean) clean flagged)"]
        var all = Score()
        for rule in spanRules {
            let s = scores[rule] ?? Score()
            all.truePositives += s.truePositives
            all.falsePositives += s.falsePositives
            all.falseNegatives += s.falseNegatives
            lines.append(row(rule, s))
        }
        lines.append(row("all", all))
        return (lines, all)
    }

    static func score(_ file: String = "LintCorpus/drafts.txt") throws -> (scores: [String: Score], mistakes: [String], drafts: Int, cleanFlagged: Int, clean: Int) {
        var scores: [String: Score] = [:]
        var mistakes: [String] = []
        var cleanFlagged = 0
        let drafts = try corpus(file)
        for d in drafts {
            let found = Linter.lint(d.text).filter { spanRules.contains($0.rule) }
            if d.labels.isEmpty, !found.isEmpty { cleanFlagged += 1 }
            var matched = Set<Int>()
            for f in found {
                if let k = d.labels.indices.first(where: { !matched.contains($0) && d.labels[$0].rule == f.rule && d.labels[$0].range.overlaps(f.start..<max(f.end, f.start + 1)) }) {
                    matched.insert(k)
                    scores[f.rule, default: Score()].truePositives += 1
                } else {
                    scores[f.rule, default: Score()].falsePositives += 1
                    mistakes.append("line \(d.line): false \(f.rule) '\(f.excerpt)'")
                }
            }
            for (k, label) in d.labels.enumerated() where !matched.contains(k) {
                scores[label.rule, default: Score()].falseNegatives += 1
                let excerpt = String(String.UnicodeScalarView(Array(d.text.unicodeScalars)[label.range]))
                mistakes.append("line \(d.line): missed \(label.rule) '\(excerpt)'")
            }
        }
        return (scores, mistakes, drafts.count, cleanFlagged, drafts.filter { $0.labels.isEmpty }.count)
    }

    /// Several files scored as one set: the printed table, the total, and the clean drafts flagged.
    static func scoreSet(_ files: [String]) throws -> (table: [String], all: Score, cleanFlagged: Int, clean: Int) {
        var scores: [String: Score] = [:]
        var drafts = 0, cleanFlagged = 0, clean = 0
        for file in files {
            let s = try score(file)
            for (rule, score) in s.scores {
                scores[rule, default: Score()].truePositives += score.truePositives
                scores[rule, default: Score()].falsePositives += score.falsePositives
                scores[rule, default: Score()].falseNegatives += score.falseNegatives
            }
            drafts += s.drafts
            cleanFlagged += s.cleanFlagged
            clean += s.clean
        }
        let (table, all) = table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean)
        return (table, all, cleanFlagged, clean)
    }

    @Test("the corpus has at least 200 drafts and labels for every span rule")
    func corpusShape() throws {
        let drafts = try Self.corpus()
        #expect(drafts.count >= 200)
        let labelled = Set(drafts.flatMap { $0.labels.map(\.rule) })
        for rule in Self.spanRules { #expect(labelled.contains(rule), "no label for \(rule)") }
        #expect(drafts.filter { $0.labels.isEmpty }.count >= 100, "hard negatives")
    }

    @Test("precision and recall meet their targets for every rule")
    func precisionAndRecall() throws {
        let (scores, mistakes, drafts, cleanFlagged, clean) = try Self.score()
        for rule in Self.spanRules {
            let s = scores[rule] ?? Score()
            let target = Self.targets[rule] ?? 0.95
            #expect(s.precision >= target, "\(rule) precision \(s.precision) < \(target)")
            #expect(s.recall >= target, "\(rule) recall \(s.recall) < \(target)")
        }
        let table = Self.table(scores, drafts: drafts, cleanFlagged: cleanFlagged, clean: clean).lines
        print(table.joined(separator: "\n"))
        if !mistakes.isEmpty { print(mistakes.joined(separator: "\n")) }
    }
}
