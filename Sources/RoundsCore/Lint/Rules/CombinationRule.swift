/// `phi.combination`: an age, a rare condition, a place or employer and a recent time, three
/// of them together, identify a patient without a name.
extension PHIRules {
    /// `phi.combination`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let combinationExamples: RuleExamples = (["Last Friday a 38-year-old firefighter from Cork walked in with pheochromocytoma.", "A 45-year-old teacher at Lincoln Elementary with a rare form of sarcoma came in last week.",
          "The only baker in Ballymore, 61, was diagnosed with Wilson's disease this week.", "The head porter at Riverside Hospital, 48, with Takayasu arteritis was admitted today."],
         ["Moyamoya disease is rare in Europe. A lecture on it at our grand round today.", "A rare condition can hide for years.", "Rare diseases affect 1 in 17 people at some point in their lives."])

    static let rareConditions: [String] = ["rare", "als", "cystic fibrosis", "huntington's", "huntington", "sarcoma", "progeria",
                                           "myasthenia gravis", "guillain-barré", "guillain-barre", "fibrodysplasia", "ehlers-danlos",
                                           "marfan", "porphyria", "wilson's disease", "gaucher", "fabry", "pompe", "narcolepsy",
                                           "scleroderma", "sickle cell", "hemophilia", "acromegaly", "addison's", "moyamoya"]
    static let recentPhrases: [String] = ["last week", "yesterday", "this morning", "last night", "last month", "this week", "recently",
                                          "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
                                          "on sunday", "last weekend", "earlier today", "two days ago", "a few days ago", "this weekend",
                                          "today", "tonight", "this month", "last tuesday", "last monday", "last friday", "this afternoon",
                                          "over the weekend", "at the weekend", "days ago", "weeks ago"]
    static let placePhrases: [String] = ["works at", "worked at", "teacher at", "teaches at", "employee at", "employed at", "student at",
                                         "nurse at", "coach at", "from our town", "local", "in our town", "down the street",
                                         "high school", "elementary school", "factory", "plant", "our neighborhood", "owner of"]

    static let rareConditionWords = rareConditions.map(LintText.words)
    static let placePhraseWords = placePhrases.map(LintText.words)
    static let recentPhraseWords = recentPhrases.map(LintText.words)

    static let fromOrIn: WordTable = ["from", "in", "at", "on"]

    /// A diagnosis named after "with", "diagnosed with", "found to have", "confirmed with": a
    /// word ending as conditions do (-oma, -opathy, -itis, -osis…), with the word before it when
    /// that describes it ("amyloid cardiomyopathy"), or an eponym's "… disease".
    static let conditionLeads: WordTable = ["with", "have", "has", "had", "of"]

    static func diagnosedCondition(_ t: LintText) -> Range<Int>? {
        for i in t.tokens.indices where t.isWord(i, conditionLeads) {
            for c in ContentRules.span(i + 1, min(t.tokens.count, i + 4)) where t.kind(c) == .word {
                let w = t.tokens[c].lower
                if w.utf8.count > 6, ContentRules.conditionSuffixes.contains(where: { w.endsWith($0) }) || w.endsWith("oma") && w != "diploma" {
                    let a = c > i + 1 && t.kind(c - 1) == .word && !t.isWord(c - 1, ["a", "an", "the", "her", "his", "their", "suspected", "possible"]) ? c - 1 : c
                    return t.tokens[a].start..<t.tokens[c].end
                }
                if t.isWord(c, ["disease", "syndrome"]), c > i + 1, t.tokens[c - 1].capitalized || t.isWord(c - 1, ["'", "’", "'s"]) {
                    var a = c - 1
                    if t.kind(a) != .word || !t.tokens[a].capitalized { a -= 1 }
                    return t.tokens[max(i + 1, a)].start..<t.tokens[c].end
                }
            }
        }
        return nil
    }

    static func combination(_ t: LintText, existing: [LintFinding], _ add: Add) {
        var parts: [(String, Range<Int>)] = []
        // An age of any size: 45-year-old, aged 34, 67 years old.
        for i in t.tokens.indices {
            guard let n = t.number(i), n < 130 else { continue }
            var k = i + 1
            if t.word(k) == "-" { k += 1 }
            if t.isWord(k, ["year", "years"]), t.word(k + 1) == "-" || t.word(k + 1) == "old" {
                // A person's age, not a thing's ("the 90-year-old guideline") nor a population's.
                var noun = k + 1
                while noun < t.tokens.count, t.word(noun) == "-" || t.isWord(noun, ["old", "olds"]) { noun += 1 }
                if t.isWord(noun, thingNouns) || t.word(noun - 1) == "olds" { continue }
                parts.append(("an age", t.tokens[i].start..<t.tokens[k].end))
                break
            }
            if t.isWord(i - 1, ["aged"]) {
                parts.append(("an age", t.tokens[i - 1].start..<t.tokens[i].end))
                break
            }
            // In apposition: "the head chef at the Lakeside Hotel, 52, admitted…"
            if t.word(i - 1) == ",", t.word(i + 1) == ",", (16...110).contains(n), t.tokens[i].lower.count <= 3 {
                parts.append(("an age", t.tokens[i].start..<t.tokens[i].end))
                break
            }
        }
        // An age is one of them: a rare disease, a place and a day ("Moyamoya is rare in Europe;
        // a lecture on it today") describe no one. Without one, nothing else is looked for.
        guard parts.contains(where: { $0.0 == "an age" }) else { return }
        if let r = t.firstMatch(amongIndexed: placePhraseWords) { parts.append(("a place or employer", r)) }
        if !parts.contains(where: { $0.0 == "a place or employer" }) {
            // "from Springfield", "in Millbrook"
            // "from Springfield", "in Millbrook", "at the Lakeside Hotel", "on Ward 7", "at St James's"
            for i in t.tokens.indices where t.isWord(i, fromOrIn) && i > 0 {
                let k = t.isWord(i + 1, ["the"]) && t.word(i) != "from" ? i + 2 : i + 1
                guard t.kind(k) == .word, t.tokens[k].capitalized, !t.isWord(k, notNames), t.value(k, months) == nil, !t.has(k, .honorific),
                      t.word(i) != "on" || t.kind(k + 1) == .number else { continue }
                parts.append(("a place or employer", t.tokens[i].start..<t.tokens[k].end))
                break
            }
        }
        if let r = t.firstMatch(amongIndexed: recentPhraseWords) { parts.append(("a recent time", r)) }
        if !parts.contains(where: { $0.0 == "a recent time" }), let d = existing.first(where: { $0.rule == "phi.date" }) {
            parts.append(("a recent time", d.start..<d.end))
        }
        // The condition last (its search reads every "with" and "of"), and only when the age and
        // the others could make three.
        if parts.count >= 2 {
            if let r = t.firstMatch(amongIndexed: rareConditionWords) {
                parts.append(("a rare condition", r))
            } else if let c = diagnosedCondition(t) {
                parts.append(("a rare condition", c))
            } else {
                // An eponymous condition: "Creutzfeldt-Jakob disease", "Takayasu arteritis".
                for i in t.tokens.indices where t.kind(i) == .word && t.tokens[i].capitalized && t.kind(i + 1) == .word && !t.tokens[i + 1].capitalized {
                    let n = i + 1
                    guard t.tokens[n].end - t.tokens[n].start > 4, !t.isWord(i, notNames), i > t.sentenceStart(i) else { continue }
                    if t.isWord(n, ["disease", "syndrome", "dystrophy", "palsy", "anomaly", "arteritis", "sarcoma", "lymphoma", "ataxia"])
                        || t.tokens[n].lower.utf8.count > 6 && ContentRules.conditionSuffixes.contains(where: { t.tokens[n].lower.endsWith($0) }) {
                        var a = i
                        while a > 0, t.word(a - 1) == "-", t.kind(a - 2) == .word, t.tokens[a - 2].capitalized { a -= 2 }
                        parts.append(("a rare condition", t.tokens[a].start..<t.tokens[n].end))
                        break
                    }
                }
            }
        }
        guard parts.count >= 3 else { return }
        let start = parts.map(\.1.lowerBound).min() ?? 0
        var end = parts.map(\.1.upperBound).max() ?? 0
        // To the end of the sentence, where the condition often comes last ("… from Cork walked
        // in with pheochromocytoma").
        if let last = t.tokens.lastIndex(where: { $0.end <= end }) {
            let e = t.sentenceEnd(last)
            if e > 0, e <= t.tokens.count { end = max(end, t.tokens[e - 1].kind == .word || t.tokens[e - 1].kind == .number ? t.tokens[e - 1].end : t.tokens[max(0, e - 2)].end) }
        }
        let what = parts.map(\.0).joined(separator: ", ")
        add("phi.combination", .warning, "together, \(what) can identify a patient even without a name: drop one or more", start, end)
    }
}
