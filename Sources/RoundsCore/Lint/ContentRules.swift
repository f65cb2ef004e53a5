/// Rules about what a post says: individual advice, unverified claims, divisive topics, and
/// what a post of its theme must carry (consent, disclaimer, a results-vary disclosure).
enum ContentRules {
    typealias Add = PHIRules.Add

    static let negations: Set<String> = ["no", "not", "never", "don't", "dont", "doesn't", "isn't", "aren't", "won't", "can't",
                                         "cannot", "without", "nor", "neither", "avoid", "stop", "nothing", "none"]

    /// Whether a negation stands in the few tokens before token i (same sentence).
    static func negated(_ t: LintText, _ i: Int, window: Int = 4) -> Bool {
        let s = t.sentenceStart(i)
        for k in max(s, i - window)..<i where negations.contains(t.word(k)) { return true }
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

    static let units: Set<String> = ["mg", "mcg", "µg", "g", "ml", "iu", "units", "unit", "tablets", "tablet", "pills", "pill",
                                     "capsules", "capsule", "drops", "puffs", "milligrams", "grams", "tabs", "doses"]
    static let conditions: Set<String> = ["diabetes", "hypertension", "anxiety", "depression", "adhd", "ibs", "covid", "flu", "strep",
                                          "migraine", "migraines", "asthma", "cancer", "infection", "uti", "sinusitis", "bronchitis",
                                          "pneumonia", "lupus", "arthritis", "gerd", "reflux", "eczema", "psoriasis", "shingles", "gout",
                                          "vertigo", "sciatica", "tendonitis", "appendicitis", "hypothyroidism", "pcos", "endometriosis",
                                          "insomnia", "allergies", "celiac", "anemia", "mono", "concussion", "burnout", "ptsd", "ocd", "lyme",
                                          "gastritis", "bronchiolitis", "conjunctivitis", "tonsillitis", "covid-19", "rsv", "prediabetes"]
    static let medicines: Set<String> = ["antibiotics", "steroids", "insulin", "statins", "statin", "metformin", "antidepressants",
                                         "antidepressant", "ssris", "ibuprofen", "aspirin", "melatonin", "prednisone", "blood", "pills",
                                         "medication", "medications", "meds", "supplements", "inhaler", "warfarin"]

    static let adviceTriggers: Set<String> = ["take", "double", "increase", "up", "lower", "cut", "skip", "halve", "stop", "start", "quit",
                                              "switch", "ditch", "you", "dm", "message", "inbox", "pm", "send", "text", "email",
                                              "comment", "drop", "share", "post", "try", "use", "give", "reduce", "add", "swap", "change",
                                              "raise", "boost", "decrease", "apply", "inject"]
    static let claimTriggers: Set<String> = ["miracle", "miraculous", "miracles", "guaranteed", "guarantee", "guarantees", "cure", "cures",
                                             "100", "risk", "overnight", "reverses", "reverse", "detox", "detoxes", "detoxify"]

    static func advice(_ t: LintText, _ add: Add) {
        let dosing = "dosing instructions to a reader are individual medical advice: give the general range and send them to their own clinician"
        let diagnosis = "diagnosing a reader you have not examined is individual medical advice: describe when to see a doctor instead"
        let change = "telling a reader to start, stop or switch a medicine is individual advice: say to talk to their own clinician first"
        let dm = "inviting symptoms by message sets up a doctor-patient relationship online: point readers to an appointment instead"
        let imperativeLead: Set<String> = ["just", "simply", "should", "can", "please", "try", "recommend", "suggest", "then", "so", "now", "also", "i'd", "must", "need"]
        for i in t.tokens.indices {
            guard t.has(i, .adviceTrigger) else { continue }
            let w = t.word(i)
            if let end = dosingEnd(t, i) ?? stopsNamedMedicine(t, i) {
                add("advice.individual", .error, ["stop", "quit", "ditch", "switch", "swap", "change"].contains(w) ? change : dosing, t.tokens[i].start, t.tokens[end].end)
                continue
            }
            // "Take 800 mg", "you should take 2 tablets"
            if w == "take" || w == "double" || w == "increase" || w == "up" || w == "lower" || w == "cut" || w == "skip" || w == "halve" {
                let sentenceStart = t.sentenceStart(i)
                let imperative = i == sentenceStart || imperativeLead.contains(t.word(i - 1)) || t.word(i - 1) == "to" && t.isWord(i - 2, ["need", "want", "have", "going"]) && t.word(i - 3) == "you"
                // "Take 1,000 mg of vitamin C?" asks; it does not instruct.
                let question = t.word(t.sentenceEnd(i) - 1) == "?"
                guard imperative, !question, !negated(t, i), !defersToClinician(t, i) else { continue }
                if w == "take", let _ = t.number(i + 1) {
                    var u = i + 2
                    if t.word(u) == "," || t.word(u) == "." && t.kind(u + 1) == .number { u += 2 }
                    if t.word(u) == "-" || t.word(u) == "–" || t.word(u) == "to" { u += 2 }
                    if units.contains(t.word(u)) {
                        add("advice.individual", .error, dosing, t.tokens[i].start, t.tokens[u].end)
                        continue
                    }
                }
                if w != "take", t.isWord(i + 1, ["your", "the"]), t.isWord(i + 2, ["dose", "dosage", "medication", "meds", "insulin", "pills"]) {
                    add("advice.individual", .error, dosing, t.tokens[i].start, t.tokens[i + 2].end)
                    continue
                }
            }
            // "Stop taking your statin", "switch to ibuprofen", "start taking magnesium"
            if w == "stop" || w == "start" || w == "quit" || w == "switch" || w == "ditch" {
                let s = t.sentenceStart(i)
                // "… and ditch the pills" continues an imperative unless the sentence has a subject.
                let subjects: Set<String> = ["i", "we", "he", "she", "they", "patients", "people", "you", "it", "many", "some", "most", "those", "anyone", "who"]
                let coordinated = t.word(i - 1) == "and" && !(s..<i).contains { subjects.contains(t.word($0)) }
                let imperative = i == s || imperativeLead.contains(t.word(i - 1)) || coordinated
                guard imperative, !negated(t, i), !defersToClinician(t, i) else { continue }
                if (w == "stop" || w == "start" || w == "quit"), t.isWord(i + 1, ["on", "your", "the"]) || medicines.contains(t.word(i + 1)) {
                    var end = i + 1
                    if t.isWord(end, ["on", "your", "the"]) { end += 1 }
                    if t.isWord(end, ["your", "the"]) { end += 1 }
                    if medicines.contains(t.word(end)) {
                        add("advice.individual", .error, change, t.tokens[i].start, t.tokens[end].end)
                        continue
                    }
                }
                if (w == "stop" || w == "start" || w == "quit") && t.word(i + 1) == "taking" {
                    var end = i + 2
                    if t.isWord(end, ["your", "the", "that", "any"]) { end += 1 }
                    guard t.kind(end) == .word else { continue }
                    add("advice.individual", .error, change, t.tokens[i].start, t.tokens[end].end)
                    continue
                }
                if w == "switch" || w == "ditch", t.isWord(i + 1, ["to", "from", "your", "the"]), t.kind(i + 2) == .word {
                    add("advice.individual", .error, change, t.tokens[i].start, t.tokens[i + 2].end)
                    continue
                }
            }
            // "sounds like you have", "you probably have", "you have diabetes"
            if w == "you" {
                let s = t.sentenceStart(i)
                let conditional = (s..<i).contains { t.isWord($0, ["if", "when", "unless", "whether", "once", "whenever", "case"]) }
                if t.word(i - 1) == "like", t.isWord(i - 2, ["sounds", "looks", "seems"]), t.isWord(i + 1, ["have", "might", "may", "are"]) {
                    let end = min(t.tokens.count - 1, i + 3)
                    add("advice.individual", .error, diagnosis, t.tokens[i - 2].start, t.tokens[end].end)
                    continue
                }
                guard !conditional else { continue }
                var k = i + 1
                if t.isWord(k, ["probably", "definitely", "likely", "clearly", "surely", "obviously", "most"]) {
                    if t.word(k) == "most" { k += 1 }
                    k += 1
                    if t.isWord(k, ["have", "suffer", "are"]) {
                        let end = min(t.tokens.count - 1, k + 2)
                        add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[end].end)
                        continue
                    }
                }
                if t.isWord(i + 1, ["have", "'ve"]) {
                    var c = i + 2
                    if t.isWord(c, ["a", "an", "got"]) { c += 1 }
                    if conditions.contains(t.word(c)), !negated(t, i) {
                        add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[c].end)
                        continue
                    }
                }
            }
            // "DM me your symptoms", "send us your lab results", "comment your symptoms below"
            if ["dm", "message", "inbox", "pm", "send", "text", "email", "comment", "drop", "share", "post"].contains(w) {
                var k = i + 1
                if t.isWord(k, ["me", "us"]) { k += 1 }
                if t.isWord(k, ["with", "about", "below"]) { k += 1 }
                if t.isWord(k, ["your", "a", "some"]) { k += 1 }
                if t.isWord(k, ["symptoms", "results", "labs", "photos", "photo", "pictures", "picture", "pic", "pics", "scans", "scan",
                                "rash", "medications", "x-rays", "bloodwork", "mole"]) ||
                    t.isWord(k, ["test", "lab", "blood"]) && t.isWord(k + 1, ["results", "work"]) {
                    let inviting = t.isWord(i + 1, ["me", "us"]) || ["dm", "comment", "drop", "inbox", "pm", "post"].contains(w) && i == t.sentenceStart(i)
                    let general = t.isWord(i - 1, ["your", "to"]) || negated(t, i)
                    if inviting, !general {
                        let end = t.isWord(k, ["test", "lab", "blood"]) ? k + 1 : k
                        add("advice.individual", .error, dm, t.tokens[i].start, t.tokens[end].end)
                    }
                }
            }
        }
    }

    static func claims(_ t: LintText, _ add: Add) {
        let message = "a promise of a cure or guaranteed result is an unverified claim: say what the evidence shows, and for whom"
        for i in t.tokens.indices {
            guard t.has(i, .claimTrigger) || t.word(i) == "100" else { continue }
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
                } else if conditions.contains(t.word(i + 1)), t.kind(i - 1) == .word,
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
                if t.isWord(i + 1, ["aging", "ageing", "diabetes", "alzheimer's", "autism", "cancer", "heart", "arthritis", "dementia", "hair", "wrinkles", "osteoporosis"]) || conditions.contains(t.word(i + 1)), !t.isWord(i - 1, ["cannot", "can't", "won't", "not"]) {
                    end = i + 1
                }
            case "detox", "detoxes", "detoxify":
                if t.isWord(i + 1, ["your", "the"]), t.isWord(i + 2, ["body", "liver", "blood", "system"]) { end = i + 2 }
            default:
                break
            }
            guard let e = end else { continue }
            if claimIsReported(t, i, e) { continue }
            // Negated claims are the opposite of a promise: "not a miracle", "no guarantee", "isn't a cure-all".
            if negated(t, i, window: 3) { continue }
            if t.isWord(i - 1, ["a", "an"]), negated(t, i - 1, window: 3) { continue }
            add("claim.unverified", .error, message, t.tokens[i].start, t.tokens[e].end)
        }
    }

    static func controversial(_ t: LintText, terms: [[String]], _ add: Add) {
        for term in terms {
            for r in t.find(words: term) {
                add("tone.controversial", .info, "'\(t.text(r.lowerBound, r.upperBound))' touches a divisive topic: fine if meant, but expect a heated thread", r.lowerBound, r.upperBound)
            }
        }
    }

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
            t.tokens.indices.contains { t.word($0) == "lost" && t.number($0 + 1) != nil && t.isWord($0 + 2, ["pounds", "lbs", "kg", "kilos", "stone"]) }
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
