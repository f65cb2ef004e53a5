/// Reads the VEVENTs of an iCalendar file (RFC 5545): unfolds lines, splits properties into
/// name, parameters and value, and unescapes text. Each event carries the line it starts on.
public enum ICSReader {
    public struct Property: Sendable, Equatable {
        public var name: String
        public var parameters: [String: String]
        public var value: String
    }

    public struct Event: Sendable, Equatable {
        public var line: Int
        public var properties: [Property]

        public func first(_ name: String) -> Property? { properties.first { $0.name == name } }
    }

    public struct SyntaxError: Error, Sendable, Equatable {
        public var line: Int
        public var message: String
    }

    public static func events(_ bytes: [UInt8]) throws(SyntaxError) -> [Event] {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        // Physical lines (split on bytes: in a String, CRLF is one Character), then unfold:
        // a line starting with a space or tab continues the last.
        var logical: [(line: Int, text: String)] = []
        var n = 0
        for rawBytes in b.split(separator: 0x0A, omittingEmptySubsequences: false) {
            n += 1
            let trimmed = rawBytes.last == 0x0D ? rawBytes.dropLast() : rawBytes
            let l = Substring(String(decoding: trimmed, as: UTF8.self))
            if let f = l.first, f == " " || f == "\t", !logical.isEmpty {
                logical[logical.count - 1].text += l.dropFirst()
            } else if !l.isEmpty {
                logical.append((n, String(l)))
            }
        }
        guard let first = logical.first, first.text.uppercased() == "BEGIN:VCALENDAR" else {
            throw SyntaxError(line: logical.first?.line ?? 1, message: "not an iCalendar file: it must start with BEGIN:VCALENDAR")
        }
        var events: [Event] = []
        var current: Event?
        var depth = 0  // nested components inside an event (VALARM)
        for (line, l) in logical {
            guard let p = property(l) else {
                throw SyntaxError(line: line, message: "expected NAME:value, found '\(l.prefix(40))'")
            }
            if p.name == "BEGIN" {
                if p.value.uppercased() == "VEVENT" {
                    if current != nil { throw SyntaxError(line: line, message: "BEGIN:VEVENT inside another VEVENT") }
                    current = Event(line: line, properties: [])
                } else if current != nil {
                    depth += 1
                }
                continue
            }
            if p.name == "END" {
                if p.value.uppercased() == "VEVENT" {
                    guard let e = current else { throw SyntaxError(line: line, message: "END:VEVENT without BEGIN:VEVENT") }
                    events.append(e)
                    current = nil
                } else if current != nil {
                    depth = max(0, depth - 1)
                }
                continue
            }
            if depth == 0 { current?.properties.append(p) }
        }
        if let e = current { throw SyntaxError(line: e.line, message: "this VEVENT has no END:VEVENT") }
        return events
    }

    /// `NAME;PARAM=VALUE;P2="quoted":value`.
    static func property(_ l: String) -> Property? {
        var name = ""
        var params: [String: String] = [:]
        var i = l.startIndex
        while i < l.endIndex, l[i] != ";", l[i] != ":" {
            name.append(l[i])
            i = l.index(after: i)
        }
        guard !name.isEmpty, i < l.endIndex else { return nil }
        while i < l.endIndex, l[i] == ";" {
            i = l.index(after: i)
            var key = ""
            while i < l.endIndex, l[i] != "=", l[i] != ":", l[i] != ";" {
                key.append(l[i])
                i = l.index(after: i)
            }
            var value = ""
            if i < l.endIndex, l[i] == "=" {
                i = l.index(after: i)
                if i < l.endIndex, l[i] == "\"" {
                    i = l.index(after: i)
                    while i < l.endIndex, l[i] != "\"" {
                        value.append(l[i])
                        i = l.index(after: i)
                    }
                    if i < l.endIndex { i = l.index(after: i) }
                } else {
                    while i < l.endIndex, l[i] != ";", l[i] != ":" {
                        value.append(l[i])
                        i = l.index(after: i)
                    }
                }
            }
            params[key.uppercased()] = value
        }
        guard i < l.endIndex, l[i] == ":" else { return nil }
        return Property(name: name.uppercased(), parameters: params, value: String(l[l.index(after: i)...]))
    }

    /// TEXT unescaping: `\\n` and `\\N` are newlines, `\\,` `\\;` `\\\\` the characters.
    public static func unescape(_ s: String) -> String {
        guard s.contains("\\") else { return s }
        var out = ""
        var escaped = false
        for c in s {
            if escaped {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A comma-separated list of TEXT values (CATEGORIES), unescaped: split at the commas
    /// that are not escaped, then each piece unescaped.
    public static func list(_ s: String) -> [String] {
        var pieces: [String] = []
        var cur = ""
        var escaped = false
        for c in s {
            if !escaped, c == "," {
                pieces.append(cur)
                cur = ""
                continue
            }
            escaped = !escaped && c == "\\"
            cur.append(c)
        }
        pieces.append(cur)
        return pieces.map(unescape).filter { !$0.isEmpty }
    }
}
