/// `advice.individual`: dosing instructions and medicine changes to the reader (DosingRule.swift),
/// diagnosing the reader, and inviting symptoms by message.
extension ContentRules {
    /// `advice.individual`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let adviceIndividualExamples: RuleExamples = (["If you have a headache, take 800 mg of ibuprofen.", "If your blood pressure is above 140/90, take 10 mg of amlodipine every morning.",
          "Sugar high? Double your metformin dose.", "Try omeprazole 20mg before breakfast.", "I recommend you take 1000 IU of vitamin D daily.",
          "Feeling dizzy on your statin? Just stop it.", "Sounds like you have GERD.", "DM me your symptoms.",
          "Give her 2.5 ml of paracetamol every four hours.", "I'd put you on 5 mg of ramipril and recheck in two weeks.",
          "Based on your photo, this is almost certainly shingles.", "You've got a classic case of tennis elbow.", "Bump your dose of sertraline to 100 mg.",
          "For your rash — apply hydrocortisone cream twice a day.", "You need a cortisone injection in that shoulder.", "Send me a close-up of the mole."],
         ["Adults need 600–800 IU of vitamin D a day.", "The usual dose is 200 to 400 mg every 4 to 6 hours.", "Take the stairs instead of the lift.",
          "Talk to your doctor before you take 1000 mg of anything.", "Take 1,000 mg of vitamin C? Not needed.", "Lower your salt: aim for under 2,300 mg a day.",
          "Take your blood pressure twice a day for a week before your review.", "Never double your dose to make up for a missed one.",
          "This is definitely worth reading if you care for someone with dementia.", "Many people with diabetes have no symptoms at first.",
          "Paracetamol can be given every four to six hours.", "Start with 10 minutes of walking and build up."])

    static let imperativeLeads: WordTable = ["just", "simply", "should", "can", "please", "try", "recommend", "suggest", "then", "so", "now", "also", "i'd", "must", "need"]

    static let adviceSubjects: WordTable = ["i", "we", "he", "she", "they", "patients", "people", "you", "it", "many", "some", "most", "those", "anyone", "who"]

    static func advice(_ t: LintText, _ add: Add) {
        let dosing = "dosing instructions to a reader are individual medical advice: give the general range and send them to their own clinician"
        let diagnosis = "diagnosing a reader you have not examined is individual medical advice: describe when to see a doctor instead"
        let change = "telling a reader to start, stop or switch a medicine is individual advice: say to talk to their own clinician first"
        let dm = "inviting symptoms by message sets up a doctor-patient relationship online: point readers to an appointment instead"
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
                if w == "switch" || w == "ditch", t.isWord(i + 1, ["to", "from", "your", "the"]), t.kind(i + 2) == .word {
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
                if t.isWord(i + 1, ["have"]) || w == "you've" {
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
            if ["dm", "message", "inbox", "pm", "send", "text", "email", "comment", "drop", "share", "post"].contains(w) {
                var k = i + 1
                if t.isWord(k, ["me", "us"]) { k += 1 }
                if t.isWord(k, ["with", "about", "below"]) { k += 1 }
                if t.isWord(k, ["your", "a", "some"]) { k += 1 }
                if t.isWord(k, ["close"]), t.word(k + 1) == "-", t.isWord(k + 2, ["up"]) { k += 2 }
                if t.isWord(k, ["up", "symptoms", "results", "labs", "photos", "photo", "pictures", "picture", "pic", "pics", "scans", "scan",
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
}
