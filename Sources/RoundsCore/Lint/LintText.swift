/// A draft split into tokens with their positions, so rules can look at words and numbers
/// and their neighbours instead of running dozens of regular expressions over the text.
struct LintText {
    enum Kind: Equatable { case word, number, symbol }

    struct Token {
        var kind: Kind
        /// Scalar offsets [start, end).
        var start: Int
        var end: Int
        /// Lowercased text.
        var lower: String
        /// True when the token starts with an uppercase letter.
        var capitalized: Bool
        /// White space (or the start of the text) right before it.
        var spaceBefore: Bool
        /// What the rules know about the word.
        var flags: Lexicon.Flags
        /// `Lexicon.hash` of `lower`'s UTF-8: word tables look tokens up by it.
        var hash: UInt64
        /// A number token's value (of its first 12 digits), read while tokenizing; 0 for words.
        var value: Int
    }

    let scalars: [Unicode.Scalar]
    /// The text's UTF-8, and where each scalar starts in it (one more entry for the end): an
    /// excerpt is a slice of bytes, not a string rebuilt scalar by scalar.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]
    let tokens: [Token]
    /// Where each word that starts a known phrase occurs (token indices).
    let positions: PhrasePositions
    /// The whole text lowercased, as scalars (same offsets).
    let lower: [Unicode.Scalar]

    init(_ text: String) { self.init(text, lexicon: Lexicon.shared) }

    /// The phrases whose first words are indexed (the rest are found by a scan).
    static let staticPhrases: [[String]] = PHIRules.rareConditionWords + PHIRules.placePhraseWords + PHIRules.recentPhraseWords +
        ContentRules.disclaimerPhraseWords + ContentRules.disclosurePhraseWords + ContentRules.outcomeWords + ContentRules.deferPhrases + ContentRules.promisePhrases +
        LintContext.defaultControversialWords

    /// `lexicon` is nil while the lexicon itself is being built (its phrases are tokenized
    /// too): looking up `Lexicon.shared` then would re-enter its own lazy initializer.
    init(_ text: String, lexicon: Lexicon?) {
        // One pass over the scalars: each with where its UTF-8 starts (an upper bound reserved,
        // without counting scalars first).
        let byteCount = text.utf8.count
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(byteCount)
        var offsets: [Int32] = []
        offsets.reserveCapacity(byteCount + 1)
        var o: Int32 = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(o)
            o += Int32(UTF8.width(s))
        }
        offsets.append(o)
        self.scalars = scalars
        self.utf8Offsets = offsets
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount)
        bytes.append(contentsOf: text.utf8)
        self.utf8 = bytes
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(scalars.count)
        for s in scalars {
            if s.value >= 65, s.value <= 90 { lower.append(Unicode.Scalar(UInt8(s.value + 32))) } else if s.value < 128 { lower.append(s) } else {
                let l = s.properties.lowercaseMapping.unicodeScalars
                lower.append(l.count == 1 ? l.first! : s)
            }
        }
        self.lower = lower
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var positions = PhrasePositions()
        var utf8: [UInt8] = []
        utf8.reserveCapacity(64)
        var i = 0
        var space = true
        while i < scalars.count {
            let s = scalars[i]
            if LintText.isSpace(s) {
                space = true
                i += 1
                continue
            }
            let start = i
            let kind: Kind
            var value = 0
            if LintText.isDigit(s) {
                while i < scalars.count, LintText.isDigit(scalars[i]) {
                    if i - start < 12 { value = value * 10 + Int(scalars[i].value - 48) }
                    i += 1
                }
                kind = .number
            } else if LintText.isLetter(s) {
                // Letters, with apostrophes inside words (don't, patient's).
                while i < scalars.count {
                    if LintText.isLetter(scalars[i]) || LintText.isMark(scalars[i]) { i += 1; continue }
                    if (scalars[i] == "'" || scalars[i] == "\u{2019}"), i + 1 < scalars.count, LintText.isLetter(scalars[i + 1]) { i += 1; continue }
                    break
                }
                kind = .word
            } else {
                i += 1
                kind = .symbol
            }
            // The lowercase text, built from UTF-8 (most tokens are short ASCII: no allocation).
            let l: String
            let h: UInt64
            if Int(offsets[i] - offsets[start]) == i - start, i - start <= 32 {
                // All ASCII (one byte a scalar), and short: lowered into a fixed buffer on the
                // stack, hashed as it is written (no array appends, no second pass).
                (l, h) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for k in start..<i {
                        var b = UInt8(truncatingIfNeeded: scalars[k].value)
                        if b >= 65, b <= 90 { b += 32 }
                        buffer[k - start] = b
                        hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
                    }
                    return (String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<(i - start)]), as: UTF8.self), hash)
                }
            } else {
                utf8.removeAll(keepingCapacity: true)
                for k in start..<i {
                    var u = lower[k]
                    if u == "\u{2019}", kind == .word { u = "'" }
                    if u.value < 128 { utf8.append(UInt8(u.value)) } else { utf8.append(contentsOf: UTF8.encode(u)!) }
                }
                l = String(decoding: utf8, as: UTF8.self)
                h = Lexicon.hash(utf8)
            }
            var flags: Lexicon.Flags = kind == .number ? [] : lexicon?.flags(l, hash: h) ?? []
            // "Hannah's", "Tunde's": a possessive given name is the name (the name rule ends the
            // excerpt before the "'s"). One more lookup, only for words ending in 's.
            if kind == .word, let lexicon, flags.isEmpty, i - start > 3, scalars[i - 1] == "s" || scalars[i - 1] == "S", scalars[i - 2] == "'" || scalars[i - 2] == "\u{2019}" {
                flags.formUnion(lexicon.flags(String(l.dropLast(2))).intersection([.firstName, .ambiguousName]))
            }
            if flags.contains(.phraseStart) { positions.append(l, hash: h, at: tokens.count) }
            tokens.append(Token(kind: kind, start: start, end: i, lower: l,
                                capitalized: s.value < 128 ? (s.value >= 65 && s.value <= 90) : s.properties.isUppercase, spaceBefore: space,
                                flags: flags, hash: h, value: value))
            space = false
        }
        self.tokens = tokens
        self.positions = positions
        // Each token's sentence, found once: the rules ask for it at every trigger word, and
        // walking to the sentence's ends each time cost a draft its length squared.
        let n = tokens.count
        var starts = [Int32](repeating: 0, count: n), ends = [Int32](repeating: Int32(n), count: n)
        var start = 0
        for j in 0..<n {
            if j > 0 {
                let prev = tokens[j - 1]
                if prev.kind == .symbol, scalars[prev.start].isAny(of: ".!?:;"), scalars[prev.start] != "." || fullStop(j - 1) { start = j }
                else if scalarsBetweenContainNewline(j - 1, j) { start = j }
            }
            starts[j] = Int32(start)
        }
        var next = n
        for j in stride(from: n - 1, through: 0, by: -1) {
            let ends_here = tokens[j].kind == .symbol && scalars[tokens[j].start].isAny(of: ".!?;") && (scalars[tokens[j].start] != "." || fullStop(j))
                || j + 1 < n && scalarsBetweenContainNewline(j, j + 1)
            if ends_here { next = j + 1 }
            ends[j] = Int32(next)
        }
        sentenceStarts = starts
        sentenceEnds = ends
    }

    /// Where the sentence of each token starts, and one past where it ends (`sentenceStart`, `sentenceEnd`).
    private(set) var sentenceStarts: [Int32] = []
    private(set) var sentenceEnds: [Int32] = []

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s == " " || s == "\n" || s == "\t" || s == "\r" || s.value == 11 || s.value == 12 }
        return s.properties.isWhitespace
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) }
        return s.properties.isAlphabetic
    }
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 { return false }  // the first combining mark
        return switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// The original text of scalars [start, end).
    func text(_ start: Int, _ end: Int) -> String {
        let a = max(0, start), b = min(scalars.count, end)
        guard a < b else { return "" }
        return String(decoding: utf8[Int(utf8Offsets[a])..<Int(utf8Offsets[b])], as: UTF8.self)
    }

    func lowerText(_ start: Int, _ end: Int) -> String {
        let a = max(0, start), b = min(lower.count, end)
        guard a < b else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(b - a)
        for k in a..<b {
            let u = lower[k]
            guard u.value < 128 else { return String(String.UnicodeScalarView(lower[a..<b])) }
            bytes.append(UInt8(u.value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Token i's lowercased text, or "" outside the text.
    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }

    /// Whether token i is one of a few words (a linear scan: cheaper than building a set).
    func isWord(_ i: Int, _ options: [String]) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let w = tokens[i].lower
        for o in options where o == w { return true }
        return false
    }

    @inline(__always)
    func isWord(_ i: Int, _ options: WordTable) -> Bool { i >= 0 && i < tokens.count && options.contains(tokens[i].lower, hash: tokens[i].hash) }

    /// Token i's number in a word table (a month's, a number word's), or nil.
    @inline(__always)
    func value(_ i: Int, _ table: WordTable) -> Int? { i >= 0 && i < tokens.count ? table.value(tokens[i].lower, hash: tokens[i].hash) : nil }

    func kind(_ i: Int) -> Kind? { i >= 0 && i < tokens.count ? tokens[i].kind : nil }

    func has(_ i: Int, _ flag: Lexicon.Flags) -> Bool { i >= 0 && i < tokens.count && tokens[i].flags.contains(flag) }

    /// Whether tokens i and i+1 touch (no space between).
    func joined(_ i: Int) -> Bool { i + 1 < tokens.count && !tokens[i + 1].spaceBefore }

    /// The value of a number token.
    func number(_ i: Int) -> Int? { kind(i) == .number ? tokens[i].value : nil }

    /// Index of the first token starting at or after a scalar offset.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The start of the sentence holding token i (index of its first token).
    func sentenceStart(_ i: Int) -> Int {
        if i >= 0, i < sentenceStarts.count { return Int(sentenceStarts[i]) }
        var j = i
        while j > 0 {
            let prev = tokens[j - 1]
            if prev.kind == .symbol, scalars[prev.start].isAny(of: ".!?:;"), scalars[prev.start] != "." || fullStop(j - 1) { break }
            if scalarsBetweenContainNewline(j - 1, j) { break }
            j -= 1
        }
        return j
    }

    /// Index one past the last token of the sentence holding token i.
    func sentenceEnd(_ i: Int) -> Int {
        if i >= 0, i < sentenceEnds.count { return Int(sentenceEnds[i]) }
        var j = i
        while j < tokens.count {
            if tokens[j].kind == .symbol, scalars[tokens[j].start].isAny(of: ".!?;"), scalars[tokens[j].start] != "." || fullStop(j) { return j + 1 }
            if j + 1 < tokens.count, scalarsBetweenContainNewline(j, j + 1) { return j + 1 }
            j += 1
        }
        return tokens.count
    }

    /// Whether word token i ends in a possessive "'s" (read from its scalars: no string compared).
    @inline(__always)
    func possessive(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word, tokens[i].end - tokens[i].start > 2 else { return false }
        let e = tokens[i].end
        return (scalars[e - 1] == "s" || scalars[e - 1] == "S") && (scalars[e - 2] == "'" || scalars[e - 2] == "\u{2019}")
    }

    /// Abbreviations whose full stop ends no sentence: "Mr. Kowalski", "Dr. Okafor", "St. Mary's".
    static let abbreviations: WordTable = ["mr", "mrs", "ms", "mx", "dr", "prof", "mme", "mlle", "sr", "sra", "srta", "jr", "vs", "fr",
                                           "rev", "st", "dept", "approx", "co"]

    /// Whether the "." at token k ends a sentence: not inside a word (an email, a link, 2.5 kg),
    /// not after a title ("Mr. Kowalski") or before a number ("No. 24").
    func fullStop(_ k: Int) -> Bool {
        if k + 1 < tokens.count, !tokens[k + 1].spaceBefore { return false }
        if k > 0, tokens[k - 1].kind == .word, k + 1 < tokens.count, !tokens[k].spaceBefore {
            if isWord(k - 1, LintText.abbreviations) { return false }
            if tokens[k - 1].lower == "no", tokens[k + 1].kind == .number { return false }
        }
        return true
    }

    func scalarsBetweenContainNewline(_ a: Int, _ b: Int) -> Bool {
        var k = tokens[a].end
        while k < tokens[b].start {
            if scalars[k] == "\n" { return true }
            k += 1
        }
        return false
    }

    /// The lowercase words of a phrase, tokenized as a text is.
    static func words(_ phrase: String) -> [String] { LintText(phrase, lexicon: nil).tokens.map(\.lower) }

    /// Finds a phrase given as words (see `words(_:)`); returns scalar ranges of each match.
    /// Token indices where a word occurs: from the index when it starts a known phrase.
    func occurrences(of word: String) -> [Int] {
        if !positions.isEmpty, let known = positions[word] { return known }
        // Not a phrase start in this text: a phrase start elsewhere occurs nowhere here.
        if Lexicon.shared.flags(word).contains(.phraseStart) { return [] }
        return tokens.indices.filter { tokens[$0].lower == word }
    }

    /// The first match of any of several phrases from `staticPhrases`: their first words are
    /// indexed while tokenizing, so a text without any of them costs nothing, and no phrase
    /// needs its first word hashed again (the linter tries hundreds of such phrases per draft).
    func firstMatch(amongIndexed phrases: [[String]], in range: Range<Int>? = nil) -> Range<Int>? {
        guard !positions.isEmpty else { return nil }
        for p in phrases {
            assert(p.first.map { Lexicon.shared.flags($0).contains(.phraseStart) } ?? true, "\(p) is not in staticPhrases: never indexed")
            guard let first = p.first, let starts = positions[first] else { continue }
            for i in starts where (range?.contains(i) ?? true) && matches(p, at: i) {
                return tokens[i].start..<tokens[i + p.count - 1].end
            }
        }
        return nil
    }

    /// `find(words:)` for a phrase of `staticPhrases`: its first word's positions were indexed
    /// while tokenizing, so a text without it costs one lookup.
    func find(indexedWords p: [String]) -> [Range<Int>] {
        assert(p.first.map { Lexicon.shared.flags($0).contains(.phraseStart) } ?? true, "\(p) is not in staticPhrases: never indexed")
        guard let first = p.first, let starts = positions[first] else { return [] }
        var out: [Range<Int>] = []
        for i in starts where matches(p, at: i) {
            out.append(tokens[i].start..<tokens[i + p.count - 1].end)
        }
        return out
    }

    func find(words p: [String]) -> [Range<Int>] {
        guard let first = p.first else { return [] }
        var out: [Range<Int>] = []
        for i in occurrences(of: first) where matches(p, at: i) {
            out.append(tokens[i].start..<tokens[i + p.count - 1].end)
        }
        return out
    }

    /// Whether the phrase's words are the tokens from index i on.
    func matches(_ p: [String], at i: Int) -> Bool {
        guard !p.isEmpty, i >= 0, i + p.count <= tokens.count else { return false }
        for k in p.indices where tokens[i + k].lower != p[k] { return false }
        return true
    }

    func contains(words p: [String]) -> Bool { contains(words: p, in: 0..<tokens.count) }

    /// Whether the phrase occurs starting within a token range.
    func contains(words p: [String], in range: Range<Int>) -> Bool {
        guard let first = p.first else { return false }
        return occurrences(of: first).contains { range.contains($0) && matches(p, at: $0) }
    }

    /// Finds a lowercase phrase in the text; returns scalar offsets of each match at word bounds.
    func find(_ phrase: String) -> [Range<Int>] {
        let p = Array(phrase.unicodeScalars)
        guard !p.isEmpty, p.count <= lower.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        let first = p[0]
        while i + p.count <= lower.count {
            if lower[i] == first {
                var k = 1
                while k < p.count, lower[i + k] == p[k] { k += 1 }
                if k == p.count {
                    let beforeOK = i == 0 || !LintText.isLetter(lower[i - 1]) && !LintText.isDigit(lower[i - 1])
                    let afterOK = i + k >= lower.count || !LintText.isLetter(lower[i + k]) && !LintText.isDigit(lower[i + k])
                    if beforeOK && afterOK { out.append(i..<(i + k)) }
                }
            }
            i += 1
        }
        return out
    }

    func contains(_ phrase: String) -> Bool { !find(phrase).isEmpty }
}

extension Unicode.Scalar {
    /// Whether the scalar is one of the ASCII characters of a short literal (no iterator, no
    /// allocation: these checks run for every character of a draft).
    @inline(__always)
    func isAny(of set: StaticString) -> Bool {
        guard value < 128 else { return false }
        let v = UInt8(value)
        return set.withUTF8Buffer { $0.contains(v) }
    }
}

extension String {
    /// `hasSuffix` by bytes: no grapheme breaking (the rules' suffixes are plain letters).
    @inline(__always)
    func endsWith(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        return utf8.count >= n && utf8.suffix(n).elementsEqual(suffix.utf8)
    }

    /// `contains(_:)` of an ASCII needle, bytes first: the `Character` search (the one that
    /// decides) runs only when the needle's bytes occur, which in a few context words is rare.
    func containsASCII(_ needle: String) -> Bool {
        let bytesOccur = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n -> Bool in
                guard n.count > 0 else { return true }
                guard n.count <= h.count else { return false }
                var i = 0
                while i + n.count <= h.count {
                    if h[i] == n[0] {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            } ?? true
        } ?? true
        return bytesOccur && contains(needle)
    }

    var replacingApostrophes: String {
        guard unicodeScalars.contains("\u{2019}") else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}

/// Where each phrase-starting word of a text occurs: a handful of words a draft, so a short
/// list searched by hash beats a dictionary's seeded hash of every phrase tried.
struct PhrasePositions {
    private var hashes: [UInt64] = []
    private var words: [String] = []
    private var indices: [[Int]] = []
    /// A bit for each word's UTF-8 length and first byte: most phrases tried start with a word
    /// not in this text, and are turned away by it without hashing their first word.
    private var shapes: UInt64 = 0

    var isEmpty: Bool { hashes.isEmpty }

    @inline(__always)
    private static func shape(_ word: String) -> UInt64 {
        let u = word.utf8
        return 1 << UInt64((Int(u.first ?? 0) &+ u.count &* 7) & 63)
    }

    mutating func append(_ word: String, hash: UInt64, at index: Int) {
        for k in hashes.indices where hashes[k] == hash && words[k] == word {
            indices[k].append(index)
            return
        }
        shapes |= PhrasePositions.shape(word)
        hashes.append(hash)
        words.append(word)
        indices.append([index])
    }

    subscript(_ word: String) -> [Int]? {
        guard shapes & PhrasePositions.shape(word) != 0 else { return nil }
        let h = Lexicon.hash(word)
        for k in hashes.indices where hashes[k] == h && words[k] == word { return indices[k] }
        return nil
    }
}
