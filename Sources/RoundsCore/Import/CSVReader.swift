/// An RFC 4180 reader that is forgiving where spreadsheets differ (LF or CRLF line ends, a
/// byte-order mark) and strict where data would be lost (an unclosed quote is an error).
/// Each record carries the line it starts on, for error messages.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public struct SyntaxError: Error, Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    /// `separator`: a comma, or `;` or a tab for spreadsheets saved in those dialects.
    public static func records(_ bytes: [UInt8], separator: UInt8 = 44) throws(SyntaxError) -> [Record] {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(SyntaxError) -> [Record] in try parse(buffer, separator: separator) }
        }
        return try result.get()
    }

    /// The reader on the bytes: an unquoted field becomes a string straight from its bytes, a
    /// quoted one through a scratch buffer (its doubled quotes undone).
    static func parse(_ b: UnsafeBufferPointer<UInt8>, separator: UInt8) throws(SyntaxError) -> [Record] {
        let end = b.count
        var i = end >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var out: [Record] = []
        out.reserveCapacity(end / 64 + 1)
        var fields: [String] = []
        var scratch: [UInt8] = []
        var line = 1
        var recordLine = 1
        func endRecord() {
            // A blank line is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { out.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        var pendingField = false  // after a separator: a field follows, even an empty one at the end
        while i < end {
            // At the start of a field.
            if b[i] == 34 {
                let quoteLine = line
                i += 1
                scratch.removeAll(keepingCapacity: true)
                var closed = false
                while i < end {
                    let c = b[i]
                    if c == 34 {
                        if i + 1 < end, b[i + 1] == 34 { scratch.append(34); i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if c == 10 { line += 1 }
                    scratch.append(c)
                    i += 1
                }
                if !closed { throw SyntaxError(line: quoteLine, message: "a quoted field is never closed") }
                // After a closing quote: a separator, a line end, or the end.
                if i < end, b[i] != separator, b[i] != 10, b[i] != 13 {
                    throw SyntaxError(line: line, message: "a quoted field must end at a comma or a line end (quotes inside a field are doubled: \"\")")
                }
                fields.append(String(decoding: scratch, as: UTF8.self))
            } else {
                let start = i
                while i < end {
                    let c = b[i]
                    if c == separator || c == 10 || c == 13 { break }
                    i += 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
            }
            pendingField = false
            guard i < end else { break }
            switch b[i] {
            case separator:
                pendingField = true
                i += 1
            case 13:
                i += i + 1 < end && b[i + 1] == 10 ? 2 : 1
                endRecord()
                line += 1
                recordLine = line
            default:  // 10
                i += 1
                endRecord()
                line += 1
                recordLine = line
            }
        }
        if pendingField { fields.append("") }
        if !fields.isEmpty { endRecord() }
        return out
    }
}
