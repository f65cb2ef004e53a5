/// `phi.address`: street addresses, US ZIP codes after a state or "zip", UK and Canadian
/// postcodes; not the practice's own address.
extension PHIRules {
    /// `phi.address`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let addressExamples: RuleExamples = (["She lives at 42 Elm Street.", "His address is 221B Baker Street, London NW1 6XE."],
         ["Our clinic has moved to 10 Downing Lane; parking is free."])

    static let streetSuffixes: WordTable = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
                                              "court", "ct", "way", "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy",
                                              "circle", "cir", "square", "trail", "close", "crescent", "row"]
    static let states: WordTable = ["al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
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
            if let n = t.number(i), n > 0, n < 100_000, t.tokens[i].end - t.tokens[i].start <= 5, !t.joined(i) || t.isWord(i + 1, ["st", "nd", "rd", "th"]) {
                var k = i + 1
                if t.joined(i) { k += 1 }  // 5th Avenue: the ordinal is part of the name
                var words = 0
                while words < 4, t.kind(k) == .word, t.tokens[k].capitalized, !t.isWord(k, streetSuffixes) || words == 0 && t.joined(i) {
                    k += 1
                    words += 1
                }
                if (words >= 1 || t.joined(i)), t.kind(k) == .word, t.tokens[k].capitalized, t.isWord(k, streetSuffixes) {
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
}
