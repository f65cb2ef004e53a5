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
