/// `claim.unverified`: miracle cures, guarantees, `100% effective`, products that cure a
/// condition (the context that makes a claim reported, and the promise phrases: ClaimContext.swift).
extension ContentRules {
    /// `claim.unverified`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let claimUnverifiedExamples: RuleExamples = (["This tea is a miracle cure.", "Our laser is guaranteed to remove wrinkles.", "Our gummies cure anxiety.", "This tea boosts your immune system.",
          "Say goodbye to knee pain forever!",
          "Our turmeric capsules melt away joint pain naturally.", "This serum regenerates collagen completely in just ten days.", "These drops clear cataracts naturally.",
          "Our IV drips detox your liver and boost energy instantly.", "Zero side effects, no risk at all: try our patches."],
         ["'Miracle' supplements are often unregulated.", "No treatment comes with a guarantee.", "Claims that garlic cures colds are not supported by evidence.",
          "Is this a miracle cure? No.", "We hope to find a cure for ALS one day.",
          "Chemotherapy kills cancer cells but also harms healthy ones.", "Studies in mice suggest turmeric kills cancer cells; human trials have not shown it.",
          "Saw a post claiming vinegar cures gout. It doesn't.", "\"Say goodbye to back pain forever!\" If you see an ad like this, scroll on."])

    /// What a product claim acts on: a condition (the conditions grammar) or one of these.
    static let claimObjects: WordTable = ["cancer", "tumours", "tumors", "toxins", "fat", "cellulite", "cartilage", "gut", "cells", "viruses",
                                            "virus", "bacteria", "infections", "plaque", "arteries", "wrinkles", "ageing", "aging", "cataracts",
                                            "diabetes", "arthritis", "pain", "inflammation", "immune", "immunity", "belly", "joints", "nerve",
                                            "nerves", "damage", "scars", "hair", "baldness", "autism", "dementia", "alzheimer's", "tinnitus"]
    /// Words that make a claim absolute: "completely", "in just two weeks", "without surgery", "naturally".
    static let absoluteWords: WordTable = ["completely", "permanently", "naturally", "forever", "instantly", "overnight", "totally", "fully",
                                             "guaranteed", "always", "entirely", "just", "without", "every", "all", "100", "for", "naturally"]
    static let promoterWords: WordTable = ["our", "this", "these", "my", "which", "it", "that"]

    /// The last token of a product claim whose verb is token i ("kills cancer cells naturally"), or nil.
    static func productClaimEnd(_ t: LintText, _ i: Int) -> Int? {
        let s = t.sentenceStart(i), e = t.sentenceEnd(i)
        if t.isWord(i - 1, ["may", "can", "could", "might", "to", "help", "helps", "that", "will", "does", "not", "no", "the", "a", "find", "for"]) && t.word(i - 1) != "that" { return nil }
        if t.word(i - 1) == "that", !t.isWord(i - 2, ["one", "product", "tea", "supplement", "pill", "cream"]) { return nil }
        // The object: within three words.
        var object: Int?
        var k = i + 1
        if t.isWord(k, ["your", "all", "the", "any", "every"]) { k += 1 }
        for c in k..<min(e, k + 3) where t.kind(c) == .word {
            if t.isWord(c, claimObjects) || t.isWord(c, conditions) || conditionEnd(t, from: c).map({ $0 == c }) ?? false { object = c; break }
        }
        let promotedAt = (max(s, i - 6)..<i).contains { t.isWord($0, promoterWords) }
        // "This serum regenerates collagen completely": whatever it acts on, promoted and absolute.
        if object == nil, promotedAt, let a = (i + 2..<min(e, i + 6)).first(where: { t.isWord($0, ["completely", "permanently", "forever", "instantly", "overnight", "guaranteed", "naturally"]) }) {
            object = a - 1
        }
        guard var end = object else { return nil }
        if t.isWord(end + 1, ["cells", "system", "disease", "syndrome", "infections"]) { end += 1 }
        let promoted = (max(s, i - 6)..<i).contains { t.isWord($0, promoterWords) }
        let absolute = (end + 1..<min(e, end + 5)).first { t.isWord($0, absoluteWords) }
        if let a = absolute {
            end = a
            // "in just two weeks", "without surgery": take the phrase whole.
            if t.isWord(a, ["just", "without", "every", "for", "100"]), a + 1 < e, t.kind(a + 1) == .word || t.kind(a + 1) == .number {
                end = a + 1
                if t.kind(end + 1) == .word, end + 1 < e, t.isWord(a, ["just"]) { end += 1 }
            }
        }
        return promoted || absolute != nil || t.word(i).hasSuffix("s") && (s..<i).contains(where: { t.tokens[$0].capitalized && $0 > s }) ? end : nil
    }

    static func claims(_ t: LintText, _ add: Add) {
        let message = "a promise of a cure or guaranteed result is an unverified claim: say what the evidence shows, and for whom"
        for i in t.tokens.indices {
            // "100" without a string compare per token: a number token of three digits worth 100.
            let hundred = t.tokens[i].kind == .number && t.tokens[i].end - t.tokens[i].start == 3 && t.tokens[i].value == 100
            guard t.has(i, .claimTrigger) || hundred else { continue }
            let w = t.word(i)
            var end: Int?
            switch w {
            case "miracle", "miraculous", "miracles":
                end = i
                if t.isWord(i + 1, ["cure", "cures", "drug", "pill", "treatment", "diet", "supplement", "remedy"]) { end = i + 1 }
                if t.isWord(i + 1, ["cure", "cures"]), t.word(i + 2) == "for", t.kind(i + 3) == .word { end = i + 3 }
            case "guaranteed", "guarantee", "guarantees":
                // "no guarantee", but also not a "guaranteed minimum" of something neutral
                end = i
                if t.isWord(i + 1, ["to", "results", "weight", "cure", "recovery"]) { end = i + 1 }
            case "cure":
                if t.word(i - 1) == "miracle" { break }  // the "miracle" case has it, whole
                if t.word(i + 1) == "-", t.word(i + 2) == "all" { end = i + 2 } else if t.isWord(i - 1, ["natural", "guaranteed", "permanent", "instant", "total", "complete"]), !t.isWord(i - 2, ["no", "not"]) {
                    end = i
                    if t.isWord(i + 1, ["for"]), t.kind(i + 2) == .word { end = i + 2 }
                } else if t.isWord(i - 1, ["will", "to", "instantly", "permanently", "completely", "totally", "miracle"]) && !t.isWord(i - 2, ["no", "not", "hope", "hoping"]) {
                    end = i
                    if t.isWord(i + 1, ["your", "any", "all"]) { end = min(t.tokens.count - 1, i + 2) }
                } else if t.isWord(i + 1, ["for"]), t.isWord(i + 2, ["everything", "all", "anything", "aging"]) {
                    end = i + 2
                } else if t.isWord(i + 1, conditions), t.kind(i - 1) == .word,
                          !t.isWord(i - 1, ["a", "the", "no", "find", "for", "possible", "potential", "antibiotics", "surgery",
                                            "treatment", "treatments", "medicine", "medicines", "can", "may", "might", "could", "help", "helps"]) {
                    // "These gummies cure anxiety": a product promising to cure a condition.
                    end = i + 1
                }
            case "cures":
                // A product "cures" something; "there are no cures" is not a promise.
                if !t.isWord(i - 1, ["no", "the", "new", "possible", "potential", "find", "finding", "for", "search"]), t.kind(i + 1) == .word {
                    end = i + 1
                }
            case "100":
                if t.word(i + 1) == "%" || t.word(i + 1) == "percent" {
                    let k = i + 2
                    if t.isWord(k, ["effective", "guaranteed", "safe", "natural", "cure", "success", "results", "proven", "effectiveness"]) { end = k }
                }
            case "risk":
                if t.word(i + 1) == "-", t.word(i + 2) == "free", t.joined(i) { end = i + 2 }
            case "overnight":
                if t.isWord(i + 1, ["results", "cure", "fix"]) { end = i + 1 }
            case "reverses", "reverse":
                if t.isWord(i + 1, ["aging", "ageing", "diabetes", "alzheimer's", "autism", "cancer", "heart", "arthritis", "dementia", "hair", "wrinkles", "osteoporosis"]) || t.isWord(i + 1, conditions), !t.isWord(i - 1, ["cannot", "can't", "won't", "not"]) {
                    end = i + 1
                }
            case "heals", "kills", "regenerates", "regrows", "eliminates", "flushes", "melts", "banishes", "erases", "destroys", "restores",
                 "rebuilds", "dissolves", "unclogs", "cleanses", "heal", "kill", "eliminate", "flush", "melt", "boost", "boosts", "clears", "clear", "fixes", "repairs":
                // "Ozone therapy kills cancer cells naturally", "Colostrum heals leaky gut in just two weeks": a product promising
                // an outcome on a condition, with its promoter ("our", "this") or an absolute ("completely", "in just").
                end = productClaimEnd(t, i)
            case "detox", "detoxes", "detoxify":
                if t.isWord(i + 1, ["your", "the"]), t.isWord(i + 2, ["body", "liver", "blood", "system"]) { end = i + 2 }
            default:
                break
            }
            if end == nil, ["reverses", "reverse", "cures", "cure"].contains(w) { end = productClaimEnd(t, i) }
            guard let e = end else { continue }
            if claimIsReported(t, i, e) { continue }
            // Negated claims are the opposite of a promise: "not a miracle", "no guarantee", "isn't a cure-all".
            if negated(t, i, window: 3) { continue }
            if t.isWord(i - 1, ["a", "an"]), negated(t, i - 1, window: 3) { continue }
            add("claim.unverified", .error, message, t.tokens[i].start, t.tokens[e].end)
        }
    }
}
