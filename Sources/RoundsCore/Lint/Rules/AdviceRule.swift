/// `advice.individual`: dosing instructions and medicine changes to the reader (DosingRule.swift),
/// diagnosing the reader, and inviting symptoms by message.
extension ContentRules {
    /// `advice.individual`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let adviceIndividualExamples: RuleExamples = (["Ok so for your back, have two co-codamol tablets at night for a week.", "You can quit the steroid cream now, your eczema sounds cleared.", "Keep taking 20mg omeprazole twice daily and you'll be fine.", "@ankit_23 take azithromycin 500 mg once a day for three days.", "Lads with back pain: take 2 Solpadeine every 4 hours.", "Teething baby? rub Bonjela on the gums every three hours.", "@mike_t come off the citalopram over a week.", "@bec_au switch to Microgynon, I reckon it'd suit you better.", "@jo that's definitely eczema.", "You're prediabetic, from what you describe.", "Talk to your doctor before starting anything new, but honestly, you should take 2000 IU of vitamin D daily.", "If you have a headache, take 800 mg of ibuprofen.", "If your blood pressure is above 140/90, take 10 mg of amlodipine every morning.",
          "Sugar high? Double your metformin dose.", "Try omeprazole 20mg before breakfast.", "I recommend you take 1000 IU of vitamin D daily.",
          "Feeling dizzy on your statin? Just stop it.", "Sounds like you have GERD.", "DM me your symptoms.",
          "Give her 2.5 ml of paracetamol every four hours.", "I'd put you on 5 mg of ramipril and recheck in two weeks.",
          "Based on your photo, this is almost certainly shingles.", "You've got a classic case of tennis elbow.", "Bump your dose of sertraline to 100 mg.",
          "For your rash — apply hydrocortisone cream twice a day.", "You need a cortisone injection in that shoulder.", "Send me a close-up of the mole."],
         ["Take 2 blood pressure readings a day for a week.", "Have a lovely weekend, everyone!", "Have your blood pressure checked twice a year.", "Keep a list of your medications in your wallet, with doses, for emergencies.", "Start every morning with a glass of water.", "Stopping antibiotics early is a common mistake.", "Everyone should take 10 micrograms of vitamin D in winter.", "That's why diabetes checks matter.", "Adults need 600–800 IU of vitamin D a day.", "The usual dose is 200 to 400 mg every 4 to 6 hours.", "Take the stairs instead of the lift.",
          "Talk to your doctor before you take 1000 mg of anything.", "Take 1,000 mg of vitamin C? Not needed.", "Lower your salt: aim for under 2,300 mg a day.",
          "Take your blood pressure twice a day for a week before your review.", "Never double your dose to make up for a missed one.",
          "This is definitely worth reading if you care for someone with dementia.", "Many people with diabetes have no symptoms at first.",
          "Paracetamol can be given every four to six hours.", "Start with 10 minutes of walking and build up."])

    /// Whether token i stands where an instruction does: the clause's start, after fillers or a mention.
    static func instructsAny(_ t: LintText, _ i: Int) -> Bool {
        i == t.sentenceStart(i) || afterMention(t, i) || onlyFillersBefore(t, i) || t.isWord(i - 1, [",", "—", "–", ":", "just", "please", "pls", "and"])
    }

    static let imperativeLeads: WordTable = ["just", "simply", "should", "can", "please", "try", "recommend", "suggest", "then", "so", "now", "also", "i'd", "must", "need"]

    static let adviceSubjects: WordTable = ["i", "we", "he", "she", "they", "patients", "people", "you", "it", "many", "some", "most", "those", "anyone", "who"]

    static func advice(_ t: LintText, _ add: Add) {
        // Doses of one sentence joined by "and", a comma or a dash are one instruction ("Give him
        // 7.5 ml of Calpol now and alternate with ibuprofen every 3 hours"): merged before they
        // are reported.
        var found: [(message: String, start: Int, end: Int)] = []
        adviceFindings(t) { _, _, message, start, end in
            // Two doses in a clause run are one instruction; a diagnosis and the instruction after
            // it, or two changes ("Switch to magnesium and ditch the pills"), stay two findings.
            let instruction = { (m: String) in m.hasPrefix("dosing") || m.hasPrefix("telling") }
            // A diagnosis and the instruction after it are two findings ("you have typhoid, | start
            // Cipro 500 twice daily"): the reader can be told of each.
            let bothChanges = found.last?.message.hasPrefix("telling") == true && message.hasPrefix("telling")
            if let last = found.last, instruction(last.message), instruction(message), !bothChanges,
               t.sentenceStart(t.tokenIndex(atOrAfter: last.start)) == t.sentenceStart(t.tokenIndex(atOrAfter: start)) {
                let a = t.tokenIndex(atOrAfter: last.end), b = t.tokenIndex(atOrAfter: start)
                if a <= b, b - a <= 8, !(a..<b).contains(where: { t.isWord($0, [".", "!", "?", ";"]) }),
                   a == b || (a..<b).contains(where: { t.isWord($0, ["and", ",", "then", "—", "–", "plus"]) }) {
                    found[found.count - 1].end = max(last.end, end)
                    return
                }
            }
            found.append((message, start, end))
        }
        for f in found { add("advice.individual", .error, f.message, f.start, f.end) }
        replyAdvice(t, existing: found, add)
    }

    static func adviceFindings(_ t: LintText, _ add: Add) {
        let dosing = "dosing instructions to a reader are individual medical advice: give the general range and send them to their own clinician"
        let diagnosis = "diagnosing a reader you have not examined is individual medical advice: describe when to see a doctor instead"
        let change = "telling a reader to start, stop or switch a medicine is individual advice: say to talk to their own clinician first"
        let dm = "inviting symptoms by message sets up a doctor-patient relationship online: point readers to an appointment instead"
        for i in t.tokens.indices {
            guard t.has(i, .adviceTrigger) else { continue }
            let w = t.word(i)
            // The older patterns stop at the first dose ("Give him 7.5 ml"); the general grammar
            // reads the clause to its medicine and how often: the longer of them.
            if let end = [dosingEnd(t, i), stopsNamedMedicine(t, i), generalDosingEnd(t, i)].compactMap({ $0 }).max() {
                add("advice.individual", .error, ["stop", "quit", "ditch", "switch", "swap", "change"].contains(w) ? change : dosing, t.tokens[i].start, t.tokens[end].end)
                continue
            }
            if let end = medicineChangeEnd(t, i) {
                add("advice.individual", .error, change, t.tokens[i].start, t.tokens[end].end)
                continue
            }
            if let (a, b) = readerDiagnosis(t, i) {
                add("advice.individual", .error, diagnosis, t.tokens[a].start, t.tokens[b].end)
                continue
            }
            // "Take 800 mg", "you should take 2 tablets"
            if w == "take" || w == "double" || w == "increase" || w == "up" && t.word(i + 1) != "to" || w == "lower" || w == "cut" || w == "skip" || w == "halve" {
                let sentenceStart = t.sentenceStart(i)
                let imperative = i == sentenceStart || t.isWord(i - 1, imperativeLeads) || t.word(i - 1) == "to" && t.isWord(i - 2, ["need", "want", "have", "going"]) && t.word(i - 3) == "you"
                // "Take 1,000 mg of vitamin C?" asks; it does not instruct.
                let question = t.word(t.sentenceEnd(i) - 1) == "?"
                guard imperative, !question, !negated(t, i), !defersToClinician(t, i) else { continue }
                if w == "take", let _ = t.number(i + 1) {
                    var u = i + 2
                    if t.word(u) == "," || t.word(u) == "." && t.kind(u + 1) == .number { u += 2 }
                    if t.word(u) == "-" || t.word(u) == "–" || t.word(u) == "to" { u += 2 }
                    if t.isWord(u, units) {
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
                let coordinated = t.word(i - 1) == "and" && !(s..<i).contains { t.isWord($0, adviceSubjects) }
                let imperative = i == s || t.isWord(i - 1, imperativeLeads) || coordinated
                guard imperative, !negated(t, i), !defersToClinician(t, i) else { continue }
                if (w == "stop" || w == "start" || w == "quit"), t.isWord(i + 1, ["on", "your", "the"]) || t.isWord(i + 1, medicines) {
                    var end = i + 1
                    if t.isWord(end, ["on", "your", "the"]) { end += 1 }
                    if t.isWord(end, ["your", "the"]) { end += 1 }
                    if t.isWord(end, medicines) {
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
                if w == "switch" || w == "ditch", t.isWord(i + 1, ["to", "from", "your", "the"]), t.kind(i + 2) == .word,
                   medicineAt(t, i + 2) || t.isWord(i + 2, doseNouns) || t.isWord(i + 2, medicines) {
                    add("advice.individual", .error, change, t.tokens[i].start, t.tokens[i + 2].end)
                    continue
                }
            }
            // "sounds like you have", "you probably have", "you have diabetes"
            if w == "you" || w == "you've" {
                let s = t.sentenceStart(i)
                let conditional = (s..<i).contains { t.isWord($0, ["if", "when", "unless", "whether", "once", "whenever", "case"]) }
                if t.word(i - 1) == "like", t.isWord(i - 2, ["sounds", "looks", "seems"]), t.isWord(i + 1, ["have", "might", "may", "are"]) {
                    let end = min(t.tokens.count - 1, i + 3)
                    add("advice.individual", .error, diagnosis, t.tokens[i - 2].start, t.tokens[end].end)
                    continue
                }
                guard !conditional else { continue }
                var k = i + 1
                if t.kind(k) == .number, t.tokens[k].value == 100, t.word(k + 1) == "%", t.isWord(k + 2, ["have", "are"]) {
                    if let c = namedConditionEnd(t, from: k + 3) { add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[c].end); continue }
                }
                // "@ollie.runs you need 1,000 mg of vitamin C a day for that cold": a dose the reader needs, in a reply.
                if t.isWord(k, ["need"]), isReply(t) || afterMention(t, i), t.word(t.sentenceEnd(i) - 1) != "?", !negated(t, i), !defersToClinician(t, i),
                   let d = ContentRules.span(k + 1, min(t.sentenceEnd(i), k + 5)).first(where: { t.isWord($0, doseUnits) && (t.kind($0 - 1) == .number) }),
                   hasMedicineNear(t, k, t.sentenceEnd(i)) {
                    var end = d
                    if t.word(end + 1) == "of", medicineAt(t, end + 2) { end += 2; if medicineAt(t, end + 1) || t.kind(end + 1) == .word && t.tokens[end + 1].end - t.tokens[end + 1].start == 1 { end += 1 } }
                    if let f = frequencyEnd(t, end + 1) { end = f }
                    add("advice.individual", .error, dosing, t.tokens[i].start, t.tokens[end].end)
                    continue
                }
                if t.isWord(k, ["probably", "definitely", "likely", "clearly", "surely", "obviously", "most"]) {
                    if t.word(k) == "most" { k += 1 }
                    k += 1
                    if t.isWord(k, ["have", "suffer", "are"]) {
                        let end = min(t.tokens.count - 1, k + 2)
                        add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[end].end)
                        continue
                    }
                }
                // "you have plantar fasciitis", "you've got cluster headaches"
                if t.isWord(i + 1, ["have"]) || w == "you've", !t.isWord(w == "you've" ? i + 1 : i + 2, ["questions", "concerns", "asked", "heard", "seen", "been", "read", "noticed", "had"]),
                   !t.isWord(i - 1, ["of"]) {
                    let c0 = t.word(i) == "you've" ? i + 1 : i + 2
                    if let c = conditionEnd(t, from: t.isWord(c0, ["got"]) ? c0 + 1 : c0), !negated(t, i), t.word(t.sentenceEnd(i) - 1) != "?" {
                        add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[c].end)
                        continue
                    }
                }
                // "you need a steroid injection", "you need antibiotics"
                if t.isWord(i + 1, ["need", "'ll need"]) {
                    var c = i + 2
                    if t.isWord(c, ["a", "an", "some"]) { c += 1 }
                    if t.isWord(c, ["steroid", "cortisone"]) { c += 1 }
                    if t.isWord(c, ["injection", "antibiotics", "steroids", "surgery", "operation", "mri", "referral", "prescription", "inhaler"]) || t.has(c, .drug),
                       !negated(t, i), t.word(t.sentenceEnd(i) - 1) != "?", !defersToClinician(t, i) {
                        add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[c].end)
                        continue
                    }
                }
            }
            // "this is definitely ringworm", "this is almost certainly a hiatus hernia": a diagnosis of what the reader showed.
            if w == "this", t.isWord(i + 1, ["is", "'s", "looks", "sounds"]) {
                var k = i + 2
                if t.isWord(k, ["almost", "most", "very", "pretty"]) { k += 1 }
                if t.isWord(k, ["definitely", "certainly", "clearly", "probably", "likely", "classic", "textbook", "obviously", "surely"]) || t.isWord(k, ["like"]) && t.isWord(i + 1, ["looks", "sounds"]) {
                    if let c = conditionEnd(t, from: k + 1), !negated(t, i), t.word(t.sentenceEnd(i) - 1) != "?" {
                        add("advice.individual", .error, diagnosis, t.tokens[i].start, t.tokens[c].end)
                        continue
                    }
                }
            }
            // "DM me your symptoms", "send us your lab results", "comment your symptoms below"
            // "Pop a pic of the mole in my DMs": a photo of a complaint, sent privately.
            if ["pop", "send", "drop", "stick", "post", "share"].contains(w), t.isWord(i + 1, ["a", "me", "us"]) {
                var k = i + 1
                if t.isWord(k, ["me", "us"]) { k += 1 }
                if t.isWord(k, ["a", "some"]) { k += 1 }
                if t.isWord(k, ["pic", "pics", "photo", "photos", "picture", "pictures", "snap", "video"]), instructsAny(t, i),
                   let d = ContentRules.span(k + 1, min(t.sentenceEnd(i), k + 8)).first(where: { t.isWord($0, ["dms", "dm", "inbox", "messages"]) && t.isWord($0 - 1, ["my", "our", "the"]) }) {
                    add("advice.individual", .error, dm, t.tokens[i].start, t.tokens[d].end)
                    continue
                }
            }
            // "DM me how many hours you're getting and I'll tell you what to try"
            if w == "dm" || w == "message" || w == "inbox", t.isWord(i + 1, ["me", "us"]), t.isWord(i + 2, ["how", "what", "which", "when"]), instructsAny(t, i),
               (i..<t.sentenceEnd(i)).contains(where: { t.isWord($0, ["i'll", "we'll"]) }) {
                add("advice.individual", .error, dm, t.tokens[i].start, t.tokens[min(t.sentenceEnd(i) - 1, i + 5)].end)
                continue
            }
            if ["dm", "message", "inbox", "pm", "send", "text", "email", "comment", "drop", "share", "post", "whatsapp", "tell", "show"].contains(w) {
                var k = i + 1
                if t.isWord(k, ["me", "us"]) { k += 1 }
                if t.isWord(k, ["your"]), t.isWord(k + 1, ["last", "latest", "recent", "full", "new", "most"]) { k += 1; if t.word(k + 1) == "recent" { k += 1 } }
                if t.isWord(k, ["privately", "directly", "quickly", "now", "here"]) { k += 1 }
                if t.isWord(k, ["with", "about", "below"]) { k += 1 }
                if t.isWord(k, ["your", "a", "some"]) { k += 1 }
                if t.isWord(k, ["close"]), t.word(k + 1) == "-", t.isWord(k + 2, ["up"]) { k += 2 }
                if t.isWord(k, ["up", "symptoms", "results", "labs", "photos", "photo", "pictures", "picture", "pic", "pics", "scans", "scan",
                                "rash", "medications", "x-rays", "bloodwork", "mole", "selfie", "video", "details", "readings", "report", "reports"]) ||
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

    /// Conditions named in two words that the condition tables do not hold alone.
    static let twoWordConditions: [[String]] = ["frozen shoulder", "glue ear", "tennis elbow", "golfer's elbow", "it band", "band syndrome",
                                               "pink eye", "strep throat", "cold sore", "cold sores", "athlete's foot", "jock itch",
                                               "slipped disc", "trapped nerve", "sleep apnoea", "sleep apnea", "long covid", "hand, foot and mouth",
                                               "hand foot and mouth", "carpal tunnel", "heat rash", "nappy rash", "diaper rash", "pink eye",
                                               "early labour", "early labor"].map(LintText.words)

    /// A condition from token k: the shared grammar (`conditionEnd`) or a two-word condition.
    static func namedConditionEnd(_ t: LintText, from k: Int) -> Int? {
        if let c = conditionEnd(t, from: k) { return c }
        var j = k
        if t.isWord(j, ["a", "an", "the", "classic", "textbook"]) { j += 1 }
        if t.isWord(j, ["classic", "textbook", "bad", "mild", "nasty"]) { j += 1 }
        for p in twoWordConditions where p.indices.allSatisfy({ t.word(j + $0) == p[$0] }) {
            let end = j + p.count - 1
            return t.isWord(end + 1, ["syndrome", "disease", "infection"]) ? end + 1 : end
        }
        return nil
    }

    static let certaintyWords: WordTable = ["definitely", "certainly", "clearly", "probably", "likely", "obviously", "surely", "classic",
                                            "textbook", "almost", "most", "def", "defo", "totally"]
    /// Adjectives and states a reader is told they are: "you're prediabetic", "you're in perimenopause".
    static let conditionStates: WordTable = ["prediabetic", "diabetic", "anaemic", "anemic", "hypothyroid", "hyperthyroid", "asthmatic",
                                             "depressed", "deficient", "dehydrated", "perimenopausal", "menopausal", "coeliac", "celiac",
                                             "lactose", "gluten", "insulin", "iron"]

    /// The words a diagnosis or a medicine change starts at (one lookup rejects the rest).
    static let diagnosisHeads: WordTable = ["that's", "it's", "that", "it", "sounds", "looks", "you're", "definitely", "classic", "your", "you've"]

    /// Whether the draft answers someone: it opens with an @mention.
    static func isReply(_ t: LintText) -> Bool { t.word(0) == "@" && t.joined(0) }

    /// Words after "your" that are not the reader's complaint: "your doctor is…", "your risk is…".
    static let notComplaints: WordTable = ["doctor", "gp", "nurse", "pharmacist", "dentist", "risk", "chance", "chances", "body", "best", "first",
                                           "question", "questions", "appointment", "team", "local", "results", "plan", "health", "care", "own"]
    static let hedgeWords: WordTable = ["may", "might", "could", "can", "often", "usually", "sometimes", "commonly", "rarely", "if", "when",
                                        "whether", "unless", "once", "could've", "worth", "check", "checked", "see", "rule"]
    static let injuryVerbs: WordTable = ["torn", "broken", "fractured", "sprained", "pulled", "strained", "ruptured", "slipped", "herniated",
                                         "dislocated", "cracked", "bruised"]

    /// "your shin pain is a stress fracture", "your little lad has croup", "your son needs
    /// grommets", "Your insomnia is from the fluoxetine", "your shoulder's a frozen shoulder":
    /// the reader's complaint named as a condition. The range, or nil.
    static func yourComplaintDiagnosis(_ t: LintText, _ i: Int, _ s: Int, _ e: Int) -> (Int, Int)? {
        guard !t.isWord(i + 1, notComplaints), !(s..<e).contains(where: { t.isWord($0, hedgeWords) }) else { return nil }
        var j = i + 1
        var verb: Int?
        while j < min(e, i + 5) {
            if t.isWord(j, ["is", "has", "needs", "sounds", "looks", "na"]) { verb = j; break }
            if t.possessive(j), j > i + 1 || !t.isWord(j + 1, ["fever", "rash", "cough", "pain", "temperature"]),
               t.isWord(j + 1, ["a", "an", "just", "definitely", "classic", "textbook", "almost", "probably"]) {
                verb = j  // "shoulder's a frozen shoulder": the "'s" is the verb
                break
            }
            guard t.kind(j) == .word, !t.isWord(j, ["and", "or", "but", "to", "of"]) else { return nil }
            j += 1
        }
        guard let v = verb else { return nil }
        var k = t.possessive(v) ? v + 1 : v + 1
        if t.isWord(v, ["sounds", "looks"]) { guard t.word(k) == "like" else { return nil }; k += 1 }
        while t.isWord(k, certaintyWords) || t.isWord(k, ["just", "100", "%"]) { k += 1 }
        if t.word(v) == "needs" {
            var c = k
            if t.isWord(c, ["a", "an", "some"]) { c += 1 }
            if t.isWord(c, ["grommets", "antibiotics", "steroids", "stitches", "surgery", "an", "referral", "inhaler", "prescription", "injection"]) || medicineAt(t, c) {
                var end = c
                while end + 1 < e, end < c + 8, t.kind(end + 1) == .number || t.isWord(end + 1, doseUnits) { end += 1 }
                if let f = frequencyEnd(t, end + 1) { end = f }
                return (i, end)
            }
            return nil
        }
        if t.word(v) == "is", t.isWord(k, ["from", "due"]) || t.word(k) == "caused" && t.word(k + 1) == "by" {
            var m = k + (t.word(k) == "from" ? 1 : 2)
            if t.isWord(m, ["the", "your", "that", "to"]) { m += 1 }
            if t.isWord(m, ["the", "your"]) { m += 1 }
            return medicineAt(t, m) ? (i, m) : nil
        }
        guard let c = namedConditionEnd(t, from: k) else { return nil }
        return (i, c)
    }
    static let changeHeads: WordTable = ["ask", "come", "wean", "taper", "get", "hold", "skip", "go", "upping", "doubling", "halving",
                                         "increasing", "reducing", "stopping", "starting", "start", "restart", "stop", "switch", "quit", "ditch",
                                         "swap", "bin", "lay", "forget", "stick", "stay", "drop", "reduce", "cut", "lower", "arrête", "arrêtez",
                                         "arrete", "absetzen"]

    /// A diagnosis of what the reader showed or described: "that's definitely eczema", "that's
    /// ringworm, get…", "sounds like labyrinthitis", "that mole looks like melanoma", "you're
    /// prediabetic", "definitely thrush" (after a mention or at a clause's start). The range, or nil.
    static func readerDiagnosis(_ t: LintText, _ i: Int) -> (Int, Int)? {
        guard t.isWord(i, diagnosisHeads) else { return nil }
        let s = t.sentenceStart(i), e = t.sentenceEnd(i)
        guard t.word(e - 1) != "?", !negated(t, i), !(s..<i).contains(where: { t.isWord($0, ["if", "when", "unless", "whether", "often", "usually", "sometimes"]) }) else { return nil }
        let w = t.word(i)
        if w == "your" { return yourComplaintDiagnosis(t, i, s, e) }
        // "you've torn your ACL", "you've pulled a hamstring"
        if w == "you've" {
            guard t.isWord(i + 1, injuryVerbs), t.isWord(i + 2, ["your", "a", "an", "the"]), t.kind(i + 3) == .word,
                  !(s..<i).contains(where: { t.isWord($0, hedgeWords) }) else { return nil }
            return (i, t.kind(i + 4) == .word && !t.isWord(i + 4, ["and", "or", "but", "in", "on", "at", "from", "no", "mate"]) && !t.tokens[i + 4].capitalized ? i + 4 : i + 3)
        }
        let addressedAtAll = isReply(t) || (s..<e).contains { t.isWord($0, fillerWords) && !t.isWord($0, ["so", "then", "now", "and", "also", "just", "my", "please", "well", "right", "look", "simply"]) }
        // "that rash is shingles mate", "that fever pattern na malaria", "that mole looks like melanoma"
        if w == "that", !t.isWord(i + 1, ["'s", "is"]), t.kind(i + 1) == .word {
            var j = i + 1
            while j < min(e, i + 4), t.kind(j) == .word, !t.isWord(j, ["is", "na", "looks", "sounds", "'s"]) { j += 1 }
            guard t.isWord(j, ["is", "na", "looks", "sounds"]), j > i + 1, !t.isWord(i + 1, ["why", "how", "what", "when", "one", "means", "said"]) else { return nil }
            var k = j + 1
            if t.isWord(j, ["looks", "sounds"]) { guard t.word(k) == "like" else { return nil }; k += 1 }
            var certain = false
            while t.isWord(k, certaintyWords) || t.isWord(k, ["just"]) { certain = true; k += 1 }
            guard certain || addressedAtAll || afterMention(t, i), !(s..<i).contains(where: { t.isWord($0, hedgeWords) }) else { return nil }
            if let c = namedConditionEnd(t, from: k) { return (i, c) }
            return nil
        }
        // "that's / it's (definitely) X": the sentence speaks to someone (an @mention, "your", "you")
        // or is certain; "That's why diabetes matters" names no one's condition.
        if w == "that's" || w == "it's" || (w == "that" || w == "it") && t.isWord(i + 1, ["'s", "is"]) {
            var k = w.hasSuffix("'s") ? i + 1 : i + 2
            var certain = false
            while t.isWord(k, certaintyWords) || t.isWord(k, ["just"]) && !t.isWord(k + 1, ["a", "the", "how", "what", "one", "part", "like"]) { certain = true; k += 1 }
            if t.isWord(k, ["a", "an"]), t.isWord(k + 1, certaintyWords) { certain = true }
            guard !t.isWord(k, ["why", "how", "what", "when", "where", "not", "no", "because", "the", "normal", "common", "rare"]) else { return nil }
            // "it's cold out": the weather, not a cold.
            if t.isWord(k, ["cold", "flu"]), t.isWord(k + 1, ["out", "outside", "today", "tonight", "here", "season", "in", "and"]) || t.word(k) == "cold" && w == "it's" && !certain { return nil }
            let addressed = certain || afterMention(t, i) || addressedAtAll || (s..<e).contains { t.isWord($0, ["your", "you", "you've", "you're"]) } || t.word(i - 1) == ","
            if addressed, let c = namedConditionEnd(t, from: k) { return (i, c) }
            return nil
        }
        // "sounds like labyrinthitis", "that mole looks like melanoma", "looks like shingles to me"
        if (w == "sounds" || w == "looks"), t.word(i + 1) == "like" {
            let start = t.isWord(i - 1, ["it", "this", "that"]) ? i - 1 : (t.isWord(i - 2, ["that", "this", "your"]) ? i - 2 : i)
            guard start == s || afterMention(t, start) || t.isWord(start - 1, [",", "—", "–", ":"]) || start < i else { return nil }
            if let c = namedConditionEnd(t, from: i + 2), !t.isWord(c + 1, ["is", "are", "has", "season", "going", "'s"]) { return (start, c) }
            return nil
        }
        // "you're prediabetic", "you're definitely in perimenopause"
        if w == "you're" {
            var k = i + 1
            while t.isWord(k, certaintyWords) { k += 1 }
            if t.isWord(k, conditionStates) { return (i, t.isWord(k + 1, ["intolerant", "deficient", "resistant"]) ? k + 1 : k) }
            if t.word(k) == "in", t.isWord(k + 1, ["perimenopause", "menopause", "heart", "ketoacidosis"]) { return (i, k + 1) }
            if t.word(k) == "in", t.isWord(k + 1, ["early", "active", "established", "preterm"]), t.isWord(k + 2, ["labour", "labor"]) { return (i, k + 2) }
            if t.word(k) == "describing", let c = namedConditionEnd(t, from: k + 1) { return (i, c) }
            return nil
        }
        // "definitely thrush", "classic IT band syndrome": a clause that is only the diagnosis.
        if w == "definitely" || w == "classic" {
            guard i == s || afterMention(t, i) || t.isWord(i - 1, [",", "—", "–", ":", "-", "but"]) else { return nil }
            if let c = namedConditionEnd(t, from: i + 1) ?? (t.kind(i + 1) == .word && t.tokens[i + 1].capitalized ? namedConditionEnd(t, from: i + 2) : nil) { return (i, c) }
        }
        return nil
    }

    /// Medicine changes the older patterns do not read: "come off your venlafaxine", "hold your
    /// lithium for two days", "skip tonight's dose", "go back up to 40 mg of pred", "go on
    /// Yasmin", "ask your GP for 50 mcg estradiol patches", "you could try upping the quetiapine".
    static func medicineChangeEnd(_ t: LintText, _ i: Int) -> Int? {
        guard t.isWord(i, changeHeads) else { return nil }
        let w = t.word(i)
        let e = t.sentenceEnd(i)
        guard t.word(e - 1) != "?", !negated(t, i) else { return nil }
        func medicineFrom(_ k: Int, _ n: Int) -> Int? {
            // A capitalized name right after "switch to", "go on", "start" is a brand ("switch to
            // Microgynon", "start Coartem today").
            if t.kind(k) == .word, t.tokens[k].capitalized, k > t.sentenceStart(k), !t.isWord(k, ["i", "i'd", "i'm", "gp", "dr", "nhs"]),
               t.isWord(k - 1, ["to", "on", "onto", "start", "starting", "restart", "switch", "swap", "bin", "off", "le", "la", "les", "du", "the", "for", "with"]),
               t.word(k - 1) != "the" || isReply(t) || t.isWord(k + 1, ["for", "to"]) && t.tokens.indices.contains(k + 2) && t.tokens[k + 2].capitalized
                   || t.isWord(k + 1, ["today", "now", "tonight", "and", "instead"]) || k + 1 >= e || t.isWord(k + 1, [".", "!", ","]),
               !(t.tokens[k].end - t.tokens[k].start <= 4 && t.text(t.tokens[k].start, t.tokens[k].end).allSatisfy({ $0.isUppercase })) || t.has(k, .drug) { return k }
            return ContentRules.span(k, min(e, k + n)).first { medicineAt(t, $0) || t.isWord($0, doseNouns) || t.isWord($0, ["pill", "implant", "coil", "depo", "pred"])
                || t.isWord($0, preparationWords) && !t.isWord($0, ["tea", "shot", "jab"]) }
        }
        // "ask your GP for …": a named medicine or a dose makes it a prescription by proxy.
        if w == "ask", t.isWord(i + 1, ["your", "the"]), t.isWord(i + 2, ["gp", "doctor", "pharmacist", "dentist", "prescriber", "nurse", "consultant"]),
           t.isWord(i + 3, ["for", "about"]), instructs(t, i) {
            if let m = ContentRules.span(i + 4, min(e, i + 10)).first(where: { medicineAt(t, $0) || t.isWord($0, doseUnits) }) {
                var end = m
                while end + 1 < e, t.isWord(end + 1, preparationWords) || medicineAt(t, end + 1) { end += 1 }
                return end
            }
            return nil
        }
        // "Ask for Utrogestan 100 mg": a named medicine with its dose, asked for.
        if w == "ask", t.word(i + 1) == "for", instructs(t, i),
           let m = ContentRules.span(i + 2, min(e, i + 5)).first(where: { medicineAt(t, $0) || t.kind($0) == .word && t.kind($0 + 1) == .number }),
           let d = ContentRules.span(m + 1, min(e, m + 4)).first(where: { t.isWord($0, doseUnits) && t.kind($0 - 1) == .number }) {
            return defersToClinician(t, i) ? nil : d
        }
        guard instructs(t, i) || t.isWord(i - 1, ["try"]) && instructs(t, i - 1) else { return nil }
        guard let end = medicineChange(t, i, w, e, medicineFrom), !defersToClinician(t, i) else { return nil }
        return end
    }

    private static func medicineChange(_ t: LintText, _ i: Int, _ w: String, _ e: Int, _ medicineFrom: (Int, Int) -> Int?) -> Int? {
        switch w {
        case "come", "wean", "taper", "get":
            var k = i + 1
            if t.isWord(k, ["yourself"]) { k += 1 }
            if w == "taper" || w == "wean", !t.isWord(k, ["off"]) {
                // "taper the venlafaxine by 37.5 mg a week"
                if t.isWord(k, ["the", "your", "her", "his"]) { k += 1 }
                guard let m = medicineFrom(k, 1), t.isWord(m + 1, ["by", "to", "down", "over"]) else { return nil }
                var end = m + 1
                while end + 1 < e, end < m + 6, t.kind(end + 1) == .number || t.word(end + 1) == "." || t.isWord(end + 1, doseUnits) || t.isWord(end + 1, ["a", "per", "week", "weeks", "every", "month"]) { end += 1 }
                return end
            }
            if w == "get", t.word(k) == "on", let m = medicineFrom(k + 1, 2) {
                // "get on ferrous fumarate 210 mg twice a day"
                var end = m
                while end + 1 < e, end < m + 4, t.kind(end + 1) == .number || t.isWord(end + 1, doseUnits) || t.kind(end + 1) == .word && medicineAt(t, end + 1) { end += 1 }
                return end
            }
            guard t.isWord(k, ["off"]) || w == "get" && t.isWord(k, ["you", "him", "her", "them"]) && t.word(k + 1) == "on" else { return nil }
            k += t.word(k) == "off" ? 1 : 2
            if t.isWord(k, ["your", "the", "that", "this"]) { k += 1 }
            return medicineFrom(k, 2)
        case "hold", "skip":
            var k = i + 1
            if t.isWord(k, ["your", "the", "tonight's", "today's", "tomorrow's", "this", "that"]) { k += 1 }
            if t.isWord(k, ["morning", "evening", "night", "next", "usual", "current"]) { k += 1 }
            return medicineFrom(k, 2)
        case "go":
            var k = i + 1
            if t.isWord(k, ["back"]) { k += 1 }
            if t.isWord(k, ["up", "down"]), t.word(k + 1) == "to", medicineAt(t, k + 2), t.kind(k + 3) == .number {
                // "go up to omeprazole 40 mg"
                return t.isWord(k + 4, doseUnits) ? k + 4 : k + 3
            }
            if t.isWord(k, ["up", "down"]), t.word(k + 1) == "to" {
                let n = k + 2
                guard t.kind(n) == .number || t.value(n, PHIRules.numberWords) != nil else { return nil }
                var end = n
                if t.isWord(n + 1, doseUnits) { end = n + 1 }
                if t.word(end + 1) == "of", medicineAt(t, end + 2) || t.isWord(end + 2, ["pred"]) { end += 2 }
                if let f = frequencyEnd(t, end + 1) { end = f }
                return end
            }
            if t.isWord(k, ["on", "onto"]) { return medicineFrom(k + 1, 2) }
            return nil
        case "upping", "doubling", "halving", "increasing", "reducing", "stopping", "starting":
            // "try upping the quetiapine", "I'd suggest stopping it"; "Stopping antibiotics early
            // is a common mistake" is a statement.
            guard t.isWord(i - 1, ["try", "trying", "consider", "recommend", "suggest", "advise", "start", "keep"]) else { return nil }
            var k = i + 1
            if t.isWord(k, ["your", "the", "that"]) { k += 1 }
            guard let m = medicineFrom(k, 2) else { return nil }
            var end = m
            if t.word(end + 1) == "to", t.kind(end + 2) == .number { end += 2; if t.isWord(end + 1, doseUnits) { end += 1 } }
            if let f = frequencyEnd(t, end + 1) { end = f }
            return end
        case "start", "restart":
            // "start Coartem today", "start flucloxacillin", "start the Tamiflu today": a medicine started on the reader.
            var k = i + 1
            let afterThe = t.isWord(k, ["the"])
            if t.isWord(k, ["the", "your", "her", "his", "him", "her", "them"]) { k += 1 }
            if t.isWord(k, ["on"]) { k += 1 }
            // "start the Tamiflu today", not "start the Couch to 5K plan".
            if afterThe, !t.has(k, .drug), !(t.tokens.indices.contains(k) && t.tokens[k].capitalized && t.isWord(k + 1, ["today", "now", "tonight", "tomorrow", "straight"])) { return nil }
            guard !(t.kind(k) == .word && t.tokens[k].end - t.tokens[k].start <= 4 && t.text(t.tokens[k].start, t.tokens[k].end).allSatisfy({ $0.isUppercase })) || t.has(k, .drug) else { return nil }
            return medicineFrom(k, 1)
        case "swap", "bin", "forget", "drop", "arrête", "arrêtez", "arrete":
            // "Swap the Rigevidon for Cerelle", "bin the statin", "forget the fluoxetine", "arrête le Spasfon"
            var k = i + 1
            if t.isWord(k, ["the", "your", "that", "this", "le", "la", "les", "ton", "ta", "tes", "votre"]) { k += 1 }
            guard let m = medicineFrom(k, 1) else { return nil }
            if t.isWord(m + 1, ["for", "to"]), let n = medicineFrom(m + 2 + (t.isWord(m + 2, ["the", "a"]) ? 1 : 0), 1) { return n }
            return m
        case "lay":
            // "lay off the Gaviscon"
            guard t.word(i + 1) == "off" else { return nil }
            var k = i + 2
            if t.isWord(k, ["the", "your", "that"]) { k += 1 }
            return medicineFrom(k, 1)
        case "stick", "stay":
            // "stick with sertraline 50 mg", "stay on your lithium"
            guard t.isWord(i + 1, ["with", "to", "on"]) else { return nil }
            var k = i + 2
            if t.isWord(k, ["the", "your"]) { k += 1 }
            guard let m = medicineFrom(k, 1), t.has(m, .drug) || t.tokens[m].capitalized else { return nil }
            var end = m
            if t.kind(end + 1) == .number, t.isWord(end + 2, doseUnits) { end += 2 }
            return end
        case "reduce", "cut", "lower":
            // "taper the venlafaxine by 37.5 mg a week", "cut your sertraline to 50 mg"
            var k = i + 1
            if t.isWord(k, ["down"]) { k += 1 }
            if t.isWord(k, ["the", "your", "her", "his"]) { k += 1 }
            guard let m = medicineFrom(k, 1), t.isWord(m + 1, ["by", "to"]), t.kind(m + 2) == .number else { return nil }
            var end = m + 2
            if t.word(end + 1) == "." , t.kind(end + 2) == .number { end += 2 }
            if t.isWord(end + 1, doseUnits) { end += 1 }
            return end
        case "stop", "switch", "quit", "ditch":
            // "stop your current pill and go on Yasmin", "switch from citalopram to sertraline"
            var k = i + 1
            if t.isWord(k, ["from", "to", "your", "the", "onto", "that"]) { k += 1 }
            if t.isWord(k, ["current", "usual", "old"]) { k += 1 }
            guard let m = medicineFrom(k, 2) else { return nil }
            if t.word(m + 1) == "to", let n = medicineFrom(m + 2, 2) { return n }
            return m
        default:
            return nil
        }
    }
}
