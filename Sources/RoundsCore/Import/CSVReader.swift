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
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        var out: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = b.startIndex
        var inQuotes = false
        var quoteLine = 0
        var atFieldStart = true
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        func endRecord() {
            endField()
            // A blank line is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { out.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < b.endIndex {
            let c = b[i]
            if inQuotes {
                if c == 34 {
                    if i + 1 < b.endIndex, b[i + 1] == 34 {
                        field.append(34)
                        i += 2
                        continue
                    }
                    inQuotes = false
                    i += 1
                    // After a closing quote: a separator, a line end, or the end.
                    if i < b.endIndex, b[i] != separator, b[i] != 10, b[i] != 13 {
                        throw SyntaxError(line: line, message: "a quoted field must end at a comma or a line end (quotes inside a field are doubled: \"\")")
                    }
                    continue
                }
                if c == 10 { line += 1 }
                field.append(c)
                i += 1
                continue
            }
            if c == separator {
                endField()
                i += 1
                continue
            }
            switch c {
            case 34 where atFieldStart:
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            case 13:
                if i + 1 < b.endIndex, b[i + 1] == 10 { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case 10:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes { throw SyntaxError(line: quoteLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return out
    }
}
