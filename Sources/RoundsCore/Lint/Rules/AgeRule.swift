/// `phi.age`: an age over 89 (HIPAA Safe Harbor keeps 90 and over as one group), in digits or
/// words, in the forms people write them: `93-year-old`, `ninety-two-year-old`, `aged 90`,
/// `Mr. Kowalski, 91,`, `(92)`, `At 95, she…`, `turned a hundred and one`, `now ninety-four`,
/// `in her 91st year`, `100th birthday`, `90 yo`. Not a population (`adults over 90`, `90-year-olds`),
/// not a thing (`the 90-year-old guideline`), not a measurement (`at 95%`, `at 90 mmHg`).
extension PHIRules {
    /// `phi.age`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let ageExamples: RuleExamples = (["Mr. Kowalski, 91, still walks daily.", "Our ninety-two-year-old patient loves crosswords.", "At 95, she still drives.",
          "She is aged 90 and sharp as ever.", "Happy 100th birthday to our patient!", "In her 91st year she took up painting.",
          "She turned a hundred and one on Sunday.", "A 97-year-old man came in with a fall.", "At the age of 97 he had his first operation.",
          "Visited Eileen at the nursing home; she's 102 and asked if I'd qualified yet.", "He's ninety-three and has never taken a regular tablet.",
          "His mum, 92, sat in on the consultation.", "Our 96-yo patient's top tip: keep walking.", "She celebrated her ninety-eighth birthday on our rehab ward.",
          "Today we celebrated Mrs. Whitaker's 100th at the surgery.", "Celebrating Señora Ramírez's 99th birthday on the rehab ward."],
         ["Our practice celebrates its 100th birthday this year.", "Happy 100th birthday to the Royal College of Nursing!", "The 90-year-old guideline was finally updated.", "Adults over 90 years old need extra care.", "A 45-year-old man came in.",
          "Her oxygen was at 95% on arrival.", "People aged 90 and over get home visits.", "He is in his 90s.",
          "Nigeria's emergency number is 112; for ambulances in Lagos, also try 767."])

    static let numberWords: WordTable = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    static let ordinalWords: WordTable = [
        "ninetieth": 90, "hundredth": 100, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9,
    ]
    /// "years" after an age in other languages ("98 ans", "96 años", "104 jaar").
    static let foreignYears: WordTable = ["ans", "años", "anos", "jaar", "jahre", "jahren", "år", "anni", "lat", "vuotta", "éves", "ετών", "yaşında"]
    /// One word for "N-year-old" ("97-jährige", "93-jarige", "92-årig", "95enne").
    static let foreignYearOld: WordTable = ["jährige", "jähriger", "jährigen", "jähriges", "jarige", "årig", "åring", "årige", "enne", "ans", "añera", "añero"]
    /// What a `N-year-old` can be that is not a person.
    static let thingNouns: WordTable = ["guideline", "guidelines", "law", "building", "tradition", "practice", "clinic", "hospital",
                                          "company", "tree", "house", "rule", "recipe", "institution", "charity", "treatment", "drug",
                                          "study", "method", "bridge", "church", "record", "vaccine", "technique", "policy", "textbook",
                                          "brand", "business", "school", "theory", "trial", "myth", "photo", "letter", "advice"]
    static let measureWords: WordTable = ["%", "percent", "mmhg", "mg", "kg", "km", "mph", "bpm", "degrees", "°", "minutes", "mins",
                                            "seconds", "days", "weeks", "months", "per", "mmol", "ml", "cm", "miles", "metres", "meters",
                                            "beats", "steps", "pounds", "lbs", "units", "x", "/", "-", ":"]

    /// A number in digits or words at token i: its value and its last token.
    static func numberValue(_ t: LintText, _ i: Int) -> (value: Int, end: Int)? {
        if let n = t.number(i) {
            // 1,000 is a thousand, not one.
            if t.word(i + 1) == ",", t.joined(i), t.kind(i + 2) == .number, t.tokens[i + 2].lower.count == 3, t.joined(i + 1) { return nil }
            return (n, i)
        }
        var k = i
        var value = 0
        if t.isWord(k, ["a", "one"]), t.word(k + 1) == "hundred" {
            value = 100
            k += 1
        } else if t.word(k) == "hundred" {
            value = 100
        } else if let tens = t.value(k, numberWords) {
            value = tens
            if tens >= 20, tens % 10 == 0 {
                if t.word(k + 1) == "-", let unit = t.value(k + 2, numberWords), unit < 10, t.joined(k) { return (tens + unit, k + 2) }
                if let unit = t.value(k + 1, numberWords), unit < 10 { return (tens + unit, k + 1) }
            }
            return (value, k)
        } else {
            return nil
        }
        // "a hundred and one", "one hundred and two", "a hundred"
        var m = k + 1
        if t.word(m) == "and" { m += 1 }
        if let rest = numberValue(t, m), rest.value < 100, t.kind(m) == .word { return (value + rest.value, rest.end) }
        return (value, k)
    }

    static let agePopulationWords: WordTable = ["over", "under", "above", "below", "than", "least", "most", "past", "beyond", "aged", "from", "to",
                                       "between", "and", "or", "all", "those", "people", "adults", "patients"]

    static let agePersonWords: WordTable = ["she", "he", "her", "his", "him", "patient", "patients", "man", "woman", "lady", "gentleman",
                                         "grandmother", "grandfather", "mum", "mom", "dad", "they", "i", "my", "our", "still"]

    /// Every word an age finding can start from (the rest are skipped at once): the words
    /// themselves, the ordinals, and the number words that reach 90 (`ninety`, `a`/`one hundred`).
    static let ageStartWords = ["nonagenarian", "centenarian", "supercentenarian", "ninetieth", "hundredth", "ninety", "hundred", "a", "one"]

    static let institutionWords: WordTable = ["its", "college", "hospital", "practice", "clinic", "society", "association", "charity",
                                                "foundation", "trust", "service", "nhs", "university", "school", "journal", "department",
                                                "ward", "unit", "centre", "center", "infirmary", "institute", "academy", "federation", "company"]

    /// "Our practice celebrates its 100th birthday", "Happy 100th birthday to the Royal College": an
    /// institution's anniversary, when no person is in the sentence.
    static func institutionBirthday(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i), e = t.sentenceEnd(i)
        if t.isWord(i - 1, ["its"]) { return true }
        return (s..<e).contains { t.isWord($0, institutionWords) } && !(s..<e).contains { t.isWord($0, ["he", "she", "her", "his", "him", "patient", "patient's", "patients", "mum", "dad", "grandma", "grandpa", "nan", "my"]) || t.has($0, .firstName) && t.tokens[$0].capitalized && $0 > s
            || t.has($0, .honorific) && t.tokens[$0].capitalized }
    }

    static func ages(_ t: LintText, _ add: Add) {
        let message = "an age over 89 is an identifier under HIPAA: say 'in their 90s' only if needed, or leave the age out"
        var i = 0
        while i < t.tokens.count {
            defer { i += 1 }
            // Only a number of two digits or more, or a word in ageStartWords, can start an age.
            switch t.tokens[i].kind {
            case .symbol: continue
            case .word: if !t.tokens[i].flags.contains(.ageWord) { continue }
            case .number: if t.tokens[i].end - t.tokens[i].start < 2 { continue }
            }
            if t.isWord(i, ["nonagenarian", "centenarian", "supercentenarian"]) {
                add("phi.age", .error, message, t.tokens[i].start, t.tokens[i].end)
                continue
            }
            // "in her 91st year", "100th birthday", "hundredth birthday"
            if let n = t.number(i), n >= 90, n < 125, t.joined(i), t.isWord(i + 1, ["st", "nd", "rd", "th"]) {
                // "Mrs. Whitaker's 100th at the surgery": a person's ordinal is their birthday.
                if t.possessive(i - 1), t.tokens[i - 1].capitalized, !t.isWord(i + 2, ["anniversary", "year", "edition", "season"]), !institutionBirthday(t, i) {
                    add("phi.age", .error, message, t.tokens[i].start, t.tokens[i + 1].end)
                    i += 1
                    continue
                }
                if t.isWord(i + 2, ["birthday", "bday", "year"]), t.word(i + 2) != "year" || t.isWord(i - 1, ["her", "his", "their", "my"]),
                   !isEventDate(t, start: t.tokens[i].start), !institutionBirthday(t, i) {
                    let start = t.word(i + 2) == "year" ? i - 1 : i
                    add("phi.age", .error, message, t.tokens[start].start, t.tokens[i + 2].end)
                    i += 2
                }
                continue
            }
            if t.isWord(i, ["ninetieth", "hundredth"]), t.isWord(i + 1, ["birthday", "bday"]), !institutionBirthday(t, i) {
                add("phi.age", .error, message, t.tokens[i].start, t.tokens[i + 1].end)
                continue
            }
            // "her ninety-eighth birthday"
            if t.word(i) == "ninety", t.word(i + 1) == "-", t.joined(i), t.value(i + 2, ordinalWords).map({ $0 < 10 }) == true,
               t.isWord(i + 3, ["birthday", "bday"]), !institutionBirthday(t, i) {
                add("phi.age", .error, message, t.tokens[i].start, t.tokens[i + 3].end)
                i += 3
                continue
            }
            guard let (n, numEnd) = numberValue(t, i), n >= 90, n < 125 else { continue }
            if t.kind(i) == .number, t.tokens[i].lower.count > 3 { continue }
            var start = i
            var end: Int?
            // 93-year-old, 93 year old, ninety-two-year-old, 93 years old, 93-yr-old, 93 years young
            var k = numEnd + 1
            if t.word(k) == "-" { k += 1 }
            if t.isWord(k, ["year", "years", "yr", "yrs"]) {
                var m = k + 1
                if t.word(m) == "-" { m += 1 }
                if t.isWord(m, ["old", "young"]) {
                    // Not "90-year-olds" (a population) or "the 90-year-old guideline" (a thing).
                    if t.word(m + 1) == "s", t.joined(m) { continue }
                    if t.word(m + 1) == "-", t.word(m + 2) == "olds" { continue }
                    if t.isWord(m + 1, thingNouns) { continue }
                    end = m
                }
            }
            // "98 ans", "96 años", "102 anos", "104 jaar", "mit 102 Jahren", "93 år": an age in the
            // languages doctors post in (a person's, unless a population or a thing says otherwise).
            // ("dos 90 anos", "Über-90-Jährige", "die 90-Jährigen-Studie": a group or a thing.)
            let group = t.isWord(i - 1, ["dos", "des", "los", "las", "die", "den", "über", "ab", "dei", "degli", "-"]) || t.word(i - 1) == "-"
            if end == nil, !group, t.isWord(numEnd + 1, foreignYears), !t.isWord(numEnd + 2, ["old", "oude", "alten"]) { end = numEnd + 1 }
            // "97-jährige", "93-jarige", "92-årig", "95enne": one word for "N-year-old".
            if end == nil, !group, t.word(numEnd + 1) == "-", t.joined(numEnd), t.isWord(numEnd + 2, foreignYearOld), !(t.joined(numEnd + 2) && t.word(numEnd + 3) == "-") { end = numEnd + 2 }
            if end == nil, t.joined(numEnd), t.isWord(numEnd + 1, foreignYearOld) { end = numEnd + 1 }
            // "mit 102 friedlich eingeschlafen", "à 96 ans": the German "mit" before an age that stands alone.
            if end == nil, t.isWord(i - 1, ["mit"]), t.kind(numEnd + 1) == .word, !t.isWord(numEnd + 1, measureWords) && !t.isWord(numEnd + 1, ContentRules.doseUnits),
               (t.sentenceStart(i)..<t.sentenceEnd(i)).contains(where: { t.isWord($0, agePersonWords) || t.has($0, .honorific) || t.isWord($0, familyTitles) }) {
                end = numEnd
                start = i - 1
            }
            // 90 yo, 90 y/o, 90 y.o., 90yo
            if end == nil, t.isWord(numEnd + 1, ["yo", "yoa"]) { end = numEnd + 1 }
            if end == nil, t.word(numEnd + 1) == "-", t.joined(numEnd), t.isWord(numEnd + 2, ["yo", "yoa"]) { end = numEnd + 2 }
            if end == nil, t.word(numEnd + 1) == "y", ["/", "."].contains(t.word(numEnd + 2)), t.word(numEnd + 3) == "o" {
                end = t.word(numEnd + 4) == "." && t.joined(numEnd + 3) ? numEnd + 4 : numEnd + 3
            }
            let next = t.word(numEnd + 1)
            let bare = numEnd + 1 >= t.tokens.count || [",", ".", ")", "!", ";", "and", "but", "when", "who", "she", "he", "now", "years", "on", "in", "last", "this", "today", "yesterday", "next"].contains(next)
            // aged 96, age 92, age: 92
            if end == nil, t.isWord(i - 1, ["aged", "age"]), !measureWords.contains(next) { end = numEnd; start = i - 1 }
            if end == nil, t.word(i - 1) == ":", t.word(i - 2) == "age" { end = numEnd; start = i - 2 }
            // "at the age of 97", "aged about 93"
            if end == nil, t.word(i - 1) == "of", t.word(i - 2) == "age", !measureWords.contains(next), !t.isWord(i - 3, ["average", "mean", "median", "retirement"]) {
                end = numEnd
                start = t.isWord(i - 3, ["the"]) ? i - 3 : i - 2
            }
            // turned 101, now ninety-four, reached 100, is 93 (followed by nothing that measures)
            // "she's 102", "He's ninety-three and…": a person's age; not "the emergency number is 112".
            if end == nil, t.isWord(i - 1, ["she's", "he's", "i'm", "she’s", "he’s", "i’m"]), bare || next == "-" { end = numEnd; start = i - 1 }
            if end == nil, t.isWord(i - 1, ["is", "was"]), t.isWord(i - 2, ["number", "line", "code", "score", "rate", "room", "bed", "ward", "page", "level", "reading", "count", "saturation", "sats"]) { continue }
            if end == nil, t.isWord(i - 1, ["turned", "turns", "turning", "now", "reached", "reaches", "celebrating", "is", "was"]), bare {
                end = numEnd
                start = i - 1
            }
            // At 95, she…; still sharp at 99.
            if end == nil, t.word(i - 1) == "at", bare || next == ",",
               i - 1 == t.sentenceStart(i) || (t.sentenceStart(i)..<t.sentenceEnd(i)).contains(where: { t.isWord($0, agePersonWords) }) {
                end = numEnd
                start = i - 1
            }
            // Apposition after a name: "Mr. Kowalski, 91, still…", "Mrs. Byrne (92)", "My patient, 96, was…"
            if end == nil, t.word(i - 1) == "," || t.word(i - 1) == "(", [",", ")"].contains(next) {
                let p = i - 2
                if p >= 0, t.kind(p) == .word, t.tokens[p].capitalized || t.isWord(p, ["patient", "grandmother", "grandfather", "man", "woman", "resident", "gentleman", "lady"]) || t.isWord(p, relativeWords),
                   !t.isWord(p, months) {
                    end = numEnd
                }
            }
            guard let last = end else { continue }
            // A population: "adults over 90 years old", "people aged 90 and over"
            if start == i, t.isWord(i - 1, agePopulationWords) { continue }
            if t.isWord(last + 1, ["and", "or", "en", "et", "y", "und", "e", "och", "og"]),
               t.isWord(last + 2, ["over", "above", "older", "up", "ouder", "plus", "älter", "mehr", "más", "mas", "oltre", "più", "äldre", "eldre", "ældre"]) { continue }
            if t.isWord(last + 1, ["plus", "und", "oder"]), t.isWord(last + 2, ["älter", "mehr"]) { continue }
            if t.word(last + 1) == "+" { continue }
            add("phi.age", .error, message, t.tokens[start].start, t.tokens[last].end)
            i = last
        }
    }
}
