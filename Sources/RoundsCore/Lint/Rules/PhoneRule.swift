/// `phi.phone`, with `phi.ssn` and the NHS number of `phi.record-number`: one scan of digit runs,
/// told apart by grouping, context words and check digits (SSN, SIN, Aadhaar, NHS).
extension PHIRules {
    /// `phi.ssn`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let ssnExamples: RuleExamples = (["His SSN 123-45-6789 was on the form.", "Her SIN is 046 454 286.", "Aadhaar 2341 2341 2346 was in the photo."],
         ["We saw 123456789 visitors, apparently."])

    /// `phi.phone`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let phoneExamples: RuleExamples = (["Her daughter's number is (617) 555-0143.", "Text his mum on 07700 900461.", "Call the family on +61 412 345 678.",
          "Dad's number if the ward needs him overnight: tel:+447700900777", "Mr. Adebola's landline is 01 876 5432.",
          "Frau Krüger bittet um Rückruf unter 0151 23456789."],
         ["Call 911 in an emergency.", "Samaritans: 116 123, any time.", "Call our office at 020 7946 0000 to book.",
          "Healthline New Zealand: 0800 611 116 for free health advice.", "In South Africa, SADAG's crisis line is 0800 567 567."])

    static let tollFree: WordTable = ["800", "888", "877", "866", "855", "844", "833"]
    static let phoneWords: WordTable = ["call", "phone", "cell", "mobile", "text", "tel", "telephone", "fax", "number", "reach", "whatsapp", "ring",
                                          "contact", "telefone", "telefon", "teléfono", "téléphone", "telefoon", "celular", "handy", "portable", "sms"]

    static let phoneRecordWords: WordTable = ["record", "member", "account", "policy", "license", "serial", "case", "claim", "id", "lot", "room", "order", "reference"]

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
            guard starts else { i += 1; continue }
            // "tel:+44…" is a phone link: the colon after "tel" starts the number.
            let telLink = i >= 4 && s[i - 1] == ":" && t.lower[i - 4] == "t" && t.lower[i - 3] == "e" && t.lower[i - 2] == "l"
            let boundary = i == 0 || telLink || !(LintText.isLetter(s[i - 1]) || LintText.isDigit(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "/" || s[i - 1] == "-" || s[i - 1] == ":")
            guard boundary else { i += 1; continue }
            // The same run counted first, building nothing: every identifier below has 7 digits
            // or more, or a "+", so shorter numbers (doses, readings, years, counts) stop here.
            do {
                var j = i, digitCount = 0, plus = false
                while j < s.count {
                    let d = s[j]
                    if LintText.isDigit(d) {
                        digitCount += 1
                    } else if d == "+", j == i {
                        plus = true
                    } else if d.isAny(of: "-. ()/"), j + 1 < s.count, LintText.isDigit(s[j + 1]) || (d != "(" && s[j + 1] == "(") || (d == ")" && s[j + 1] == " ") {
                    } else if d == "(" {
                    } else {
                        break
                    }
                    j += 1
                }
                if !plus, digitCount < 7 {
                    var end = j
                    while end > i, !LintText.isDigit(s[end - 1]) { end -= 1 }
                    i = max(i + 1, end)
                    continue
                }
            }
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
            // After a country code the first separator may differ: "+1 312.555.0164".
            let sepSet = Set((plus ? Array(realSeps.dropFirst()) : realSeps).map { $0 == ")" ? " " : $0 })
            if seps.contains("/") || (sepSet.count > 1 && !sepSet.isSubset(of: [" ", "-"]) && !(seps.contains(")"))) { continue }
            // SSN: 3-2-4.
            if lens == [3, 2, 4], sepSet.isSubset(of: ["-", " "]), !plus {
                add("phi.ssn", .error, "a Social Security number: remove it", i, end)
                continue
            }
            let before = t.tokenIndex(atOrAfter: i)
            // The four words before, as one string: built only for the lengths that need it.
            lazy var context = (max(0, before - 4)..<before).map { t.word($0) }.joined(separator: " ")
            let d = Validators.digits(digits)
            if lens == [9] || lens == [3, 2, 4] {
                if context.containsASCII("ssn") || context.containsASCII("social security") {
                    add("phi.ssn", .error, "a Social Security number: remove it", i, end)
                    continue
                }
            }
            // National identifiers by context and check digit: SIN (Luhn), Aadhaar (Verhoeff).
            if d.count == 9, (context.split(separator: " ").contains("sin") && Validators.luhn(d)) || context.containsASCII("social insurance") {
                add("phi.ssn", .error, "a national identity number (SIN): remove it", i, end)
                continue
            }
            if d.count == 12, context.containsASCII("aadhaar") || context.containsASCII("aadhar") || context.containsASCII("uidai") || Validators.aadhaar(d) && lens == [4, 4, 4] && !context.containsASCII("call") {
                add("phi.ssn", .error, "a national identity number (Aadhaar): remove it", i, end)
                continue
            }
            // An NHS number spaced 3-3-4 like a phone number: its check digit tells them apart.
            lazy var phoneContext = (max(0, before - 4)..<before).contains { t.isWord($0, phoneWords) } || seps.contains(")") || sepSet != [" "]
            if d.count == 10, lens == [3, 3, 4] || lens == [10], context.containsASCII("nhs") || Validators.nhsNumber(d) && lens == [3, 3, 4] && d[0] != 0 && !phoneContext {
                if context.containsASCII("nhs") || !isPracticeContact(t, start: i) {
                    add("phi.record-number", .error, "an NHS number identifies a patient: remove it", i, end)
                    continue
                }
            }
            // Freephone numbers (0800, 0808, 1800, 1300) belong to services and helplines, never a patient.
            if !plus, ["0800", "0808", "0500", "1800", "1300"].contains(where: { digits.hasPrefix($0) }) { continue }
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
            // "(21) 98877-4432", "(030) 1234567": an area code in brackets.
            if seps.first == ")", (2...5).contains(lens[0]), (8...12).contains(digits.count), groups.count >= 2 {
                add("phi.phone", .error, "a phone or fax number can identify a person: remove it, or allow-list the practice's number", i, end)
                continue
            }
            if lens == [10] || lens == [11] || lens == [7] || lens == [4, 4] || lens == [5, 5] {
                let before = t.tokenIndex(atOrAfter: i)
                if (max(0, before - 5)..<before).contains(where: { t.isWord($0, phoneWords) && !(t.word($0) == "number" && t.isWord($0 - 1, phoneRecordWords)) }) {
                    if lens == [10] && tollFree.contains(String(digits.prefix(3))) { continue }
                    add("phi.phone", .error, "a phone number can identify a person: remove it, or allow-list the practice's number", i, end)
                }
                continue
            }
            // National numbers with a trunk 0 (UK, much of Europe): 020 7946 0018, 07700 900123.
            // Irish and New Zealand landlines have nine digits (01 876 5432, 09 555 0148); German
            // mobiles twelve (0151 23456789).
            let nationalLength = (10...11).contains(digits.count) || digits.count == 9 && lens.first == 2 && groups.count >= 3
                || digits.count == 12 && ["015", "016", "017"].contains(where: { digits.hasPrefix($0) })
            if digits.hasPrefix("0"), !digits.hasPrefix("00"), nationalLength, (2...5).contains(groups.count),
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
}
