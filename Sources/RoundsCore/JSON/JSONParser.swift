/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports where and what went wrong.
///
/// Written for the plan file: faster than `JSONDecoder` on Linux for our schema, and every
/// error carries a byte offset so the message can name the line and column. It can also
/// record the offset of every value by key path, used only to place a schema error.
public struct JSONParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var offset: Int
        public var expected: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Keeps `bytes` alive.
    private let owner: PlanBytes
    private var i = 0
    private var depth = 0
    private let recordPositions: Bool
    private var path: [String] = []
    /// Offsets of values by key path (`posts[3].date`), when recording.
    public private(set) var positions: [String: Int] = [:]

    public static let maxDepth = 512

    public init(bytes: [UInt8], recordPositions: Bool = false) {
        self.init(source: PlanBytes(copying: bytes), recordPositions: recordPositions)
    }

    public init(source: PlanBytes, recordPositions: Bool = false) {
        owner = source
        bytes = source.buffer
        self.recordPositions = recordPositions
    }

    /// A parser placed at `offset` of `source` (to decode one value read earlier).
    init(source: PlanBytes, at offset: Int) {
        self.init(source: source)
        i = offset
    }

    public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
        var p = JSONParser(bytes: bytes)
        return try p.parseDocument()
    }

    public mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        i = start
        skipSpace()
        let v = try value()
        skipSpace()
        if i < bytes.count { throw fail("the end of the file after the top-level value") }
        return v
    }

    func fail(_ expected: String) -> SyntaxError { SyntaxError(offset: i, expected: expected) }

    /// The byte offset the parser is at.
    public var offset: Int { i }

    // MARK: - Pull API, for decoding large arrays without building a tree

    /// Skips a byte-order mark and white space before the document.
    public mutating func begin() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        skipSpace()
    }

    /// After the top-level value: only white space may follow.
    public mutating func end() throws(SyntaxError) {
        skipSpace()
        if i < bytes.count { throw fail("the end of the file after the top-level value") }
    }

    /// Consumes `{`.
    public mutating func openObject() throws(SyntaxError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw fail("an object") }
        try enter()
        i += 1
    }

    /// The next key of an open object (and its `:`), or nil at `}`. `first` is true for the
    /// first call after `openObject`.
    public mutating func nextKey(first: Bool) throws(SyntaxError) -> String? {
        guard try beforeKey(first: first) else { return nil }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a key in double quotes") }
        let key = try string()
        try afterKey()
        return key
    }

    /// Before a key: false (and the object closed) at `}`, else past the `,` if not the first.
    private mutating func beforeKey(first: Bool) throws(SyntaxError) -> Bool {
        skipSpace()
        guard i < bytes.count else { throw fail("a key or '}' (the file ends too early)") }
        if bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return false
        }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else { throw fail("',' or '}'") }
            i += 1
            skipSpace()
        }
        return true
    }

    /// After a key: its `:`.
    private mutating func afterKey() throws(SyntaxError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("':' after the key") }
        i += 1
        skipSpace()
    }

    /// `nextKey` for keys of plain ASCII with no escape, as their bytes (no string is made);
    /// any other key is an error, for a caller that then reads the file the general way.
    mutating func nextPlainKey(first: Bool) throws(SyntaxError) -> UnsafeBufferPointer<UInt8>? {
        guard try beforeKey(first: first) else { return nil }
        guard let key = plainStringBytes() else { throw fail("a key of plain ASCII") }
        try afterKey()
        return key
    }

    /// The bytes between the quotes of a string value of printable ASCII with no escape
    /// (consumed), or nil (nothing consumed) for any other value.
    mutating func plainStringBytes() -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        var j = i + 1
        while j < bytes.count {
            let b = bytes[j]
            if b == UInt8(ascii: "\"") {
                let out = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j])
                i = j + 1
                return out
            }
            if b == UInt8(ascii: "\\") || b < 0x20 || b >= 0x80 { return nil }
            j += 1
        }
        return nil
    }

    /// Consumes `[`.
    public mutating func openArray() throws(SyntaxError) {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { throw fail("an array") }
        try enter()
        i += 1
    }

    /// True when another element follows (its separator consumed), false at `]`.
    public mutating func nextElement(first: Bool) throws(SyntaxError) -> Bool {
        skipSpace()
        guard i < bytes.count else { throw fail("',' or ']' (the file ends too early)") }
        if bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return false
        }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else { throw fail("',' or ']'") }
            i += 1
            skipSpace()
        }
        return true
    }

    /// Whether the next value is `null` (consumed if so).
    public mutating func takeNull() throws(SyntaxError) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Whether the next value is a string.
    public mutating func peekIsString() -> Bool {
        skipSpace()
        return i < bytes.count && bytes[i] == UInt8(ascii: "\"")
    }

    /// Any value, as a tree.
    public mutating func parseValue() throws(SyntaxError) -> JSONValue {
        skipSpace()
        return try value()
    }

    /// A string value.
    public mutating func parseString() throws(SyntaxError) -> String {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a string") }
        return try string()
    }

    /// A string value checked as `parseString` checks it (escapes, UTF-8, no raw controls)
    /// but not built: where it is (opening quote to closing quote, inclusive) and whether it
    /// is plain ASCII with no escape (so its bytes are its text).
    mutating func skipString() throws(SyntaxError) -> (start: Int, length: Int, plain: Bool, bracket: Bool) {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a string") }
        let start = i
        i += 1
        var high: UInt8 = 0
        var bracket = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                if high >= 0x80 {
                    // Not ASCII: check the UTF-8 as the string would be checked.
                    let inner = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(i - 1)])
                    if !Self.isValidUTF8(inner) { throw SyntaxError(offset: start + 1, expected: "valid UTF-8 text") }
                }
                return (start, i - start, high < 0x80, bracket)
            }
            if b == UInt8(ascii: "\\") {
                // An escape: the general path checks and decodes it.
                i = start
                let s = try string()
                return (start, i - start, false, s.utf8.contains(UInt8(ascii: "[")))
            }
            if b < 0x20 { throw fail("no raw control character inside a string (use \\n, \\t or \\u00XX)") }
            high |= b
            bracket = bracket || b == UInt8(ascii: "[")
            i += 1
        }
        throw fail("a closing '\"' (the file ends inside a string)")
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private var pathKey: String { path.joined() }

    private mutating func value() throws(SyntaxError) -> JSONValue {
        guard i < bytes.count else { throw fail("a value (the file ends too early)") }
        if recordPositions { positions[pathKey] = i }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("a value (object, array, string, number, true, false or null)")
        }
    }

    mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("'\(word)'") }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { throw fail("'\(word)'") }
        i += n
    }

    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > JSONParser.maxDepth { throw fail("less nesting (more than \(JSONParser.maxDepth) levels)") }
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var dict = JSONObject()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(dict)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("a key in double quotes") }
            let keyStart = i
            let key = try string()
            if dict.index(of: key) != nil { i = keyStart; throw fail("a key not already used in this object ('\(key)' appears twice)") }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("':' after the key") }
            i += 1
            skipSpace()
            if recordPositions { path.append(path.isEmpty ? key : "." + key) }
            dict.append(key, try value())
            if recordPositions { path.removeLast() }
            skipSpace()
            guard i < bytes.count else { throw fail("',' or '}' (the file ends too early)") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw fail("',' or '}'")
        }
        depth -= 1
        return .object(dict)
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipSpace()
            if recordPositions { path.append("[\(items.count)]") }
            items.append(try value())
            if recordPositions { path.removeLast() }
            skipSpace()
            guard i < bytes.count else { throw fail("',' or ']' (the file ends too early)") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            throw fail("',' or ']'")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func number() throws(SyntaxError) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw fail("a digit") }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw fail("a digit after '.'") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw fail("a digit in the exponent") }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let d = Double(text), d.isFinite else { i = start; throw fail("a number in range") }
        return d
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    private mutating func string() throws(SyntaxError) -> String {
        i += 1  // opening quote
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = try makeString(start..<i)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw fail("no raw control character inside a string (use \\n, \\t or \\u00XX)") }
            i += 1
        }
        var out: [UInt8] = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw fail("valid UTF-8 text") }
                return s
            }
            if b < 0x20 { throw fail("no raw control character inside a string (use \\n, \\t or \\u00XX)") }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("a low surrogate \\uDC00-\\uDFFF after a high surrogate")
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("a low surrogate \\uDC00-\\uDFFF") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("a high surrogate before a low one")
                }
                guard let u = Unicode.Scalar(scalar) else { throw fail("a valid Unicode scalar") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                i -= 1
                throw fail("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
            }
        }
        throw fail("a closing '\"' (the file ends inside a string)")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("four hex digits after \\u") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw fail("four hex digits after \\u")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private func makeString(_ r: Range<Int>) throws(SyntaxError) -> String {
        let s = { (buf: UnsafeBufferPointer<UInt8>) -> String? in
            let slice = UnsafeBufferPointer(rebasing: buf[r])
            // Most of a plan is ASCII, which is valid UTF-8 as it is: build it without the
            // generic validating initializer (a fifth of the load time of a large plan).
            var high: UInt8 = 0
            for b in slice { high |= b }
            if high < 0x80 { return String(unsafeUninitializedCapacity: slice.count) { out in
                _ = out.initialize(fromContentsOf: slice)
                return slice.count
            } }
            return String(validating: slice, as: UTF8.self)
        }(bytes)
        guard let s else { throw SyntaxError(offset: r.lowerBound, expected: "valid UTF-8 text") }
        return s
    }
}
