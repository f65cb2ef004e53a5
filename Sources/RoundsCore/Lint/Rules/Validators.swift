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

    static func digits(_ s: String) -> [Int] { s.unicodeScalars.compactMap { LintText.isDigit($0) ? Int($0.value - 48) : nil } }
}
