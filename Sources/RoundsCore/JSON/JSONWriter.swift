/// Writes JSON the way the plan file is kept: two-space indent, sorted keys, one value per
/// line, UTF-8 unescaped, so that a plan diffs cleanly and an unchanged plan saves to the
/// same bytes.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// One line, no indentation (for a JSON value inside a CSV field or an iCalendar property).
    var compact = false

    /// The last timestamp written and its text: the posts of an import share one.
    private var lastTimestamp: (seconds: Int64, iso: String)?

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// A timestamp as an ISO string (`2026-11-25T09:00:00Z`).
    mutating func writeTimestamp(_ t: Timestamp) {
        if let last = lastTimestamp, last.seconds == t.secondsSince1970 { writeString(last.iso); return }
        let iso = t.iso
        lastTimestamp = (t.secondsSince1970, iso)
        writeString(iso)
    }

    /// The value on one line, keys sorted.
    public static func compact(_ value: JSONValue) -> [UInt8] {
        var w = JSONWriter()
        w.compact = true
        w.write(value, indent: 0)
        return w.bytes
    }

    public static func write(_ value: JSONValue) -> [UInt8] {
        var w = JSONWriter()
        w.write(value, indent: 0)
        w.bytes.append(0x0A)
        return w.bytes
    }

    public mutating func write(_ value: JSONValue, indent: Int) {
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .number(let d): writeNumber(d)
        case .string(let s): writeString(s)
        case .array(let items):
            if items.isEmpty { append("[]"); return }
            bytes.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                write(item, indent: indent + 1)
            }
            newline(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let dict):
            if dict.isEmpty { append("{}"); return }
            bytes.append(UInt8(ascii: "{"))
            let order = dict.keys.indices.sorted { JSONWriter.keyOrder(dict.keys[$0], dict.keys[$1]) }
            for (k, index) in order.enumerated() {
                let key = dict.keys[index]
                if k > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                writeString(key)
                if compact { bytes.append(UInt8(ascii: ":")) } else { append(": ") }
                write(dict.values[index], indent: indent + 1)
            }
            newline(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Byte order of UTF-8, which is what "sorted keys" means to most tools.
    static func keyOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    /// Starts a field of an object being written by hand: separator, newline, `"key": `.
    /// Fields must come in sorted key order, as `write(_:indent:)` would put them.
    mutating func field(_ key: StaticString, first: inout Bool, indent: Int) {
        if first {
            bytes.append(UInt8(ascii: "{"))
            first = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        newline(indent + 1)
        bytes.append(0x22)
        append(key)
        append("\": ")
    }

    /// Ends an object written with `field`.
    mutating func endObject(first: Bool, indent: Int) {
        if first { append("{}"); return }
        newline(indent)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func writeStrings(_ items: [String], indent: Int) {
        if items.isEmpty { append("[]"); return }
        bytes.append(UInt8(ascii: "["))
        for (k, item) in items.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            newline(indent + 1)
            writeString(item)
        }
        newline(indent)
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func writeBool(_ b: Bool) { append(b ? "true" : "false") }

    mutating func openArray() { bytes.append(UInt8(ascii: "[")) }
    mutating func closeArray(indent: Int) {
        newline(indent)
        bytes.append(UInt8(ascii: "]"))
    }
    mutating func arraySeparator(first: Bool, indent: Int) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline(indent)
    }
    mutating func raw(_ s: StaticString) { append(s) }
    /// Bytes another writer wrote (a part of a long array written in parallel).
    mutating func appendBytes(_ other: [UInt8]) { bytes.append(contentsOf: other) }
    /// A JSON string as read from a file, quotes and escapes included.
    mutating func appendRawString(_ raw: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: raw) }

    private mutating func newline(_ indent: Int) {
        if compact { return }
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func append(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func writeNumber(_ d: Double) {
        if d.rounded() == d, abs(d) < 1e15 {
            bytes.append(contentsOf: String(Int64(d)).utf8)
        } else {
            bytes.append(contentsOf: "\(d)".utf8)
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public mutating func writeString(_ s: String) {
        bytes.append(0x22)
        // Most strings need no escape: copied whole (scanned and copied as one buffer).
        let copied = s.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            for b in buffer where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if copied == true { bytes.append(0x22); return }
        if copied == nil, !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            bytes.append(contentsOf: s.utf8)
            bytes.append(0x22)
            return
        }
        for b in s.utf8 {
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                append("\\u00")
                bytes.append(JSONWriter.hex[Int(b >> 4)])
                bytes.append(JSONWriter.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(0x22)
    }
}
