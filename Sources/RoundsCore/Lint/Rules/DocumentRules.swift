/// What a post of its theme must carry and how long it may be: `consent.missing`,
/// `disclaimer.missing`, `testimonial.disclosure`, `platform.too-long`.
extension ContentRules {
    /// `platform.too-long`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let platformTooLongExamples: RuleExamples = ([String(repeating: "Walk more. ", count: 30)], ["Walk more."])

    /// `testimonial.disclosure`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let testimonialDisclosureExamples: RuleExamples = (["She lost 20 kg and is off her insulin."], ["She lost 20 kg and is off her insulin. Individual results vary."])

    /// `disclaimer.missing`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let disclaimerMissingExamples: RuleExamples = (["Walk ten minutes after meals."], ["Walk ten minutes after meals. This is not medical advice."])

    /// `consent.missing`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let consentMissingExamples: RuleExamples = (["After months of rehab she walked again."], [])

    static let disclaimerPhrases = ["not medical advice", "not a substitute for professional", "educational purposes only",
                                    "for educational purposes", "informational purposes only", "for information only", "general education only",
                                    "general information only", "not intended as medical advice", "does not constitute medical advice",
                                    "educational content only", "not a substitute for medical advice", "consult your own doctor",
                                    "talk to your own doctor", "talk to your doctor about your", "speak to your own"]
    static let disclosurePhrases = ["results vary", "results may vary", "individual results", "results are not typical", "outcomes vary",
                                    "not typical", "every patient is different", "everyone is different", "your results may differ",
                                    "results will vary", "outcomes may vary", "experiences vary", "every body is different"]
    static let outcomePhrases = ["success story", "testimonial", "lost", "cancer-free", "was cured", "recovered", "recovery",
                                 "back to", "no longer needs", "off her", "off his", "off their", "transformed", "results"]

    static let disclaimerPhraseWords = disclaimerPhrases.map(LintText.words)
    static let disclosurePhraseWords = disclosurePhrases.map(LintText.words)
    static let outcomeWords = ["success story", "testimonial", "cancer-free"].map(LintText.words)

    static let lostHash = Lexicon.hash("lost")

    static func document(_ t: LintText, context: LintContext, _ add: Add) {
        let end = t.scalars.count
        if context.requiresConsent {
            switch context.consentProblem {
            case nil:
                add("consent.missing", .error, "a patient story needs a written consent record before it is published (C in the planner, or rounds consent ID --date D --ref TEXT)", 0, 0)
            case let problem? where !problem.isEmpty:
                add("consent.missing", .error, "the consent record does not cover this post: \(problem)", 0, 0)
            default:
                break
            }
        }
        if context.requiresDisclaimer {
            let hasOwn = !context.disclaimerWords.isEmpty && t.contains(words: context.disclaimerWords)
            if !hasOwn, t.firstMatch(amongIndexed: disclaimerPhraseWords) == nil {
                add("disclaimer.missing", .warning, "educational posts need the disclaimer: add \"\(context.disclaimer.isEmpty ? "This is not medical advice." : context.disclaimer)\"", end, end)
            }
        }
        let looksLikeOutcome = context.isTestimonial || t.firstMatch(amongIndexed: outcomeWords) != nil ||
            t.tokens.indices.contains { t.tokens[$0].hash == lostHash && t.word($0) == "lost" && t.number($0 + 1) != nil && t.isWord($0 + 2, ["pounds", "lbs", "kg", "kilos", "stone"]) }
        if looksLikeOutcome, t.firstMatch(amongIndexed: disclosurePhraseWords) == nil {
            add("testimonial.disclosure", .warning, "an outcome story needs a disclosure such as \"Individual results vary.\"", end, end)
        }
        // Over a chosen platform's limit: a warning while drafting, an error once it is to go out.
        if let length = context.messageLength {
            for p in context.platformLimits where length > p.limit {
                add("platform.too-long", context.isReady ? .error : .warning,
                    "\(length) characters is over \(p.name)'s limit of \(p.limit): shorten it by \(length - p.limit), or drop \(p.name)", end, end)
            }
        }
    }
}
