/// `phi.ssn` beyond the US SSN, the SIN and Aadhaar (PhoneRule): the national identity numbers
/// of the countries doctors post from, each by its shape and its check digit (Validators), and a
/// context word where the check is weak (a BSN's 11-proef passes one number in eleven).
extension PHIRules {
    /// `phi.ssn` (national numbers): drafts that must trigger it, and near misses that must not.
    static let nationalIDExamples: RuleExamples = ([
        "BSN 450735059 stond op het verwijsbriefje.", "Her PPS number, 9312559A, was on the form.", "SA ID 8912144129085 was on the J88.",
        "Le numéro de sécu 2 72 01 69 219 491 74 apparaît sur la photo.", "Rentenversicherungsnummer 12 150338 M 049 stand auf dem Antrag.",
        "DNI 12345678Z en la foto.", "PESEL 02070803628 był na skierowaniu.", "Personnummer 811228-9874 syntes på bilden.",
        "AHV 756.9217.0769.85 war sichtbar.", "Rijksregisternummer 85.07.30-033.28 stond erop.", "Codice fiscale RSSMRA85T10A562S nella foto.",
        "Her NI number AB123456C was on the letter.", "SVNR 1237 010180 war im Bild.", "Fødselsnummer 01010750160 var synlig.",
    ], [
        "BSN 123456789 is the example on the form.", "Call 0151 2345678 for the lab.", "We saw 450735059 impressions this year.",
        "Order 12345678 arrived.", "The study enrolled 8912144129085 cells.",
    ])

    /// Words that say a number is a person's national number: where the check digit alone is weak.
    static let nationalIDWords: WordTable = [
        "bsn", "burgerservicenummer", "sofinummer", "sofi", "pps", "ppsn", "pesel", "cpr", "cpr-nummer", "cpr-nr", "personnummer",
        "personnr", "fødselsnummer", "fodselsnummer", "personal", "identity", "id", "identification", "national", "svnr",
        "sozialversicherungsnummer", "versicherungsnummer", "sv-nummer", "ahv", "avs", "ahv-nummer", "rijksregisternummer",
        "rijksregister", "insz", "niss", "nn", "national-number", "dni", "nie", "nif", "nir", "insee", "sécu", "secu", "sécurité",
        "securite", "sociale", "social", "sin", "nas", "ssn", "identiteitsnummer", "identiteitskaart", "id-nummer", "codice", "fiscale",
        "personalausweis", "ausweisnummer", "nino", "insurance", "citizen", "identificación", "identidad",
    ]

    static func nationalIDs(_ t: LintText, _ add: Add) {
        let message = "a national identity number identifies a person: remove it"
        let n = t.tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            let kind = t.tokens[i].kind
            guard kind == .number || kind == .word && t.joined(i) && t.kind(i + 1) == .number && t.tokens[i].end - t.tokens[i].start <= 6 else { continue }
            // Starts a run: not inside a word, a decimal, a date or another number.
            if i > 0, !t.tokens[i].spaceBefore, t.kind(i - 1) != .symbol || [".", "-", "/", "+", "#"].contains(t.word(i - 1)) { continue }
            // The run: alphanumeric tokens joined, or joined by one "-", ".", "/", or spaced digit
            // groups (and a one- or two-letter group: "12 150338 M 049", "QQ 12 34 56 C").
            var compact: [Unicode.Scalar] = []
            var k = i
            var best: (end: Int, kind: String)? = nil
            var dashed = false, dotted = false
            var groups: [Int] = [t.tokens[i].end - t.tokens[i].start]
            while k < n, k - i < 14 {
                let tk = t.tokens[k]
                guard tk.kind == .number || tk.kind == .word else { break }
                compact.append(contentsOf: t.scalars[tk.start..<tk.end])
                guard compact.count <= 16 else { break }
                if let found = nationalIDKind(compact, groups: groups, dashed: dashed, dotted: dotted) { best = (k, found) }
                // What joins the next token on.
                if t.joined(k), t.kind(k + 1) == .number || t.kind(k + 1) == .word {
                    k += 1
                    groups[groups.count - 1] += t.tokens[k].end - t.tokens[k].start
                    continue
                } else if t.joined(k), t.kind(k + 1) == .symbol, ["-", ".", "/"].contains(t.word(k + 1)), t.joined(k + 1),
                          t.kind(k + 2) == .number || t.kind(k + 2) == .word && t.tokens[k + 2].end - t.tokens[k + 2].start <= 2 {
                    if t.word(k + 1) == "-" { dashed = true } else { dotted = true }
                    k += 2
                    groups.append(t.tokens[k].end - t.tokens[k].start)
                } else if k + 1 < n, t.tokens[k + 1].spaceBefore, !t.scalarsBetweenContainNewline(k, k + 1),
                          t.kind(k + 1) == .number || t.kind(k + 1) == .word && t.tokens[k + 1].end - t.tokens[k + 1].start <= 2 && t.tokens[k + 1].capitalized {
                    k += 1
                    groups.append(t.tokens[k].end - t.tokens[k].start)
                } else {
                    break
                }
            }
            guard let (e, found) = best else { continue }
            // Followed by a letter joined on or a unit: a quantity or a code of something else.
            if t.joined(e), t.kind(e + 1) == .word || t.word(e + 1) == "%" { continue }
            if needsContext(found), !nationalIDContext(t, i) { continue }
            add("phi.ssn", .error, message, t.tokens[i].start, t.tokens[e].end)
            i = e
        }
    }

    /// Which national number these characters are (digits, letters; separators dropped), if any.
    static func nationalIDKind(_ s: [Unicode.Scalar], groups: [Int], dashed: Bool, dotted: Bool) -> String? {
        let digitsOnly = s.allSatisfy(LintText.isDigit)
        let d = digitsOnly ? s.map { Int($0.value - 48) } : []
        switch s.count {
        case 8 where !digitsOnly, 9 where !digitsOnly:
            if Validators.pps(s) { return "pps" }
            if Validators.dni(s) { return "dni" }
            if Validators.nino(s) { return "nino" }
        case 9 where digitsOnly:
            if Validators.bsn(d) || Validators.sin(d) { return "bsn" }
        case 10 where digitsOnly:
            if Validators.personnummer(d), dashed { return "personnummer" }
            if Validators.cpr(d) { return "cpr" }
            if Validators.austrianSVNR(d) { return "svnr" }
        case 11 where digitsOnly:
            if Validators.fodselsnummer(d) { return "fodselsnummer" }
            // YY.MM.DD-XXX.CC, YYMMDD-XXX-CC, or eleven digits with a context word.
            if Validators.belgianNationalNumber(d), groups == [2, 2, 2, 3, 2] || groups == [6, 3, 2] { return "be" }
            if Validators.belgianNationalNumber(d), groups == [11] { return "be-bare" }
            if Validators.pesel(d) { return "pesel" }
        case 12 where !digitsOnly:
            if Validators.rentenversicherungsnummer(s) { return "rvnr" }
        case 12 where digitsOnly:
            if Validators.personnummer(d), dashed { return "personnummer" }
        case 13 where digitsOnly:
            if Validators.ahv(d) { return "ahv" }
            if Validators.southAfricanID(d) { return "za" }
        case 15:
            if Validators.nir(s) { return "nir" }
        case 16 where !digitsOnly:
            if Validators.codiceFiscale(s) { return "cf" }
        default:
            break
        }
        return nil
    }

    /// Kinds whose check passes too many ordinary numbers to stand alone.
    static func needsContext(_ kind: String) -> Bool {
        ["bsn", "cpr", "svnr", "be-bare", "pesel", "za", "fodselsnummer"].contains(kind)
    }

    /// An identity word in the number's sentence, before it or just after it.
    static func nationalIDContext(_ t: LintText, _ i: Int) -> Bool {
        let s = t.sentenceStart(i), e = min(t.sentenceEnd(i), i + 4)
        return (s..<e).contains { t.isWord($0, nationalIDWords) }
    }
}
