/// `tone.controversial`: the plan's list of divisive topics.
extension ContentRules {
    /// `tone.controversial`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let toneControversialExamples: RuleExamples = (["Let's talk about abortion access."], ["Let's talk about sleep."])

    static func controversial(_ t: LintText, terms: [[String]], _ add: Add) {
        for term in terms {
            for r in t.find(words: term) {
                add("tone.controversial", .info, "'\(t.text(r.lowerBound, r.upperBound))' touches a divisive topic: fine if meant, but expect a heated thread", r.lowerBound, r.upperBound)
            }
        }
    }
}
