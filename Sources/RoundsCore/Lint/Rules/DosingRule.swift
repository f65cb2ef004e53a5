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
                                         "medicine", "medicines", "drug", "drugs", "prescription", "inhaler", "injection", "injections",
                                         "tablet", "pill", "capsules", "capsule", "supplements", "patch", "patches"]

    static let instructLeads: WordTable = ["just", "simply", "should", "can", "please", "then", "so", "now", "also", "i'd", "must", "need", "and", "or",
                                 "definitely", "always", "first", "instead", "only", "kindly", "honestly", "basically", "maybe", "could",
                                 "would", "better", "best", "quickly", "straight", "tonight", "today"]

    /// Whether token i starts the text after an @mention ("@ankit_23 take…", "to @sue_p: yes, go up…").
    static func afterMention(_ t: LintText, _ i: Int) -> Bool {
        var j = i - 1
        while j > 0, !t.tokens[j].spaceBefore { j -= 1 }
        guard j >= 0, j < i, t.word(j) == "@" else { return false }
        return j == t.sentenceStart(i) || t.isWord(j - 1, [":", ",", "—", "–", "-", "to", "for", "hi", "hey", "dear"]) || t.word(j - 1) == "@" || !t.tokens[j].spaceBefore
    }

    /// Words of address and discourse that can stand before an instruction without changing it:
    /// "mate, take…", "bhai take Dolo 650", "abeg take…", "babe stop taking…", "Uncle, restart it".
    static let fillerWords: WordTable = ["mate", "bhai", "abeg", "babe", "babes", "hun", "hon", "yeah", "yes", "yep", "ok", "okay", "well",
                                         "honestly", "hey", "hi", "ladies", "guys", "folks", "lads", "sir", "ma'am", "madam", "doc",
                                         "friend", "bro", "sis", "yaar", "ji", "love", "darling", "pet", "uncle", "auntie", "aunty", "boss",
                                         "chief", "dear", "girl", "girls", "sweetie", "oh", "ah", "right", "look", "listen", "seriously",
                                         "tbh", "lol", "pls", "plz", "please", "just", "simply", "einfach", "so", "then", "now", "and",
                                         "also", "hmm", "ugh", "aww", "mama", "mum", "mom", "dad", "papa", "bestie", "lovely", "my"]

    /// Whether the clause holding token i starts, past fillers, right before i: "mate that's
    /// tennis elbow — strap it, ice it and take 400 mg" (the clause after the dash has no subject).
    static func clauseHasNoSubjectBefore(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i)
        var j = i - 1
        while j > s {
            let w = t.word(j - 1)
            if w == "," || w == "—" || w == "–" || w == ":" || w == "(" || w == "-" && t.tokens[j - 1].spaceBefore { break }
            j -= 1
        }
        // The clause's first word, past fillers and a handle, is what decides.
        while j < i, t.isWord(j, fillerWords) || t.word(j) == "@" || j > s && !t.tokens[j].spaceBefore && t.word(j - 1) != "," { j += 1 }
        return !(t.isWord(j, subjectWords) || t.isWord(j, ["if", "when", "whether", "unless", "while", "once", "because", "since", "as", "the", "a", "an"]))
    }

    /// Whether only fillers, emoji and an @mention stand between a clause's start and token i.
    static func onlyFillersBefore(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i)
        var j = i - 1
        var skipped = 0
        while j >= s {
            let w = t.word(j)
            if w == "," || w == "—" || w == "–" || w == ":" || w == "!" { return skipped > 0 }
            if t.isWord(j, fillerWords) || t.kind(j) == .symbol && t.scalars[t.tokens[j].start].value > 0x2000 { skipped += 1; j -= 1; continue }
            // An @handle ("@arjun_s"): its joined tokens back to the "@".
            var h = j
            while h > s, !t.tokens[h].spaceBefore { h -= 1 }
            return t.word(h) == "@" && skipped > 0
        }
        return skipped > 0
    }

    /// Whether token i (a verb) is an instruction to the reader.
    static func instructs(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i)
        // "You should be taking your metformin with dinner", "keep taking…": only in these frames.
        if t.word(i) == "taking" {
            return t.isWord(i - 1, ["keep", "continue"]) || t.word(i - 1) == "be" && t.isWord(i - 2, ["should", "must"]) && t.word(i - 3) == "you"
        }
        if onlyFillersBefore(t, i) { return true }
        // "Tell your mum to stop her warfarin", "I told him to give the boy half a Panadol": an instruction relayed.
        if t.word(i - 1) == "to", let v = (max(s, i - 5)..<(i - 1)).last(where: { t.isWord($0, ["tell", "told", "ask", "asked", "remind", "telling"]) }),
           (v + 1..<(i - 1)).allSatisfy({ t.kind($0) == .word }), t.isWord(v + 1, ["your", "him", "her", "them", "his", "their"]) { return true }
        // A clause's start after a dash or a comma: "Re your question — stop your warfarin…", "Based on your photo, use…".
        let clauseStart = t.isWord(i - 1, ["—", "–", ","]) || t.word(i - 1) == "-" && t.tokens[i].spaceBefore && t.tokens[i - 1].spaceBefore
        if i == s || clauseStart || afterMention(t, i) || t.isWord(i - 1, instructLeads) && (t.word(i - 1) != "and" && t.word(i - 1) != "or" || clauseHasNoSubjectBefore(t, i - 1)) {
            // "you can take", "you should take" keep going below; "people can take" is general.
            if t.isWord(i - 1, ["should", "can", "must", "need", "could", "would"]), !t.isWord(i - 2, ["you", "i'd", "we'd", "i", "really", "definitely"]) { return false }
            if t.isWord(i - 1, ["would", "could"]), t.word(i - 2) == "i", !(s..<i).contains(where: { t.isWord($0, ["if", "you"]) }) { return false }
            return true
        }
        // "you'll take your 150 mg capsule tomorrow": telling the reader what they will do.
        if t.isWord(i - 1, ["you'll", "you'd"]) { return true }
        // "for acidity take Pan 40…", "Yaar, for acidity take…": a purpose phrase before the verb.
        if let f = (max(s, i - 5)..<i).last(where: { t.word($0) == "for" }), f == s || t.word(f - 1) == "," || afterMention(t, f) || onlyFillersBefore(t, f),
           (f + 1..<i).allSatisfy({ t.kind($0) == .word && !t.isWord($0, subjectWords) && !t.isWord($0, ["is", "are", "was", "can", "may"]) }) { return true }
        // "try to take", "need to take", "want you to take", "I recommend you take", "I'd suggest taking"
        if t.word(i - 1) == "to", t.isWord(i - 2, ["need", "want", "have", "going", "try"]), t.isWord(i - 3, ["you", "i"]) || i - 2 == s { return true }
        if t.word(i - 1) == "you", t.isWord(i - 2, ["recommend", "suggest", "advise", "want", "need", "should", "must"]) { return true }
        // "give him cetirizine 5 mg", "put your baby on 400 IU", "put you on doxycycline": the reader's child or the reader as object.
        if t.isWord(i, ["give", "put"]), t.isWord(i + 1, ["him", "her", "them", "you", "your"]), !t.isWord(i - 1, subjectWords), !t.isWord(i - 1, ["will", "would", "could", "'ll", "we'll"]) { return true }
        if t.word(i - 1) == "to", t.word(i - 2) == "you", t.isWord(i - 3, ["want", "need", "advise", "tell"]) { return true }
        // "if your chest is tight take your brother's prednisolone": the main clause of an "if"
        // sentence with no comma (no subject or auxiliary before the verb).
        if t.isWord(s, ["if", "when"]) || t.isWord(s + 1, ["if", "when"]) && t.word(s) == "@", t.isWord(i, ["take", "use", "give", "apply"]), i > s + 2,
           !t.isWord(i - 1, subjectWords), !t.isWord(i - 1, ["to", "can", "should", "will", "would", "don't", "do", "and", "or", "not", "might", "may", "won't", "can't", "cannot", "kids", "child", "baby", "they", "he", "she", "also", "still", "always", "never", "usually", "often"]),
           t.kind(i - 1) == .word, !t.has(i - 1, .firstName) { return true }
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
            if t.has(k, .drug), !t.isWord(k + 1, ["pressure", "sugar", "sugars", "glucose", "test", "tests", "levels", "count"]), let f = ContentRules.span(k + 1, min(e, k + 5)).first(where: { t.isWord($0, frequencyWords) || t.word($0) == "every" && t.isWord($0 + 1, ["night", "morning", "evening", "day"]) || t.word($0) == "at" && t.word($0 + 1) == "night" }) {
                return t.word(f) == "every" || t.word(f) == "at" ? f + 1 : f
            }
            k += 1
        }
        // A named medicine: "try omeprazole", "double your metformin dose", "switch to atorvastatin".
        guard t.isWord(i, changeVerbs) || t.isWord(i, ["start", "restart", "begin"]) else { return nil }
        k = i + 1
        if t.isWord(k, ["to", "from", "onto", "on"]) { k += 1 }
        if t.isWord(k, ["all"]) { k += 1 }
        if t.isWord(k, ["your", "the", "my", "that", "this", "her", "his", "their"]) { k += 1 }
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
    /// Also "Uncle, restart it today", "Move it to the morning", "Forgot yesterday's
    /// levothyroxine? Take two today": a change to a medicine named just before.
    static func stopsNamedMedicine(_ t: LintText, _ i: Int) -> Int? {
        var end: Int
        if t.isWord(i, ["stop", "quit", "ditch", "restart", "halve", "double", "skip"]), t.isWord(i + 1, ["it", "them"]) {
            end = i + 1
        } else if t.isWord(i, ["move", "take"]), t.isWord(i + 1, ["it", "them"]), t.word(i + 2) == "to", t.word(i + 3) == "the" || t.word(i + 3) == "bedtime",
                  t.isWord(i + 4, ["morning", "evening", "night", "bedtime", "afternoon"]) || t.word(i + 3) == "bedtime" {
            end = t.word(i + 3) == "bedtime" ? i + 3 : i + 4
        } else if t.word(i) == "take", t.isWord(i + 1, ["two", "2", "another", "double"]) || t.word(i + 1) == "an" && t.word(i + 2) == "extra", !medicineAt(t, i + 2) {
            end = t.word(i + 1) == "an" ? i + 2 : i + 1
            if t.isWord(end + 1, ["today", "tonight", "now"]) { end += 1 }
        } else {
            return nil
        }
        guard instructs(t, i), !negated(t, i), !defersToClinician(t, i), t.word(t.sentenceEnd(i) - 1) != "?" else { return nil }
        let back = max(0, i - 14)
        return (back..<i).contains { t.has($0, .drug) } ? end : nil
    }

    // MARK: - The general grammar: a directive, a medicine, and a dose or how often

    /// Verbs that give a medicine to the reader when they instruct.
    static let directiveVerbs: WordTable = ["take", "use", "give", "apply", "put", "rub", "dab", "gargle", "wash", "drink", "grab",
                                            "get", "try", "start", "restart", "begin", "spray", "insert", "chew", "swallow", "dissolve",
                                            "pop", "do", "add", "alternate", "inhale", "massage", "soak", "instil", "instill", "have", "keep",
                                            "taking", "be", "chuck", "stick", "nimm", "nehmen", "prends", "prenez", "toma", "tome"]
    /// Forms a medicine comes in: evidence of one only with a number ("2 tablets", "4 puffs").
    static let medicineForms: WordTable = ["tablet", "tablets", "tab", "tabs", "capsule", "capsules", "caps", "pill", "pills", "puffs",
                                           "puff", "drops", "sachet", "sachets", "lozenge", "lozenges", "spoonful", "spoonfuls",
                                           "suppository", "suppositories", "pessary", "pessaries", "patch", "patches", "pump", "pumps",
                                           "sprays", "squirts"]
    /// Preparations whose name says it is a medicine: "clotrimazole cream", "Voltaren gel".
    static let preparationWords: WordTable = ["cream", "gel", "ointment", "drops", "spray", "syrup", "tablets", "tablet", "capsules",
                                              "patches", "patch", "inhaler", "lotion", "solution", "sachets", "suspension", "mouthwash",
                                              "tincture", "tea", "supplement", "supplements", "gummies", "injection", "drip"]
    /// Supplements and remedies, named as medicines are.
    static let remedies: WordTable = ["vitamin", "vit", "zinc", "magnesium", "iron", "calcium", "folic", "fish", "omega-3", "omega",
                                      "turmeric", "curcumin", "ashwagandha", "echinacea", "elderberry", "probiotic", "probiotics",
                                      "glucosamine", "chondroitin", "collagen", "biotin", "cbd", "creatine", "coq10", "b12", "d3",
                                      "melatonin", "valerian", "ginkgo", "ginseng", "garlic", "apple", "cider", "psyllium", "senna",
                                      "lactulose", "electrolytes", "ors", "dioralyte", "arnica", "st", "saw", "evening", "primrose",
                                      "cod", "liver", "multivitamin", "multivitamins", "selenium", "potassium", "quercetin", "berberine",
                                      "clove", "peppermint", "castor", "eucalyptus", "ferrous", "colchicine", "hydrocortisone"]
    /// Units after a number: "10mg", "1 g", "2.5 ml", "2 tablets" (a strength, "4%", is read apart).
    static func isDoseUnit(_ t: LintText, _ u: Int) -> Bool {
        t.isWord(u, doseUnits) || t.isWord(u, medicineForms)
    }

    /// How often: "twice a day", "three times daily", "every 6 hours", "every morning", "at night",
    /// "at bedtime", "with every feed", "after each loose stool", "before breakfast", "overnight".
    /// The last token, or nil.
    static func frequencyEnd(_ t: LintText, _ k: Int) -> Int? {
        if t.isWord(k, frequencyWords) {
            if t.isWord(k, ["twice", "once", "thrice"]) {
                if t.isWord(k + 1, ["a", "per", "each"]), t.isWord(k + 2, ["day", "night", "week", "daily"]) { return k + 2 }
                if t.isWord(k + 1, ["daily", "nightly", "weekly"]) { return k + 1 }
                return k
            }
            return k
        }
        if t.kind(k) == .number || t.value(k, PHIRules.numberWords) != nil, t.isWord(k + 1, ["times", "x"]) {
            if t.isWord(k + 2, ["a", "per", "each"]), t.isWord(k + 3, ["day", "night", "week"]) { return k + 3 }
            if t.isWord(k + 2, ["daily", "weekly"]) { return k + 2 }
        }
        if t.isWord(k, ["every", "each"]) {
            var j = k + 1
            if t.kind(j) == .number || t.value(j, PHIRules.numberWords) != nil { j += 1 }
            if t.word(j) == "-" || t.word(j) == "to" || t.word(j) == "–", t.kind(j + 1) == .number || t.value(j + 1, PHIRules.numberWords) != nil { j += 2 }
            if t.isWord(j, ["hours", "hour", "hrs", "hr", "h", "morning", "night", "evening", "day", "days", "feed", "meal", "bedtime", "week", "minutes"]) { return j }
        }
        if t.isWord(k, ["at", "before", "after", "with"]) {
            var j = k + 1
            if t.isWord(j, ["every", "each", "the"]) { j += 1 }
            if t.isWord(j, ["night", "bedtime", "bed", "breakfast", "dinner", "lunch", "meals", "food", "feed", "iftar", "suhoor"]) { return j }
            if t.isWord(j, ["loose"]), t.isWord(j + 1, ["stool", "stools"]) { return j + 1 }
        }
        if t.isWord(k, ["overnight", "nightly", "tonight"]) { return k }
        // "an hour earlier", "two hours before bed": a change of time.
        if t.isWord(k, ["an", "a", "half"]) || t.kind(k) == .number || t.value(k, PHIRules.numberWords) != nil {
            var j = k + 1
            if t.isWord(j, ["an", "hour"]) && t.word(k) == "half" { j += t.word(j) == "an" ? 1 : 0 }
            if t.isWord(j, ["hour", "hours"]), t.isWord(j + 1, ["earlier", "later", "sooner"]) { return j + 1 }
        }
        // "morning and night", "night and morning": both ends of the day.
        if t.isWord(k, ["morning", "night", "evening"]), t.word(k + 1) == "and", t.isWord(k + 2, ["morning", "night", "evening"]) { return k + 2 }
        // "every couple of hours", "every few days"
        if t.word(k) == "every", t.isWord(k + 1, ["couple", "few"]) {
            let j = t.word(k + 2) == "of" ? k + 3 : k + 2
            if t.isWord(j, ["hours", "days", "minutes"]) { return j }
        }
        // How long: "for 5 days", "for a fortnight", "for ten days not 7".
        if t.word(k) == "for" {
            var j = k + 1
            if t.kind(j) == .number || t.value(j, PHIRules.numberWords) != nil || t.isWord(j, ["a", "one", "another"]) { j += 1 }
            else if t.isWord(j, ["fortnight"]) { return j }
            else { return nil }
            if t.isWord(j, ["more", "whole", "full"]) { j += 1 }
            if t.isWord(j, ["day", "days", "week", "weeks", "fortnight", "month", "months", "nights"]) { return j }
        }
        // "before the run", "before the interview": taken ahead of an occasion.
        if t.word(k) == "before", t.isWord(k + 1, ["the", "your", "a"]), t.kind(k + 2) == .word, !t.isWord(k + 2, ["doctor", "gp", "appointment"]) { return k + 2 }
        // "trois fois par jour", "zweimal täglich"
        if t.word(k) == "fois", t.word(k + 1) == "par", t.isWord(k + 2, ["jour", "semaine"]) { return k + 2 }
        if t.isWord(k, ["täglich", "morgens", "abends"]) { return k }
        if t.isWord(k, ["in", "every"]), t.word(k + 1) == "the", t.isWord(k + 2, ["morning", "evening"]) { return k + 2 }
        return nil
    }

    /// A named medicine at token k: a drug, a remedy, or a preparation ("clotrimazole cream",
    /// "Voltaren gel"), or a brand's capitalized name before its strength ("Dolo 650",
    /// "Glycomet 500") or its preparation.
    static let measurementNouns: WordTable = ["pressure", "sugar", "sugars", "glucose", "test", "tests", "levels", "level", "count", "stores",
                                              "resistance", "sensitivity"]
    static let ownerWords: WordTable = ["our", "my"]

    static func medicineAt(_ t: LintText, _ k: Int) -> Bool {
        guard t.kind(k) == .word else { return false }
        let named = t.has(k, .drug) || t.isWord(k, remedies)
        // Only a drug, a remedy or a capitalized word can be one (most tokens stop here).
        guard named || t.tokens[k].capitalized else { return false }
        // "blood pressure", "insulin levels", "iron stores": a measurement, not a medicine; "our
        // turmeric shot" is the practice's product (a claim's business, not a dose).
        if t.isWord(k + 1, measurementNouns) || t.isWord(k - 1, ownerWords) { return false }
        if named { return true }
        guard k > t.sentenceStart(k), t.tokens[k].end - t.tokens[k].start >= 3,
              !t.isWord(k, ["spf", "factor", "i", "i'd", "i'm", "dr", "gp", "a&e", "er", "nhs", "covid", "uk", "us"]) else { return false }
        if t.kind(k + 1) == .number, t.tokens[k + 1].spaceBefore { return true }
        if t.word(k + 1) == "-", t.joined(k), t.joined(k + 1), t.kind(k + 2) == .word, t.kind(k + 3) == .number { return true }
        return t.isWord(k + 1, preparationWords) || t.kind(k + 1) == .word && t.tokens[k + 1].capitalized && t.isWord(k + 2, preparationWords)
    }

    /// "take azithromycin 500 mg once a day", "take 2 Solpadeine every 4 hours", "give 5ml of
    /// Phenergan at bedtime", "grab some loratadine 10mg", "Drink echinacea tea three times a
    /// day", "do 4 puffs of your blue inhaler": a directive verb that instructs, and within its
    /// clause a medicine with a dose, or a medicine with how often, or a dose of a form. The
    /// finding's last token, or nil.
    static func generalDosingEnd(_ t: LintText, _ i: Int) -> Int? {
        guard t.isWord(i, directiveVerbs), t.word(i) != "be" || t.word(i + 1) == "on", t.word(i) != "stick" || t.isWord(i + 1, ["with", "to"]), instructs(t, i) else { return nil }
        // "Start every morning with…", "Start your day with…": a routine, not a medicine started.
        if t.isWord(i, ["start", "begin"]), t.isWord(i + 1, ["every", "each", "your"]), t.isWord(i + 2, ["morning", "day", "week"]) { return nil }
        let e = t.sentenceEnd(i)
        if t.word(e - 1) == "?" || negated(t, i) { return nil }
        // "take the stairs", "take a walk", "take your blood pressure": what the verb acts on is
        // read up to the clause's end (a comma after the medicine, a "to" that gives a reason).
        var medicine: Int?, dose: Int?, often: Int?, formDose: Int?, brandCount: Int?, strength: Int?
        // "rub Bonjela on the gums", "grab Canesten Duo": a brand named right after the verb.
        if t.kind(i + 1) == .word, t.tokens[i + 1].capitalized, i + 1 > t.sentenceStart(i + 1), !t.isWord(i + 1, ["i", "i'd", "i'm", "spf", "factor", "dr", "gp", "nhs"]) { brandCount = i + 1 }
        if t.isWord(i, ["grab", "get", "buy", "pick"]) {
            // "grab Canesten Duo", "get some clotrimazole": a named medicine to go and buy.
            var k = i + 1
            if t.isWord(k, ["up"]) { k += 1 }
            if t.isWord(k, ["some", "a", "an", "yourself"]) { k += 1 }
            if t.has(k, .drug), !t.isWord(k, ["pills", "medication", "medications", "meds", "supplements", "blood", "inhaler"]) {
                var end = k
                while end + 1 < t.tokens.count, t.kind(end + 1) == .word, t.tokens[end + 1].capitalized || t.isWord(end + 1, preparationWords) { end += 1 }
                return end
            }
        }
        var k = i + 1
        let limit = min(e, i + 14)
        while k < limit {
            let w = t.word(k)
            if w == ";" || w == ":" || w == "—" || w == "–" || w == "," && (medicine != nil || dose != nil) && often == nil && !t.isWord(k + 1, ["then", "and"]) { break }
            if t.isWord(k, ["if", "unless", "because", "when", "so"]) { break }
            if w == "to", !t.isWord(k + 1, ["the"]), t.kind(k + 1) == .word, !t.isWord(k + 1, doseUnits), k > i + 1, medicine != nil || dose != nil { break }
            if medicine == nil, medicineAt(t, k) { medicine = k }
            // "a propranolol", "half a Panadol", "one of your mum's diazepam", "a thick layer of
            // Sudocrem": a count or a measure of a named medicine is its dose.
            if dose == nil, t.isWord(k, ["a", "an", "half", "one", "another", "some"]) || t.kind(k) == .number {
                var m = k + 1
                while m < min(limit, k + 6), t.isWord(m, ["a", "of", "your", "the", "his", "her", "bit", "little", "thin", "thick", "layer", "dab",
                                                          "blob", "squirt", "pea-sized", "amount", "drop", "smear"]) || t.isWord(m, medicineForms) && t.word(m + 1) == "of"
                      || t.possessive(m) && t.kind(m + 1) == .word { m += 1 }
                // "2 co-codamol 30/500": a hyphenated name before its strength.
                if m > k, t.kind(m) == .word, t.word(m + 1) == "-", t.joined(m), t.joined(m + 1), t.kind(m + 2) == .word, t.kind(m + 3) == .number, medicine == nil {
                    dose = m + 3
                    medicine = m + 2
                }
                if m > k, m < limit, medicineAt(t, m) || t.kind(m) == .word && t.tokens[m].capitalized && m > t.sentenceStart(m) && !t.possessive(m)
                    && !t.has(m, .firstName) && (t.isWord(m - 1, ["of"]) || t.has(m, .drug)) && !t.isWord(m, ["i", "gp", "dr", "nhs", "a&e"]) {
                    let brandAlone = t.tokens[m].capitalized && !(m + 1 < t.tokens.count && t.tokens[m + 1].capitalized && t.kind(m + 1) == .word)
                    if t.isWord(k, ["a", "an", "some"]) ? (t.has(m, .drug) || t.isWord(m - 1, ["of"]) || brandAlone) : true {
                        dose = m
                        if medicine == nil { medicine = m }
                    }
                }
            }
            if t.kind(k) == .number || t.value(k, PHIRules.numberWords) != nil {
                var u = k + 1
                while u < min(limit, k + 4), t.kind(u) == .number || [",", ".", "-", "–", "to", "or", "extra", "more", "x"].contains(t.word(u)) { u += 1 }
                if t.word(u) == "%", t.kind(u + 1) == .word {
                    // "4% benzoyl peroxide": a strength, a medicine's when it is taken how often.
                    strength = u + 1
                    if t.kind(u + 2) == .word, !t.isWord(u + 2, ["every", "twice", "once", "daily", "at", "on", "in", "and"]) { strength = u + 2 }
                } else if isDoseUnit(t, u) {
                    if t.isWord(u, medicineForms), !t.isWord(u, doseUnits) { formDose = u } else { dose = u }
                } else if medicineAt(t, u) {
                    // "take 2 Solpadeine", "take two cetirizine": a count of a named medicine.
                    dose = u
                    if medicine == nil { medicine = u }
                } else if u + 1 < limit, let f = ContentRules.span(u + 1, min(limit, u + 4)).first(where: { t.isWord($0, medicineForms) }), t.kind(u) == .word {
                    // "have two co-codamol tablets", "take 2 extra-strength capsules": a count of a form, named between.
                    formDose = f
                    if medicine == nil, !t.isWord(u, ["of", "a", "the"]) { medicine = u }
                } else if t.kind(u) == .word, t.tokens[u].capitalized, u > t.sentenceStart(u), brandCount == nil {
                    // "take 2 Solpadeine every 4 hours": a count of a brand the lexicon does not
                    // know, a medicine only with how often.
                    brandCount = u
                }
            }
            if often == nil, let f = frequencyEnd(t, k) { often = f }
            // "take azee 500 once a day", "take your Augmentin for 10 days": a name the lexicon
            // does not know, by its strength or its place, a medicine only with how often.
            if brandCount == nil, t.kind(k) == .word, k > i, t.kind(k + 1) == .number, t.tokens[k + 1].value >= 5, t.tokens[k + 1].spaceBefore,
               !t.isWord(k + 2, ["minutes", "mins", "min", "hours", "hrs", "seconds", "secs", "km", "steps", "times", "x", "reps", "metres", "meters", "miles", "%", "days", "weeks"]),
               !t.isWord(k, ["the", "a", "an", "of", "for", "to", "every", "at", "in", "on", "your", "and", "or", "with", "about", "than"]) { brandCount = k }
            if brandCount == nil, t.kind(k) == .word, t.tokens[k].capitalized, t.isWord(k - 1, ["your", "his", "her"]), !t.has(k, .firstName), !t.has(k, .ambiguousName) { brandCount = k }
            k += 1
        }
        if medicine == nil, let b = brandCount, often != nil { medicine = b; dose = b }
        if medicine == nil, let st = strength, often != nil { medicine = st; dose = st }
        let hasMedicine = medicine != nil
        guard (hasMedicine && (dose != nil || often != nil || formDose != nil)) || dose != nil && formDose == nil && t.isWord(dose!, doseUnits) && hasMedicineNear(t, i, e)
                || formDose != nil && (often != nil || t.isWord(formDose!, ["puffs", "puff", "drops", "sachets", "sachet", "pumps", "pump"])) else { return nil }
        // Last, as the dearest check: a sentence that sends the reader to their clinician.
        if defersToClinician(t, i) { return nil }
        return [medicine, dose, often, formDose].compactMap { $0 }.max()
    }

    /// A dose in mg or IU counts as a medicine on its own only when one is named near it ("take
    /// 1000 IU of vitamin D"), or the unit is a medicine's ("units" of insulin, "IU").
    static func hasMedicineNear(_ t: LintText, _ i: Int, _ e: Int) -> Bool {
        ContentRules.span(i + 1, min(e, i + 16)).contains { medicineAt(t, $0) || t.isWord($0, doseNouns) || t.isWord($0, ["iu", "units", "mcg", "micrograms", "µg"]) }
    }
}
