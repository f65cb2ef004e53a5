/// Rules for HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)).
enum PHIRules {
    typealias Add = (_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) -> Void

    // MARK: - Email

    static let practiceWords: Set<String> = ["our", "us", "office", "clinic", "practice", "reception", "desk", "hotline", "helpline",
                                             "lifeline", "we", "we're", "booking", "book", "scheduling"]
    static let personalWords: Set<String> = ["his", "her", "him", "she", "he", "lives", "home", "neighbor's", "patient", "patient's", "daughter's", "son's", "wife's", "husband's",
                                             "mother's", "father's", "family", "caregiver", "mrs", "mr", "ms", "their", "cell"]

    /// Whether a contact detail at this offset is the practice's own ("call our office at …").
    static func isPracticeContact(_ t: LintText, start: Int) -> Bool {
        let i = min(t.tokenIndex(atOrAfter: start), t.tokens.count)
        guard i > 0 else { return false }
        // The words around it, back to the last full stop (a colon does not end the phrase).
        var s = i
        while s > 0, i - s < 10, ![".", "!", "?"].contains(t.word(s - 1)) { s -= 1 }
        // A label-only line ("Fax: …") belongs with the sentence before it.
        if i - s <= 3, s > 1 {
            s -= 1
            while s > 0, i - s < 14, ![".", "!", "?"].contains(t.word(s - 1)) { s -= 1 }
        }
        let e = min(t.tokens.count, t.sentenceEnd(min(i, t.tokens.count - 1)))
        let words = (s..<e).map { t.word($0) }
        return words.contains(where: practiceWords.contains) && !words.contains(where: personalWords.contains)
    }

    /// Mailboxes of a role, not a person (jobs@, info@, appointments@): the practice's own.
    static let roleMailboxes: Set<String> = ["jobs", "careers", "info", "hello", "reception", "admin", "appointments", "appointment",
                                             "bookings", "booking", "hr", "enquiries", "inquiries", "contact", "office", "team", "press",
                                             "media", "billing", "noreply", "no-reply", "support", "clinic", "practice", "referrals",
                                             "prescriptions", "frontdesk", "help", "feedback", "complaints", "pals", "recruitment",
                                             "secretary", "accounts", "mail", "general"]

    static func emails(_ t: LintText, _ add: Add) {
        let s = t.scalars
        for (i, c) in s.enumerated() where c == "@" {
            var a = i
            while a > 0, isLocalChar(s[a - 1]) { a -= 1 }
            var b = i + 1
            while b < s.count, isDomainChar(s[b]) { b += 1 }
            while b > i + 1, s[b - 1] == "." || s[b - 1] == "-" { b -= 1 }
            guard a < i, b > i + 1 else { continue }
            let domain = t.lowerText(i + 1, b)
            guard let dot = domain.lastIndex(of: "."), domain.distance(from: dot, to: domain.endIndex) >= 3,
                  domain.first != ".", !isPracticeContact(t, start: a), !roleMailboxes.contains(t.lowerText(a, i)) else { continue }
            add("phi.email", .error, "an email address identifies a person: remove it, or use the practice's public address (allow-list it)", a, b)
        }
    }

    static func isLocalChar(_ c: Unicode.Scalar) -> Bool {
        LintText.isLetter(c) && c.value < 128 || LintText.isDigit(c) || c.isAny(of: "._%+-")
    }

    static func isDomainChar(_ c: Unicode.Scalar) -> Bool {
        LintText.isLetter(c) && c.value < 128 || LintText.isDigit(c) || c == "." || c == "-"
    }

    // MARK: - URLs and IP addresses

    static let socialHosts = ["facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "linkedin.com",
                              "youtube.com", "threads.net", "reddit.com", "snapchat.com", "pinterest.com", "gofundme.com",
                              "caringbridge.org", "venmo.com", "cash.app", "onlyfans.com", "bsky.app"]
    static let tlds: Set<String> = ["com", "org", "net", "gov", "edu", "io", "co", "uk", "us", "ca", "au", "de", "fr", "health",
                                    "info", "me", "app", "int", "nhs", "ly"]

    static func urlsAndIPs(_ t: LintText, allowedDomains: [String], _ add: Add) {
        let s = t.scalars
        var i = 0
        while i < s.count {
            // A URL starts at http(s):// or www. or host.tld/ at a word start.
            let atWordStart = i == 0 || LintText.isSpace(s[i - 1]) || s[i - 1].isAny(of: "(\"'<[")
            guard atWordStart, LintText.isLetter(s[i]) || LintText.isDigit(s[i]) else { i += 1; continue }
            var j = i
            var dots = 0, slashes = 0
            while j < s.count, !LintText.isSpace(s[j]), !s[j].isAny(of: "\"'<>[]") {
                if s[j] == "." { dots += 1 } else if s[j] == "/" { slashes += 1 }
                j += 1
            }
            let runEnd = j
            while j > i, s[j - 1].isAny(of: ".,;:!?)") {
                if s[j - 1] == "." { dots -= 1 }
                j -= 1
            }
            defer { i = max(i + 1, runEnd) }
            // Most words have no dot: no URL, no IP. Check that before building any string.
            guard dots > 0, j - i >= 4 else { continue }
            let isDigitsAndDots = (i..<j).allSatisfy { LintText.isDigit(s[$0]) || s[$0] == "." }
            let startsLikeURL = t.lower[i] == "h" || t.lower[i] == "w"
            guard slashes > 0 || isDigitsAndDots || startsLikeURL else { continue }
            let candidate = t.lowerText(i, j)
            var rest = Substring(candidate)
            let hasScheme = rest.hasPrefix("http://") || rest.hasPrefix("https://")
            if hasScheme { rest = rest[rest.index(after: rest.firstIndex(of: "/")!)...].drop { $0 == "/" } }
            let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
            var host = String(rest[..<hostEnd])
            if let colon = host.firstIndex(of: ":") { host = String(host[..<colon]) }
            let path = String(rest[hostEnd...])
            if isIPv4(host) {
                add("phi.ip", .error, "an IP address can identify a device or a person: remove it", i, j)
                continue
            }
            let labels = host.split(separator: ".")
            guard labels.count >= 2, let tld = labels.last, tlds.contains(String(tld)),
                  hasScheme || host.hasPrefix("www.") || !path.isEmpty, !host.contains("@") else { continue }
            let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            let full = bare + path
            if allowedDomains.contains(where: { d in
                let a = d.lowercased()
                return bare == a || bare.hasSuffix("." + a) || full.hasPrefix(a)
            }) { continue }
            let social = socialHosts.contains { bare == $0 || bare.hasSuffix("." + $0) }
            let profilePath = path.count > 1 && path != "/"
            let personalPath = ["/~", "/people/", "/profile", "/user/", "/u/", "/users/"].contains { path.hasPrefix($0) || path.contains($0) }
            if (social && profilePath) || personalPath, !isPracticeContact(t, start: i) {
                add("phi.url-personal", .error, "a link to a personal page or social profile can identify a patient: link to the practice or to guidelines instead", i, j)
            }
        }
    }

    static func isIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber) && (Int(p) ?? 999) <= 255 }
    }

    // MARK: - Phone, fax and SSN

    static let tollFree: Set<String> = ["800", "888", "877", "866", "855", "844", "833"]
    static let phoneWords: Set<String> = ["call", "phone", "cell", "mobile", "text", "tel", "telephone", "fax", "number", "reach", "whatsapp", "ring"]

    static func numbers(_ t: LintText, _ realAdd: Add) {
        let s = t.scalars
        func add(_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) {
            if rule == "phi.phone", isPracticeContact(t, start: start) { return }
            realAdd(rule, severity, message, start, end)
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            let starts = LintText.isDigit(c) || (c == "+" && i + 1 < s.count && LintText.isDigit(s[i + 1])) ||
                (c == "(" && i + 1 < s.count && LintText.isDigit(s[i + 1]))
            let boundary = i == 0 || !(LintText.isLetter(s[i - 1]) || LintText.isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "/" || s[i - 1] == "-" || s[i - 1] == ":")
            guard starts, boundary else { i += 1; continue }
            // Digits and phone separators; a space only between digit groups.
            var j = i
            var groups: [String] = []
            var seps: [Unicode.Scalar] = []
            var current = ""
            var plus = false
            while j < s.count {
                let d = s[j]
                if LintText.isDigit(d) {
                    current.unicodeScalars.append(d)
                } else if d == "+", j == i {
                    plus = true
                } else if d.isAny(of: "-. ()/"), j + 1 < s.count, LintText.isDigit(s[j + 1]) || (d != "(" && s[j + 1] == "(") || (d == ")" && s[j + 1] == " ") {
                    if !current.isEmpty { groups.append(current); current = "" }
                    if d != "(" { seps.append(d) }
                } else if d == "(" {
                    // "(" right at the start
                } else {
                    break
                }
                j += 1
            }
            if !current.isEmpty { groups.append(current) }
            var end = j
            while end > i, !LintText.isDigit(s[end - 1]) { end -= 1 }
            defer { i = max(i + 1, end) }
            // Followed by a letter or "%": a quantity, not an identifier.
            if end < s.count, LintText.isLetter(s[end]) || s[end] == "%" { continue }
            let digits = groups.joined()
            let lens = groups.map(\.count)
            let realSeps = seps.filter { $0 != ")" }
            let sepSet = Set(realSeps.map { $0 == ")" ? " " : $0 })
            if seps.contains("/") || (sepSet.count > 1 && !sepSet.isSubset(of: [" ", "-"]) && !(seps.contains(")"))) { continue }
            // SSN: 3-2-4.
            if lens == [3, 2, 4], sepSet.isSubset(of: ["-", " "]), !plus {
                add("phi.ssn", .error, "a Social Security number: remove it", i, end)
                continue
            }
            let before = t.tokenIndex(atOrAfter: i)
            let context = (max(0, before - 4)..<before).map { t.word($0) }.joined(separator: " ")
            let d = Validators.digits(digits)
            if lens == [9] || lens == [3, 2, 4] {
                if context.contains("ssn") || context.contains("social security") {
                    add("phi.ssn", .error, "a Social Security number: remove it", i, end)
                    continue
                }
            }
            // National identifiers by context and check digit: SIN (Luhn), Aadhaar (Verhoeff).
            if d.count == 9, (context.split(separator: " ").contains("sin") && Validators.luhn(d)) || context.contains("social insurance") {
                add("phi.ssn", .error, "a national identity number (SIN): remove it", i, end)
                continue
            }
            if d.count == 12, context.contains("aadhaar") || context.contains("aadhar") || context.contains("uidai") || Validators.aadhaar(d) && lens == [4, 4, 4] && !context.contains("call") {
                add("phi.ssn", .error, "a national identity number (Aadhaar): remove it", i, end)
                continue
            }
            // An NHS number spaced 3-3-4 like a phone number: its check digit tells them apart.
            let phoneContext = (max(0, before - 4)..<before).contains { phoneWords.contains(t.word($0)) } || seps.contains(")") || sepSet != [" "]
            if d.count == 10, lens == [3, 3, 4] || lens == [10], context.contains("nhs") || Validators.nhsNumber(d) && lens == [3, 3, 4] && d[0] != 0 && !phoneContext {
                if context.contains("nhs") || !isPracticeContact(t, start: i) {
                    add("phi.record-number", .error, "an NHS number identifies a patient: remove it", i, end)
                    continue
                }
            }
            // Dates are the date rule's business.
            if lens.count == 3, sepSet.count == 1, (lens == [4, 2, 2] || lens[2] == 4 || lens[2] == 2), lens[0] <= 4, lens[1] <= 2, !plus, !seps.contains(")") { continue }
            if plus {
                if (8...15).contains(digits.count) {
                    add("phi.phone", .error, "a phone or fax number can identify a person: remove it, or allow-list the practice's number", i, end)
                }
                continue
            }
            var area = ""
            if lens == [3, 3, 4] || lens == [3, 7] { area = groups[0] }
            if lens == [1, 3, 3, 4], groups[0] == "1" { area = groups[1] }
            if !area.isEmpty {
                if tollFree.contains(area) { continue }
                add("phi.phone", .error, "a phone or fax number can identify a person: remove it, or allow-list the practice's number", i, end)
                continue
            }
            if lens == [3, 4], sepSet == ["-"] {
                add("phi.phone", .error, "a phone number can identify a person: remove it, or allow-list the practice's number", i, end)
                continue
            }
            if lens == [10] || lens == [11] || lens == [7] {
                let before = t.tokenIndex(atOrAfter: i)
                let recordWords: Set<String> = ["record", "member", "account", "policy", "license", "serial", "case", "claim", "id", "lot", "room", "order", "reference"]
                if (max(0, before - 3)..<before).contains(where: { phoneWords.contains(t.word($0)) && !(t.word($0) == "number" && recordWords.contains(t.word($0 - 1))) }) {
                    if lens == [10] && tollFree.contains(String(digits.prefix(3))) { continue }
                    add("phi.phone", .error, "a phone number can identify a person: remove it, or allow-list the practice's number", i, end)
                }
                continue
            }
            // National numbers with a trunk 0 (UK, much of Europe): 020 7946 0018, 07700 900123.
            if digits.hasPrefix("0"), !digits.hasPrefix("00"), (10...11).contains(digits.count), (2...5).contains(groups.count),
               sepSet.isSubset(of: [" ", "-"]), lens.allSatisfy({ $0 >= 2 }) {
                add("phi.phone", .error, "a phone or fax number can identify a person: remove it, or allow-list the practice's number", i, end)
                continue
            }
            // International without +: 00 44 20 7946 0958.
            if digits.hasPrefix("00"), (10...15).contains(digits.count), groups.count >= 3 {
                add("phi.phone", .error, "a phone or fax number can identify a person: remove it", i, end)
            }
        }
    }

    // MARK: - Dates

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
        "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
        // French and German (a day number must stand next to them)
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7,
        "oktober": 10, "dezember": 12,
    ]
    /// Month names that are also ordinary words: only capitalized ones count.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "june", "april", "august", "jan", "dec", "sept", "sep", "jun"]

    static func monthAt(_ t: LintText, _ i: Int) -> Int? {
        guard t.has(i, .month), let m = months[t.word(i)] else { return nil }
        if ambiguousMonths.contains(t.word(i)), !t.tokens[i].capitalized { return nil }
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

    static let eventWords: Set<String> = ["clinic", "office", "we", "we'll", "we're", "we've", "our", "open", "opens", "closed", "close", "closes",
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
                                          "moves", "move", "bank", "clocks", "international", "national", "global", "world"]
    /// Observance and holiday names: a date named after one is public unless tied to a person.
    static let observanceWords: Set<String> = ["day", "week", "month", "eve"]
    static let personWords: Set<String> = ["he", "she", "his", "her", "him", "patient", "patient's", "born", "admitted", "discharged",
                                           "diagnosed", "birthday", "died", "passed", "chemo", "seen", "delivered", "operated",
                                           "transplant", "stroke", "collapsed", "fell", "broke", "mum", "dad", "son", "daughter", "husband", "wife",
                                           "baby", "my"]

    /// Whether a date is practice news (an opening, an event) rather than a fact about a person.
    static func isEventDate(_ t: LintText, start: Int) -> Bool {
        let i = t.tokenIndex(atOrAfter: start)
        let s = t.sentenceStart(min(i, max(0, t.tokens.count - 1))), e = t.sentenceEnd(min(i, max(0, t.tokens.count - 1)))
        let words = (s..<e).map { t.word($0) }
        if words.contains(where: personWords.contains) { return false }
        if words.contains(where: eventWords.contains) { return true }
        // "World Heart Day is on 29 September", "Mental Health Awareness Week": a capitalised
        // observance name in the sentence.
        return (s..<e).contains { observanceWords.contains(t.word($0)) && t.tokens[$0].capitalized && $0 > s && t.tokens[$0 - 1].capitalized }
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
                if valid, t.isWord(k - 1, ["on", "since", "seen", "admitted", "discharged", "dated", "born", "until", "till", "from", "operated", "died"]),
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
                var d = k + 1
                if t.word(d) == ".", t.joined(k) { d += 1 }
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
                if t.word(m) == "of" { m += 1 }
                guard monthAt(t, m) != nil else { continue }
                // "of" needs an ordinal (the 14th of February), not "3 of March".
                if t.word(dayEnd + 1) == "of", dayEnd == k { continue }
                var end = m
                if t.word(m + 1) == ".", t.joined(m), ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(t.word(m)) { end = m + 1 }
                var y = end + 1
                if t.word(y) == "," { y += 1 }
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
    ]
    static let holidayFirstWords = Set(holidayPhrases.map { $0[0] })

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
            let person = (s..<e).contains { personWords.contains(t.word($0)) || t.has($0, .firstName) && t.tokens[$0].capitalized && !holidayFirstWords.contains(t.word($0)) && $0 != s }
            guard person, end > i + p.count - 1 || t.isWord(i - 1, ["on", "since"]) else { i = end; continue }
            add("phi.date", .error, message, t.tokens[i].start, t.tokens[end].end)
            i = end
        }
    }

    // MARK: - Ages over 89

    // MARK: - Record numbers

    static let recordPhrases: [[String]] = [
        ["mrn"], ["medical", "record", "number"], ["medical", "record", "no"], ["medical", "record"], ["record", "number"], ["record", "no"],
        ["record"], ["chart", "number"], ["chart"], ["member", "id"], ["member", "number"], ["member"], ["subscriber", "id"],
        ["policy", "number"], ["policy", "no"], ["policy"], ["account", "number"], ["account", "no"], ["account"], ["acct"],
        ["health", "plan", "number"], ["beneficiary", "number"], ["beneficiary", "id"], ["license", "number"], ["license", "no"],
        ["licence", "number"], ["license"], ["serial", "number"], ["serial", "no"], ["serial"], ["device", "id"], ["patient", "id"],
        ["patient", "number"], ["case", "number"], ["claim", "number"], ["insurance", "id"], ["id", "number"], ["certificate", "number"],
        ["vin"], ["plate", "number"], ["nhs", "number"], ["nhs", "no"], ["hospital", "number"], ["hospital", "no"], ["health", "card"],
        ["health", "card", "number"], ["medicare", "number"], ["medicare", "no"], ["medicare", "card"], ["medicaid", "id"], ["chart", "no"],
        ["case", "id"], ["case", "no"], ["case", "ref"], ["policy", "id"], ["device", "serial"], ["serial"], ["ihi"], ["pps", "number"],
        ["insurance", "number"], ["health", "insurance", "number"], ["versichertennummer"], ["numéro", "de", "sécurité", "sociale"],
        ["uhid"], ["ip", "number"], ["admission", "number"], ["referral", "number"], ["reference", "number"], ["ref", "no"],
    ]

    static let recordFirstWords = Set(recordPhrases.map { $0[0] })
    static let recordPhrasesLongestFirst = recordPhrases.sorted { $0.count > $1.count }

    static func recordNumbers(_ t: LintText, _ add: Add) {
        var i = 0
        while i < t.tokens.count {
            defer { i += 1 }
            guard t.has(i, .recordFirst), let phrase = recordPhrasesLongestFirst.first(where: { p in p.indices.allSatisfy { t.word(i + $0) == p[$0] } }) else { continue }
            var k = i + phrase.count
            // Skip "#", ":", "is", "no.", "number"
            var skipped = 0
            while skipped < 3, [":", "#", "is", "was", "no", ".", "-", "number", "num", "="].contains(t.word(k)) { k += 1; skipped += 1 }
            // A bare "record"/"account"/"member"/"chart" needs a "#" or ":" after it.
            if phrase.count == 1, !["mrn", "acct", "vin"].contains(phrase[0]), !(i + 1..<k).contains(where: { ["#", ":"].contains(t.word($0)) }) { continue }
            // The identifier: joined letters, digits and dashes with at least one digit.
            guard k < t.tokens.count, t.kind(k) == .number || (t.kind(k) == .word && t.joined(k)) else { continue }
            var e = k
            var text = t.tokens[k].lower
            while t.joined(e), let next = t.kind(e + 1), next != .symbol || t.word(e + 1) == "-" {
                if t.word(e + 1) == "-", t.kind(e + 2) == nil { break }
                e += 1
                text += t.tokens[e].lower
            }
            // Digit groups spaced apart belong together ("2123 45670 1").
            while t.kind(e + 1) == .number, t.tokens[e + 1].spaceBefore, text.allSatisfy(\.isNumber), text.count + t.tokens[e + 1].lower.count <= 16,
                  t.tokens[e + 1].lower.count <= 5 {
                e += 1
                text += t.tokens[e].lower
            }
            let digits = text.filter(\.isNumber).count
            guard digits >= 1, text.count >= 4, digits >= 3 || text.count >= 6 else { continue }
            add("phi.record-number", .error, "a record, account, member, license or serial number identifies a patient: remove it",
                t.tokens[i].start, t.tokens[e].end)
            i = e
        }
    }

    // MARK: - Addresses

    static let streetSuffixes: Set<String> = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
                                              "court", "ct", "way", "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy",
                                              "circle", "cir", "square", "trail", "close", "crescent", "row"]
    static let states: Set<String> = ["al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
                                      "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
                                      "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"]

    static func addresses(_ t: LintText, _ realAdd: Add) {
        // The practice's own address is public.
        func add(_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) {
            if !isPracticeContact(t, start: start) { realAdd(rule, severity, message, start, end) }
        }
        let message = "a street address or postcode can identify a patient: leave the place out, or keep it to a state"
        for i in t.tokens.indices {
            // 123 Main Street, 45 Oak Ave., 1600 Pennsylvania Avenue NW
            if let n = t.number(i), n > 0, n < 100_000, t.tokens[i].lower.count <= 5, !t.joined(i) || t.isWord(i + 1, ["st", "nd", "rd", "th"]) {
                var k = i + 1
                if t.joined(i) { k += 1 }  // 5th Avenue: the ordinal is part of the name
                var words = 0
                while words < 4, t.kind(k) == .word, t.tokens[k].capitalized, !streetSuffixes.contains(t.word(k)) || words == 0 && t.joined(i) {
                    k += 1
                    words += 1
                }
                if (words >= 1 || t.joined(i)), t.kind(k) == .word, t.tokens[k].capitalized, streetSuffixes.contains(t.word(k)) {
                    // "Dr" is not a street suffix when a name follows ("12 Main Dr. Smith" is rare; "Drive" is safe).
                    var end = k
                    if t.word(k + 1) == ".", t.joined(k) { end = k + 1 }
                    add("phi.address", .warning, message, t.tokens[i].start, t.tokens[end].end)
                    continue
                }
            }
            // ZIP in context: "zip 02139", "zip code 90210", "MA 02139", "CA 90210-1234"
            if t.kind(i) == .number, t.tokens[i].lower.count == 5, !t.joined(i) || t.kind(i + 1) == .symbol {
                let prev = t.word(i - 1)
                let prevToken = i > 0 ? t.tokens[i - 1] : nil
                let isState = states.contains(prev) && prevToken.map { tok in
                    t.text(tok.start, tok.end).unicodeScalars.allSatisfy { $0.properties.isUppercase }
                } ?? false
                let zipWord = prev == "zip" || prev == "postcode" || (prev == "code" && t.word(i - 2) == "zip") || (prev == ":" && t.isWord(i - 2, ["zip", "code"]))
                if isState || zipWord {
                    var end = i
                    if t.word(i + 1) == "-", t.joined(i), let _ = t.number(i + 2), t.tokens[i + 2].lower.count == 4 { end = i + 2 }
                    let start = isState ? i - 1 : i
                    add("phi.address", .warning, message, t.tokens[start].start, t.tokens[end].end)
                    continue
                }
            }
            // UK postcode: SW1A 1AA, M1 1AE, EC1A 1BB; Canadian: K1A 0B1.
            if t.kind(i) == .word || t.kind(i) == .number, i + 1 < t.tokens.count {
                let first = ukOutward(t, i)
                if let (outEnd, _) = first, let inEnd = ukInward(t, outEnd + 1), t.tokens[outEnd + 1].spaceBefore {
                    add("phi.address", .warning, message, t.tokens[i].start, t.tokens[inEnd].end)
                }
            }
        }
    }

    /// An outward code of a UK postcode starting at token i (tokens are split letters/digits).
    static func ukOutward(_ t: LintText, _ i: Int) -> (Int, String)? {
        // Cheap checks first: an uppercase letter or two, joined to a digit.
        guard t.tokens[i].spaceBefore, t.tokens[i].kind == .word, t.tokens[i].end - t.tokens[i].start <= 2,
              t.scalars[t.tokens[i].start].value >= 65, t.scalars[t.tokens[i].start].value <= 90,
              t.joined(i), t.kind(i + 1) == .number else { return nil }
        // Rebuild the run of joined tokens into one string.
        var e = i
        var text = t.text(t.tokens[i].start, t.tokens[i].end)
        while t.joined(e), e - i < 3, t.kind(e + 1) != .symbol {
            e += 1
            text += t.text(t.tokens[e].start, t.tokens[e].end)
        }
        let u = Array(text.unicodeScalars)
        guard (2...4).contains(u.count), u.allSatisfy({ ($0.value >= 65 && $0.value <= 90) || LintText.isDigit($0) }) else { return nil }
        let letters = u.prefix { !LintText.isDigit($0) }.count
        guard (1...2).contains(letters), u.count > letters, LintText.isDigit(u[letters]) else { return nil }
        return (e, text)
    }

    static func ukInward(_ t: LintText, _ i: Int) -> Int? {
        guard i + 1 < t.tokens.count, t.kind(i) == .number, t.tokens[i].lower.count == 1, t.joined(i), t.kind(i + 1) == .word else { return nil }
        let text = t.text(t.tokens[i + 1].start, t.tokens[i + 1].end)
        guard text.count == 2, text.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else {
            // Canadian: K1A 0B1 → tokens "0", "B", "1"
            if text.count == 1, text.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }), t.joined(i + 1),
               t.kind(i + 2) == .number, t.tokens[i + 2].lower.count == 1, !t.joined(i + 2) { return i + 2 }
            return nil
        }
        if t.joined(i + 1), t.kind(i + 2) != .symbol { return nil }
        return i + 1
    }

    // MARK: - Names in a patient context

    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "mister"]
    static let notNames: Set<String> = ["i", "the", "a", "an", "this", "that", "he", "she", "they", "we", "it", "his", "her", "their", "our",
                                        "my", "your", "and", "but", "so", "when", "who", "after", "before", "with", "was", "is", "had",
                                        "has", "came", "said", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday", "dr", "doctor", "nurse", "today", "yesterday", "last", "one", "every", "here", "there",
                                        "recently", "also", "just", "asked", "wanted", "id", "mrn", "dob", "ssn", "er", "icu"]
    static let staffWords: Set<String> = ["manager", "nurse", "receptionist", "coordinator", "colleague", "team", "staff", "office",
                                          "assistant", "doctor", "physician", "pa", "np", "therapist", "dietitian", "pharmacist",
                                          "technician", "tech", "scheduler", "biller", "founder", "partner", "director", "hygienist", "midwife"]
    static let colleagueTitles: Set<String> = ["dr", "doctor", "nurse", "prof", "professor", "colleague", "pa", "np", "rn", "dietitian", "therapist"]

    static let storyWords: Set<String> = ["diagnosed", "diagnosis", "came", "visited", "admitted", "surgery", "treatment", "treated",
                                          "recovered", "recovery", "symptoms", "appointment", "clinic", "patient", "hospital", "discharged",
                                          "prescribed", "biopsy", "scan", "referred", "rehab", "chemo", "chemotherapy", "transplant",
                                          "birthday", "surgeon", "appointment", "journey", "story"]

    // MARK: - Indirect identification

    static let rareConditions: [String] = ["rare", "als", "cystic fibrosis", "huntington's", "huntington", "sarcoma", "progeria",
                                           "myasthenia gravis", "guillain-barré", "guillain-barre", "fibrodysplasia", "ehlers-danlos",
                                           "marfan", "porphyria", "wilson's disease", "gaucher", "fabry", "pompe", "narcolepsy",
                                           "scleroderma", "sickle cell", "hemophilia", "acromegaly", "addison's", "moyamoya"]
    static let recentPhrases: [String] = ["last week", "yesterday", "this morning", "last night", "last month", "this week", "recently",
                                          "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday",
                                          "on sunday", "last weekend", "earlier today", "two days ago", "a few days ago", "this weekend"]
    static let placePhrases: [String] = ["works at", "worked at", "teacher at", "teaches at", "employee at", "employed at", "student at",
                                         "nurse at", "coach at", "from our town", "local", "in our town", "down the street",
                                         "high school", "elementary school", "factory", "plant", "our neighborhood", "owner of"]

    static let rareConditionWords = rareConditions.map(LintText.words)
    static let placePhraseWords = placePhrases.map(LintText.words)
    static let recentPhraseWords = recentPhrases.map(LintText.words)

    static func combination(_ t: LintText, existing: [LintFinding], _ add: Add) {
        var parts: [(String, Range<Int>)] = []
        // An age of any size: 45-year-old, aged 34, 67 years old.
        for i in t.tokens.indices {
            guard let n = t.number(i), n < 130 else { continue }
            var k = i + 1
            if t.word(k) == "-" { k += 1 }
            if t.isWord(k, ["year", "years"]), t.word(k + 1) == "-" || t.word(k + 1) == "old" {
                parts.append(("an age", t.tokens[i].start..<t.tokens[k].end))
                break
            }
            if t.isWord(i - 1, ["aged"]) {
                parts.append(("an age", t.tokens[i - 1].start..<t.tokens[i].end))
                break
            }
        }
        if let r = t.firstMatch(amongIndexed: rareConditionWords) { parts.append(("a rare condition", r)) }
        if let r = t.firstMatch(amongIndexed: placePhraseWords) { parts.append(("a place or employer", r)) }
        if !parts.contains(where: { $0.0 == "a place or employer" }) {
            // "from Springfield", "in Millbrook"
            for i in t.tokens.indices where t.isWord(i, ["from", "in"]) && t.kind(i + 1) == .word && (t.tokens.indices.contains(i + 1) && t.tokens[i + 1].capitalized) && !notNames.contains(t.word(i + 1)) && months[t.word(i + 1)] == nil && i > 0 {
                parts.append(("a place or employer", t.tokens[i].start..<t.tokens[i + 1].end))
                break
            }
        }
        if let r = t.firstMatch(amongIndexed: recentPhraseWords) { parts.append(("a recent time", r)) }
        if !parts.contains(where: { $0.0 == "a recent time" }), let d = existing.first(where: { $0.rule == "phi.date" }) {
            parts.append(("a recent time", d.start..<d.end))
        }
        guard parts.count >= 3 else { return }
        let start = parts.map(\.1.lowerBound).min() ?? 0
        let end = parts.map(\.1.upperBound).max() ?? 0
        let what = parts.map(\.0).joined(separator: ", ")
        add("phi.combination", .warning, "together, \(what) can identify a patient even without a name: drop one or more", start, end)
    }
}
