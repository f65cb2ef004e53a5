/// `claim.unverified`, context and phrases: a claim in quotes ('Miracle' supplements), in a
/// sceptical or negated sentence ("Beware of ads promising…", "No treatment comes with a
/// guarantee", "Is there a miracle cure? Sadly not.") is a warning about claims, not a claim;
/// and the promise phrases that carry no trigger word ("boosts your immunity", "say goodbye to
/// back pain forever", "doctors don't want you to know").
extension ContentRules {
    static let scepticWords: WordTable = ["beware", "claims", "claim", "claimed", "myth", "myths", "promising", "promises", "promise",
                                            "ads", "ad", "adverts", "advertised", "advertising", "scam", "scams", "marketed", "marketing",
                                            "unregulated", "unproven", "bogus", "sadly", "hype", "fake", "quack", "wary", "careful",
                                            "misleading", "suspicious", "evidence", "heard", "sold", "selling", "influencers", "avoid",
                                            "claiming", "supposedly", "allegedly", "so-called", "apparently", "viral", "rumour", "rumor",
                                            "debunk", "debunked", "debunking", "busting", "mice", "lab", "dish", "researchers", "studies",
                                            "headlines", "headline", "overblown", "overhyped", "tabloids", "saying", "tiktok", "rumours", "rumors"]

    static let quoteMarks: WordTable = ["'", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "«", "»"]

    /// A sceptic word at k, but not a promoter's own "our vein laser promise".
    static func isSceptic(_ t: LintText, _ k: Int) -> Bool {
        t.isWord(k, scepticWords) && !(t.isWord(k, ["promise", "promises"]) && ContentRules.span(max(0, k - 3), k).contains { t.isWord($0, ["our", "my"]) })
    }

    /// Whether the claim at token i is quoted, questioned, negated at the sentence's head, or in a sceptical sentence.
    static func claimIsReported(_ t: LintText, _ i: Int, _ e: Int) -> Bool {
        let s = t.sentenceStart(i), end = t.sentenceEnd(i)
        // 'Miracle' supplements, “100% natural cure”
        if let q = (max(s, i - 8)..<i).last(where: { t.isWord($0, quoteMarks) }), q >= i - 3 || !isTestimonial(t, q),
           ContentRules.span(i + 1, min(end + 1, e + 4)).contains(where: { t.isWord($0, quoteMarks) }) { return true }
        if t.word(end - 1) == "?" { return true }
        if t.isWord(s, ["no", "nothing", "nobody", "none", "there's", "neither"]) || t.word(s) == "there" && t.isWord(s + 1, ["is", "are"]) && t.isWord(s + 2, ["no", "not"]) { return true }
        // A sceptic word, but not a promoter's own "our vein laser promise".
        if (s..<end).contains(where: { isSceptic(t, $0) }) { return true }
        // A heading before a colon: "Myth: garlic cures colds", "Fake news: …"
        if t.word(s - 1) == ":", ContentRules.span(max(0, s - 4), s - 1).contains(where: { isSceptic(t, $0) || t.isWord($0, ["false", "fiction", "untrue"]) }) { return true }
        // "Patients ask if keto cures diabetes", "Someone asked whether…": a question relayed.
        if (max(s, i - 8)..<i).contains(where: { t.isWord($0, ["ask", "asks", "asked", "asking", "wonder", "wondering", "wondered"]) && t.isWord($0 + 1, ["if", "whether"]) }) { return true }
        // A denial opening the next sentence: "… cures fibroids. It doesn't."
        if t.isWord(end, ["it", "they", "that", "this"]), t.isWord(end + 1, ["doesn't", "don't", "won't", "isn't", "aren't", "can't"]) || t.isWord(end + 1, ["does", "do", "will", "is"]) && t.word(end + 2) == "not" { return true }
        // A negation before the claim, or right after it ("cures colds? It does not"); "you'll never catch
        // another cold" after a promise is part of the promise.
        let negations: [String] = ["not", "isn't", "aren't", "doesn't", "don't", "won't", "never", "can't", "cannot"]
        // ("isn't just pretty, it drains lymph" is more, not less.)
        if (s..<i).contains(where: { t.isWord($0, negations) && !t.isWord($0 + 1, ["just", "only", "merely"]) }) && !(s..<end).contains(where: { t.word($0) == "want" }) { return true }
        // After it, only a denial ("cures colds — it does not"), not a promise's own "never
        // worry again" or "the ones antibiotics can't touch".
        let denials: [String] = ["not", "isn't", "aren't", "doesn't", "don't", "won't"]
        if ContentRules.span(e + 1, min(end, e + 6)).contains(where: { t.isWord($0, denials) && !t.isWord($0 - 1, ["you'll", "you", "will", "'ll"]) && !t.isWord($0 + 1, ["tell", "want"]) })
            && !(s..<end).contains(where: { t.word($0) == "want" }) { return true }
        return false
    }

    /// A quotation introduced as a patient's word: `Testimonial from Mr. Jacobs: "…"`, `Ana says: "…"`.
    static func isTestimonial(_ t: LintText, _ quote: Int) -> Bool {
        ContentRules.span(max(0, quote - 8), quote).contains { t.isWord($0, ["testimonial", "testimonials", "review", "reviews", "says", "said", "writes", "wrote", "feedback", "raves"]) }
    }

    static let promisePhrases: [[String]] = [
        "boost your immunity", "boosts your immunity", "boost your immune system", "boosts your immune system", "revolutionary breakthrough",
        "doctors don't want you to know", "doctors hate", "goodbye to", "eliminates all toxins", "flush out toxins", "flushes out toxins",
        "permanently removes", "permanently remove", "no side effects", "zero side effects", "no risk at all", "will cure your",
        "instant results", "works every time", "every time", "clinically proven to",
        "all natural cure", "never get sick", "never be sick again", "anti-aging miracle", "secret cure", "cure for everything",
        "reverse your", "reverses your", "heal yourself", "heals everything", "cures everything", "completely safe", "totally safe",
        "no risks at all", "zero risks", "remedy for everything", "cure for all", "remedy for all", "completely painless", "totally painless",
        "lasts a lifetime", "last a lifetime", "never misses", "never fails", "never causes", "farewell to", "or your money back", "every single time",
    ].map(LintText.words)

    static func promises(_ t: LintText, _ add: Add) {
        let message = "a promise of a cure or guaranteed result is an unverified claim: say what the evidence shows, and for whom"
        for p in promisePhrases {
            for r in t.find(indexedWords: p) {
                let i = t.tokenIndex(atOrAfter: r.lowerBound)
                let e = i + p.count - 1
                let farewell = p.last == "to" && (p.first == "goodbye" || p.first == "farewell")
                if !farewell, claimIsReported(t, i, e) { continue }
                // "goodbye to X forever" needs its "forever"; "every time" needs a promise around it.
                if farewell {
                    let end = t.sentenceEnd(i)
                    guard let f = (e..<end).first(where: { t.isWord($0, ["forever", "for"]) && (t.word($0) == "forever" || t.word($0 + 1) == "good") }),
                          !claimIsReported(t, i, f) else { continue }
                    add("claim.unverified", .error, message, r.lowerBound, t.tokens[t.word(f) == "for" ? f + 1 : f].end)
                    continue
                }
                // "never misses a melanoma" is a product's promise, not "she never misses a session".
                if p.first == "never", !(max(t.sentenceStart(i), i - 6)..<i).contains(where: { t.isWord($0, promoterWords) }) { continue }
                if p.first == "every", !(t.sentenceStart(i)..<i).contains(where: { t.isWord($0, ["works", "cures", "reverses", "heals", "removes", "fixes"]) }) { continue }
                add("claim.unverified", .error, message, r.lowerBound, r.upperBound)
            }
        }
    }
}
