/// Rules for HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)).
enum PHIRules {
    typealias Add = (_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) -> Void

    // MARK: - The practice's own contact details (email, phone, address and link rules)

    static let practiceWords: WordTable = ["our", "us", "office", "clinic", "practice", "reception", "desk", "hotline", "helpline",
                                             "lifeline", "we", "we're", "booking", "book", "scheduling", "appointments", "appointment",
                                             "enquiries", "bookings", "surgery's", "clinic's", "practice's", "rendez-vous", "cabinet", "praxis", "ours",
                                             "same", "unchanged", "unsere", "unser", "unserer", "wir", "uns", "praktijk", "onze", "ons", "wij",
                                             "notre", "nous", "nuestra", "nuestro", "consultorio", "bleibt", "blijft"]
    static let personalWords: WordTable = ["his", "her", "him", "she", "he", "lives", "home", "neighbor's", "patient", "patient's", "daughter's", "son's", "wife's", "husband's",
                                             "mother's", "father's", "family", "caregiver", "mrs", "mr", "ms", "their", "cell", "housebound",
                                             "mum", "mom", "dad", "son", "daughter", "wife", "husband", "sister", "brother", "ex", "landlord",
                                             "neighbour", "neighbor", "caller", "owner", "owner's", "madam's", "voicemail", "pretending"]

    static let callerWords: WordTable = ["voicemail", "message", "call", "calls", "called", "calling", "ringing", "rang", "texted", "texting",
                                           "text", "sms", "whatsapp", "missed", "left", "phoned", "phoning"]
    static let orBut: WordTable = ["or", "but"]
    static let theIf: WordTable = ["the", "if"]

    /// Whether a contact detail at this offset is the practice's own ("call our office at …").
    static func isPracticeContact(_ t: LintText, start: Int) -> Bool {
        let i = min(t.tokenIndex(atOrAfter: start), t.tokens.count)
        guard i > 0 else { return false }
        // The words around it, back to the last full stop (a colon does not end the phrase).
        var s = i
        while s > 0, i - s < 24, !(t.word(s - 1) == "!" || t.word(s - 1) == "?" || t.word(s - 1) == "." && t.fullStop(s - 1)) { s -= 1 }
        // A label-only line ("Fax: …", "Call …") belongs with the sentence before it: its practice
        // words count, not its persons ("Dr Pillay is covering his patients. Call reception on …").
        let own = s
        if i - s <= 3, s > 1 {
            s -= 1
            while s > 0, i - s < 14, !(t.word(s - 1) == "!" || t.word(s - 1) == "?" || t.word(s - 1) == "." && t.fullStop(s - 1)) { s -= 1 }
        }
        let e = min(t.tokens.count, t.sentenceEnd(min(i, t.tokens.count - 1)))
        // "Riverside Family Practice": a capitalised "Family" is the practice's name, not a patient's family.
        // Personal words count up to another clause: "Call us on … to book, or if you're her daughter…" is the practice's.
        let cut = (i..<e).first { t.word($0) == "," && t.isWord($0 + 1, orBut) } ?? e
        // "Call Mrs. Diaz at … or our front desk at …": the practice's clause starts after the "or".
        let from = (s..<i).last { t.isWord($0, orBut) && (t.isWord($0 + 1, practiceWords) || t.isWord($0 + 1, theIf)) }.map { $0 + 1 } ?? s
        // "Lena's recovery blog at …": a person's possessive name makes it theirs.
        // A number given "from" (a caller's: "a voicemail from …", "ringing from …") is theirs.
        if t.isWord(i - 1, ["from", "von", "van", "de", "desde"]), (s..<i).contains(where: { t.isWord($0, callerWords) }) { return false }
        // "If you own …", "your phone number": the reader's.
        if (s..<e).contains(where: { t.word($0) == "your" && t.isWord($0 + 1, ["phone", "number", "mobile", "cell", "prescription"]) }) { return false }
        let personal = (max(from, (i - own <= 3 && !(own..<i).contains(where: { t.word($0) == ":" })) ? own : from)..<cut).contains { t.isWord($0, personalWords) && !(t.word($0) == "family" && t.tokens[$0].capitalized)
            && !(t.word($0) == "home" && t.joined($0) && t.word($0 + 1) == "-")
            || t.has($0, .firstName) && t.tokens[$0].capitalized && t.possessive($0) }
        return (s..<e).contains { t.isWord($0, practiceWords) } && !personal
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes of an ASCII needle occur anywhere in these bytes.
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            guard n.count <= count, n.count > 0 else { return n.count == 0 }
            var i = 0
            while i + n.count <= count {
                if self[i] == n[0] {
                    var k = 1
                    while k < n.count, self[i + k] == n[k] { k += 1 }
                    if k == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
