/// Check digits of the national identifiers a draft may leak. They tell an identifier from a
/// number of the same shape (an NHS number spaced 3-3-4 like a phone number, a SIN like any nine
/// digits) and keep a mistyped example from looking real.
enum Validators {
    /// NHS number (England, Wales, Isle of Man): ten digits, weights 10…2, mod 11.
    static func nhsNumber(_ d: [Int]) -> Bool {
        guard d.count == 10 else { return false }
        let sum = (0..<9).reduce(0) { $0 + d[$1] * (10 - $1) }
        let check = 11 - sum % 11
        if check == 10 { return false }
        return (check == 11 ? 0 : check) == d[9]
    }

    /// Luhn (Canadian SIN, US NPI with the 80840 prefix, card numbers).
    static func luhn(_ d: [Int]) -> Bool {
        guard d.count >= 2 else { return false }
        var sum = 0
        for (k, x) in d.reversed().enumerated() {
            if k % 2 == 1 { let y = x * 2; sum += y > 9 ? y - 9 : y } else { sum += x }
        }
        return sum % 10 == 0
    }

    /// US National Provider Identifier: ten digits, Luhn over "80840" + the first nine.
    static func npi(_ d: [Int]) -> Bool { d.count == 10 && luhn([8, 0, 8, 4, 0] + d) }

    /// Canadian Social Insurance Number: nine digits, Luhn, not starting with 0 or 8.
    static func sin(_ d: [Int]) -> Bool { d.count == 9 && d[0] != 0 && d[0] != 8 && luhn(d) }

    /// Australian Medicare card number: ten or eleven digits, first 2–6, weights 1,3,7,9,1,3,7,9 mod 10 = 9th digit.
    static func medicare(_ d: [Int]) -> Bool {
        guard d.count == 10 || d.count == 11, (2...6).contains(d[0]) else { return false }
        let w = [1, 3, 7, 9, 1, 3, 7, 9]
        return (0..<8).reduce(0) { $0 + d[$1] * w[$1] } % 10 == d[8]
    }

    /// US Social Security number structure: area not 000, 666 or 900–999; group not 00; serial not 0000.
    static func ssn(_ d: [Int]) -> Bool {
        guard d.count == 9 else { return false }
        let area = d[0] * 100 + d[1] * 10 + d[2], group = d[3] * 10 + d[4], serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8]
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    static let verhoeffD: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    static let verhoeffP: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// Aadhaar (India): twelve digits, the first 2–9, Verhoeff check digit.
    static func aadhaar(_ d: [Int]) -> Bool {
        guard d.count == 12, d[0] >= 2 else { return false }
        var c = 0
        for (k, x) in d.reversed().enumerated() { c = verhoeffD[c][verhoeffP[k % 8][x]] }
        return c == 0
    }

    /// Dutch citizen service number (BSN): nine digits, the "11-proef" (weights 9…2, the last −1).
    static func bsn(_ d: [Int]) -> Bool {
        guard d.count == 9, d.contains(where: { $0 != 0 }) else { return false }
        return ((0..<8).reduce(0) { $0 + d[$1] * (9 - $1) } - d[8]) % 11 == 0
    }

    /// Irish PPS number: seven digits and a check letter (weights 8…2, mod 23, W for 0), an
    /// optional second letter counting 9 times its place in the alphabet.
    static func pps(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 8 || s.count == 9, s.prefix(7).allSatisfy(LintText.isDigit) else { return false }
        let letters = s.dropFirst(7).map { Int($0.properties.uppercaseMapping.unicodeScalars.first!.value) - 64 }
        guard letters.allSatisfy({ (1...26).contains($0) }) else { return false }
        var sum = (0..<7).reduce(0) { $0 + Int(s[$1].value - 48) * (8 - $1) }
        if letters.count == 2, letters[1] != 23 { sum += letters[1] * 9 }
        let r = sum % 23
        return letters[0] == (r == 0 ? 23 : r)
    }

    /// A birth date as six digits, year first (YYMMDD: South African ID, Swedish personnummer)
    /// or day first (DDMMYY: Danish CPR, German pension number).
    static func birthDate(_ d: ArraySlice<Int>, dayFirst: Bool) -> Bool {
        guard d.count == 6 else { return false }
        let a = d[d.startIndex] * 10 + d[d.startIndex + 1], b = d[d.startIndex + 2] * 10 + d[d.startIndex + 3], c = d[d.startIndex + 4] * 10 + d[d.startIndex + 5]
        let (day, month) = dayFirst ? (a, b) : (c, b)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// South African identity number: thirteen digits, a YYMMDD birth date, Luhn.
    static func southAfricanID(_ d: [Int]) -> Bool {
        d.count == 13 && birthDate(d[0..<6], dayFirst: false) && (d[10] == 0 || d[10] == 1) && luhn(d)
    }

    /// French social security number (NIR): fifteen digits (Corsica's 2A/2B as 19/18), sex 1–4,
    /// 7 or 8, month 01–12 or 20–99, key = 97 − the first thirteen mod 97.
    static func nir(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 15 else { return false }
        var d: [Int] = []
        for (k, c) in s.enumerated() {
            if LintText.isDigit(c) { d.append(Int(c.value - 48)); continue }
            // Corsica: "2A" counts as 19, "2B" as 18, in the department (places 5–6).
            guard k == 6, c == "A" || c == "B" || c == "a" || c == "b", d.count == 6, d[5] == 2 else { return false }
            d[5] = 1
            d.append(c == "A" || c == "a" ? 9 : 8)
        }
        guard [1, 2, 3, 4, 7, 8].contains(d[0]) else { return false }
        let month = d[3] * 10 + d[4]
        guard (1...12).contains(month) || (20...99).contains(month) else { return false }
        let n = d.prefix(13).reduce(0) { ($0 * 10 + $1) % 97 }
        return 97 - n == d[13] * 10 + d[14]
    }

    /// Belgian national register number: eleven digits, YYMMDD, then 97 − (the first nine mod
    /// 97), with a "2" before them for those born from 2000.
    static func belgianNationalNumber(_ d: [Int]) -> Bool {
        guard d.count == 11 else { return false }
        let month = d[2] * 10 + d[3]
        guard (0...12).contains(month) || (20...32).contains(month) || (40...52).contains(month) else { return false }
        let n = d.prefix(9).reduce(0) { $0 * 10 + $1 }
        let check = d[9] * 10 + d[10]
        return 97 - n % 97 == check || 97 - (2_000_000_000 + n) % 97 == check
    }

    static let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE".unicodeScalars)

    /// Spanish DNI (eight digits and a letter) or NIE (X, Y or Z, seven digits and a letter): the
    /// number mod 23 picks the letter.
    static func dni(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 9, let last = s.last.map({ $0.properties.uppercaseMapping.unicodeScalars.first! }), LintText.isLetter(last) else { return false }
        var n = 0
        for (k, c) in s.dropLast().enumerated() {
            if LintText.isDigit(c) { n = n * 10 + Int(c.value - 48); continue }
            guard k == 0, let x = ["X": 0, "Y": 1, "Z": 2][String(c).uppercased()] else { return false }
            n = x
        }
        return dniLetters[n % 23] == last
    }

    /// Polish PESEL: eleven digits, weights 1,3,7,9,1,3,7,9,1,3, a month 01–12 (plus 20, 40,
    /// 60 or 80 by century), check = (10 − sum mod 10) mod 10.
    static func pesel(_ d: [Int]) -> Bool {
        guard d.count == 11 else { return false }
        let month = (d[2] * 10 + d[3]) % 20, day = d[4] * 10 + d[5]
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        let w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return (10 - (0..<10).reduce(0) { $0 + d[$1] * w[$1] } % 10) % 10 == d[10]
    }

    /// Swedish personal identity number: YYMMDD and four digits (or the century first), Luhn
    /// over the ten.
    static func personnummer(_ d: [Int]) -> Bool {
        let ten = d.count == 12 ? Array(d.dropFirst(2)) : d
        guard ten.count == 10 else { return false }
        // A co-ordination number adds 60 to the day.
        let month = ten[2] * 10 + ten[3], day = (ten[4] * 10 + ten[5]) % 60
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        return luhn(ten)
    }

    /// German pension insurance number: area (2 digits), birth date DDMMYY, the surname's
    /// initial, a serial (2 digits) and a check digit: the initial as its place in the alphabet,
    /// weights 2,1,2,5,7,1,2,1,2,1,2,1, digit sums, mod 10.
    static func rentenversicherungsnummer(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 12, LintText.isLetter(s[8]), s.enumerated().allSatisfy({ $0.offset == 8 || LintText.isDigit($0.element) }) else { return false }
        let d = s.enumerated().filter { $0.offset != 8 }.map { Int($0.element.value - 48) }
        guard birthDate(d[2..<8], dayFirst: true) else { return false }
        let letter = Int(s[8].properties.uppercaseMapping.unicodeScalars.first!.value) - 64
        guard (1...26).contains(letter) else { return false }
        let digits = Array(d[0..<8]) + [letter / 10, letter % 10] + Array(d[8..<10])
        let w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        let sum = (0..<12).reduce(0) { let p = digits[$1] * w[$1]; return $0 + p / 10 + p % 10 }
        return sum % 10 == d[10]
    }

    static let cfOdd: [Int] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

    /// Italian fiscal code: six letters, two digits, a month letter, two digits, a letter and
    /// three digits (digits may be letters for homonyms), then a check letter from the odd and
    /// even places' tables.
    static func codiceFiscale(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count == 16 else { return false }
        let u = s.map { $0.properties.uppercaseMapping.unicodeScalars.first! }
        let letterAt = [0, 1, 2, 3, 4, 5, 8, 11, 15]
        guard letterAt.allSatisfy({ (65...90).contains(u[$0].value) }), "ABCDEHLMPRST".unicodeScalars.contains(u[8]),
              [6, 7, 9, 10, 12, 13, 14].allSatisfy({ LintText.isDigit(u[$0]) || "LMNPQRSTUV".unicodeScalars.contains(u[$0]) }) else { return false }
        var sum = 0
        for k in 0..<15 {
            let c = u[k]
            let v = LintText.isDigit(c) ? Int(c.value - 48) : Int(c.value - 65)
            sum += k % 2 == 0 ? cfOdd[v] : v
        }
        return Int(u[15].value - 65) == sum % 26
    }

    /// Austrian social insurance number: a serial of three, a check digit, DDMMYY; weights
    /// 3,7,9,(check),5,8,4,2,1,6, mod 11.
    static func austrianSVNR(_ d: [Int]) -> Bool {
        guard d.count == 10, d[0] != 0, birthDate(d[4..<10], dayFirst: true) || (d[6] * 10 + d[7]) == 13 else { return false }
        let w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        let r = (0..<10).reduce(0) { $0 + d[$1] * w[$1] } % 11
        return r != 10 && r == d[3]
    }

    /// Swiss AHV/AVS number: 756 and ten digits, an EAN-13 check digit.
    static func ahv(_ d: [Int]) -> Bool {
        guard d.count == 13, d[0] == 7, d[1] == 5, d[2] == 6 else { return false }
        let sum = (0..<12).reduce(0) { $0 + d[$1] * ($1 % 2 == 0 ? 1 : 3) }
        return (10 - sum % 10) % 10 == d[12]
    }

    /// Norwegian national identity number (fødselsnummer): DDMMYY, three digits and two mod-11
    /// check digits.
    static func fodselsnummer(_ d: [Int]) -> Bool {
        guard d.count == 11 else { return false }
        // A D-number adds 40 to the day.
        let day = (d[0] * 10 + d[1]) % 40, month = d[2] * 10 + d[3]
        guard (1...31).contains(day), (1...12).contains(month) else { return false }
        func check(_ w: [Int]) -> Int? {
            let r = 11 - w.indices.reduce(0) { $0 + d[$1] * w[$1] } % 11
            return r == 11 ? 0 : r == 10 ? nil : r
        }
        guard let k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2]), k1 == d[9], let k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]), k2 == d[10] else { return false }
        return true
    }

    /// Danish CPR number: DDMMYY and four digits (the old mod-11 check is no longer kept, so the
    /// date and the word "CPR" tell it).
    static func cpr(_ d: [Int]) -> Bool { d.count == 10 && birthDate(d[0..<6], dayFirst: true) }

    /// UK National Insurance number: two letters (not D, F, I, Q, U or V; the second not O; not
    /// BG, GB, NK, KN, TN, NT or ZZ), six digits and A, B, C or D.
    static func nino(_ s: [Unicode.Scalar]) -> Bool {
        let u = s.map { $0.properties.uppercaseMapping.unicodeScalars.first! }
        guard u.count == 9, (65...90).contains(u[0].value), (65...90).contains(u[1].value), u[2..<8].allSatisfy(LintText.isDigit),
              "ABCD".unicodeScalars.contains(u[8]) else { return false }
        let bad1 = "DFIQUV".unicodeScalars, bad2 = "DFIQUVO".unicodeScalars
        guard !bad1.contains(u[0]), !bad2.contains(u[1]) else { return false }
        return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(String(String.UnicodeScalarView(u[0..<2])))
    }

    static func digits(_ s: String) -> [Int] { s.unicodeScalars.compactMap { LintText.isDigit($0) ? Int($0.value - 48) : nil } }
}
