/// `phi.name`: a patient's or a relative's name, by context (a patient word, an honorific, a
/// relative, a given name heading a patient story), never a colleague introduced by role, a
/// doctor, or a public figure talking publicly. The excerpt is the whole name (`Mary-Kate
/// Olsen`, `Ms. Nowak-Kowalska`, `Siobhán Ní Bhriain`, `J.M.`), so acknowledging it covers that
/// name and nothing else.
extension PHIRules {
    /// `phi.name`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let nameExamples: RuleExamples = (["My patient Mr. Kowalski came in.", "Patient J.M. was discharged.", "Our patient Mary-Kate Olsen came in.",
          "My patient Ana María García was treated.", "Thanks to Ms. Nowak-Kowalska for sharing.", "My patient Siobhán Ní Bhriain recovered well.",
          "When Linda arrived she could not walk.", "Can someone ring Beatrice on 07700 900456 today?", "Forward this to Oksana at oksana.k@gmail.com please.", "my patient aiko finished chemo.", "Her mom Gráinne stayed all night.",
          "I saw Oluwaseun in clinic; his asthma is better.", "Olga's husband called to say she is home.",
          "Great Grandma Edith came to her physio session in her Sunday best.", "Frau Schneider hat ihre Reha gut überstanden.",
          "Sra. Gómez came back for her six-month scan.", "little ayaan had his grommets in this morning.", "So proud of Wiremu, who completed cardiac rehab.",
          "We had the Okafor twins in for their six-week check.", "Thinking of Kwabena's mum, who sat by his bed every night.",
          "It has been hard for T.W. and his family since the diagnosis.", "Dolores Reyes came for her review. Dolores is doing well."],
         ["Ring 021 496 3381 if you're passing Douglas.", "Send it to 415 W 112th St, New York, NY 10025.", "Mrs. Alvarez from reception will greet you.", "Our physiotherapist Tom runs a class.", "Welcome Dr. Okonkwo to the team.",
          "Selena Gomez talked publicly about her lupus and kidney transplant.", "Will you come to the clinic? We treated many people.",
          "She had her first chemo session on Dec. 2.", "Thanks to Sarah from reception for organising the bake sale.",
          "Welcome to Dr. Amara Osei, our new GP partner.", "Victoria and Sydney are both hosting the conference this year.",
          "Parkinson's disease affects movement; Crohn's disease affects the gut.", "Jordan from our IT team fixed the booking system.",
          "Lincoln and Jackson are two of the towns our mobile unit visits.", "Sister Agnes founded the hospice in 1979.",
          "Our insulin pump (S/N NG4471902H) is a demo unit.", "The NICU team ran a study day.",
          "Our reception desk will be staffed by Mrs. Ibekwe and Mr. Lund over the holiday period.",
          "Mrs. Alvarez on reception has been with us 25 years this month.", "Shout out to our cleaner Ahmed who found a lost ring.",
          "Our Dublin clinic closes early on 17 March for the parade."])

    /// Honorifics in the languages doctors here post in (English, German, French, Spanish,
    /// Italian, Portuguese, Dutch, Polish, Filipino, Indian English).
    static let honorifics: WordTable = ["mr", "mrs", "ms", "miss", "mx", "mister", "herr", "frau", "mme", "mlle", "madame", "monsieur",
                                          "señora", "senora", "señor", "senor", "sr", "sra", "srta", "señorita", "doña", "signora", "signor",
                                          "sig", "sig.ra", "mevrouw", "meneer", "mevr", "dhr", "pani", "aling", "mang", "shri", "shrimati",
                                          "smt", "sri", "kumari", "thiru", "thirumathi", "sayın", "bapak"]
    /// Titles of people who are not patients: a name after them is skipped, whole ("Dr. Abiodun Bello", "Sir William Osler").
    static let publicTitles: WordTable = ["sir", "dame", "lord", "lady", "saint", "pope", "senator", "governor", "mayor", "rev", "reverend",
                                            "father", "fr", "pastor", "imam", "rabbi", "dr", "prof", "professor", "doctor"]
    /// Family titles used before a name, capitalised ("Grandma Lakshmi", "Auntie Bisi", "Baby Kiri"), or "little mateo".
    static let familyTitles: WordTable = ["grandma", "grandpa", "granny", "grandad", "granddad", "gran", "grandpa", "nana", "nanna",
                                            "auntie", "aunty", "aunt", "uncle", "baby", "little", "lola", "lolo", "tita", "tito", "abuela",
                                            "abuelo", "nonna", "nonno", "oma", "opa", "bibi", "babu", "dadi", "nani", "cousin", "mama", "papa",
                                            "mamá", "papá", "ate", "kuya"]
    /// Given names that are also common English words in lower case: never a name unless capitalised.
    static let lowercaseNever: WordTable = ["will", "may", "can", "bill", "mark", "pat", "sue", "rob", "jack", "grace", "hope", "joy",
                                              "faith", "rose", "drew", "art", "max", "ray", "guy", "dean", "lee", "june", "april", "august",
                                              "and", "all", "are", "see", "son", "tim", "van", "wade", "bob", "chase", "page", "sunny", "summer",
                                              "ivy", "holly", "daisy", "penny", "dawn", "eve", "sky", "river", "rain", "angel", "frank", "carol"]
    /// Words a given name's possessive points to when the name is a patient or a relative ("Aaliyah's mum", "Rosa's transplant").
    static let possessedWords: WordTable = ["mum", "mom", "mam", "mother", "dad", "father", "wife", "husband", "partner", "son", "daughter",
                                              "sister", "brother", "family", "parents", "grandmother", "grandfather", "grandma", "grandpa",
                                              "baby", "twins", "carer", "blog", "page", "fundraiser", "fundraising", "gofundme", "journey",
                                              "story", "recovery", "surgery", "operation", "transplant", "diagnosis", "treatment", "chemo",
                                              "scan", "scans", "results", "birthday", "wedding", "funeral", "mobile", "phone", "number",
                                              "address", "home", "house", "room", "bed", "bedside", "first", "second", "third", "new",
                                              "personal", "recovery", "tongue-tie", "cancer", "heart", "kidney", "liver", "knee", "hip",
                                              "care", "case", "condition", "progress", "fight", "battle", "courage", "smile", "legs", "arm",
                                              "leg", "lungs", "appointment", "discharge", "jabs", "vaccines", "labour", "pregnancy", "ivf"]
    /// Eponyms: "Addison's disease", "Bell's palsy", "Valentine's Day" name no patient.
    static let eponymWords: WordTable = ["disease", "syndrome", "palsy", "law", "sign", "day", "test", "ulcer", "phenomenon", "triad",
                                           "lymphoma", "sarcoma", "manoeuvre", "maneuver", "disorder", "contracture", "fracture", "cyst",
                                           "node", "criteria", "score", "scale", "classification", "rule", "reflex", "razor", "eve"]
    /// Frames that make a capitalised word in the name position a person: "Proud of Ifeoma", "Congratulations to Mariam Al-Sayed".
    static let praiseWords: WordTable = ["proud", "congratulations", "congrats", "grateful", "thanks", "thank", "happy", "cheers",
                                           "shoutout", "shout-out", "kudos", "welcome", "lost", "remembering", "missing", "miss",
                                           "thinking", "prayers", "thoughts", "love", "hugs", "praying"]
    /// Letters of initials that are abbreviations, not a person ("U.S.", "M.D.", "A.M.").
    static let initialAbbreviations: WordTable = ["us", "uk", "eu", "un", "am", "pm", "md", "do", "rn", "np", "pa", "bc", "ad", "bs", "ms",
                                                    "dc", "la", "ny", "ai", "gp", "eg", "ie", "ok", "tv", "er", "ba", "ma", "ce", "vs", "nb",
                                                    "ps", "jr", "sr", "st", "nz", "sa", "ap", "cv", "id", "iv", "im", "po", "ac", "pc", "hs",
                                                    "uae", "usa", "ussr", "phd", "icu", "nhs", "rip", "bsc", "msc", "dds", "rsvp", "asap", "aka", "bid",
                                                    "tid", "qid", "prn", "qd", "od", "bd", "tds", "qds", "cc", "fyi", "op", "lol", "ot", "pt", "ed"]
    static let notNames: WordTable = ["i", "the", "a", "an", "this", "that", "he", "she", "they", "we", "it", "his", "her", "their", "our",
                                        "my", "your", "and", "but", "so", "when", "who", "after", "before", "with", "was", "is", "had",
                                        "has", "came", "said", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "dr", "doctor", "nurse", "today", "yesterday", "last", "one", "every", "here", "there",
                                        "recently", "also", "just", "asked", "wanted", "id", "mrn", "dob", "ssn", "er", "icu", "mon", "tue",
                                        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "po", "box", "unit", "flat", "apt", "suite",
                                        "for", "from", "to", "at", "on", "in", "of", "or", "if", "as", "by", "not", "no", "yes", "please",
                                        "thanks", "thank", "happy", "congratulations", "welcome", "meet", "why", "what", "how", "where",
                                        "mubarak", "ramadan", "eid", "men", "women", "le", "la", "der", "die", "das", "el", "los", "het",
                                        "de", "een", "il", "lo", "os", "as", "um", "uma", "une", "un", "ein", "eine", "si", "ang", "ni", "owner", "rehab",
                                        "sa", "son", "ses", "mon", "ma", "ta", "ton", "su", "sus", "mi", "tu", "zijn", "haar", "sein", "seine",
                                        "ihr", "ihre", "bitte", "danke", "merci", "gracias", "obrigado", "obrigada", "dank", "grazie"]
    static let staffWords: WordTable = ["manager", "nurse", "receptionist", "coordinator", "colleague", "team", "staff", "office",
                                          "assistant", "doctor", "physician", "pa", "np", "therapist", "dietitian", "pharmacist",
                                          "technician", "tech", "scheduler", "biller", "founder", "partner", "director", "hygienist", "midwife"]
    static let colleagueTitles: WordTable = ["dr", "doctor", "nurse", "prof", "professor", "colleague", "pa", "np", "rn", "dietitian", "therapist"]

    static let storyWords: WordTable = ["diagnosed", "diagnosis", "came", "visited", "admitted", "surgery", "treatment", "treated",
                                          "recovered", "recovery", "symptoms", "appointment", "clinic", "patient", "hospital", "discharged",
                                          "prescribed", "biopsy", "scan", "referred", "rehab", "chemo", "chemotherapy", "transplant",
                                          "birthday", "surgeon", "appointment", "journey", "story", "surgeries", "scans", "diagnoses",
                                          "pregnancy", "pregnant", "twins", "baby", "delivered", "delivery", "labour", "ivf", "discharge",
                                          "follow-up", "visit", "visits", "sessions", "therapy", "physio", "rehabilitation",
                                          "wheelchair", "inhaler", "pacemaker", "stent", "bypass", "dialysis", "donor", "fundraiser",
                                          "fundraising", "gofundme", "donations", "get-well", "blog", "cards", "whānau", "funeral",
                                          "passed", "died", "condolences", "stroke", "cancer", "leukaemia", "leukemia", "tumour", "tumor",
                                          "graduate", "stutter", "jabs", "vaccine", "ward", "icu", "nicu", "bedside", "hospice", "palliative",
                                          "patiënt", "patiente", "patientin", "paciente", "pasyente", "notaufnahme", "urgences", "urgencias",
                                          "spreekuur", "ziekenhuis", "opérée", "opéré", "operiert", "diagnostiziert", "hospitalisé", "hospitalisée",
                                          "internada", "internado", "geboren", "née", "né", "nació", "nasceu", "entbindung", "bevalling",
                                          "accouchement", "parto", "reha", "herzinfarkt", "infarctus", "diagnose", "diagnostic", "diagnóstico",
                                          "a&e", "theatre", "clinic's", "mastectomy", "marathon", "stitches", "sober", "cast",
                                          "ambulance", "paramedics", "airlifted", "bitten", "ospedale", "szpital", "sjukhus", "hospitalet"]

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
                                         "doula", "coach", "trainer", "healthcare", "social", "worker", "dr", "prof", "professor", "rn",
                                         "cleaner", "housekeeper", "caretaker", "driver", "chef", "cook", "gardener", "nursing", "receptionists",
                                         "student", "apprentice", "locum", "fellow", "superintendent", "officer", "mfa", "arzthelferin",
                                         "praxismanagerin", "assistente", "assistentin", "doktersassistente", "praktijkondersteuner", "secrétaire",
                                         "infirmière", "infirmier", "krankenschwester", "pfleger", "hebamme", "verpleegkundige", "enfermera"]
    /// Words that say a named person is talking in public (a public figure), not a patient.
    static let publicWords: WordTable = ["publicly", "openly", "famously", "revealed", "interview", "podcast", "documentary",
                                           "memoir", "announced", "singer", "actor", "actress", "footballer", "athlete", "star",
                                           "president", "minister", "king", "queen", "prince", "princess", "celebrity", "champion",
                                           "spoken", "speaks", "talked", "talks", "opened", "campaigner", "campaigns", "author", "wrote about"]
    static let storyVerbs: WordTable = ["arrived", "came", "seen", "saw", "met", "walked", "ran", "brave", "recovered", "finished",
                                          "completed", "learned", "learnt", "told", "shared", "lost", "beat",
                                          "managed", "noticed", "celebrated", "turned", "started", "stopped", "quit", "needed",
                                          "booked", "credits", "cried", "thanked", "wrote", "survived", "returned", "reversed", "brought",
                                          "fights", "fought", "beating", "beaten", "walks", "walked", "danced", "responding", "fed", "sharing",
                                          "lost", "agreeing",
                                          "recovering", "healing", "coming", "visiting", "visited", "hugged", "smiled", "laughed",
                                          "living", "inspirational", "inspiring", "amazing"]

    /// The last token of a name whose first word is token k (nil when k starts no name).
    static func nameEnd(_ t: LintText, from k: Int, lowercaseOK: Bool = false) -> Int? {
        guard t.kind(k) == .word, t.value(k, months) == nil, !t.isWord(k, notNames) || t.has(k, .firstName) && lowercaseOK,
              t.tokens[k].capitalized || lowercaseOK && t.has(k, .firstName) else { return nil }
        if t.word(k) == "i", !t.joined(k) { return nil }
        // "Les belles journées": an article before a lower-case word; "Bitte:", "Update:": a heading.
        if t.isWord(k, ["les", "las", "los"]), t.kind(k + 1) == .word, !t.tokens[k + 1].capitalized { return nil }
        if t.word(k + 1) == ":", k == t.sentenceStart(k) { return nil }
        // "Christmas Eve", "New Year's Eve": a day.
        if t.isWord(k - 1, ["christmas", "year's", "hallows", "all"]), t.isWord(k, ["eve", "day"]) { return nil }
        // "rue des Lilas", "Avenue de la Paix": a street's name.
        if t.has(k - 1, .streetType) || t.isWord(k - 1, ["des", "du", "de", "la", "del", "della"]) && (t.has(k - 2, .streetType) || t.has(k - 3, .streetType)) { return nil }
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
            // "Hannah's mum": the possessive ends the name.
            if t.possessive(end) { break }
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
        // "Our Dublin clinic", "Accra's busiest clinic": a place's clinic.
        if t.isWord(end + 1, ["clinic", "clinics", "hospital", "hospital's", "practice", "branch", "campus", "office", "site", "marathon"])
            || t.isWord(end + 2, ["clinic", "hospital"]) && t.possessive(end) && t.kind(end + 1) == .word && !t.isWord(end + 1, possessedWords) {
            return nil
        }
        // "2217 E. Preston St", "Alice Springs", "Victoria Island": a street or a place.
        if t.isWord(end + 1, streetAfterName), t.tokens.indices.contains(end + 1), t.tokens[end + 1].capitalized { return nil }
        // "Typhoon Kristine", "Storm Ciarán", "Kia ora": a storm's name, a greeting.
        if t.isWord(k - 1, ["typhoon", "hurricane", "storm", "cyclone", "tropical", "bagyong", "tempête"]) || t.word(k) == "kia" && t.word(k + 1) == "ora" { return nil }
        // "Lincoln Elementary", "St. Mary's Hospital", "Baker Street": a place, not a person.
        if (k...end).contains(where: { t.isWord($0, placeNouns) }) || t.isWord(end + 1, placeNouns) && t.tokens.indices.contains(end + 1) && t.tokens[end + 1].capitalized {
            return nil
        }
        return end
    }

    static let streetAfterName: WordTable = ["st", "rd", "ave", "av", "blvd", "dr", "ln", "ct", "pl", "cres", "tce", "hwy", "springs", "island",
                                               "islands", "beach", "bay", "heights", "falls", "valley", "creek", "river", "harbour", "harbor",
                                               "point", "hills", "village", "estate", "gardens", "close", "crescent", "terrace", "way", "mews",
                                               "straße", "strasse", "weg", "laan", "straat", "gracht", "allee", "platz"]
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
        // "Mrs. Alvarez on reception", "Tom at the front desk"
        if ["on", "at"].contains(after[0]), roleWords.contains(after[1]) || after[1] == "the" && ["front", "desk"].contains(after[2]) { return true }
        // "staffed by Mrs. Ibekwe and Mr. Lund", "a talk led by Aoife": who runs something, not a patient.
        var b0 = a - 1
        while b0 > 0, t.isWord(b0, ["and", ","]) || t.word(b0) == "." || t.kind(b0) == .word && t.tokens[b0].capitalized && !t.isWord(b0, ["by"]) { b0 -= 1 }
        if t.word(b0) == "by", t.isWord(b0 - 1, ["staffed", "run", "led", "hosted", "organised", "organized", "presented", "delivered", "covered", "manned"]) { return true }
        // "our nurse practitioner, Ms. Carter", "our physiotherapist Tom", "pharmacist Amara", "Dr. Fiona Walsh"
        var k = a - 1
        if t.word(k) == ".", t.has(k - 1, .honorific) { k -= 2 }
        if t.word(k) == "." { k -= 1 }
        if t.word(k) == "," { k -= 1 }
        for j in stride(from: k, through: max(0, k - 1), by: -1) where k >= 0 && t.tokens[j].kind == .word && (j == k || t.kind(j + 1) == .word) {
            // "our team visited Mr. Pillai": a verb between the role and the name.
            if j < k, t.word(k).endsWith("ed") || t.isWord(k, storyVerbs) { continue }
            if t.isWord(j, roleWords), !(t.isWord(j, ["sister", "partner", "head"]) && t.isWord(j, relativeWords)) || t.isWord(j, colleagueTitles) {
                // "my patient's daughter" is not a role; "our nurse" is.
                if j == k || t.word(j + 1) != "'s" { return true }
            }
        }
        // "De praktijkverpleegkundige Joost", "Arzthelferin Maria": a role in one word of another language.
        if k >= 0, t.kind(k) == .word, [ "kundige", "assistent", "assistente", "assistentin", "schwester", "therapeut", "therapeutin", "ärztin", "arts", "helferin", "pfleger", "infirmière", "verpleger" ].contains(where: { t.tokens[k].lower.hasSuffix($0) }) { return true }
        // "Meet Priya, our practice nurse": the role after a comma, a few words on.
        let s = t.sentenceStart(a), e = t.sentenceEnd(b)
        if (s..<e).contains(where: { t.isWord($0, publicWords) }) { return true }
        return false
    }

    /// Words the name rule starts from besides honorifics, given names and relatives.
    static let nameTriggerWords = ["patient", "patients", "client", "patient's", "named", "member"]

    /// Whether token i is written in capitals only ("NICU", "SIN"): an acronym, not a name.
    static func allCaps(_ t: LintText, _ i: Int) -> Bool {
        let a = t.tokens[i].start, b = t.tokens[i].end
        guard b - a >= 2 else { return false }
        for k in a..<b {
            let v = t.scalars[k].value
            if v >= 97 && v <= 122 { return false }
            if v >= 128, t.scalars[k].properties.isLowercase { return false }
        }
        return true
    }

    static let frameBefore: WordTable = ["the", "of", "to", "for"]
    static let listJoiners: WordTable = ["or", "and", ","]
    static let placeListWords: WordTable = ["places", "cities", "countries", "towns", "destinations", "states", "counties", "regions", "suburbs"]
    static let possessiveBefore: WordTable = ["her", "his", "their", "my", "patient's", "our"]
    static let patientTriggers: WordTable = ["patient", "patients", "client", "patient's", "member"]
    static let religiousTitles: WordTable = ["sister", "father", "brother", "mother"]
    static let placeBefore: WordTable = ["in", "from", "near", "across", "around", "visiting", "the", "of", "via", "outside", "throughout"]

    /// "Mohammed was diagnosed", "Lena's recovery blog": an ambiguous given name at a sentence's
    /// start counts when a story verb or a thing a person owns follows at once.
    static func ambiguousStartsStory(_ t: LintText, _ i: Int) -> Bool {
        guard t.has(i, .ambiguousName), t.tokens[i].capitalized else { return false }
        if t.possessive(i) { return t.isWord(i + 1, possessedWords) || t.isWord(i + 1, relativeWords) || t.isWord(i + 2, possessedWords) }
        var k = i + 1
        if t.isWord(k, ["was", "has", "had", "is"]) { k += 1 }
        return k > i + 1 && (t.has(k, .storyWord) || t.isWord(k, storyVerbs)) || t.isWord(i + 1, ["arrived", "came", "recovered", "survived"])
    }

    static let ageUnits: WordTable = ["ans", "años", "anos", "jaar", "jahre", "år", "anni", "lat", "yo", "yrs", "years"]
    static let dayWords: WordTable = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "christmas", "easter"]
    /// Verbs that follow a sentence's subject in a story, in the languages doctors post in.
    static let subjectVerbs: WordTable = [
        "was", "is", "had", "has", "came", "went", "walked", "asked", "told", "turned", "celebrated", "finished", "got", "spent", "started",
        "learned", "learnt", "arrived", "survived", "brought", "ran", "kept", "never", "still", "just", "came", "sent", "gave", "made", "wrote",
        "kam", "hat", "hatte", "ist", "war", "wurde", "konnte", "kommt", "feiert", "est", "a", "était", "avait", "vient", "fête", "kwam", "heeft",
        "werd", "llegó", "tiene", "tenía", "es", "fue", "chegou", "tem", "teve", "foi", "ay", "alikuja", "amepona", "hält", "hielt", "lebt",
        "won", "beat", "passed", "died", "needed", "needs", "wanted", "wants", "loves", "loved", "does", "did", "can", "could", "will",
    ]

    /// "Babajide came in with…", "Jürgen kam vor drei Wochen…": a given name heading a sentence,
    /// its verb right after it, in a draft that tells a patient's story.
    static func subjectOfStory(_ t: LintText, _ i: Int, draftIsStory: @autoclosure () -> Bool) -> Bool {
        guard i == t.sentenceStart(i) || t.isWord(i - 1, [":", "—", "–"]), !t.has(i, .ambiguousName) else { return false }
        var e = i
        while t.kind(e + 1) == .word, t.tokens[e + 1].capitalized, t.tokens[e + 1].spaceBefore, e < i + 2 { e += 1 }
        if t.word(e + 1) == "-", t.joined(e), t.kind(e + 2) == .word, t.tokens[e + 2].capitalized { e += 2 }
        guard t.isWord(e + 1, subjectVerbs) else { return false }
        return draftIsStory()
    }

    /// Whether a lower-case token can be a name (a given name that is no English word): "my patient aiko", "his wife noor".
    static func lowercaseName(_ t: LintText, _ k: Int) -> Bool {
        t.kind(k) == .word && !t.tokens[k].capitalized && t.has(k, .firstName) && !t.has(k, .ambiguousName) && !t.isWord(k, lowercaseNever)
            && !t.isWord(k, notNames) && t.value(k, months) == nil
    }

    /// Whether the sentence holding token i tells a patient's story.
    static func storySentence(_ t: LintText, _ i: Int) -> Bool {
        var s = t.sentenceStart(i)
        var e = t.sentenceEnd(i)
        // "Patient ID check done: Lucy Ferreira, …": the clause before a colon belongs to it.
        if s > 1, t.word(s - 1) == ":" { s = t.sentenceStart(s - 2) }
        // "…to Tomás and his family; his surgery is tomorrow": the clause after a semicolon too.
        if e > 0, e < t.tokens.count, t.word(e - 1) == ";" { e = t.sentenceEnd(e) }
        return (s..<e).contains { t.has($0, .storyWord) || t.has($0, .patientWord) || t.isWord($0, storyVerbs) }
    }

    /// `identified`: the sentences (by their first token) that hold an identifier already found
    /// (a phone, an email, a date, a record number, an address): a given name there is the
    /// person it identifies ("Please give Jennifer a call on +1 646 555 0127").
    static func names(_ t: LintText, identified: Set<Int> = [], _ add: Add) {
        let message = "a patient's name identifies them: remove it, or use a first initial with written consent"
        // Whether the draft tells a patient's story anywhere (asked only at a name that is a subject).
        lazy var draftIsStory = t.tokens.indices.contains { t.has($0, .storyWord) || t.has($0, .patientWord) }
        var i = 0
        // Token ranges of the names found, for the second pass (the same name again: "Rest easy, Eileen.").
        var spans: [ClosedRange<Int>] = []
        func found(_ a: Int, _ b: Int, start: Int? = nil) {
            // "Hannah's": the excerpt is the name, without the possessive.
            let end = t.possessive(b) ? t.tokens[b].end - 2 : t.tokens[b].end
            add("phi.name", .warning, message, start ?? t.tokens[a].start, end)
            spans.append(a...b)
        }
        while i < t.tokens.count {
            defer { i += 1 }
            // Initials in a patient's story: "for R.K. and his family", "Grateful to J.M.".
            if t.tokens[i].kind == .word, t.tokens[i].capitalized, t.tokens[i].end - t.tokens[i].start == 1, t.word(i + 1) == ".", t.joined(i),
               t.kind(i + 2) == .word, t.tokens[i + 2].end - t.tokens[i + 2].start == 1, t.tokens[i + 2].capitalized, t.joined(i + 1),
               t.word(i + 3) == ".", !(i > 0 && t.joined(i - 1) && t.kind(i - 1) != .symbol) {
                let letters = t.word(i) + t.word(i + 2) + (t.kind(i + 4) == .word && t.tokens[i + 4].end - t.tokens[i + 4].start == 1 && t.joined(i + 3) ? t.word(i + 4) : "")
                var p = i - 1
                if t.word(p) == "." { p -= 1 }
                let titled = t.has(p, .honorific) || t.has(p, .titleWord)
                if !titled, !initialAbbreviations.contains(letters), storySentence(t, i) || t.isWord(i + 4, ["and", "who", "has", "had", "was", "is", "for"]) && t.isWord(i - 1, ["to", "for", "with", "of"]) {
                    let end = letters.count == 3 ? i + 5 : i + 3
                    if let e = nameEnd(t, from: i), !isStaffOrPublic(t, i, e) {
                        found(i, max(e, min(end, t.tokens.count - 1)))
                        i = max(e, end)
                        continue
                    }
                }
            }
            // Names outside the lexicon, by their frame: "the Mokoena family", "delivering Adaeze's third baby".
            // Cheap tests first: only a possessive or a word after "the", "of", "to", "for" goes on.
            if t.tokens[i].kind == .word, t.tokens[i].capitalized, t.possessive(i) || t.isWord(i - 1, frameBefore),
               t.possessive(i) || i > t.sentenceStart(i),
               !allCaps(t, i), !t.isWord(i, notNames), t.value(i, months) == nil, !t.has(i, .drug), t.tokens[i].flags.isDisjoint(with: [.honorific, .titleWord, .nameTrigger]) {
                let family = t.word(i - 1) == "the" && t.isWord(i + 1, ["family", "twins", "household", "family's"]) && !t.isWord(i - 2, placeBefore)
                    && !t.isWord(i + 2, ["practice", "medicine", "clinic", "doctors", "surgery", "health", "centre", "center", "pharmacy", "dental"])
                // "So proud of Wiremu, who…", "Congratulations to Chiamaka on…": praise of someone in a patient's story.
                let praised = !t.has(i, .firstName) && t.isWord(i - 1, ["of", "to", "for"]) && t.isWord(i - 2, praiseWords) && storySentence(t, i)
                    && !t.has(i, .storyWord)
                let owner = !t.has(i, .firstName) && t.possessive(i) && !t.isWord(i + 1, eponymWords) && !t.isWord(i - 1, ["st", "saint", "the", "at"])
                    && (t.isWord(i + 1, relativeWords) && !t.isWord(i + 1, ["little", "partner"]) || (i + 1...i + 2).contains { t.isWord($0, ["mum", "mom", "dad", "wife", "husband", "baby", "daughter", "son", "family", "surgery", "transplant", "recovery", "diagnosis", "blog", "birthday", "funeral", "twins", "gofundme", "fundraiser"]) }
                    && storySentence(t, i))
                if family || owner || praised, !t.isWord(i - 1, publicTitles), !t.isWord(i - 1, colleagueTitles) {
                    let end = praised ? nameEnd(t, from: i) ?? i : i
                    if praised, isStaffOrPublic(t, i, end) { i = end; continue }
                    found(i, end)
                    i = end
                    continue
                }
            }
            // "Tahlia, 19, bitten by…", "Fatoumata, 23 ans, …": a capitalised word heading a
            // sentence with an age in commas is a person, in the lexicon or not.
            if t.tokens[i].kind == .word, t.tokens[i].capitalized, i == t.sentenceStart(i) || t.isWord(i - 1, [":", "—", "–"]),
               t.word(i + 1) == ",", let age = t.number(i + 2), age < 120, t.word(i + 3) == "," || t.isWord(i + 3, ageUnits),
               !allCaps(t, i), !t.isWord(i, notNames), t.value(i, months) == nil, !t.has(i, .drug), t.tokens[i].flags.isDisjoint(with: [.honorific, .titleWord, .nameTrigger]),
               !t.isWord(i, dayWords), !t.isWord(i, ["boy", "girl", "man", "woman", "baby", "child", "kid", "lady", "gentleman", "patient", "mum", "mom",
                                                   "dad", "toddler", "teen", "teenager", "male", "female", "mother", "father", "grandmother", "grandfather",
                                                   "junge", "mädchen", "frau", "mann", "garçon", "fille", "femme", "homme", "niño", "niña", "jongen", "meisje"]), draftIsStory {
                found(i, i)
                continue
            }
            // Every branch below starts at one of these: other words cost one test.
            guard !t.tokens[i].flags.isDisjoint(with: [.honorific, .firstName, .nameTrigger, .titleWord]) else { continue }
            // Mr. Chen, Mrs. Alvarez, Ms Nowak-Kowalska, Herr Müller, Sra. Gómez
            if t.has(i, .honorific), t.tokens[i].capitalized {
                var k = i + 1
                if t.word(k) == ".", t.joined(i) { k += 1 }
                guard let end = nameEnd(t, from: k) else { continue }
                if after(t, end, ["said", "once", "famously"]) || isStaffOrPublic(t, i, end) { i = end; continue }
                found(i, end)
                i = end
                continue
            }
            // Dr. Abiodun Bello, Sir William Osler, nurse Tom: not a patient; the whole name is skipped.
            if t.isWord(i, publicTitles) || t.isWord(i, colleagueTitles), t.tokens[i].capitalized || t.isWord(i, colleagueTitles) && !t.isWord(i, ["doctor"]) {
                var k = i + 1
                if t.word(k) == ".", t.joined(i) { k += 1 }
                if t.kind(k) == .word, t.tokens[k].capitalized, let end = nameEnd(t, from: k) { i = end }
                continue
            }
            let possessive = t.isWord(i - 1, possessiveBefore)
            // "Sister Mary", "Father Declan", "Brother Tom": a religious or nursing title, not a relative.
            if t.isWord(i, religiousTitles), t.tokens[i].capitalized, !possessive, i > t.sentenceStart(i) || t.word(i + 1) != ",",
               t.kind(i + 1) == .word, t.tokens[i + 1].capitalized, let end = nameEnd(t, from: i + 1) {
                i = end
                continue
            }
            // Grandma Lakshmi, Auntie Bisi, Baby Kiri, little mateo (a relative's possessive is the branch below).
            if t.isWord(i, familyTitles), !possessive, t.tokens[i].capitalized || t.isWord(i, ["little", "baby"]) {
                let k = i + 1
                if t.kind(k) == .word, t.tokens[k].spaceBefore, t.tokens[k].capitalized && !t.isWord(k, notNames) && !allCaps(t, k) && t.value(k, months) == nil || lowercaseName(t, k),
                   t.tokens[k].capitalized || t.has(k, .firstName) || t.tokens[i].capitalized,
                   // "Little Rock", "Baby Shark": after "little" or "baby", a known name, a possessive or a story.
                   !t.isWord(i, ["little", "baby"]) || t.has(k, .firstName) || t.possessive(k) || storySentence(t, k),
                   let end = nameEnd(t, from: k, lowercaseOK: lowercaseName(t, k)) {
                    if isStaffOrPublic(t, k, end) { i = end; continue }
                    found(k, end, start: t.isWord(i, ["baby", "little"]) ? t.tokens[i].start : nil)
                    i = end
                    continue
                }
            }
            // my patient John Miller, patient J.M., a patient named Sarah, my patient aiko
            if t.isWord(i, patientTriggers) {
                var k = i + 1
                if t.word(k) == "," { k += 1 }
                if t.isWord(k, ["named", "called"]) { k += 1 }
                if t.has(k, .honorific) { continue }  // the honorific branch takes it, whole
                if t.isWord(i, ["patient's"]) {
                    // "my patient's daughter, Emily": the relative branch takes it.
                    continue
                }
                guard !t.isWord(k, colleagueTitles), t.tokens.indices.contains(k), t.tokens[k].capitalized || lowercaseName(t, k),
                      let end = nameEnd(t, from: k, lowercaseOK: lowercaseName(t, k)) else { continue }
                if isStaffOrPublic(t, k, end) { i = end; continue }
                found(k, end)
                i = end
                continue
            }
            // Her mom Gráinne, my patient's daughter, Emily, his wife Anna, his wife noor
            if t.isWord(i, relativeWords), possessive || t.isWord(i, ["baby", "little"]) {
                var k = i + 1
                if t.word(k) == "," { k += 1 }
                let lower = possessive && lowercaseName(t, k)
                guard t.tokens.indices.contains(k), t.tokens[k].capitalized && !allCaps(t, k) || lower,
                      t.has(k, .firstName) && !t.has(k, .ambiguousName) || possessive,
                      possessive || t.has(k, .firstName) || t.possessive(k) || storySentence(t, k),
                      let end = nameEnd(t, from: k, lowercaseOK: lower) else { continue }
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
            // A given name heading a patient story: "When Linda arrived", "Maria, 54, was diagnosed",
            // "Aaliyah's mum says…", "Proud of Ifeoma, who…".
            // An ambiguous name (Grace, Raj) counts only capitalised after a lower-case word: "When Grace arrived".
            if t.has(i, .firstName), t.tokens[i].capitalized, !t.has(i, .honorific), !allCaps(t, i),
               !t.has(i, .ambiguousName) || i > t.sentenceStart(i) && t.kind(i - 1) == .word && (!t.tokens[i - 1].capitalized || i - 1 == t.sentenceStart(i))
                || ambiguousStartsStory(t, i) {
                var p = i - 1
                if t.word(p) == "." { p -= 1 }
                if t.isWord(p, colleagueTitles) || t.isWord(p, ["mr", "mrs", "ms", "dr", "st", "saint"]) { continue }
                // "in India", "from Victoria", "the Cork marathon", "Creutzfeldt-Jakob": places and eponyms.
                let ownsRelative = t.possessive(i) && t.isWord(i + 1, relativeWords)
                if t.isWord(i - 1, placeBefore) && !t.isWord(i - 2, praiseWords) && !ownsRelative { continue }
                if t.isWord(i - 1, listJoiners), t.isWord(i - 3, placeBefore), t.tokens[i - 2].capitalized { continue }
                if i > 0, t.tokens[i].spaceBefore == false, t.word(i - 1) == "-" { continue }
                let possessiveName = t.possessive(i)
                if possessiveName, t.isWord(i + 1, eponymWords) { continue }
                let owns = possessiveName && (i + 1...i + 3).contains { t.isWord($0, possessedWords) || t.isWord($0, relativeWords) }
                // "Thanks to Sarah for…", "Proud of Ifeoma": a given name praised is a person (staff by role are skipped below).
                let story = owns || storySentence(t, i) || t.isWord(i - 1, frameBefore) && t.isWord(i - 2, praiseWords)
                    || subjectOfStory(t, i, draftIsStory: draftIsStory)
                    || !t.has(i, .ambiguousName) && identified.contains(t.sentenceStart(i)) && t.tokens[i].end - t.tokens[i].start > 2
                        && !t.isWord(i - 1, ["new", "des", "de", "du", "la", "le", "rue", "passing", "port", "fort", "san", "santa", "mount", "lake", "north", "south", "east", "west"])
                // "Will you…", "Bill the insurer": a name is not followed by a pronoun or an article.
                if t.isWord(i + 1, ["you", "we", "i", "it", "they", "he", "she", "this", "that", "the", "a", "an", "your", "our", "me", "us"]) { continue }
                guard story, let end = nameEnd(t, from: i) else { continue }
                if isStaffOrPublic(t, i, end) { i = end; continue }
                // "Jordan, Florence and Charlotte are all places…": a list of places.
                if (t.sentenceStart(i)..<t.sentenceEnd(i)).contains(where: { t.isWord($0, placeListWords) }) { i = end; continue }
                found(i, end)
                i = end
            }
        }
        // The same name again, elsewhere in the draft: "Eileen Brennan … Rest easy, Eileen."
        guard !spans.isEmpty else { return }
        // Compared by their 64-bit hashes (a possessive by its stem's): no strings built or compared.
        func stemHash(_ k: Int) -> UInt64 { t.possessive(k) ? Lexicon.hash(String(t.tokens[k].lower.dropLast(2))) : t.tokens[k].hash }
        var known: [UInt64] = []
        for r in spans {
            for k in r where t.kind(k) == .word && t.tokens[k].capitalized && !t.has(k, .honorific) && !t.isWord(k, nameParticles) && t.tokens[k].end - t.tokens[k].start > 1 {
                known.append(stemHash(k))
            }
        }
        guard !known.isEmpty else { return }
        var k = 0
        while k < t.tokens.count {
            defer { k += 1 }
            guard t.tokens[k].kind == .word, t.tokens[k].capitalized, known.contains(stemHash(k)), !spans.contains(where: { $0.contains(k) }) else { continue }
            guard !t.isWord(k - 1, publicTitles) else { continue }
            let end = nameEnd(t, from: k) ?? k
            let e = t.possessive(end) ? t.tokens[end].end - 2 : t.tokens[end].end
            add("phi.name", .warning, message, t.tokens[k].start, e)
            k = end
        }
    }

    private static func after(_ t: LintText, _ end: Int, _ words: [String]) -> Bool {
        t.isWord(end + 1, words) && (t.word(end + 1) != "said" || t.isWord(end + 2, ["it", "best"]))
    }
}
