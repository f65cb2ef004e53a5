/// `advice.individual`, the dosing and medicine-change part: an instruction to the reader
/// (imperative, "you should…", "I recommend you…", or the main clause after "If you have…,")
/// with a dose (`take 800 mg`, `give your child 5 ml`, `use your inhaler 10 puffs`) or a named
/// medicine (`double your metformin dose`, `try omeprazole`, `switch to 40 mg of atorvastatin`).
/// General guidance is not advice: `adults need 600–800 IU`, "the usual dose is…", questions,
/// negations, and sentences that send the reader to their own clinician.
extension ContentRules {
    static let doseUnits: WordTable = ["mg", "mcg", "µg", "ug", "g", "ml", "mls", "iu", "units", "unit", "tablets", "tablet", "pills", "pill",
                                         "capsules", "capsule", "drops", "puffs", "puff", "milligrams", "milligram", "micrograms",
                                         "microgram", "grams", "tabs", "doses", "sprays", "spray", "teaspoons", "teaspoon", "tsp",
                                         "tablespoons", "tbsp", "sachets", "sachet", "lozenges", "patches", "injections", "shots", "mmol"]
    static let doseVerbs: WordTable = ["take", "try", "use", "give", "double", "increase", "up", "lower", "cut", "skip", "halve",
                                         "reduce", "add", "switch", "swap", "change", "drop", "raise", "boost", "decrease", "apply", "inject",
                                         "start", "restart", "begin", "put", "stop", "bump"]
    /// How often, after a named medicine: "clotrimazole cream twice a day", "cetirizine every night".
    static let frequencyWords: WordTable = ["daily", "twice", "nightly", "once", "thrice", "hourly", "bd", "bid", "tds", "tid", "qds", "od"]
    static let doseNouns: WordTable = ["dose", "dosage", "doses", "medication", "medications", "meds", "insulin", "pills", "tablets",
                                         "medicine", "medicines", "drug", "drugs", "prescription", "inhaler", "injection", "injections"]

    static let instructLeads: WordTable = ["just", "simply", "should", "can", "please", "then", "so", "now", "also", "i'd", "must", "need", "and", "or",
                                 "definitely", "always", "first", "instead", "only"]

    /// Whether token i (a verb) is an instruction to the reader.
    static func instructs(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i)
        // A clause's start after a dash or a comma: "Re your question — stop your warfarin…", "Based on your photo, use…".
        let clauseStart = t.isWord(i - 1, ["—", "–", ","]) || t.word(i - 1) == "-" && t.tokens[i].spaceBefore && t.tokens[i - 1].spaceBefore
        if i == s || clauseStart || t.isWord(i - 1, instructLeads) && (t.word(i - 1) != "and" && t.word(i - 1) != "or" || !hasSubject(t, s, i - 1)) {
            // "you can take", "you should take" keep going below; "people can take" is general.
            if t.isWord(i - 1, ["should", "can", "must", "need"]), !t.isWord(i - 2, ["you", "i'd", "we'd"]) { return false }
            return true
        }
        // "try to take", "need to take", "want you to take", "I recommend you take", "I'd suggest taking"
        if t.word(i - 1) == "to", t.isWord(i - 2, ["need", "want", "have", "going", "try"]), t.isWord(i - 3, ["you", "i"]) || i - 2 == s { return true }
        if t.word(i - 1) == "you", t.isWord(i - 2, ["recommend", "suggest", "advise", "want", "need", "should", "must"]) { return true }
        // "give him cetirizine 5 mg", "put your baby on 400 IU", "put you on doxycycline": the reader's child or the reader as object.
        if t.isWord(i, ["give", "put"]), t.isWord(i + 1, ["him", "her", "them", "you", "your"]), !t.isWord(i - 1, subjectWords), !t.isWord(i - 1, ["will", "would", "could", "'ll", "we'll"]) { return true }
        if t.word(i - 1) == "to", t.word(i - 2) == "you", t.isWord(i - 3, ["want", "need", "advise", "tell"]) { return true }
        // "If you have a headache, take 800 mg": the main clause after a condition about the reader.
        if t.word(i - 1) == ",", t.isWord(s, ["if", "when", "for", "once", "whenever", "after", "before", "while"]) || t.word(i - 1) == ":" {
            return true
        }
        return false
    }

    static let subjectWords: WordTable = ["i", "we", "he", "she", "they", "patients", "people", "you", "it", "many", "some", "most", "those",
                                     "anyone", "who", "adults", "children", "doctors"]

    static func hasSubject(_ t: LintText, _ s: Int, _ e: Int) -> Bool {
        return (s..<max(s, e)).contains { t.isWord($0, subjectWords) }
    }

    static let givingVerbs: WordTable = ["take", "try", "use", "give", "apply", "inject", "add", "double", "increase", "up", "switch", "swap", "change", "raise", "boost",
                                         "start", "restart", "begin", "put"]

    static let changeVerbs: WordTable = ["bump", "double", "increase", "up", "lower", "cut", "skip", "halve", "reduce", "switch", "swap", "change",
                                        "drop", "raise", "boost", "decrease", "try", "stop"]

    /// Dosing instructions and medicine changes: the finding's last token, or nil.
    static func dosingEnd(_ t: LintText, _ i: Int) -> Int? {
        guard t.isWord(i, doseVerbs), instructs(t, i) else { return nil }
        let e = t.sentenceEnd(i)
        if t.word(e - 1) == "?" || negated(t, i) || defersToClinician(t, i) { return nil }
        // A dose within the next few words: "take two 500 mg tablets", "give your child 5 ml".
        var k = i + 1
        while t.isWord(i, givingVerbs), k < min(e, i + 9), t.word(k) != ":" {
            if t.kind(k) == .number || t.value(k, PHIRules.numberWords) != nil {
                var u = k + 1
                while u < min(e, k + 5), t.kind(u) == .number || [",", ".", "-", "–", "to", "or"].contains(t.word(u)) { u += 1 }
                if t.isWord(u, doseUnits) { return u }
            }
            // "use clotrimazole cream twice a day", "give him cetirizine every night": a named medicine and how often.
            if t.has(k, .drug), !t.isWord(k + 1, ["pressure", "sugar", "sugars", "glucose", "test", "tests", "levels", "count"]), let f = (k + 1..<min(e, k + 5)).first(where: { t.isWord($0, frequencyWords) || t.word($0) == "every" && t.isWord($0 + 1, ["night", "morning", "evening", "day"]) || t.word($0) == "at" && t.word($0 + 1) == "night" }) {
                return t.word(f) == "every" || t.word(f) == "at" ? f + 1 : f
            }
            k += 1
        }
        // A named medicine: "try omeprazole", "double your metformin dose", "switch to atorvastatin".
        guard t.isWord(i, changeVerbs) || t.isWord(i, ["start", "restart", "begin"]) else { return nil }
        k = i + 1
        if t.isWord(k, ["to", "from", "onto", "on"]) { k += 1 }
        if t.isWord(k, ["your", "the", "my", "that", "this"]) { k += 1 }
        let medicineAt = { (j: Int) -> Bool in t.has(j, .drug) || t.isWord(j, doseNouns) }
        if medicineAt(k) {
            var end = k
            if t.word(i) != "try", medicineAt(end + 1) { end += 1 }
            // "try" with a drug needs its name, not "try the medicine".
            if t.word(i) == "try", !t.has(k, .drug) { return nil }
            return end
        }
        // "skip your evening dose", "double your usual metformin dose"
        if t.word(k - 1) == "your", k + 1 < e, medicineAt(k + 1) {
            var end = k + 1
            if medicineAt(end + 1) { end += 1 }
            return end
        }
        return nil
    }

    /// "Just stop it": a medicine named in the sentence before.
    static func stopsNamedMedicine(_ t: LintText, _ i: Int) -> Int? {
        guard t.isWord(i, ["stop", "quit", "ditch"]), t.isWord(i + 1, ["it", "them"]), instructs(t, i), !negated(t, i), !defersToClinician(t, i) else { return nil }
        let back = max(0, i - 14)
        return (back..<i).contains { t.has($0, .drug) } ? i + 1 : nil
    }
}
