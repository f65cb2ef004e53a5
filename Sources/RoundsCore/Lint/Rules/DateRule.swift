/// `phi.date`: a date more precise than a year tied to a person, numeric in every order and
/// separator, with month names (English, French, German), and holidays; not practice events,
/// observances, approvals or publications.
extension PHIRules {
    /// `phi.date`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let dateExamples: RuleExamples = (["She was admitted on 03/14/2026.", "He was discharged on 14.03.2026.", "Her surgery was on 2026/02/27.", "Seen on 3/14 for a review.",
          "She was diagnosed on the 3rd of March.", "He had his operation on Tuesday 4 March.", "Il a été opéré le 3 mars 2026.",
          "After her stroke on Christmas Eve 2025, she learned to walk again.", "She was born on 12/07/1958.",
          "Her birthday is 7/22 and she'll be 93.", "Er wurde am 3. Januar 2026 entlassen.", "She was born in March 1931 and lives alone."],
         ["World Heart Day is on September 29 every year.", "November 14 is World Diabetes Day.", "The FDA approved the drug on May 2, 2025.",
          "Flu vaccines arrive October 1.", "About 3/4 of adults skip breakfast.", "Take it for 5/7 days.", "Our clinic closes on 24 December.",
          "Blood pressure of 120/80 is normal.", "In 2024 we saw 1,200 patients.",
          "Florence Nightingale was born on 12 May 1820.", "Fun fact: the first kidney transplant took place on 23 December 1954.",
          "World Kidney Day falls on the second Thursday of March: 12 March 2026 this year.", "Le cabinet sera fermé du 3 au 14 août 2026."])

    static let months: WordTable = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
        "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
        // French and German (a day number must stand next to them)
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
        "oktober": 10, "dezember": 12,
        // Spanish, Portuguese, Italian, Dutch, the Nordic languages, Polish (genitive) and Swahili
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9,
        "octubre": 10, "noviembre": 11, "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
        "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5,
        "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5,
        "augustus": 8, "desember": 12, "augusti": 8, "maj": 5, "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5,
        "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12, "machi": 3,
        "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12, "marso": 3, "hunyo": 6,
        "hulyo": 7, "setyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12,
    ]
    /// Month names that are also ordinary words: only capitalized ones count.
    static let ambiguousMonths: WordTable = ["may", "march", "mar", "june", "april", "august", "jan", "dec", "sept", "sep", "jun"]

    static func monthAt(_ t: LintText, _ i: Int) -> Int? {
        guard t.has(i, .month), let m = t.value(i, months) else { return nil }
        if t.isWord(i, ambiguousMonths), !t.tokens[i].capitalized { return nil }
        return m
    }

    /// A day number (1–31) at token i, with an optional ordinal suffix; returns the last token index.
    static func dayAt(_ t: LintText, _ i: Int) -> Int? {
        guard let n = t.number(i), (1...31).contains(n), t.tokens[i].lower.count <= 2 else { return nil }
        if t.joined(i), t.isWord(i + 1, ["st", "nd", "rd", "th"]) { return i + 1 }
        if t.joined(i), t.kind(i + 1) == .word { return nil }  // 3mg, 5km
        // Not a time (3:30) or a quantity (5%).
        if t.joined(i), ["%", ":"].contains(t.word(i + 1)) { return nil }
        return i
    }

    static let eventWords: WordTable = ["clinic", "office", "we", "we'll", "we're", "we've", "our", "open", "opens", "closed", "close", "closes",
                                          "reopen", "reopens", "event", "drive", "fair", "webinar", "hours", "holiday", "holidays",
                                          "join", "class", "workshop", "deadline", "enrollment", "season", "awareness", "celebrate", "until", "by",
                                          // public dates: observances, approvals, publications, campaigns, recalls
                                          "approved", "approval", "published", "publishes", "launched", "launches", "launch", "declared",
                                          "announced", "arrive", "arrives", "available", "campaign", "programme", "program", "begins",
                                          "begin", "starts", "runs", "falls", "annual", "annually", "every", "yearly", "recall", "recalled",
                                          "guideline", "guidelines", "guidance", "deadline", "registration", "registrations", "conference",
                                          "congress", "summit", "festival", "marathon", "run", "walk", "fundraiser", "camp", "evening",
                                          "session", "sessions", "talk", "live", "save", "practice", "surgery", "pharmacy", "team",
                                          "all", "everyone", "welcome", "free", "founded", "serving", "since", "effective", "rollout",
                                          "study", "trial", "research", "journal", "fda", "ema", "mhra", "cdc", "nhs", "hse", "tga",
                                          "moves", "move", "bank", "clocks", "international", "national", "global", "world",
                                          // history, observances of faiths and campaigns, expectations
                                          "took", "history", "historic", "historical", "anniversary", "fact", "kicks", "movember", "ramadan",
                                          "eid", "lent", "diwali", "expected", "around", "dr", "closure", "closing", "reopening", "vaccinations",
                                          // French and German practice news
                                          "absent", "absente", "fermé", "fermée", "fermeture", "campagne", "vaccination", "commence", "ouvert",
                                          "ouverture", "urgences", "cabinet", "rendez-vous", "journée", "mondiale", "semaine", "praxis",
                                          "geschlossen", "urlaub", "sprechstunde", "impfung", "grippe", "impfaktion", "ab", "bis",
                                          "wir", "unsere", "unser", "bieten", "aktion", "wij", "onze", "praktijk", "prikken", "griepprik",
                                          "nous", "notre", "nuestra", "nuestro", "clínica", "consulta", "gesloten", "geopend", "cerrado", "abierto",
                                          "mundial", "mondial", "dia", "día", "nieuw", "nieuwe", "adres", "vanaf", "iedereen", "welkom", "bienvenue",
                                          "willkommen", "neue", "adresse", "nouvelle", "nueva", "dirección", "voorlichtingsavond", "avond"]
    /// Observance and holiday names: a date named after one is public unless tied to a person.
    static let observanceWords: WordTable = ["day", "week", "month", "eve"]
    static let personWords: WordTable = ["he", "she", "his", "her", "him", "patient", "patient's", "born", "admitted", "discharged",
                                           "diagnosed", "birthday", "died", "passed", "chemo", "seen", "delivered", "operated",
                                           "transplant", "stroke", "collapsed", "fell", "broke", "mum", "dad", "son", "daughter", "husband", "wife",
                                           "baby", "my", "dob", "patiënt", "patiente", "patientin", "paciente", "patiënte", "née", "né",
                                           "geboren", "nació", "nasceu", "internada", "internado", "opname", "opgenomen", "aufgenommen", "hospitalisé",
                                           "hospitalisée", "overleden", "décédé", "décédée", "verstorben", "falleció", "nous", "quittés"]

    /// Whether a date is practice news (an opening, an event) rather than a fact about a person.
    static func isEventDate(_ t: LintText, start: Int) -> Bool {
        let i = t.tokenIndex(atOrAfter: start)
        var s = t.sentenceStart(min(i, max(0, t.tokens.count - 1)))
        let e = t.sentenceEnd(min(i, max(0, t.tokens.count - 1)))
        // "World Kidney Day falls on the second Thursday of March: 12 March 2026 this year."
        if s > 1, t.word(s - 1) == ":" { s = t.sentenceStart(s - 2) }
        // A year before 1900 is history, not a patient ("born on 12 May 1820").
        if ContentRules.span(i, min(e, i + 6)).contains(where: { t.kind($0) == .number && t.tokens[$0].lower.count == 4 && t.tokens[$0].value >= 1000 && t.tokens[$0].value < 1900 }) { return true }
        // "Fun fact: the first human heart transplant took place on 3 December 1967": history, told as history.
        if ContentRules.span(i, min(e, i + 6)).contains(where: { t.kind($0) == .number && t.tokens[$0].lower.count == 4 && t.tokens[$0].value < 1990 }),
           (s..<e).contains(where: { t.isWord($0, ["first", "history", "historic", "fact", "anniversary", "took", "invented", "discovered"]) }) { return true }
        let words = (s..<e).map { t.word($0) }
        if words.contains(where: personWords.contains) { return false }
        if words.contains(where: eventWords.contains) { return true }
        // "Weltdiabetestag ist am 14. November", "Wereldhartdag": a day's name in one word.
        if (s..<e).contains(where: { k in
            let w = t.tokens[k].lower
            return t.tokens[k].capitalized && w.count > 6 && (w.hasSuffix("tag") || w.hasSuffix("dag") || w.hasPrefix("welt") || w.hasPrefix("wereld") || w.hasPrefix("journée"))
        }) { return true }
        // "World Heart Day is on 29 September", "Mental Health Awareness Week": a capitalised
        // observance name in the sentence.
        return (s..<e).contains { t.isWord($0, observanceWords) && t.tokens[$0].capitalized && $0 > s && t.tokens[$0 - 1].capitalized }
    }

    static func dates(_ t: LintText, _ realAdd: Add) {
        let message = "a date more precise than a year, tied to a patient, is an identifier: say 'recently' or give the year only"
        func add(_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) {
            if !isEventDate(t, start: start) { realAdd(rule, severity, message, start, end) }
        }
        let s = t.scalars
        // Numeric dates: 03/14/2026, 14.03.2026, 2026-03-14, 3/4/26.
        var i = 0
        while i < s.count {
            guard LintText.isDigit(s[i]), i == 0 || !(LintText.isDigit(s[i - 1]) || s[i - 1] == "/" || s[i - 1] == "." || s[i - 1] == "-") else { i += 1; continue }
            var j = i
            // A run of digits with no date separator in it (most numbers) is no date: skipped
            // before any array is built.
            do {
                var e = i
                while e < s.count, LintText.isDigit(s[e]), e - i < 5 { e += 1 }
                if e - i < 5, !(e < s.count && s[e].isAny(of: "/.-") && e + 1 < s.count && LintText.isDigit(s[e + 1])) {
                    i = max(i + 1, e)
                    continue
                }
            }
            var groups: [Int] = []
            var lens: [Int] = []
            var seps: [Unicode.Scalar] = []
            var value = 0, len = 0
            while j < s.count {
                if LintText.isDigit(s[j]) {
                    value = value * 10 + Int(s[j].value - 48)
                    len += 1
                } else if s[j].isAny(of: "/.-"), j + 1 < s.count, LintText.isDigit(s[j + 1]), len > 0 {
                    groups.append(value); lens.append(len); seps.append(s[j]); value = 0; len = 0
                } else {
                    break
                }
                if len > 4 { break }
                j += 1
            }
            if len > 0 { groups.append(value); lens.append(len) }
            defer { i = max(i + 1, j) }
            // Day and month without a year (3/14, 11/03, 25/12): only "on", "seen", "since"… a
            // person, never a fraction (3/4 of adults), a ratio (5/7 days) or a reading.
            if groups.count == 2, seps == ["/"], lens[0] <= 2, lens[1] <= 2, j >= s.count || !(LintText.isDigit(s[j]) || LintText.isLetter(s[j])) {
                let (a, b) = (groups[0], groups[1])
                let k = t.tokenIndex(atOrAfter: i)
                let last = t.tokenIndex(atOrAfter: j)
                let valid = ((1...12).contains(a) && (1...31).contains(b)) || ((1...31).contains(a) && (1...12).contains(b))
                let owned = t.isWord(k - 1, ["is", "was", ":"]) && t.isWord(k - 2, ["birthday", "dob", "anniversary", "bday"])
                if valid, owned || t.isWord(k - 1, ["on", "since", "seen", "admitted", "discharged", "dated", "born", "until", "till", "from", "operated", "died", "dob"]),
                   !t.isWord(last, ["of", "days", "weeks", "day", "week", "tablet", "tablets", "dose", "cup", "cups", "teaspoon", "%"]) {
                    add("phi.date", .error, message, i, j)
                }
                continue
            }
            guard groups.count == 3, Set(seps).count == 1, j >= s.count || !(LintText.isDigit(s[j]) || LintText.isLetter(s[j])) else { continue }
            if lens == [4, 2, 2] || lens == [4, 1, 1] || lens == [4, 1, 2] || lens == [4, 2, 1] {
                if (1...12).contains(groups[1]), (1...31).contains(groups[2]) { add("phi.date", .error, message, i, j) }
            } else if (lens[2] == 4 || lens[2] == 2), lens[0] <= 2, lens[1] <= 2 {
                let (a, b) = (groups[0], groups[1])
                if ((1...12).contains(a) && (1...31).contains(b)) || ((1...31).contains(a) && (1...12).contains(b)) {
                    add("phi.date", .error, message, i, j)
                }
            }
        }
        // Month names: March 3rd, Dec. 2, 2025, 3 March 2025, the 14th of February.
        var k = 0
        while k < t.tokens.count {
            defer { k += 1 }
            if let _ = monthAt(t, k) {
                // "born in March 1931": a month and year of birth is a date of birth.
                if t.isWord(k - 1, ["in"]), t.isWord(k - 2, ["born"]), let n = t.number(k + 1), t.tokens[k + 1].lower.count == 4, (1900...2100).contains(n) {
                    add("phi.date", .error, message, t.tokens[k].start, t.tokens[k + 1].end)
                    k += 1
                    continue
                }
                var d = k + 1
                if t.word(d) == ".", t.joined(k) { d += 1 }
                // "sinds maart 2025", "since March 2025", "in June 2024": a month and year, when
                // the sentence is about a person (the brief's "a month with a year tied to a patient").
                if dayAt(t, d) == nil, let n = t.number(k + 1), t.tokens[k + 1].lower.count == 4, (1900...2100).contains(n),
                   (t.sentenceStart(k)..<t.sentenceEnd(k)).contains(where: { t.isWord($0, personWords) && !t.isWord($0, ["my"]) }) {
                    add("phi.date", .error, message, t.tokens[k].start, t.tokens[k + 1].end)
                    k += 1
                    continue
                }
                guard let dayEnd = dayAt(t, d) else { continue }
                var end = dayEnd
                // An optional year: ", 2025" or " 2025".
                var y = end + 1
                if t.word(y) == "," { y += 1 }
                if let n = t.number(y), t.tokens[y].lower.count == 4, (1900...2100).contains(n) { end = y }
                add("phi.date", .error, message, t.tokens[k].start, t.tokens[end].end)
                k = end
            } else if let dayEnd = dayAt(t, k) {
                var m = dayEnd + 1
                if t.word(m) == "of" || t.word(m) == "de" && dayEnd == k { m += 1 }
                // German: "3. Januar 2026"
                if t.word(m) == ".", t.joined(dayEnd), dayEnd == k, monthAt(t, m + 1) != nil { m += 1 }
                guard monthAt(t, m) != nil else { continue }
                // "of" needs an ordinal (the 14th of February), not "3 of March".
                if t.word(dayEnd + 1) == "of", dayEnd == k { continue }
                var end = m
                if t.word(m + 1) == ".", t.joined(m), ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(t.word(m)) { end = m + 1 }
                var y = end + 1
                if t.word(y) == "," || t.word(y) == "de" { y += 1 }
                if let n = t.number(y), t.tokens[y].lower.count == 4, (1900...2100).contains(n) { end = y }
                add("phi.date", .error, message, t.tokens[k].start, t.tokens[end].end)
                k = end
            }
        }
    }

    /// Holidays that name a day of the year.
    static let holidayPhrases: [[String]] = [
        ["christmas", "eve"], ["christmas", "day"], ["christmas"], ["new", "year's", "day"], ["new", "year's", "eve"], ["new", "year's"],
        ["boxing", "day"], ["easter", "sunday"], ["easter", "monday"], ["good", "friday"], ["easter"], ["thanksgiving"], ["halloween"],
        ["valentine's", "day"], ["st", "patrick's", "day"], ["diwali"], ["hanukkah"], ["bastille", "day"], ["canada", "day"],
        ["australia", "day"], ["independence", "day"], ["mother's", "day"], ["father's", "day"], ["labor", "day"], ["labour", "day"],
        ["memorial", "day"], ["anzac", "day"], ["remembrance", "day"], ["st", "stephen's", "day"],
        ["heiligabend"], ["silvester"], ["sinterklaasavond"], ["sinterklaas"], ["koningsdag"], ["matariki"], ["waitangi", "day"],
        ["freedom", "day"], ["heritage", "day"], ["youth", "day"], ["madaraka", "day"], ["jamhuri", "day"], ["mashujaa", "day"],
        ["sallah", "day"], ["sallah"], ["deepavali"], ["holi"], ["pongal"], ["onam"], ["noche", "buena"], ["nochebuena"],
        ["noël"], ["réveillon"], ["la", "toussaint"], ["pâques"], ["ostern"], ["pfingsten"], ["hari", "raya"], ["chinese", "new", "year"],
        ["lunar", "new", "year"], ["republic", "day"], ["guy", "fawkes", "night"], ["bonfire", "night"], ["burns", "night"],
        ["hogmanay"], ["juneteenth"], ["día", "de", "muertos"], ["día", "de", "reyes"], ["midsommar"], ["kerstavond"], ["kerstmis"],
        ["tweede", "kerstdag"], ["eerste", "kerstdag"], ["navidad"], ["natale"], ["vigilia", "di", "natale"],
    ]
    static let holidayFirstWords = WordTable(holidayPhrases.map { $0[0] })

    /// "After her stroke on Christmas Eve 2025": a holiday with a year, or after "on", tied to a person.
    static func holidayDates(_ t: LintText, _ add: Add) {
        let message = "a holiday is a date: tied to a patient, it identifies them; say 'over the holidays' or give the year only"
        var i = 0
        while i < t.tokens.count {
            defer { i += 1 }
            guard t.tokens[i].capitalized, t.isWord(i, holidayFirstWords),
                  let p = holidayPhrases.first(where: { t.matches($0, at: i) }) else { continue }
            var end = i + p.count - 1
            if t.word(end + 1) == ",", let n = t.number(end + 2), (1900...2100).contains(n) { end += 2 } else if let n = t.number(end + 1), (1900...2100).contains(n) { end += 1 }
            let s = t.sentenceStart(i), e = t.sentenceEnd(i)
            let person = (s..<e).contains { t.isWord($0, personWords) || t.has($0, .firstName) && t.tokens[$0].capitalized && !t.isWord($0, holidayFirstWords) && $0 != s }
            guard person, end > i + p.count - 1 || t.isWord(i - 1, ["on", "since"]), !isEventDate(t, start: t.tokens[i].start) else { i = end; continue }
            add("phi.date", .error, message, t.tokens[i].start, t.tokens[end].end)
            i = end
        }
    }
}
