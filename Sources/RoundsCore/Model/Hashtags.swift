/// Hashtags as typed or imported: one list separator for every list field (`,` `;` `|`, and
/// spaces, which no hashtag holds), duplicates removed (`#Sleep` and `sleep` are one tag).
public enum Hashtags {
    /// The tags in `text`, in order, each once.
    public static func parse(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        if let fast = parseASCII(text) { return fast }
        return unique(text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
    }

    /// `parse` for printable ASCII (what a spreadsheet's tags nearly always are), on the bytes:
    /// the same tags, without breaking the text into characters. Nil for any other text.
    static func parseASCII(_ text: String) -> [String]? {
        var out: [String] = []
        var keys: [[UInt8]] = []
        var token: [UInt8] = []
        func flush() {
            defer { token.removeAll(keepingCapacity: true) }
            var key = token.drop { $0 == 0x23 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            guard !key.isEmpty, !keys.contains(key) else { return }
            keys.append(key)
            key.removeAll()
            out.append(String(decoding: token, as: UTF8.self))
        }
        for b in text.utf8 {
            switch b {
            case 0x2C, 0x3B, 0x7C, 0x20, 0x09, 0x0A: flush()  // , ; | space tab newline
            case 0x21...0x7E: token.append(b)
            default: return nil  // other whitespace, controls, non-ASCII: the general path
            }
        }
        flush()
        return out
    }

    /// The tags without empty ones and without repeats (compared without `#` and case), in order.
    public static func unique(_ tags: [String]) -> [String] {
        // A post has a few tags: a list to compare with is cheaper than a set to hash into.
        var seen: [String] = []
        var out: [String] = []
        for raw in tags {
            let tag = raw.trimmingSpaces
            let key = String(tag.drop { $0 == "#" }).lowercased()
            guard !key.isEmpty, !seen.contains(key) else { continue }
            seen.append(key)
            out.append(tag)
        }
        return out
    }
}
