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
        /// A word that can start an age over 89 (`ninety`, `a hundred`, `nonagenarian`, `hundredth`).
        static let ageWord = Flags(rawValue: 1 << 12)
        /// A word the name rule starts from besides honorifics and given names (`patient`, `mom`, `named`).
        static let nameTrigger = Flags(rawValue: 1 << 13)
        /// A title before a name that is not a patient's (`Dr`, `Prof`, `Sir`), or a family title
        /// used as one (`Grandma Lakshmi`, `Auntie Bisi`): the name rule starts from it too.
        static let titleWord = Flags(rawValue: 1 << 14)
        /// A street type that comes before the street's name (`rue`, `via`, `calle`).
        static let streetType = Flags(rawValue: 1 << 15)
    }

    private let hashes: [UInt64]
    private let keys: [String]
    private let values: [Flags]
    /// A 16-bit tag of each slot's hash (0 for an empty slot): 128 KiB probed for every token,
    /// where the keys' 1 MiB of `String`s were, at a cache miss a token on a busy machine. The
    /// key is compared only when the tag matches.
    private let tags: [UInt16]
    /// One bit per hash (bits 40-57 of it, 32 KiB in all), set for every word in the table:
    /// most tokens are not in it, and this answers for about nine in ten of them from a table
    /// small enough to stay in cache, before the tags are read.
    private let bloom: [UInt64]
    private let mask: Int

    @inline(__always)
    static func bloomBit(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h >> 40) & 0x3_ffff) }

    @inline(__always)
    static func tag(_ h: UInt64) -> UInt16 {
        let t = UInt16(truncatingIfNeeded: h >> 48)
        return t == 0 ? 1 : t
    }

    init(_ entries: [(String, Flags)]) {
        // Straight into the open-addressing table (no dictionary first: at 30,000 words its
        // hashing was most of a process's start), merging the flags of a word listed twice.
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        let mask = size - 1
        var hashes = Array(repeating: UInt64(0), count: size)
        var keys = Array(repeating: "", count: size)
        var values = Array(repeating: Flags(), count: size)
        for (w, f) in entries where !w.isEmpty {
            let h = Lexicon.hash(w)
            var slot = Int(truncatingIfNeeded: h) & mask
            while !keys[slot].isEmpty, !(hashes[slot] == h && keys[slot] == w) { slot = (slot + 1) & mask }
            hashes[slot] = h
            keys[slot] = w
            values[slot].formUnion(f)
        }
        for slot in values.indices where !keys[slot].isEmpty && values[slot].isEmpty { values[slot] = [.named] }
        self.tags = keys.indices.map { keys[$0].isEmpty ? 0 : Lexicon.tag(hashes[$0]) }
        var bloom = Array(repeating: UInt64(0), count: (0x3_ffff + 1) / 64)
        for slot in keys.indices where !keys[slot].isEmpty {
            let b = Lexicon.bloomBit(hashes[slot])
            bloom[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.bloom = bloom
        self.mask = mask
        self.hashes = hashes
        self.keys = keys
        self.values = values
    }

    /// The words of a generated list (lower case, separated by spaces and line breaks), each
    /// made from its bytes: no substrings, no splitting into an array first.
    static func appendWords(of list: StaticString, _ flag: Flags, to entries: inout [(String, Flags)]) {
        list.withUTF8Buffer { bytes in
            var start = 0
            for k in 0...bytes.count {
                if k == bytes.count || bytes[k] == 32 || bytes[k] == 10 {
                    if k > start { entries.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self), flag)) }
                    start = k + 1
                }
            }
        }
    }

    /// The hash of a string's UTF-8, read as contiguous bytes (the generic sequence version
    /// walked a string's UTF-8 view byte by byte).
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var w = word
        return w.withUTF8 { hash($0) }
    }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    func flags(_ word: String, hash h: UInt64) -> Flags {
        let b = Lexicon.bloomBit(h)
        if bloom.withUnsafeBufferPointer({ $0[b >> 6] & (1 << UInt64(b & 63)) == 0 }) { return [] }
        var slot = Int(truncatingIfNeeded: h) & mask
        let tag = Lexicon.tag(h)
        return tags.withUnsafeBufferPointer { tags in
            while true {
                let t = tags[slot]
                if t == 0 { return [] }
                if t == tag, hashes[slot] == h, keys[slot] == word { return values[slot] }
                slot = (slot + 1) & mask
            }
        }
    }

    func flags(_ word: String) -> Flags { flags(word, hash: Lexicon.hash(word)) }

    static let shared: Lexicon = {
        var entries: [(String, Flags)] = []
        for w in ContentRules.adviceTriggers.words { entries.append((w, .adviceTrigger)) }
        for w in ContentRules.claimTriggers.words { entries.append((w, .claimTrigger)) }
        for w in PHIRules.recordFirstWords { entries.append((w, .recordFirst)) }
        for w in PHIRules.months.words { entries.append((w, .month)) }
        for w in PHIRules.honorifics.words { entries.append((w, .honorific)) }
        entries.reserveCapacity(32_000)
        appendWords(of: GivenNames.all, .firstName, to: &entries)
        appendWords(of: GivenNames.ambiguous, .ambiguousName, to: &entries)
        appendWords(of: DrugNames.all, .drug, to: &entries)
        for w in ContentRules.medicines.words { entries.append((w, .drug)) }
        for w in ["patient", "patients", "patient's"] { entries.append((w, .patientWord)) }
        for w in PHIRules.storyWords.words { entries.append((w, .storyWord)) }
        for w in PHIRules.ageStartWords { entries.append((w, .ageWord)) }
        for w in PHIRules.nameTriggerWords { entries.append((w, .nameTrigger)) }
        for w in PHIRules.relativeWords.words { entries.append((w, .nameTrigger)) }
        for w in PHIRules.colleagueTitles.words { entries.append((w, .titleWord)) }
        for w in PHIRules.publicTitles.words { entries.append((w, .titleWord)) }
        for w in PHIRules.familyTitles.words { entries.append((w, .titleWord)) }
        for w in PHIRules.streetTypesFirst.words { entries.append((w, .streetType)) }
        for phrase in LintText.staticPhrases { if let first = phrase.first { entries.append((first, .phraseStart)) } }
        return Lexicon(entries)
    }()
}
