/// The draft linter: what a doctor must never post, found precisely.
///
/// Pure and fast: the text is tokenized once, and each rule looks at tokens and their
/// neighbours (context words, allow-lists, negations) rather than running a regular expression
/// per rule. Identifiers that are unambiguous (email, phone, SSN, record numbers, precise
/// dates, ages over 89) are errors; names, places and combinations are warnings a doctor can
/// acknowledge.
public enum Linter {
    /// Builds what the first lint would build (the word lexicon, tens of milliseconds). A caller
    /// with a spare thread runs it while it reads the plan, so the first frame does not wait.
    public static func prepare() {
        _ = Lexicon.shared
    }

    public static func lint(_ text: String, context: LintContext = LintContext()) -> [LintFinding] {
        let t = LintText(text)
        var found: [LintFinding] = []
        func add(_ rule: String, _ severity: Severity, _ message: String, _ start: Int, _ end: Int) {
            found.append(LintFinding(rule: rule, severity: severity, message: message, start: start, end: end, excerpt: t.text(start, end)))
        }
        PHIRules.emails(t, add)
        PHIRules.urlsAndIPs(t, allowedDomains: context.allowedDomains, add)
        PHIRules.numbers(t, add)
        PHIRules.dates(t, add)
        PHIRules.holidayDates(t, add)
        PHIRules.ages(t, add)
        PHIRules.recordNumbers(t, add)
        PHIRules.nationalIDs(t, add)
        PHIRules.labelledIdentifiers(t, existing: found, add)
        PHIRules.cardNumbers(t, add)
        // One number, one rule: a national number is not also a phone, a record or a date; a
        // labelled record number is not also a phone ("Folder number TBH 4471208").
        if found.contains(where: { $0.rule == "phi.ssn" || $0.rule == "phi.record-number" }) {
            let ids = found.filter { $0.rule == "phi.ssn" || $0.rule == "phi.record-number" }
            found.removeAll { f in
                (f.rule == "phi.phone" || f.rule == "phi.date" || f.rule == "phi.record-number")
                    && ids.contains { $0.rule != f.rule && ($0.rule == "phi.ssn" || f.rule != "phi.record-number") && $0.start < f.end && f.start < $0.end }
            }
        }
        PHIRules.addresses(t, add)
        // The sentences holding an identifier: a given name there is who it identifies.
        let identifiers: Set<String> = ["phi.phone", "phi.email", "phi.date", "phi.record-number", "phi.ssn", "phi.address", "phi.age"]
        // (Not the practice's own number, acknowledged or allowed: "Reach Tom at 555-867-5309".)
        let identified = Set(found.lazy.filter { f in
            identifiers.contains(f.rule) && !context.acknowledgements.contains { $0.rule == f.rule && $0.excerpt == f.excerpt }
                && !context.allowList.contains { $0.trimmingSpaces == f.excerpt }
        }.map { t.sentenceStart(t.tokenIndex(atOrAfter: $0.start)) })
        PHIRules.names(t, identified: identified, add)
        ContentRules.advice(t, add)
        ContentRules.claims(t, add)
        ContentRules.promises(t, add)
        ContentRules.generalClaims(t, add)
        ContentRules.foreignClaims(t, add)
        ContentRules.controversial(t, terms: context.controversialWords, add)
        // One claim a sentence: "Zero side effects, no risk at all", "reverses diabetes in 30 days, every time".
        let claims = found.indices.filter { found[$0].rule == "claim.unverified" }
        if claims.count > 1 {
            var keep = found.filter { $0.rule != "claim.unverified" }
            var merged: [LintFinding] = []
            for f in claims.map({ found[$0] }).sorted(by: { $0.start < $1.start }) {
                // Merged when they touch or stand a word or two apart ("100% natural, zero side
                // effects"); two claims joined by a clause ("boosts your immune system … and the
                // Glow drip detoxes your liver") stay two.
                if let last = merged.last, t.sentenceStart(t.tokenIndex(atOrAfter: f.start)) <= t.tokenIndex(atOrAfter: last.start),
                   !newSubjectBetween(t, t.tokenIndex(atOrAfter: last.end), t.tokenIndex(atOrAfter: f.start)) {
                    let end = max(last.end, f.end)
                    merged[merged.count - 1] = LintFinding(rule: last.rule, severity: last.severity, message: last.message, start: last.start, end: end,
                                                           excerpt: t.text(last.start, end))
                } else {
                    merged.append(f)
                }
            }
            keep.append(contentsOf: merged)
            found = keep
        }
        // A name inside an address ("Rue des Lilas 14", "Barangay San Roque") is the address.
        if found.contains(where: { $0.rule == "phi.address" }) {
            let places = found.filter { $0.rule == "phi.address" }
            found.removeAll { f in f.rule == "phi.name" && places.contains { $0.start < f.end && f.start < $0.end } }
        }
        let phi = found
        PHIRules.combination(t, existing: phi, add)
        ContentRules.document(t, context: context, add)
        return finish(found, text: t, context: context)
    }

    /// Whether a new subject starts between tokens a and b ("… and the Glow drip …").
    private static func newSubjectBetween(_ t: LintText, _ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        return (a..<b).contains { t.isWord($0, ["and", "while", "whereas", "plus"]) } && (a..<b).contains { t.isWord($0, ["the", "our", "this", "these", "its", "their"]) }
    }

    /// Removes overlaps of the same rule, marks what the doctor acknowledged, sorts.
    static func finish(_ found: [LintFinding], text t: LintText, context: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        // Sorted as indices (a stable sort of the same order: the same result), so the sort
        // moves integers, not findings of three strings each.
        for f in found.indices.sorted(by: { LintFinding.order(found[$0], found[$1]) }).lazy.map({ found[$0] }) {
            if let last = out.lastIndex(where: { $0.rule == f.rule }), out[last].end > f.start, f.end > out[last].start, f.start != f.end {
                // Same rule, overlapping: keep the longer.
                if f.end - f.start > out[last].end - out[last].start { out[last] = f }
                continue
            }
            out.append(f)
        }
        // The plan's allow-list silences exact strings everywhere.
        var allowed: [Range<Int>] = []
        for entry in context.allowList where !entry.trimmingSpaces.isEmpty {
            allowed.append(contentsOf: t.findExact(entry.trimmingSpaces))
        }
        for i in out.indices {
            let f = out[i]
            if allowed.contains(where: { $0.lowerBound <= f.start && f.end <= $0.upperBound && f.start != f.end }) {
                out[i].acknowledged = true
            }
            if context.acknowledgements.contains(where: { $0.rule == f.rule && $0.excerpt == f.excerpt }) {
                out[i].acknowledged = true
            }
        }
        // Already in order unless a longer overlap replaced an earlier finding: then sort (the
        // sort is stable, so an ordered array would come back the same).
        for k in out.indices.dropFirst() where LintFinding.order(out[k], out[k - 1]) {
            return out.sorted(by: LintFinding.order)
        }
        return out
    }

    /// True when any finding is an unacknowledged error.
    public static func hasErrors(_ findings: [LintFinding]) -> Bool {
        findings.contains { $0.severity == .error && !$0.acknowledged }
    }
}

extension LintText {
    /// Exact (case-sensitive) occurrences of a string, as scalar ranges.
    func findExact(_ s: String) -> [Range<Int>] {
        let p = Array(s.unicodeScalars)
        guard !p.isEmpty, p.count <= scalars.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + p.count <= scalars.count {
            var k = 0
            while k < p.count, scalars[i + k] == p[k] { k += 1 }
            if k == p.count { out.append(i..<(i + k)) }
            i += 1
        }
        return out
    }
}
