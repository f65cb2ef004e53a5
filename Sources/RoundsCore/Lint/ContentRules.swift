/// Rules about what a post says: individual advice, unverified claims, divisive topics, and
/// what a post of its theme must carry (consent, disclaimer, a results-vary disclosure).
enum ContentRules {
    typealias Add = PHIRules.Add

    /// `a..<b`, or empty when b is before a (a window cut short by the sentence's end, or by a
    /// newline between two tokens, must never trap).
    @inline(__always)
    static func span(_ a: Int, _ b: Int) -> Range<Int> { a < b ? a..<b : a..<a }

    static let negations: WordTable = ["no", "not", "never", "don't", "dont", "doesn't", "isn't", "aren't", "won't", "can't",
                                         "cannot", "without", "nor", "neither", "avoid", "stop", "nothing", "none"]

    /// Whether a negation stands in the few tokens before token i (same sentence).
    static func negated(_ t: LintText, _ i: Int, window: Int = 4) -> Bool {
        var s = t.sentenceStart(i)
        // A negation in an earlier clause negates that clause: "If your tablet isn't cutting
        // it, take two cetirizine", "If the toddler won't settle, give 5 ml…".
        if let comma = (max(s, i - window)..<i).last(where: { t.word($0) == "," }), t.isWord(s, ["if", "when", "since", "because", "as"]) { s = comma + 1 }
        // "No hun, it's heat rash": an interjection "No," answers; it negates nothing after it.
        for k in max(s, i - window)..<i where t.isWord(k, negations) {
            if t.word(k) == "no", t.word(k + 1) == "," || t.isWord(k + 1, fillerWords) && t.word(k + 2) == "," { continue }
            return true
        }
        // "do not", "there is no"
        return false
    }

    /// Whether the sentence holding token i sends the reader to their own clinician.
    static let deferPhrases = ["without talking", "without checking", "without asking", "without consulting", "talk to your", "ask your doctor",
                               "ask your pharmacist", "check with your", "unless your doctor", "your doctor tells", "your doctor says",
                               "your doctor has", "consult your", "speak with your", "speak to your", "discuss with your", "first talk",
                               "doctor prescribed", "prescriber", "as prescribed", "your prescription"].map(LintText.words)

    static func defersToClinician(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i), e = t.sentenceEnd(i)
        guard let r = t.firstMatch(amongIndexed: deferPhrases, in: s..<e) else { return false }
        // "Talk to your doctor before starting anything new — but honestly, you should take…":
        // a "but" between the deferral and the instruction takes the deferral back.
        let at = t.tokenIndex(atOrAfter: r.lowerBound)
        if at < i, (at..<i).contains(where: { t.isWord($0, ["but", "however", "though"]) }) { return false }
        return true
    }

    static let units: WordTable = ["mg", "mcg", "µg", "g", "ml", "iu", "units", "unit", "tablets", "tablet", "pills", "pill",
                                     "capsules", "capsule", "drops", "puffs", "milligrams", "grams", "tabs", "doses"]
    static let conditions: WordTable = ["diabetes", "hypertension", "anxiety", "depression", "adhd", "ibs", "covid", "flu", "strep",
                                          "migraine", "migraines", "asthma", "cancer", "infection", "uti", "sinusitis", "bronchitis",
                                          "pneumonia", "lupus", "arthritis", "gerd", "reflux", "eczema", "psoriasis", "shingles", "gout",
                                          "vertigo", "sciatica", "tendonitis", "appendicitis", "hypothyroidism", "pcos", "endometriosis",
                                          "insomnia", "allergies", "celiac", "anemia", "mono", "concussion", "burnout", "ptsd", "ocd", "lyme",
                                          "gastritis", "bronchiolitis", "conjunctivitis", "tonsillitis", "covid-19", "rsv", "prediabetes",
                                          "malaria", "measles", "chickenpox", "scabies", "impetigo", "melanoma", "perimenopause", "menopause",
                                          "labyrinthitis", "cellulitis", "tinea", "candida", "glandular", "norovirus", "pleurisy", "angina",
                                          "tb", "tuberculosis", "hashimoto's", "costochondritis", "hypothyroid", "infertility", "scoliosis",
                                          "epilepsy", "ms", "dengue", "typhoid", "pre-eclampsia", "preeclampsia", "mastitis", "thyroid",
                                          "sepsis", "bursitis", "hives", "urticaria", "glaucoma", "cataracts", "cataract", "autism", "dementia",
                                          "alzheimer's", "fibromyalgia", "osteoporosis", "obesity", "constipation", "diarrhoea", "diarrhea"]
    /// Nouns that name a condition after a describing word or two: "a hiatus hernia", "cluster headaches".
    static let conditionNouns: WordTable = ["hernia", "syndrome", "disease", "headaches", "headache", "infection", "deficiency", "disorder",
                                              "ringworm", "thrush", "sprain", "strain", "tear", "fracture", "colic", "croup", "acne", "rosacea",
                                              "cyst", "ulcer", "stones", "stone", "reflux", "palsy", "impingement", "tumour", "tumor", "virus",
                                              "allergy", "intolerance", "apnoea", "apnea", "fever", "flu", "cold", "bug", "rash", "dermatitis",
                                              "elbow", "disc", "sciatica", "shingles", "gout", "piles", "haemorrhoids", "hemorrhoids", "warts", "verruca",
                                              "eczema", "cyst", "boil", "stye", "sinusitis", "melanoma", "pain", "labour", "labor", "tunnel", "overuse",
                                              "anxiety", "depression", "fracture", "sprain", "spasm", "bronchitis"]
    static let conditionSuffixes = ["itis", "osis", "opathy", "algia", "aemia", "emia", "iasis", "ectasis", "plasia", "trophy"]

    /// A condition named from token k on (within three words): the conditions list, a medical
    /// word by its suffix (fasciitis, tendinopathy, neuralgia), or a condition noun (a hiatus hernia).
    static func conditionEnd(_ t: LintText, from k: Int) -> Int? {
        var j = k
        if t.isWord(j, ["a", "an", "got", "the"]) { j += 1 }
        // "a classic case of tennis elbow", "a bout of gastritis"
        if t.isWord(j, ["classic", "textbook", "bad", "mild", "nasty"]), t.isWord(j + 1, ["case", "bout", "touch", "dose"]) { j += 1 }
        if t.isWord(j, ["case", "bout", "touch", "dose", "form", "flare"]), t.isWord(j + 1, ["of"]) { j += 2 }
        // "a medication-overuse headache": a hyphen inside a compound is read past.
        var limit = j + 3
        for c in ContentRules.span(j, min(t.tokens.count, j + 5)) {
            guard c < limit else { break }
            if t.word(c) == "-", !t.tokens[c].spaceBefore, t.joined(c) { limit += 1; continue }
            guard t.kind(c) == .word else { return nil }
            if t.isWord(c, conditions) || t.isWord(c, conditionNouns) { return c }
            let w = t.tokens[c].lower
            if w.utf8.count > 6, conditionSuffixes.contains(where: { w.endsWith($0) }) { return c }
        }
        return nil
    }

    static let medicines: WordTable = ["antibiotics", "steroids", "insulin", "statins", "statin", "metformin", "antidepressants",
                                         "antidepressant", "ssris", "ibuprofen", "aspirin", "melatonin", "prednisone", "blood", "pills",
                                         "medication", "medications", "meds", "supplements", "inhaler", "warfarin"]

    static let adviceTriggers: WordTable = ["take", "double", "increase", "up", "lower", "cut", "skip", "halve", "stop", "start", "quit",
                                              "switch", "ditch", "you", "dm", "message", "inbox", "pm", "send", "text", "email",
                                              "comment", "drop", "share", "post", "try", "use", "give", "reduce", "add", "swap", "change",
                                              "raise", "boost", "decrease", "apply", "inject", "restart", "begin", "put", "this", "you've", "bump",
                                              "alternate", "grab", "get", "rub", "dab", "gargle", "wash", "drink", "do", "hold", "come", "go",
                                              "wean", "taper", "pop", "spray", "insert", "chew", "swallow", "dissolve", "ask", "that", "that's",
                                              "it's", "you're", "whatsapp", "tell", "show", "sounds", "looks", "definitely", "classic", "upping",
                                              "doubling", "halving", "increasing", "reducing", "stopping", "starting", "taking", "have", "keep",
                                              "bin", "lay", "forget", "stick", "stay", "arrête", "arrêtez", "arrete", "nimm", "nehmen", "prends",
                                              "prenez", "toma", "tome", "chuck", "be", "move", "your", "pop"]
    static let claimTriggers: WordTable = ["miracle", "miraculous", "miracles", "guaranteed", "guarantee", "guarantees", "cure", "cures",
                                             "100", "risk", "overnight", "reverses", "reverse", "detox", "detoxes", "detoxify",
                                             "heals", "kills", "regenerates", "regrows", "eliminates", "flushes", "melts", "banishes", "erases",
                                             "destroys", "restores", "rebuilds", "dissolves", "unclogs", "cleanses", "heal", "kill", "eliminate",
                                             "flush", "melt", "boost", "boosts", "clears", "clear", "fixes", "repairs"]
}
