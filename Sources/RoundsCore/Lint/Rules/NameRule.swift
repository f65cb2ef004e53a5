/// `phi.name`: a patient's or a relative's name, by context (a patient word, an honorific, a
/// relative, a given name heading a patient story), never a colleague introduced by role, a
/// doctor, or a public figure talking publicly. The excerpt is the whole name (`Mary-Kate
/// Olsen`, `Ms. Nowak-Kowalska`, `Siobhán Ní Bhriain`, `J.M.`), so acknowledging it covers that
/// name and nothing else.
extension PHIRules {
    static let nameParticles: Set<String> = ["de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ní", "nic", "mac",
                                             "bin", "binti", "bint", "al", "el", "la", "le", "ter", "ten", "dos", "das", "y", "ó", "ua"]
    static let relativeWords: Set<String> = ["mom", "mum", "mother", "dad", "father", "husband", "wife", "son", "daughter", "sister",
                                             "brother", "partner", "grandson", "granddaughter", "grandmother", "grandfather", "grandma",
                                             "grandpa", "granny", "nan", "nana", "aunt", "auntie", "uncle", "niece", "nephew", "baby",
                                             "carer", "caregiver", "fiancé", "fiancée", "boyfriend", "girlfriend", "twin", "toddler",
                                             "little", "mam", "mammy", "papa", "mama"]
    static let roleWords: Set<String> = ["manager", "nurse", "receptionist", "coordinator", "colleague", "team", "staff", "office",
                                         "assistant", "doctor", "physician", "pa", "np", "therapist", "dietitian", "pharmacist",
                                         "technician", "tech", "scheduler", "biller", "founder", "partner", "director", "hygienist",
                                         "midwife", "physiotherapist", "physio", "hca", "gp", "surgeon", "consultant", "registrar",
                                         "paramedic", "volunteer", "optometrist", "dentist", "counsellor", "counselor", "psychologist",
                                         "practitioner", "lead", "head", "reception", "secretary", "intern", "resident", "trainee",
                                         "sonographer", "radiographer", "phlebotomist", "administrator", "admin", "chair", "ceo", "mentor",
                                         "podiatrist", "audiologist", "orthoptist", "optician", "chaplain", "porter", "matron", "sister",
                                         "doula", "coach", "trainer", "healthcare", "social", "worker", "dr", "prof", "professor", "rn"]
    /// Words that say a named person is talking in public (a public figure), not a patient.
    static let publicWords: Set<String> = ["publicly", "openly", "famously", "revealed", "interview", "podcast", "documentary",
                                           "memoir", "announced", "singer", "actor", "actress", "footballer", "athlete", "star",
                                           "president", "minister", "king", "queen", "prince", "princess", "celebrity", "champion"]
    static let storyVerbs: Set<String> = ["arrived", "came", "seen", "saw", "met", "walked", "ran", "brave", "recovered", "finished",
                                          "completed", "learned", "learnt", "told", "shared", "lost", "beat",
                                          "managed", "noticed", "celebrated", "turned", "started", "stopped", "quit", "needed",
                                          "booked", "credits", "cried", "thanked", "wrote", "survived", "returned", "reversed"]

    /// The last token of a name whose first word is token k (nil when k starts no name).
    static func nameEnd(_ t: LintText, from k: Int, lowercaseOK: Bool = false) -> Int? {
        guard t.kind(k) == .word, months[t.word(k)] == nil, !notNames.contains(t.word(k)) || t.has(k, .firstName) && lowercaseOK,
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
            if t.kind(end + 1) == .word, t.tokens[end + 1].capitalized, t.tokens[end + 1].spaceBefore, !notNames.contains(t.word(end + 1)) {
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
            if t.kind(end + 1) == .word, t.tokens[end + 1].capitalized, t.tokens[end + 1].spaceBefore, !notNames.contains(t.word(end + 1)),
               months[t.word(end + 1)] == nil, !t.scalarsBetweenContainNewline(end, end + 1) {
                end += 1
                words += 1
                continue
            }
            break
        }
        // "Lincoln Elementary", "St. Mary's Hospital", "Baker Street": a place, not a person.
        if (k...end).contains(where: { placeNouns.contains(t.word($0)) }) || placeNouns.contains(t.word(end + 1)) && t.tokens.indices.contains(end + 1) && t.tokens[end + 1].capitalized {
            return nil
        }
        return end
    }

    static let placeNouns: Set<String> = ["elementary", "school", "hospital", "street", "road", "park", "clinic", "centre", "center",
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
            if roleWords.contains(t.word(j)), !(t.isWord(j, ["sister", "partner", "head"]) && relativeWords.contains(t.word(j))) || colleagueTitles.contains(t.word(j)) {
                // "my patient's daughter" is not a role; "our nurse" is.
                if j == k || t.word(j + 1) != "'s" { return true }
            }
        }
        // "Meet Priya, our practice nurse": the role after a comma, a few words on.
        let s = t.sentenceStart(a), e = t.sentenceEnd(b)
        if (s..<e).contains(where: { publicWords.contains(t.word($0)) }) { return true }
        return false
    }

    static func names(_ t: LintText, _ add: Add) {
        let message = "a patient's name identifies them: remove it, or use a first initial with written consent"
        var i = 0
        func found(_ a: Int, _ b: Int, start: Int? = nil) {
            add("phi.name", .warning, message, start ?? t.tokens[a].start, t.tokens[b].end)
        }
        while i < t.tokens.count {
            defer { i += 1 }
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
                guard !colleagueTitles.contains(t.word(k)), let end = nameEnd(t, from: k, lowercaseOK: t.has(k, .firstName) && !t.has(k, .ambiguousName)) else { continue }
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
                if colleagueTitles.contains(t.word(p)) || t.isWord(p, ["mr", "mrs", "ms", "dr", "st", "saint"]) { continue }
                let s = t.sentenceStart(i), e = t.sentenceEnd(i)
                let story = (s..<e).contains { t.has($0, .storyWord) || storyVerbs.contains(t.word($0)) }
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
