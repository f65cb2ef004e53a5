/// `phi.address`: street addresses, US ZIP codes after a state or "zip", UK and Canadian
/// postcodes; not the practice's own address.
extension PHIRules {
    /// `phi.address`: drafts that must trigger it, and near misses that must not (LintRuleExamplesTests).
    static let addressExamples: RuleExamples = (["She lives at 42 Elm Street.", "His address is 221B Baker Street, London NW1 6XE.",
          "She now lives at Flat 2, 19 Caledonian Road, Glasgow G3 7BB.", "Bring cards to PO Box 77, Ballarat VIC 3350.", "He moved to Musterweg 3, 50667 Köln.",
          "Her flat is at 12 Rue du Four, 75006 Paris.", "Cards to Calle Mayor 8, Madrid, please.", "The Eircode is A98 K2X7 for her house."],
         ["Our clinic has moved to 10 Downing Lane; parking is free.", "Visit us at 22 High Street, Bristol BS1 2AW.",
          "Call Riverside Family Practice at 400 Lakeview Ave, Madison, WI 53703."])

    static let streetSuffixes: WordTable = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive",
                                              "court", "ct", "way", "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy",
                                              "circle", "cir", "square", "trail", "close", "crescent", "row", "parade", "esplanade",
                                              "grove", "mews", "gardens", "gdns", "rise", "nagar", "marg", "cross", "colony", "layout",
                                              "estate", "walk", "view", "hill", "green", "wynd", "quay"]
    static let states: WordTable = ["al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
                                      "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
                                      "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"]

    /// Street types that come first, with the number after the name or before the type:
    /// "Rue des Lilas 14", "88 Rue de la Paix", "Via Roma 12", "Calle Mayor 5".
    static let streetTypesFirst: WordTable = ["rue", "avenue", "boulevard", "bd", "chemin", "impasse", "allée", "allee", "quai", "place",
                                                "via", "viale", "piazza", "corso", "calle", "avenida", "rua", "carrer", "plaza", "paseo", "travessa"]
    /// German and Dutch street names are one word ending in their type: "Lindenstraße 7", "Kerkstraat 12".
    static let streetWordSuffixes = ["straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "straat", "laan", "plein", "gracht", "steig"]
    static let streetParticles: WordTable = ["de", "la", "le", "les", "des", "du", "del", "della", "di", "da", "do", "dos", "das", "d'", "l'", "y"]
    /// Australian states and territories, before a four-digit postcode: "Coogee NSW 2034".
    static let australianStates: WordTable = ["nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"]
    /// Words of an address that run between its parts: flats, units, PO boxes.
    static let unitWords: WordTable = ["flat", "apt", "apartment", "unit", "suite", "ste", "no", "box", "floor", "fl"]

    static func addresses(_ t: LintText, _ realAdd: Add) {
        var pieces: [(Int, Int)] = []  // token ranges, merged below
        func add(_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) {
            pieces.append((t.tokenIndex(atOrAfter: start), t.tokenIndex(atOrAfter: end) - 1))
        }
        let message = "a street address or postcode can identify a patient: leave the place out, or keep it to a state"
        for i in t.tokens.indices {
            // 123 Main Street, 45 Oak Ave., 1600 Pennsylvania Avenue NW
            if let n = t.number(i), n > 0, n < 100_000, t.tokens[i].end - t.tokens[i].start <= 5, !t.joined(i) || t.isWord(i + 1, ["st", "nd", "rd", "th"]) || t.kind(i + 1) == .word && t.tokens[i + 1].end - t.tokens[i + 1].start == 1 {
                var k = i + 1
                if t.joined(i) { k += 1 }  // 5th Avenue: the ordinal is part of the name; 221B
                // "88 Rue de la Paix": a street type first, then its name (particles allowed).
                if t.isWord(k, streetTypesFirst), t.tokens.indices.contains(k), t.tokens[k].capitalized {
                    var e = k
                    while e + 1 < t.tokens.count, e - k < 5, t.kind(e + 1) == .word, t.tokens[e + 1].capitalized || t.isWord(e + 1, streetParticles) { e += 1 }
                    if e > k, t.tokens[e].capitalized {
                        add("phi.address", .warning, message, t.tokens[i].start, t.tokens[e].end)
                        continue
                    }
                }
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
            // "Rue des Lilas 14", "Lindenstraße 7", "Via Roma 12"
            if t.kind(i) == .word, t.tokens[i].capitalized, t.kind(i + 1) == .number || t.has(i, .streetType) {
                var e = i
                let w = t.tokens[i].lower
                if t.isWord(i, streetTypesFirst) {
                    while e + 1 < t.tokens.count, e - i < 5, t.kind(e + 1) == .word, t.tokens[e + 1].capitalized || t.isWord(e + 1, streetParticles) { e += 1 }
                    if e == i { e = -1 }
                } else if !(w.utf8.count > 4 && streetWordSuffixes.contains(where: { w.endsWith($0) && w.utf8.count > $0.utf8.count + 2 })) {
                    e = -1
                }
                if e >= 0, let n = t.number(e + 1), n > 0, n < 10_000, t.tokens[e + 1].spaceBefore {
                    var end = e + 1
                    if t.joined(end), t.kind(end + 1) == .word, t.tokens[end + 1].end - t.tokens[end + 1].start == 1 { end += 1 }  // 14a
                    add("phi.address", .warning, message, t.tokens[i].start, t.tokens[end].end)
                    continue
                }
            }
            // PO Box 1123, P.O. Box 44
            if t.tokens[i].capitalized, t.tokens[i].lower == "box", t.isWord(i - 1, ["po", "o", "pob"]) || t.word(i - 1) == "." && t.isWord(i - 2, ["o"]), let _ = t.number(i + 1) {
                var s = i - 1
                if t.word(i - 1) == "." { s = i - 4 >= 0 && t.isWord(i - 4, ["p"]) ? i - 4 : i - 2 }
                add("phi.address", .warning, message, t.tokens[max(0, s)].start, t.tokens[i + 1].end)
                continue
            }
            // Irish Eircode: H91 E2K3, D6W 1234, A65 F4E2
            if t.kind(i) == .word, t.tokens[i].spaceBefore, t.tokens[i].end - t.tokens[i].start == 1, t.tokens[i].capitalized, t.joined(i),
               let code = eircodeEnd(t, i) {
                add("phi.address", .warning, message, t.tokens[i].start, t.tokens[code].end)
                continue
            }
            // ZIP in context: "zip 02139", "zip code 90210", "MA 02139", "CA 90210-1234"; "NSW 2034"
            if t.kind(i) == .number, t.tokens[i].lower.count == 5 || t.tokens[i].lower.count == 4 && australianStates.contains(t.word(i - 1)), !t.joined(i) || t.kind(i + 1) == .symbol {
                let prev = t.word(i - 1)
                let prevToken = i > 0 ? t.tokens[i - 1] : nil
                let upper = prevToken.map { tok in t.text(tok.start, tok.end).unicodeScalars.allSatisfy { $0.properties.isUppercase } } ?? false
                let isState = (t.tokens[i].lower.count == 5 ? states.contains(prev) : australianStates.contains(prev)) && upper
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
        guard !pieces.isEmpty else { return }
        // One address is one finding: "Flat 3B, 42 Belgrave Road, Leicester LE4 6AR", "Hauptstraße 12, 10115 Berlin".
        pieces.sort { $0.0 < $1.0 }
        var merged: [(Int, Int)] = []
        for p in pieces {
            if let last = merged.last, p.0 <= last.1 + 1 || addressGap(t, last.1 + 1, p.0) {
                merged[merged.count - 1].1 = max(last.1, p.1)
            } else {
                merged.append(p)
            }
        }
        for (a, b) in merged {
            var start = a, end = b
            // Before: "Flat 3B, ", "Unit 5/", "No. 24, "
            if t.word(start - 1) == "/", t.kind(start - 2) == .number, t.isWord(start - 3, unitWords) { start -= 3 }
            var k = start - 1
            if t.word(k) == "," { k -= 1 }
            if t.kind(k) == .word, t.tokens[k].end - t.tokens[k].start == 1, t.joined(k - 1) { k -= 1 }  // 3B
            if t.word(k) == ".", t.kind(k - 1) == .number { k -= 1 }
            if t.kind(k) == .number, t.word(k - 1) == "." && t.isWord(k - 2, ["no"]) || t.isWord(k - 1, unitWords) {
                start = t.word(k - 1) == "." ? k - 2 : k - 1
            }
            // After: ", Swords, Co. Dublin", ", Springfield, IL 62704", ", 10115 Berlin", ", Bengaluru 560038", " Rotorua 3040"
            var e = end
            while true {
                var j = e + 1
                if t.word(j) == "," { j += 1 }
                var words = 0
                while words < 3, t.kind(j) == .word, t.tokens[j].capitalized, !t.isWord(j, notNames) || t.isWord(j, ["co"]) {
                    j += 1
                    words += 1
                    if t.word(j) == ".", t.isWord(j - 1, ["co"]) { j += 1 }
                }
                if let n = t.number(j), n > 0, [4, 5, 6].contains(t.tokens[j].lower.count), t.tokens[j].spaceBefore, !t.joined(j) || t.kind(j + 1) == .symbol {
                    // A postcode with its town on either side: "10115 Berlin", "Rotorua 3040".
                    var last = j
                    if words == 0, t.kind(j + 1) == .word, t.tokens[j + 1].capitalized, t.tokens[j + 1].spaceBefore { last = j + 1 }
                    e = last
                    continue
                }
                if words > 0, j - 1 > e, t.word(e + 1) == "," { e = j - 1; if t.word(e) == "." { e -= 1 }; continue }
                break
            }
            end = e
            if !isPracticeContact(t, start: t.tokens[start].start) {
                realAdd("phi.address", .warning, message, t.tokens[start].start, t.tokens[end].end)
            }
        }
    }

    /// Whether tokens a..<b join two parts of one address: commas and a few capitalised words (a town, a district).
    static func addressGap(_ t: LintText, _ a: Int, _ b: Int) -> Bool {
        guard b - a <= 6 else { return false }
        for k in a..<b {
            if t.word(k) == "," || t.word(k) == "." { continue }
            if t.kind(k) == .word, t.tokens[k].capitalized || t.isWord(k, streetParticles) { continue }
            if t.kind(k) == .number, t.tokens[k].lower.count >= 4 { continue }
            return false
        }
        return true
    }

    /// An Eircode from token i: a routing key (letter, two digits or digit and W) and four letters and digits.
    static func eircodeEnd(_ t: LintText, _ i: Int) -> Int? {
        var e = i
        var key = t.text(t.tokens[i].start, t.tokens[i].end)
        while t.joined(e), e - i < 3, t.kind(e + 1) != .symbol { e += 1; key += t.text(t.tokens[e].start, t.tokens[e].end) }
        let k = Array(key.unicodeScalars)
        guard k.count == 3, LintText.isDigit(k[1]), LintText.isDigit(k[2]) || k[2] == "W", t.tokens.indices.contains(e + 1), t.tokens[e + 1].spaceBefore else { return nil }
        var f = e + 1
        var unique = t.text(t.tokens[f].start, t.tokens[f].end)
        while t.joined(f), f - e < 5, t.kind(f + 1) != .symbol { f += 1; unique += t.text(t.tokens[f].start, t.tokens[f].end) }
        let u = Array(unique.unicodeScalars)
        guard u.count == 4, u.allSatisfy({ LintText.isDigit($0) || ($0.value >= 65 && $0.value <= 90) }), u.contains(where: LintText.isDigit),
              u.contains(where: { !LintText.isDigit($0) }) else { return nil }
        if t.joined(f), t.kind(f + 1) != .symbol { return nil }
        return f
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
