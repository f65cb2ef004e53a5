/// `phi.name`: a patient's or a relative's name, by context (a patient word, an honorific, a
/// relative, a given name heading a patient story), never a colleague introduced by role, a
/// doctor, or a public figure talking publicly. The excerpt is the whole name (`Mary-Kate
/// Olsen`, `Ms. Nowak-Kowalska`, `Siobhán Ní Bhriain`, `J.M.`), so acknowledging it covers that
/// name and nothing else.
extension PHIRules {
    /// `phi.name`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let nameExamples: RuleExamples = (["My patient Mr. Kowalski came in.", "Patient J.M. was discharged.", "Our patient Mary-Kate Olsen came in.",
          "My patient Ana María García was treated.", "Thanks to Ms. Nowak-Kowalska for sharing.", "My patient Siobhán Ní Bhriain recovered well.",
          "When Linda arrived she could not walk.", "my patient aiko finished chemo.", "Her mom Gráinne stayed all night.",
          "I saw Oluwaseun in clinic; his asthma is better."],
         ["Mrs. Alvarez from reception will greet you.", "Our physiotherapist Tom runs a class.", "Welcome Dr. Okonkwo to the team.",
          "Selena Gomez talked publicly about her lupus and kidney transplant.", "Will you come to the clinic? We treated many people.",
          "She had her first chemo session on Dec. 2."])

    static let honorifics: WordTable = ["mr", "mrs", "ms", "miss", "mx", "mister"]
    static let notNames: WordTable = ["i", "the", "a", "an", "this", "that", "he", "she", "they", "we", "it", "his", "her", "their", "our",
                                        "my", "your", "and", "but", "so", "when", "who", "after", "before", "with", "was", "is", "had",
                                        "has", "came", "said", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "dr", "doctor", "nurse", "today", "yesterday", "last", "one", "every", "here", "there",
                                        "recently", "also", "just", "asked", "wanted", "id", "mrn", "dob", "ssn", "er", "icu"]
    static let staffWords: WordTable = ["manager", "nurse", "receptionist", "coordinator", "colleague", "team", "staff", "office",
                                          "assistant", "doctor", "physician", "pa", "np", "therapist", "dietitian", "pharmacist",
                                          "technician", "tech", "scheduler", "biller", "founder", "partner", "director", "hygienist", "midwife"]
    static let colleagueTitles: WordTable = ["dr", "doctor", "nurse", "prof", "professor", "colleague", "pa", "np", "rn", "dietitian", "therapist"]

    static let storyWords: WordTable = ["diagnosed", "diagnosis", "came", "visited", "admitted", "surgery", "treatment", "treated",
                                          "recovered", "recovery", "symptoms", "appointment", "clinic", "patient", "hospital", "discharged",
                                          "prescribed", "biopsy", "scan", "referred", "rehab", "chemo", "chemotherapy", "transplant",
                                          "birthday", "surgeon", "appointment", "journey", "story"]

    static let nameParticles: WordTable = ["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ní", "nic", "mac",
                                             "bin", "binti", "bint", "al", "el", "la", "le", "ter", "ten", "dos", "das", "y", "ó", "ua"]
    static let relativeWords: WordTable = ["mom", "mum", "mother", "dad", "father", "husband", "wife", "son", "daughter", "sister",
                                             "brother", "partner", "grandson", "granddaughter", "grandmother", "grandfather", "grandma",
                                             "grandpa", "granny", "nan", "nana", "aunt", "auntie", "uncle", "niece", "nephew", "baby",
                                             "carer", "caregiver", "fiancé", "fiancée", "boyfriend", "girlfriend", "twin", "toddler",
                                             "little", "mam", "mammy", "papa", "mama"]
    static let roleWords: WordTable = ["manager", "nurse", "receptionist", "coordinator", "colleague", "team", "staff", "office",
                                         "assistant", "doctor", "physician", "pa", "np", "therapist", "dietitian", "pharmacist",
                                         "technician", "tech", "scheduler", "biller", "founder", "partner", "director", "hygienist",
                                         "midwife", "physiotherapist", "physio", "hca", "gp", "surgeon", "consultant", "registrar",
                                         "paramedic", "volunteer", "optometrist", "dentist", "counsellor", "counselor", "psychologist",
                                         "practitioner", "lead", "head", "reception", "secretary", "intern", "resident", "trainee",
                                         "sonographer", "radiographer", "phlebotomist", "administrator", "admin", "chair", "ceo", "mentor",
                                         "podiatrist", "audiologist", "orthoptist", "optician", "chaplain", "porter", "matron", "sister",
                                         "doula", "coach", "trainer", "healthcare", "social", "worker", "dr", "prof", "professor", "rn"]
    /// Words that say a named person is talking in public (a public figure), not a patient.
    static let publicWords: WordTable = ["publicly", "openly", "famously", "revealed", "interview", "podcast", "documentary",
                                           "memoir", "announced", "singer", "actor", "actress", "footballer", "athlete", "star",
                                           "president", "minister", "king", "queen", "prince", "princess", "celebrity", "champion"]
    static let storyVerbs: WordTable = ["arrived", "came", "seen", "saw", "met", "walked", "ran", "brave", "recovered", "finished",
                                          "completed", "learned", "learnt", "told", "shared", "lost", "beat",
                                          "managed", "noticed", "celebrated", "turned", "started", "stopped", "quit", "needed",
                                          "booked", "credits", "cried", "thanked", "wrote", "survived", "returned", "reversed"]

    /// The last token of a name whose first word is token k (nil when k starts no name).
    static func nameEnd(_ t: LintText, from k: Int, lowercaseOK: Bool = false) -> Int? {
        guard t.kind(k) == .word, t.value(k, months) == nil, !t.isWord(k, notNames) || t.has(k, .firstName) && lowercaseOK,
              t.tokens[k].capitalized || lowercaseOK && t.has(k, .firstName) else { return nil }
        if t.word(k) == "i", !t.joined(k) { return nil }
        var end = k
        // Initials: J.M., J. M.
        if t.tokens[k].end - t.tokens[k].start == 1, t.word(k + 1) == ".", t.joined(k) {
            end = k + 1
            while t.kind(end + 1) == .word, t.tokens[end + 1].end - t.tokens[end + 1].start == 1, t.tokens[end + 1].capitalized,
                  t.word(end + 2) == "." {
                end += 2
            }
            if t.kind(end + 1) == .word, t.tokens[end + 1].capitalized, t.tokens[end + 1].spaceBefore, !t.isWord(end + 1, notNames) {
                end += 1
            } else {
                return end
            }
        }
        var words = 1
        while words < 4 {
            // Mary-Kate, Nowak-Kowalska
            if t.word(end + 1) == "-", t.joined(end), t.joined(end + 1), t.kind(end + 2) == .word, t.tokens[end + 2].capitalized {
                end += 2
                continue
            }
            // Siobhán Ní Bhriain, Ana de Souza
            if t.isWord(end + 1, nameParticles), t.tokens[end + 1].spaceBefore, t.kind(end + 2) == .word, t.tokens[end + 2].capitalized,
               t.tokens[end + 2].spaceBefore, !t.joined(end + 1) {
                end += 2
                words += 1
                continue
            }
            if t.kind(end + 1) == .word, t.tokens[end + 1].capitalized, t.tokens[end + 1].spaceBefore, !t.isWord(end + 1, notNames),
               t.value(end + 1, months) == nil, !t.scalarsBetweenContainNewline(end, end + 1) {
                end += 1
                words += 1
                continue
            }
            break
        }
        // "Lincoln Elementary", "St. Mary's Hospital", "Baker Street": a place, not a person.
        if (k...end).contains(where: { t.isWord($0, placeNouns) }) || t.isWord(end + 1, placeNouns) && t.tokens.indices.contains(end + 1) && t.tokens[end + 1].capitalized {
            return nil
        }
        return end
    }

    static let placeNouns: WordTable = ["elementary", "school", "hospital", "street", "road", "park", "clinic", "centre", "center",
                                          "university", "college", "avenue", "memorial", "general", "medical", "health", "surgery",
                                          "lane", "drive", "square", "county", "hall", "house", "trust", "foundation", "institute",
                                          "academy", "church", "library", "stadium", "station", "ward", "unit", "pharmacy", "group"]

    /// Whether the name at tokens a...b is a colleague or staff member introduced by role, or a
    /// public figure, rather than a patient.
    static func isStaffOrPublic(_ t: LintText, _ a: Int, _ b: Int) -> Bool {
        // "Ms. Rivera, our office manager", "Mrs. Alvarez from reception"
        let after = (b + 1...b + 6).map { t.word($0) }
        if after[0] == ",", ["our", "the", "a", "my"].contains(after[1]), after[2...].contains(where: roleWords.contains) { return true }
        if after[0] == "from", after[1...3].contains(where: roleWords.contains) || ["the", "our"].contains(after[1]) && after[2] == "front" { return true }
        if after[0] == "(", roleWords.contains(after[1]) { return true }
        // "our nurse practitioner, Ms. Carter", "our physiotherapist Tom", "pharmacist Amara", "Dr. Fiona Walsh"
        var k = a - 1
        if t.word(k) == ".", t.has(k - 1, .honorific) { k -= 2 }
        if t.word(k) == "." { k -= 1 }
        if t.word(k) == "," { k -= 1 }
        for j in stride(from: k, through: max(0, k - 1), by: -1) where k >= 0 && t.tokens[j].kind == .word && (j == k || t.kind(j + 1) == .word) {
            if t.isWord(j, roleWords), !(t.isWord(j, ["sister", "partner", "head"]) && t.isWord(j, relativeWords)) || t.isWord(j, colleagueTitles) {
                // "my patient's daughter" is not a role; "our nurse" is.
                if j == k || t.word(j + 1) != "'s" { return true }
            }
        }
        // "Meet Priya, our practice nurse": the role after a comma, a few words on.
        let s = t.sentenceStart(a), e = t.sentenceEnd(b)
        if (s..<e).contains(where: { t.isWord($0, publicWords) }) { return true }
        return false
    }

    /// Words the name rule starts from besides honorifics, given names and relatives.
    static let nameTriggerWords = ["patient", "patients", "client", "patient's", "named"]

    static func names(_ t: LintText, _ add: Add) {
        let message = "a patient's name identifies them: remove it, or use a first initial with written consent"
        var i = 0
        func found(_ a: Int, _ b: Int, start: Int? = nil) {
            add("phi.name", .warning, message, start ?? t.tokens[a].start, t.tokens[b].end)
        }
        while i < t.tokens.count {
            defer { i += 1 }
            // Every branch below starts at one of these: other words cost one test.
            guard !t.tokens[i].flags.isDisjoint(with: [.honorific, .firstName, .nameTrigger]) else { continue }
            // Mr. Chen, Mrs. Alvarez, Ms Nowak-Kowalska
            if t.has(i, .honorific), t.tokens[i].capitalized {
                var k = i + 1
                if t.word(k) == ".", t.joined(i) { k += 1 }
                guard let end = nameEnd(t, from: k) else { continue }
                if after(t, end, ["said", "once", "famously"]) || isStaffOrPublic(t, i, end) { i = end; continue }
                found(i, end)
                i = end
                continue
            }
            // my patient John Miller, patient J.M., a patient named Sarah, my patient aiko
            if t.isWord(i, ["patient", "patients", "client", "patient's"]) {
                var k = i + 1
                if t.word(k) == "," { k += 1 }
                if t.isWord(k, ["named", "called"]) { k += 1 }
                if t.has(k, .honorific) { continue }  // the honorific branch takes it, whole
                if t.isWord(i, ["patient's"]) {
                    // "my patient's daughter, Emily": the relative branch takes it.
                    continue
                }
                guard !t.isWord(k, colleagueTitles), let end = nameEnd(t, from: k, lowercaseOK: t.has(k, .firstName) && !t.has(k, .ambiguousName)) else { continue }
                if isStaffOrPublic(t, k, end) { i = end; continue }
                found(k, end)
                i = end
                continue
            }
            // Her mom Gráinne, my patient's daughter, Emily, his wife Anna
            let possessive = t.isWord(i - 1, ["her", "his", "their", "my", "patient's", "our"])
            if t.isWord(i, relativeWords), possessive || t.isWord(i, ["baby", "little"]) {
                var k = i + 1
                if t.word(k) == "," { k += 1 }
                guard t.tokens.indices.contains(k), t.tokens[k].capitalized, t.has(k, .firstName) && !t.has(k, .ambiguousName) || possessive,
                      let end = nameEnd(t, from: k) else { continue }
                if isStaffOrPublic(t, k, end) { i = end; continue }
                found(k, end, start: t.isWord(i, ["baby", "little"]) && !t.isWord(i - 1, ["her", "his", "their", "my"]) ? t.tokens[i].start : nil)
                i = end
                continue
            }
            // named Sarah (a person in a story)
            if t.isWord(i, ["named"]), !t.isWord(i - 1, ["drug", "medication", "medicine", "condition", "study", "app", "program", "programme"]) {
                guard let end = nameEnd(t, from: i + 1) else { continue }
                found(i + 1, end)
                i = end
                continue
            }
            // A given name heading a patient story: "When Linda arrived", "Maria, 54, was diagnosed".
            // An ambiguous name (Grace, Raj) counts only capitalised after a lower-case word: "When Grace arrived".
            if t.has(i, .firstName), t.tokens[i].capitalized, !t.has(i, .honorific),
               !t.has(i, .ambiguousName) || i > t.sentenceStart(i) && t.kind(i - 1) == .word && (!t.tokens[i - 1].capitalized || i - 1 == t.sentenceStart(i)) {
                var p = i - 1
                if t.word(p) == "." { p -= 1 }
                if t.isWord(p, colleagueTitles) || t.isWord(p, ["mr", "mrs", "ms", "dr", "st", "saint"]) { continue }
                let s = t.sentenceStart(i), e = t.sentenceEnd(i)
                let story = (s..<e).contains { t.has($0, .storyWord) || t.isWord($0, storyVerbs) }
                // "Will you…", "Bill the insurer": a name is not followed by a pronoun or an article.
                if t.isWord(i + 1, ["you", "we", "i", "it", "they", "he", "she", "this", "that", "the", "a", "an", "your", "our", "me", "us"]) { continue }
                guard story, let end = nameEnd(t, from: i) else { continue }
                if isStaffOrPublic(t, i, end) { i = end; continue }
                found(i, end)
                i = end
            }
        }
    }

    private static func after(_ t: LintText, _ end: Int, _ words: [String]) -> Bool {
        t.isWord(end + 1, words) && (t.word(end + 1) != "said" || t.isWord(end + 2, ["it", "best"]))
    }
}
