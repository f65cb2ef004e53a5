/// Rules about what a post says: individual advice, unverified claims, divisive topics, and
/// what a post of its theme must carry (consent, disclaimer, a results-vary disclosure).
enum ContentRules {
    typealias Add = PHIRules.Add

    static let negations: WordTable = ["no", "not", "never", "don't", "dont", "doesn't", "isn't", "aren't", "won't", "can't",
                                         "cannot", "without", "nor", "neither", "avoid", "stop", "nothing", "none"]

    /// Whether a negation stands in the few tokens before token i (same sentence).
    static func negated(_ t: LintText, _ i: Int, window: Int = 4) -> Bool {
        let s = t.sentenceStart(i)
        for k in max(s, i - window)..<i where t.isWord(k, negations) { return true }
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
        return t.firstMatch(amongIndexed: deferPhrases, in: s..<e) != nil
    }

    static let units: WordTable = ["mg", "mcg", "µg", "g", "ml", "iu", "units", "unit", "tablets", "tablet", "pills", "pill",
                                     "capsules", "capsule", "drops", "puffs", "milligrams", "grams", "tabs", "doses"]
    static let conditions: WordTable = ["diabetes", "hypertension", "anxiety", "depression", "adhd", "ibs", "covid", "flu", "strep",
                                          "migraine", "migraines", "asthma", "cancer", "infection", "uti", "sinusitis", "bronchitis",
                                          "pneumonia", "lupus", "arthritis", "gerd", "reflux", "eczema", "psoriasis", "shingles", "gout",
                                          "vertigo", "sciatica", "tendonitis", "appendicitis", "hypothyroidism", "pcos", "endometriosis",
                                          "insomnia", "allergies", "celiac", "anemia", "mono", "concussion", "burnout", "ptsd", "ocd", "lyme",
                                          "gastritis", "bronchiolitis", "conjunctivitis", "tonsillitis", "covid-19", "rsv", "prediabetes"]
    static let medicines: WordTable = ["antibiotics", "steroids", "insulin", "statins", "statin", "metformin", "antidepressants",
                                         "antidepressant", "ssris", "ibuprofen", "aspirin", "melatonin", "prednisone", "blood", "pills",
                                         "medication", "medications", "meds", "supplements", "inhaler", "warfarin"]

    static let adviceTriggers: WordTable = ["take", "double", "increase", "up", "lower", "cut", "skip", "halve", "stop", "start", "quit",
                                              "switch", "ditch", "you", "dm", "message", "inbox", "pm", "send", "text", "email",
                                              "comment", "drop", "share", "post", "try", "use", "give", "reduce", "add", "swap", "change",
                                              "raise", "boost", "decrease", "apply", "inject"]
    static let claimTriggers: WordTable = ["miracle", "miraculous", "miracles", "guaranteed", "guarantee", "guarantees", "cure", "cures",
                                             "100", "risk", "overnight", "reverses", "reverse", "detox", "detoxes", "detoxify"]
}
