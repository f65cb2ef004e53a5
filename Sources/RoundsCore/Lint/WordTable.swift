/// A fixed set of words (optionally each with a number), looked up by the FNV-1a hash every
/// token already carries from tokenizing: a word that is not in the table costs one or two
/// integer compares, never a string hash. The rules' word lists are these, not `Set<String>`
/// (whose seeded hash of every token, for every list, was most of the linter's time). A class:
/// the tables are shared constants, and a struct of arrays would be retained on every use.
final class WordTable: Sendable, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    private let hashes: [UInt64]
    private let keys: [String]
    private let values: [Int]
    private let used: [Bool]
    private let mask: Int
    /// The words, in the order given.
    let words: [String]

    init(_ entries: [(String, Int)]) {
        var size = 8
        while size < entries.count * 3 { size *= 2 }
        let mask = size - 1
        var hashes = Array(repeating: UInt64(0), count: size)
        var keys = Array(repeating: "", count: size)
        var values = Array(repeating: 0, count: size)
        var used = Array(repeating: false, count: size)
        var words: [String] = []
        for (w, v) in entries {
            let h = Lexicon.hash(w)
            var slot = Int(truncatingIfNeeded: h) & mask
            var duplicate = false
            while used[slot] {
                if hashes[slot] == h, keys[slot] == w { duplicate = true; break }
                slot = (slot + 1) & mask
            }
            if duplicate { continue }  // the first value wins, as in a dictionary literal of unique keys
            used[slot] = true
            hashes[slot] = h
            keys[slot] = w
            values[slot] = v
            words.append(w)
        }
        self.hashes = hashes
        self.keys = keys
        self.values = values
        self.used = used
        self.mask = mask
        self.words = words
    }

    convenience init(arrayLiteral elements: String...) { self.init(elements.map { ($0, 0) }) }
    convenience init(dictionaryLiteral elements: (String, Int)...) { self.init(elements) }
    convenience init(_ words: some Sequence<String>) { self.init(words.map { ($0, 0) }) }

    @inline(__always)
    private func slot(_ word: String, hash h: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: h) & mask
        while used[slot] {
            if hashes[slot] == h, keys[slot] == word { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether a word with this hash (`Lexicon.hash` of its UTF-8) is in the table.
    @inline(__always)
    func contains(_ word: String, hash: UInt64) -> Bool { slot(word, hash: hash) != nil }

    func contains(_ word: String) -> Bool { slot(word, hash: Lexicon.hash(word)) != nil }

    /// The word's number, or nil when it is not in the table.
    subscript(_ word: String) -> Int? { slot(word, hash: Lexicon.hash(word)).map { values[$0] } }

    func value(_ word: String, hash: UInt64) -> Int? { slot(word, hash: hash).map { values[$0] } }

    var count: Int { words.count }
}
