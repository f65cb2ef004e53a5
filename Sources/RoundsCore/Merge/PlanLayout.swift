import Glibc

/// Where things sit in a plan file's bytes, found without decoding them: the value of each
/// top-level key, and each post of the `posts` and `ideas` arrays with its id. The merge driver
/// uses it to decode only the posts that differ between the three versions it merges.
///
/// `scan` checks the JSON's structure as it goes (strings, nesting, numbers' characters, one
/// top-level object) and returns nil for anything it does not expect, so a caller falls back to
/// the full decoder, which words the problem with a line and a column.
struct PlanLayout {
    struct Element {
        var id: String
        var range: Range<Int>
        /// Whether it sits in `posts` (dated) rather than `ideas`.
        var dated: Bool
        /// `date` (`YYYY-MM-DD`) and `time` (`HH:MM`) as written: in those shapes they sort as
        /// the values do, so posts are ordered as a plan keeps them without decoding them.
        var date: String?
        var time: String?

        /// `Post.fileOrder` on the written values.
        static func fileOrder(_ a: Element, _ b: Element) -> Bool {
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            let ta = a.time ?? "", tb = b.time ?? ""
            if ta != tb { return ta < tb }
            return a.id < b.id
        }
    }

    /// Each top-level key's value, in file order.
    var values: [(key: String, range: Range<Int>)]
    /// The posts of `ideas` and `posts`, in file order.
    var elements: [Element]

    func value(_ key: String) -> Range<Int>? { values.first(where: { $0.key == key })?.range }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> PlanLayout? {
        guard bytes.baseAddress != nil else { return nil }
        var s = Scanner(b: bytes)
        return s.plan()
    }

    private struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        var depth = 0

        mutating func plan() -> PlanLayout? {
            var layout = PlanLayout(values: [], elements: [])
            space()
            guard take(0x7B) else { return nil }
            space()
            if take(0x7D) { return end() ? layout : nil }
            while true {
                space()
                guard let key = string() else { return nil }
                space()
                guard take(0x3A) else { return nil }
                space()
                let start = i
                if key == "posts" || key == "ideas" {
                    guard posts(dated: key == "posts", into: &layout.elements) else { return nil }
                } else {
                    guard skipValue() else { return nil }
                }
                layout.values.append((key, start..<i))
                space()
                if take(0x2C) { continue }
                guard take(0x7D) else { return nil }
                return end() ? layout : nil
            }
        }

        private mutating func end() -> Bool {
            space()
            return i == b.count
        }

        /// An array of post objects, each with a string `id` at its top level.
        private mutating func posts(dated: Bool, into elements: inout [Element]) -> Bool {
            guard take(0x5B) else { return false }
            space()
            if take(0x5D) { return true }
            while true {
                space()
                let start = i
                guard let (id, date, time) = post() else { return false }
                elements.append(Element(id: id, range: start..<i, dated: dated, date: date, time: time))
                space()
                if take(0x2C) { continue }
                return take(0x5D)
            }
        }

        /// One post object; its id, date and time.
        private mutating func post() -> (String, String?, String?)? {
            guard take(0x7B) else { return nil }
            var id: String?, date: String?, time: String?
            space()
            if take(0x7D) { return nil }
            while true {
                space()
                // Keys compared as bytes: a String for each of a post's dozen keys was most of the time.
                let keyStart = i + 1
                guard skipString() else { return nil }
                let key = UnsafeBufferPointer(rebasing: b[keyStart..<(i - 1)])
                space()
                guard take(0x3A) else { return nil }
                space()
                if Self.equal(key, "id") {
                    guard id == nil, let value = string() else { return nil }
                    id = value
                } else if Self.equal(key, "date") {
                    guard date == nil, let value = string(), Self.shaped(value, "0000-00-00") else { return nil }
                    date = value
                } else if Self.equal(key, "time") {
                    guard time == nil, let value = string(), Self.shaped(value, "00:00") else { return nil }
                    time = value
                } else {
                    guard skipValue() else { return nil }
                }
                space()
                if take(0x2C) { continue }
                guard take(0x7D), let id else { return nil }
                return (id, date, time)
            }
        }

        /// Digits where `shape` has `0`, its other characters elsewhere.
        static func shaped(_ s: String, _ shape: StaticString) -> Bool {
            let u = s.utf8
            guard u.count == shape.utf8CodeUnitCount else { return false }
            for (k, c) in u.enumerated() {
                let want = shape.utf8Start[k]
                if want == 0x30 ? !(c >= 0x30 && c <= 0x39) : c != want { return false }
            }
            return true
        }

        private mutating func skipValue() -> Bool {
            guard i < b.count else { return false }
            switch b[i] {
            case 0x22: return skipString()
            case 0x7B: return container(close: 0x7D, keyed: true)
            case 0x5B: return container(close: 0x5D, keyed: false)
            case 0x74: return word("true")
            case 0x66: return word("false")
            case 0x6E: return word("null")
            default:
                let start = i
                while i < b.count, isNumberByte(b[i]) { i += 1 }
                return i > start
            }
        }

        private mutating func container(close: UInt8, keyed: Bool) -> Bool {
            depth += 1
            defer { depth -= 1 }
            guard depth < 512 else { return false }
            i += 1
            space()
            if take(close) { return true }
            while true {
                space()
                if keyed {
                    guard skipString() else { return false }
                    space()
                    guard take(0x3A) else { return false }
                    space()
                }
                guard skipValue() else { return false }
                space()
                if take(0x2C) { continue }
                return take(close)
            }
        }

        private mutating func word(_ w: StaticString) -> Bool {
            let n = w.utf8CodeUnitCount
            guard i + n <= b.count else { return false }
            for k in 0..<n where b[i + k] != w.utf8Start[k] { return false }
            i += n
            return true
        }

        private func isNumberByte(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45
        }

        /// A string with no escapes, as a String (keys and ids); nil for anything else.
        private mutating func string() -> String? {
            let start = i + 1
            guard skipString() else { return nil }
            let end = i - 1
            for k in start..<end where b[k] == 0x5C { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        }

        static func equal(_ key: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
            key.count == word.utf8CodeUnitCount && memcmp(key.baseAddress!, word.utf8Start, key.count) == 0
        }

        /// Past the closing quote. The next quote is found with `memchr`; one after an odd run of
        /// backslashes is escaped. Control characters are not looked for: a post copied through
        /// is the same bytes in all three files, and every other post is decoded, which checks.
        private mutating func skipString() -> Bool {
            guard i < b.count, b[i] == 0x22 else { return false }
            i += 1
            let base = b.baseAddress!
            while i < b.count {
                guard let hit = memchr(base + i, 0x22, b.count - i) else { return false }
                let q = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var slashes = 0
                while q - 1 - slashes >= i, b[q - 1 - slashes] == 0x5C { slashes += 1 }
                i = q + 1
                if slashes % 2 == 0 { return true }
            }
            return false
        }

        private mutating func take(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }

        private mutating func space() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }
    }
}
