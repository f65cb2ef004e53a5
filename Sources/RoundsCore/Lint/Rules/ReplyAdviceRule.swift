/// `advice.individual` in a reply to someone (`@handle …`), in any language: a clause that
/// names a medicine with a dose, a count of it or how often ("inom ka ng Biogesic 500 every 4
/// hours", "nimm einfach 600er Ibu dreimal am Tag", "give him Pamol every four hours") is
/// treatment for the person answered; and the short clause beside it that names what they have
/// ("sounds like plantar fasciitis", "c'est une sciatique", "hiyo ni UTI") is their diagnosis.
/// A reply is the one place a regimen is always someone's: no imperative verb is needed, so the
/// verbs of every language need not be listed. General guidance in a reply ("the usual adult
/// dose is…", "ask your pharmacist") is not.
extension ContentRules {
    /// `advice.individual` (replies): drafts that must trigger it, and near misses that must not.
    static let replyAdviceExamples: RuleExamples = ([
        "@rahul_tweets bhai take Dolo 650 every 6 hours and start Azee 500 once a day for 3 days, fever chala jayega.",
        "@jhenny_rose inom ka ng Biogesic 500 every 4 hours, okay ka na bukas.", "@jana_lernt nimm einfach 600er Ibu dreimal am Tag, dann geht das.",
        "@lupita_mx tómate un Tempra de 500 cada 6 horas, con eso se te quita.", "@sam_nz your toddler's got hand, foot and mouth, give her Pamol and keep her home",
        "@karim_lyon69 c'est une sciatique, prends de l'Advil 400 trois fois par jour.", "@kamau_254 hiyo ni UTI, meza Nitrofurantoin 100mg twice a day for 5 days.",
    ], [
        "@mum_of_3 the usual dose for children is on the Calpol leaflet, 15 mg/kg every 4 to 6 hours. Ask your pharmacist.",
        "@jo I take my metformin 500 twice a day too, it gets easier!", "@sam thanks, we're open 8am to 6pm every weekday.",
        "@dev never take ibuprofen 400 on an empty stomach without asking your GP.", "@ana that's a great question, see our leaflet.",
    ])

    static let clauseWords: WordTable = ["and", "tapos", "then", "y", "et", "und", "en", "e", "na", "plus", "or", "but", "dann", "puis", "luego", "pero", "mais", "aber"]
    /// What makes a regimen in a reply general, or not the reader's: who it is for in general,
    /// where it comes from, the writer's own, or hedged or refused.
    static let generalReplyWords: WordTable = [
        "usual", "usually", "typical", "typically", "standard", "adults", "adult", "children", "kids", "maximum", "max", "most", "guidance",
        "guidelines", "guideline", "leaflet", "label", "recommended", "between", "may", "might", "can", "could", "generally", "normally",
        "often", "i", "i'm", "my", "we", "we're", "our", "they", "doctor", "gp", "pharmacist", "prescriber", "ask", "talk", "check", "never",
        "don't", "not", "no", "avoid", "nicht", "niet", "pas", "kein", "nunca", "jamais", "if", "whether", "people", "patients", "anyone",
        "someone", "range", "up", "mg/kg", "per", "kg", "?", "study", "trial", "research", "evidence", "stop", "stopping",
    ]
    /// How often or how long, in the languages doctors reply in (English is frequencyEnd's).
    static let regimenWords: WordTable = [
        "cada", "fois", "täglich", "tägl", "daags", "dagelijks", "keer", "mal", "dreimal", "zweimal", "viermal", "einmal", "morgens",
        "abends", "matin", "soir", "jour", "jours", "días", "dias", "horas", "heures", "stunden", "uur", "tage", "dagen", "matulog", "araw",
        "siku", "kila", "vezes", "diário", "diario", "noche", "nacht", "nuit", "daily", "twice", "thrice", "bd", "tds", "od", "nocte",
    ]
    static let countWords: WordTable = ["two", "three", "four", "deux", "trois", "zwei", "drei", "dos", "tres", "twee", "drie", "dalawa", "mbili", "a", "one", "an", "un", "une", "ein", "eine", "een"]
    /// Words that frame a diagnosis of the person answered, in several languages.
    static let diagnosisFrames: WordTable = [
        "that's", "it's", "its", "this", "sounds", "looks", "like", "you're", "you've", "you", "he's", "she's", "got", "have", "has",
        "definitely", "textbook", "classic", "typical", "confirm", "confirmed", "yan", "iyan", "ni", "be", "klingt", "nach", "c'est",
        "est", "une", "un", "dat", "een", "isso", "é", "es", "ist", "eine", "einer", "einen", "your", "hiyo", "lang", "sure", "probably",
        "likely", "clearly", "certainly", "certo", "com", "certeza", "a", "an", "typische", "typisch", "klassische", "klassischen", "na",
        "that", "is", "ako", "one", "lah", "honestly", "mate", "dude", "bro", "ton", "fils", "fille", "son", "toddler's", "baby's", "kid's",
        "has", "hat", "heeft", "tiene", "tem", "a", "le", "la", "de", "del", "da", "do", "der", "die", "das", "ein", "um", "uma",
    ]

    /// Of those, the ones that say "this is what you have" on their own.
    static let strongFrames: WordTable = [
        "that's", "it's", "its", "sounds", "looks", "definitely", "textbook", "classic", "confirm", "confirmed", "c'est", "klingt", "dat",
        "isso", "hiyo", "you're", "you've", "he's", "she's", "yan", "iyan", "got", "typical", "typische", "typisch", "probably", "likely",
        "clearly", "certainly", "certeza", "ni", "be", "lah", "one", "has", "hat", "heeft", "tiene", "tem", "a",
    ]

    static func replyAdvice(_ t: LintText, existing: [(message: String, start: Int, end: Int)], _ add: Add) {
        guard isReply(t) else { return }
        let n = t.tokens.count
        // Clauses: runs of tokens between punctuation and joining words.
        var clauses: [Range<Int>] = []
        var a = 0
        for k in 0...n {
            let boundary = k == n || t.kind(k) == .symbol && [".", "!", "?", ";", ",", "—", "–", ":", "(", ")"].contains(t.word(k)) && !(t.word(k) == "." && !t.fullStop(k))
                || t.isWord(k, clauseWords) && t.tokens[k].spaceBefore
            if boundary {
                if a < k { clauses.append(a..<k) }
                a = k + 1
            }
        }
        func overlapsExisting(_ s: Int, _ e: Int) -> Bool { existing.contains { $0.start < e && s < $0.end } }
        var treated: [Int] = []
        for (c, r) in clauses.enumerated() {
            // A clause the dosing rules found already is a treatment too.
            if existing.contains(where: { ($0.message.hasPrefix("dosing") || $0.message.hasPrefix("telling")) && $0.start < t.tokens[r.upperBound - 1].end && t.tokens[r.lowerBound].start < $0.end }) {
                treated.append(c)
                continue
            }
            // Past the handle and fillers.
            var s = skipHandle(t, r)
            while s < r.upperBound, t.isWord(s, fillerWords) { s += 1 }
            guard s < r.upperBound else { continue }
            let body = s..<r.upperBound
            if body.contains(where: { t.isWord($0, generalReplyWords) }) { continue }
            // A medicine: a drug or remedy, a brand before its strength, or a count of a brand.
            guard let m = body.first(where: { k in
                medicineAt(t, k) || t.has(k, .drug)
                    || t.kind(k) == .word && t.tokens[k].capitalized && k > s && t.kind(k + 1) == .number && t.tokens[k + 1].spaceBefore
                    || t.kind(k) == .word && t.tokens[k].capitalized && k > s && !t.has(k, .firstName)
                        && (t.kind(k - 1) == .number || t.isWord(k - 1, countWords) || t.kind(k - 2) == .number && !t.tokens[k - 1].spaceBefore
                            || t.isWord(s, directiveVerbs) && k <= s + 3)
            }) else { continue }
            // A dose, a count or how often.
            let dosed = t.kind(m + 1) == .number || m - 1 >= s && t.kind(m - 1) == .number
                || body.contains { t.isWord($0, regimenWords) || frequencyEnd(t, $0) != nil || t.kind($0) == .number && (isDoseUnit(t, $0 + 1) || t.joined($0) && t.isWord($0 + 1, ["mg", "ml", "er", "x"])) }
            // Or a medicine given by name: "give her Pamol", "passe à Leeloo".
            // (Not a clause after "and" that only continues the treatment before it: "…and drink ORS".)
            let continues = r.lowerBound > 0 && t.isWord(r.lowerBound - 1, clauseWords) && treated.last == c - 1
            guard dosed || !continues && t.isWord(s, directiveVerbs) && m <= s + 3
                && (t.has(m, .drug) || medicineAt(t, m) || t.isWord(m - 1, ["him", "her", "them", "some", "ihm", "ihr", "lui", "l'", "de"])) else { continue }
            let start = t.tokens[s].start, end = t.tokens[r.upperBound - 1].end
            treated.append(c)
            if overlapsExisting(start, end) { continue }
            add("advice.individual", .error, "dosing instructions to a reader are individual medical advice: give the general range and send them to their own clinician", start, end)
        }
        // The diagnosis beside a treatment: a short clause before it (or just after) framed as
        // what the person has, naming no medicine.
        var diagnosed = Set<Int>()
        for c in treated {
            for d in [c - 1, c + 1] where clauses.indices.contains(d) && !treated.contains(d) && !diagnosed.contains(d) {
                let s = skipHandle(t, clauses[d])
                let body = s..<clauses[d].upperBound
                let words = body.filter { t.kind($0) == .word }
                guard !words.isEmpty, words.count <= 8, body.contains(where: { t.isWord($0, strongFrames) }),
                      words.contains(where: { !t.isWord($0, diagnosisFrames) && !t.isWord($0, fillerWords) }),
                      !body.contains(where: { medicineAt(t, $0) || t.has($0, .drug) || t.isWord($0, generalReplyWords) || t.kind($0) == .number }) else { continue }
                // Its own words: the frame and a condition, not an instruction ("keep her home").
                guard let first = words.first, t.isWord(first, diagnosisFrames) || t.isWord(first, fillerWords) || words.count <= 3,
                      !t.isWord(first, directiveVerbs) else { continue }
                // After the treatment only "that's a tension headache", not "you'll be fine", "it's what it's made for".
                if d > c {
                    guard words.count >= 3, t.isWord(words[0], ["that's", "it's", "sounds", "looks", "c'est", "dat", "definitely", "classic", "textbook", "probably"]),
                          t.isWord(words[1], ["a", "an", "une", "un", "een", "like", "classic", "textbook", "definitely", "probably", "just"]),
                          !body.contains(where: { t.isWord($0, ["what", "good", "fine", "normal", "great", "lot", "bit", "idea", "starter", "one"]) }) else { continue }
                }
                let start = t.tokens[body.lowerBound].start, end = t.tokens[body.upperBound - 1].end
                diagnosed.insert(d)
                if overlapsExisting(start, end) { continue }
                add("advice.individual", .error, "diagnosing a reader's symptoms online is individual medical advice: send them to their own clinician", start, end)
            }
        }
    }

    /// The first token of a clause past an @handle at its start ("@jhenny_rose", "@kamau_254").
    static func skipHandle(_ t: LintText, _ r: Range<Int>) -> Int {
        var s = r.lowerBound
        if s < r.upperBound, t.word(s) == "@" {
            s += 1
            while s < r.upperBound, !t.tokens[s].spaceBefore { s += 1 }
        }
        return s
    }
}
