/// `tone.controversial`: the plan's list of divisive topics.
extension ContentRules {
    /// `tone.controversial`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let toneControversialExamples: RuleExamples = (["Why I support assisted dying.", "The Labour government cut our budget.", "Let's talk about abortion access."], ["She is in labour on the ward.", "We chose conservative management for the fracture.", "Let's talk about sleep."])

    /// The default topics by their first word (the value: where their list starts in `defaultByFirst`).
    static let defaultFirstWords: WordTable = {
        var seen: [String: Int] = [:]
        for term in LintContext.defaultControversialWords { if let f = term.first, seen[f] == nil { seen[f] = seen.count } }
        return WordTable(seen.sorted { $0.value < $1.value }.map { ($0.key, $0.value) })
    }()
    static let defaultByFirst: [[[String]]] = {
        var order: [String: Int] = [:], lists: [[[String]]] = []
        for term in LintContext.defaultControversialWords {
            guard let f = term.first else { continue }
            if let k = order[f] { lists[k].append(term) } else { order[f] = lists.count; lists.append([term]) }
        }
        return lists
    }()

    static func controversial(_ t: LintText, terms: [[String]], _ add: Add) {
        func report(_ r: Range<Int>) {
            add("tone.controversial", .info, "'\(t.text(r.lowerBound, r.upperBound))' touches a divisive topic: fine if meant, but expect a heated thread", r.lowerBound, r.upperBound)
        }
        // The default list (130 topics) in one pass over the tokens, each looked up by its hash;
        // a plan's own list term by term.
        if terms == LintContext.defaultControversialWords {
            var i = 0
            while i < t.tokens.count {
                if let k = t.value(i, defaultFirstWords) {
                    // The longest topic that starts here ("vaccine mandates" before "vaccine mandate").
                    if let term = defaultByFirst[k].filter({ t.matches($0, at: i) }).max(by: { $0.count < $1.count }) {
                        report(t.tokens[i].start..<t.tokens[i + term.count - 1].end)
                        i += term.count
                        continue
                    }
                }
                i += 1
            }
            return
        }
        for term in terms {
            for r in t.find(words: term) { report(r) }
        }
    }
}
