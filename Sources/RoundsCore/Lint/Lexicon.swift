/// The words the rules care about, each with flags, in an open-addressing table keyed by an
/// FNV-1a hash of the word's UTF-8. Every token is looked up once, while it is tokenized;
/// rules then test bits instead of hashing strings again and again. A class: tokenizing looks
/// it up for every word, and a struct of three arrays was copied (three retains) each time.
final class Lexicon: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        static let adviceTrigger = Flags(rawValue: 1 << 0)
        static let claimTrigger = Flags(rawValue: 1 << 1)
        static let recordFirst = Flags(rawValue: 1 << 2)
        static let month = Flags(rawValue: 1 << 3)
        static let honorific = Flags(rawValue: 1 << 4)
        static let firstName = Flags(rawValue: 1 << 5)
        static let patientWord = Flags(rawValue: 1 << 6)
        static let storyWord = Flags(rawValue: 1 << 7)
        static let phraseStart = Flags(rawValue: 1 << 8)
        static let named = Flags(rawValue: 1 << 9)
        static let ambiguousName = Flags(rawValue: 1 << 10)
        static let drug = Flags(rawValue: 1 << 11)
    }

    private let hashes: [UInt64]
    private let keys: [String]
    private let values: [Flags]
    private let mask: Int

    init(_ entries: [(String, Flags)]) {
        var merged: [String: Flags] = [:]
        for (w, f) in entries { merged[w, default: []].formUnion(f) }
        var size = 16
        while size < merged.count * 3 { size *= 2 }
        let mask = size - 1
        var hashes = Array(repeating: UInt64(0), count: size)
        var keys = Array(repeating: "", count: size)
        var values = Array(repeating: Flags(), count: size)
        for (w, f) in merged {
            let h = Lexicon.hash(w.utf8)
            var slot = Int(truncatingIfNeeded: h) & mask
            while !values[slot].isEmpty || !keys[slot].isEmpty { slot = (slot + 1) & mask }
            hashes[slot] = h
            keys[slot] = w
            values[slot] = f.isEmpty ? [.named] : f
        }
        self.mask = mask
        self.hashes = hashes
        self.keys = keys
        self.values = values
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    func flags(_ word: String, hash h: UInt64) -> Flags {
        var slot = Int(truncatingIfNeeded: h) & mask
        while !keys[slot].isEmpty {
            if hashes[slot] == h, keys[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return []
    }

    func flags(_ word: String) -> Flags { flags(word, hash: Lexicon.hash(word.utf8)) }

    static let shared: Lexicon = {
        var entries: [(String, Flags)] = []
        for w in ContentRules.adviceTriggers { entries.append((w, .adviceTrigger)) }
        for w in ContentRules.claimTriggers { entries.append((w, .claimTrigger)) }
        for w in PHIRules.recordFirstWords { entries.append((w, .recordFirst)) }
        for w in PHIRules.months.keys { entries.append((w, .month)) }
        for w in PHIRules.honorifics { entries.append((w, .honorific)) }
        for w in GivenNames.all.split(whereSeparator: { $0 == " " || $0 == "\n" }) { entries.append((String(w), .firstName)) }
        for w in GivenNames.ambiguous.split(whereSeparator: { $0 == " " || $0 == "\n" }) { entries.append((String(w), .ambiguousName)) }
        for w in DrugNames.all.split(whereSeparator: { $0 == " " || $0 == "\n" }) { entries.append((String(w), .drug)) }
        for w in ContentRules.medicines { entries.append((w, .drug)) }
        for w in ["patient", "patients", "client", "named"] { entries.append((w, .patientWord)) }
        for w in PHIRules.storyWords { entries.append((w, .storyWord)) }
        for phrase in LintText.staticPhrases { if let first = phrase.first { entries.append((first, .phraseStart)) } }
        return Lexicon(entries)
    }()
}
