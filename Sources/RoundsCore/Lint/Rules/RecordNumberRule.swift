/// `phi.record-number`: an identifier after its context words (MRN, chart no., hospital number,
/// Medicare number, policy no., case ID, device serial…).
extension PHIRules {
    /// `phi.record-number`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let recordNumberExamples: RuleExamples = (["MRN 00482913 follow-up booked.", "Her NHS number is 943 476 5919.", "Hospital number RX4481923 on the letter.",
          "Medicare number 2123 45670 1 was visible.", "Case ID C-2026-00813 is closed.", "Hospital no. RX4 882 1093 is on the letter.",
          "Her health card number was entered as 1234-567-890-HN.", "The pump (S/N KT88213409) kept alarming."],
         ["We ran 1,200 tests in 2024.", "Our record year was 2023."])

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
            while skipped < 4, [":", "#", "is", "was", "no", ".", "-", "number", "num", "=", "entered", "as", "listed", "recorded", "written",
                                "reads", "read", "shows", "showing", "of", "still"].contains(t.word(k)) { k += 1; skipped += 1 }
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
            // "RX4 882 1093": letters first, then digit groups.
            while t.kind(e + 1) == .number, t.tokens[e + 1].spaceBefore, text.last?.isNumber == true, text.count + t.tokens[e + 1].lower.count <= 16,
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
}
