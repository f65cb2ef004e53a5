/// `phi.record-number`: an identifier after its context words (MRN, chart no., hospital number,
/// Medicare number, policy no., case ID, device serial…).
extension PHIRules {
    /// `phi.record-number`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let recordNumberExamples: RuleExamples = (["Pacemaker serial PJN418807S is on the recall list.", "Accession number S25-044172 is missing.", "IP no. 24/118734 needs a bed.", "MRN 00482913 follow-up booked.", "Her NHS number is 943 476 5919.", "Hospital number RX4481923 on the letter.",
          "Medicare number 2123 45670 1 was visible.", "Case ID C-2026-00813 is closed.", "Hospital no. RX4 882 1093 is on the letter.",
          "Her health card number was entered as 1234-567-890-HN.", "The pump (S/N KT88213409) kept alarming."],
         ["The vaccine lot number 4523 is on the card.", "Our policy 2024-2025 is online.", "We ran 1,200 tests in 2024.", "Our record year was 2023."])

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
        ["uhid"], ["s", "/", "n"], ["sn"], ["ip", "number"], ["admission", "number"], ["referral", "number"], ["reference", "number"], ["ref", "no"],
        ["ip", "no"], ["op", "no"], ["accession", "number"], ["accession", "no"], ["accession"], ["sample", "id"], ["sample", "number"],
        ["sample", "no"], ["sample"], ["specimen", "id"], ["specimen", "number"], ["specimen", "no"], ["specimen"], ["lab", "number"],
        ["lab", "no"], ["lab", "id"], ["claim", "ref"], ["claim", "reference"], ["claim", "id"], ["claim", "no"], ["case", "reference"],
        ["episode", "number"], ["encounter", "number"], ["visit", "number"], ["registration", "number"], ["crn"], ["chi", "number"],
        ["h&c", "number"], ["fallnummer"], ["patientennummer"], ["aktenzeichen"], ["versicherungsnummer"], ["krankenversichertennummer"],
        ["numéro", "de", "dossier"], ["n°", "de", "dossier"], ["dossier"], ["numéro", "ipp"], ["ipp"], ["numéro", "de", "patient"],
        ["implant", "serial"], ["pacemaker", "serial"],
    ]
    /// Context words that stand alone before an identifier without a "#" or ":" ("MRN 00482913",
    /// "serial PJN418807S"): the others ("record", "account", "chart", "sample") need one, or an
    /// identifier that mixes letters and digits.
    static let standaloneRecordWords: Set<String> = ["mrn", "acct", "vin", "uhid", "crn", "ipp", "fallnummer", "patientennummer", "aktenzeichen"]

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
            while skipped < 4, [":", "#", "is", "was", "no", ".", "-", "number", "num", "=", "entered", "as", "listed", "recorded", "written",
                                "reads", "read", "shows", "showing", "of", "still", "sn", "s/n", "nr", "n°", "id"].contains(t.word(k)) { k += 1; skipped += 1 }
            let marked = (i + 1..<k).contains(where: { ["#", ":"].contains(t.word($0)) })
            // The identifier: joined letters, digits and dashes with at least one digit; or a
            // short capital prefix spaced from its digits ("RVL 0093821", "BUPA 6610 2281 04").
            guard k < t.tokens.count else { continue }
            var e = k
            var text = t.tokens[k].lower
            if t.kind(k) == .word, !t.joined(k), t.kind(k + 1) == .number, t.tokens[k + 1].spaceBefore,
               (2...5).contains(t.tokens[k].end - t.tokens[k].start), t.text(t.tokens[k].start, t.tokens[k].end).allSatisfy(\.isUppercase) {
                e = k + 1
                text += t.tokens[e].lower
            } else if !(t.kind(k) == .number || (t.kind(k) == .word && t.joined(k))) {
                continue
            }
            // Letters, digits, dashes and slashes joined: "S25-044172", "24/118734".
            while t.joined(e), let next = t.kind(e + 1), next != .symbol || t.word(e + 1) == "-" || t.word(e + 1) == "/" {
                if t.word(e + 1) == "-" || t.word(e + 1) == "/", t.kind(e + 2) == nil || !t.joined(e + 1) { break }
                e += 1
                text += t.tokens[e].lower
            }
            // Digit groups spaced apart belong together ("2123 45670 1").
            // "RX4 882 1093": letters first, then digit groups.
            while t.kind(e + 1) == .number, t.tokens[e + 1].spaceBefore, text.last?.isNumber == true, text.count + t.tokens[e + 1].lower.count <= 16,
                  t.tokens[e + 1].lower.count <= 5 {
                e += 1
                text += t.tokens[e].lower
            }
            let digits = text.filter(\.isNumber).count
            guard digits >= 1, text.count >= 4, digits >= 3 || text.count >= 6 else { continue }
            // A bare "record"/"account"/"member"/"chart"/"sample" needs a "#" or ":" after it, or
            // an identifier of six or more that mixes letters and digits or has six digits; a
            // year or a span of years is never one ("policy 2024-2025").
            if phrase.count == 1, !standaloneRecordWords.contains(phrase[0]), !marked {
                let letters = text.contains(where: \.isLetter)
                guard text.count >= 6, letters || digits >= 6 else { continue }
            }
            let bare = text.filter { $0 != "-" && $0 != "/" }
            if bare.allSatisfy(\.isNumber), bare.count == 4 || bare.count == 8 && text.count == 9 && text.dropFirst(4).first == "-" || bare.count == 6 && text.count == 7,
               Int(bare.prefix(4)).map({ (1900...2100).contains($0) }) ?? false { continue }
            add("phi.record-number", .error, "a record, account, member, license or serial number identifies a patient: remove it",
                t.tokens[i].start, t.tokens[e].end)
            i = e
        }
    }
}

/// `phi.record-number` by its label, in any language: a word for "number" ("number", "no.",
/// "nr.", "nº", "numéro", "número", "-nummer", "ID") after what it numbers, or a scheme's own
/// acronym (MBI, PHN, NHI, CHI, IHI), then a code with digits. What it numbers is left open
/// (folder, enrollee, PhilHealth, expediente, polis): every scheme has its own name, and a
/// list of them is never complete. Public numbers are the exception and are listed instead:
/// phones, lots and batches, a practice's or a doctor's registration, company and tax numbers.
extension PHIRules {
    /// `phi.record-number` (by label): drafts that must trigger it, and near misses that must not.
    static let labelledIdentifierExamples: RuleExamples = ([
        "Folder no. LUTH/26/04417 was on the screenshot.", "NHIA enrollee no. NHIA-LA-0487721 was rejected.", "PhilHealth no. 12-050134567-8 ni patient.",
        "Número de expediente 0448-2026-117 quedó en la foto.", "Prontuário nº 2026.004.118-7 foi impresso.", "The MBI 1EG4-TE5-MK73 was visible.",
        "BC PHN 9123 456 782 was on the lab req.", "NHI FVV4806 was visible in the corner.", "Fall-Nr. 2026-0183347 stand auf dem Brief.",
        "De polis met polisnummer 300119472 stond erop.", "Folder number TBH 4471208 was on the photo.", "Medicare 6624 35242 4 was in the referral.",
    ], [
        "Vaccine lot no. 4523881 is on your card.", "Our GMC number is 7012345.", "Call our number 020 7946 0018.", "ABN 51 824 753 556.",
        "The number of patients rose to 12000 in 2025.", "Room number 12 is upstairs.", "Room no. 214 is on the left.", "Bus number 12 stops outside.",
        "HbA1c 48 mmol/mol is the target.", "Our practice number is 0123456 with the HPCSA.", "Order no. 2024-2025 covers both years.",
    ])

    /// Words for "number" that end a label: "folder no.", "numéro de dossier", "polisnummer".
    static let numberNouns: WordTable = ["number", "no", "nr", "nº", "n°", "num", "numero", "numéro", "número", "nummer", "id", "ref", "nro", "núm"]
    /// What a number can be of without being a patient's: the word before the number noun.
    static let publicNumberWords: WordTable = [
        "phone", "telephone", "tel", "mobile", "cell", "contact", "fax", "whatsapp", "helpline", "hotline", "emergency", "our", "my",
        "the", "a", "an", "this", "that", "lot", "batch", "practice", "registration", "gmc", "nmc", "hcpc", "ahpra", "hpcsa", "imc",
        "mci", "big", "rpps", "lanr", "abn", "acn", "vat", "gst", "ein", "tax", "company", "charity", "page", "room", "bed", "ward",
        "bus", "route", "flight", "gate", "platform", "house", "street", "unit", "apartment", "flat", "suite", "order", "tracking",
        "table", "version", "model", "edition", "issue", "volume", "chapter", "section", "step", "week", "day", "size", "lucky",
        "jersey", "shirt", "serial", "total", "reference", "booking", "appointment", "ticket", "queue", "token", "iso", "isbn",
        "telefon", "telefoon", "téléphone", "teléfono", "telefone", "handy", "portable", "provider", "doctor", "dr", "licence",
        "license", "pin", "zip", "post", "postal", "pager", "bleep", "extension", "ext", "kvk", "siret", "siren", "finess", "ik",
        "bsnr", "account", "iban", "sort", "routing", "vin", "plate", "hospital's", "clinic", "customer", "service",
        "new", "old", "same", "h", "plot", "door", "road", "sector", "block", "survey", "mobiele", "mobiel", "mobil", "mobiles", "portable",
        "cellulare", "celular", "móvil", "movil", "son", "sa", "ses", "mon", "ma", "ton", "ta", "leur", "votre", "notre", "zijn", "haar",
        "mijn", "jouw", "uw", "ons", "onze", "sein", "seine", "seiner", "ihr", "ihre", "mein", "meine", "dein", "su", "mi", "tu", "seu", "sua",
        "his", "her", "their", "your", "whatsapp-nummer",
    ]
    /// Acronyms of patient identifier schemes, directly before the code ("NHI FVV4806").
    static let schemeAcronyms: WordTable = ["mbi", "phn", "nhi", "chi", "ihi", "ohip", "ramq", "abha", "uhid", "philhealth", "nhif", "nhia",
                                              "medicare", "medicaid", "hcn", "ehic", "kvnr", "znr", "mrn", "nhs", "hmo", "cnic", "mykad", "sss",
                                              "nric", "fin", "tfn", "ird", "upi", "ipp", "ins", "cpf", "rut", "curp", "nss", "hkid", "eid", "urn"]

    static let phoneCompounds: WordTable = ["telefonnummer", "telefoonnummer", "handynummer", "faxnummer", "rufnummer", "hausnummer", "phonenumber"]
    static let romanceNumberNouns: WordTable = ["numéro", "numero", "número", "nummer", "nº", "n°"]
    static let romanceOf: WordTable = ["de", "du", "des", "van", "der", "del", "da", "do"]
    static let labelFillers: WordTable = ["is", "was", "ist", "est", "es", "é", "number", "no", "nr", "nº", "n°", "de", "d'", "du", "van", "der", "del", "da", "do"]

    static func labelledIdentifiers(_ t: LintText, existing: [LintFinding], _ add: Add) {
        let message = "a record, account, member or card number identifies a patient: remove it"
        let n = t.tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            guard t.tokens[i].kind == .word else { continue }
            // A label has its code within a few tokens: most words stop here, on kinds alone.
            guard (i + 1..<min(n, i + 8)).contains(where: { t.tokens[$0].kind == .number }) else { continue }
            let w = t.tokens[i].lower
            // The label: a number noun after a word that names something, or a compound ending
            // in one ("polisnummer", "Fallnummer", "polisnr"), or a scheme's acronym.
            var k = i + 1
            let compound = t.tokens[i].end - t.tokens[i].start > 6 && w.utf8.last == UInt8(ascii: "r") && (w.hasSuffix("nummer") || w.hasSuffix("nr") || w.hasSuffix("number")) && !t.isWord(i, phoneCompounds)
            let acronym = t.isWord(i, schemeAcronyms)
            var labelled = compound || acronym
            let romance = t.isWord(i, romanceNumberNouns) && (t.isWord(i + 1, romanceOf) || t.word(i + 1).hasPrefix("d'"))
            // Romance languages put the label after: "número de expediente", "numéro d'assurance maladie".
            if !labelled, romance { labelled = true }
            if !labelled, t.isWord(i, numberNouns) {
                // "no" is the word "no" unless abbreviated ("no.", "No:") or before a code.
                if w == "no" || w == "nr" || w == "n", !(t.word(i + 1) == "." || t.word(i + 1) == ":" || t.word(i + 1) == "#" || t.word(i + 1) == "°") { continue }
                // What it numbers: the word before ("folder no.", "pat.nr."), not a public one.
                var q = i - 1
                while q >= 0, t.word(q) == "." || t.word(q) == "-" { q -= 1 }
                guard q >= t.sentenceStart(i), t.kind(q) == .word, !t.isWord(q, publicNumberWords), !t.isWord(q, numberNouns), t.word(q) != "of",
                      // "her son's number", "Mrs. Taufa's number": a person's number is their phone.
                      !t.possessive(q), !(t.word(q) == "insurance" && t.word(q - 1) == "social") else { continue }
                labelled = true
            }
            // "Encounter #88120047", "Hosp #K0493312": a word, then "#".
            if !labelled, t.word(i + 1) == "#", t.kind(i + 2) == .number || t.kind(i + 2) == .word && t.joined(i + 2), !t.isWord(i, publicNumberWords),
               t.tokens[i].end - t.tokens[i].start > 2 {
                labelled = true
            }
            // "OHIP card 7898-880-237-RZ", "Medicare card number …": a scheme's card.
            if acronym, t.isWord(k, ["card", "cards", "kaart", "karte", "carte", "tarjeta"]) { k += 1 }
            guard labelled else { continue }
            // Skip what stands between the label and the code: ".", ":", "#", "is", "de expediente", "d'assurance maladie".
            var skipped = 0
            var publicLabel = false
            while k < n, skipped < 5 {
                if t.isWord(k, publicNumberWords), !t.isWord(k, ["the", "a", "an"]) { publicLabel = true; break }
                if t.kind(k) == .symbol, [".", ":", "#", "=", "-", "°", "º"].contains(t.word(k)) { k += 1; skipped += 1; continue }
                if t.isWord(k, labelFillers) { k += 1; skipped += 1; continue }
                // The Romance label's noun phrase: lower-case words after "de" or a word joined by an apostrophe.
                if t.kind(k) == .word, !t.tokens[k].capitalized || t.word(k - 1) == "de" || t.word(k - 1).hasPrefix("d'"),
                   romance, skipped < 4, !(t.joined(k) && t.kind(k + 1) == .number), t.tokens[k].lower.count > 2 || t.word(k).hasPrefix("d'") {
                    k += 1; skipped += 1; continue
                }
                break
            }
            guard !publicLabel, let e = identifierCodeEnd(t, from: k) else { continue }
            let start = t.tokens[k].start, end = t.tokens[e].end
            // A phone number after a bare scheme-less label is the phone rule's; an identifier
            // already found (an NHS number, an SSN) is that rule's.
            if existing.contains(where: { $0.rule != "phi.phone" && $0.start < end && start < $0.end }) { i = e; continue }
            if acronym, !t.isWord(i, ["mrn", "nhs", "medicare", "medicaid", "philhealth"]), t.tokens[i].capitalized == false { continue }
            add("phi.record-number", .error, message, t.tokens[i].start, end)
            i = e
        }
    }

    /// The end of an identifier code starting at `k`: letters and digits joined, or joined by
    /// "-", "/", "."; digit groups spaced apart; a short capital prefix spaced from its digits
    /// ("TBH 4471208", "LAVG 4501 1412"). Nil when there is no such code, or it is a year, a
    /// span of years, a date, a time or a quantity.
    static func identifierCodeEnd(_ t: LintText, from k: Int) -> Int? {
        let n = t.tokens.count
        guard k < n else { return nil }
        var e = k
        var text: [Unicode.Scalar] = []
        func take(_ j: Int) { text.append(contentsOf: t.lower[t.tokens[j].start..<t.tokens[j].end]) }
        if t.kind(k) == .word, !t.joined(k), t.kind(k + 1) == .number, t.tokens[k + 1].spaceBefore,
           (2...5).contains(t.tokens[k].end - t.tokens[k].start), t.scalars[t.tokens[k].start..<t.tokens[k].end].allSatisfy({ $0.properties.isUppercase }) {
            take(k)
            e = k + 1
        } else if !(t.kind(k) == .number || t.kind(k) == .word && t.joined(k) && (t.kind(k + 1) == .number || ["-", "/", "."].contains(t.word(k + 1)) && t.joined(k + 1) && t.kind(k + 2) == .number)) {
            return nil
        }
        take(e)
        var separators = 0
        while e + 1 < n {
            if t.joined(e), t.kind(e + 1) == .number || t.kind(e + 1) == .word {
                e += 1
            } else if t.joined(e), ["-", "/", "."].contains(t.word(e + 1)), t.joined(e + 1), t.kind(e + 2) == .number || t.kind(e + 2) == .word {
                e += 2
                separators += 1
            } else if t.kind(e + 1) == .number, t.tokens[e + 1].spaceBefore, t.kind(e) == .number, text.count + t.tokens[e + 1].lower.count <= 20,
                      t.tokens[e + 1].end - t.tokens[e + 1].start <= 5, !t.scalarsBetweenContainNewline(e, e + 1) {
                e += 1
            } else {
                break
            }
            take(e)
        }
        let digits = text.filter(LintText.isDigit).count, letters = text.filter(LintText.isLetter).count
        guard digits >= 5 || digits >= 3 && letters >= 2 && digits + letters >= 6 else { return nil }
        // A quantity: a unit or "%" joined or next.
        if t.joined(e), t.word(e + 1) == "%" { return nil }
        if t.isWord(e + 1, ContentRules.doseUnits) || t.isWord(e + 1, ["patients", "people", "cases", "visits", "km", "kg", "cm", "steps", "years", "days"]) { return nil }
        // Years, spans of years, dates and times.
        let groups = t.lowerText(t.tokens[k].start, t.tokens[e].end).split(whereSeparator: { !$0.isNumber && !$0.isLetter })
        if letters == 0 {
            let numbers = groups.compactMap { Int($0) }
            if numbers.allSatisfy({ (1900...2100).contains($0) }) { return nil }
            if groups.count == 3, let a = Int(groups[0]), let b = Int(groups[1]), let c = Int(groups[2]),
               (1...31).contains(a) && (1...12).contains(b) || (1...12).contains(a) && (1...31).contains(b) || (1900...2100).contains(a) && (1...12).contains(b) && (1...31).contains(c),
               groups[2].count == 4 || groups[2].count == 2 || groups[0].count == 4 {
                // 14.03.2026, 3/14/2026, 2026-02-27: a date, not a code (but "24/118734" stays one).
                if !(groups.map(\.count).max()! > 4) { return nil }
            }
        }
        return e
    }

    /// Card numbers that carry their scheme in their digits, without a label next to them: an
    /// Australian Medicare number spaced 4-5-1 (its check digit, and "Medicare" in the
    /// sentence), an Individual Healthcare Identifier (16 digits from 800360, Luhn).
    static func cardNumbers(_ t: LintText, _ add: Add) {
        let n = t.tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            guard t.tokens[i].kind == .number, i == 0 || t.tokens[i].spaceBefore || t.kind(i - 1) == .symbol && !["-", ".", "/"].contains(t.word(i - 1)) else { continue }
            var e = i
            var lens = [t.tokens[i].end - t.tokens[i].start]
            while e + 1 < n, t.kind(e + 1) == .number, t.tokens[e + 1].spaceBefore, lens.count < 4 { e += 1; lens.append(t.tokens[e].end - t.tokens[e].start) }
            if t.joined(e), t.kind(e + 1) == .word { continue }
            let d = Validators.digits(t.text(t.tokens[i].start, t.tokens[e].end))
            let medicare = (lens == [4, 5, 1] || lens == [4, 5, 1, 1]) && Validators.medicare(d)
                && (t.sentenceStart(i)..<t.sentenceEnd(i)).contains { t.isWord($0, ["medicare"]) }
            let ihi = d.count == 16 && d.starts(with: [8, 0, 0, 3, 6, 0]) && Validators.luhn(d)
            if medicare || ihi {
                add("phi.record-number", .error, "a Medicare or healthcare identifier identifies a patient: remove it", t.tokens[i].start, t.tokens[e].end)
                i = e
            }
        }
    }
}
