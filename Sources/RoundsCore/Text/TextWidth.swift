/// Display width of text in terminal columns, by grapheme, from a table (not the process
/// locale), with the choices we make where terminals disagree.
///
/// A grapheme is as wide as its first scalar. What the backend draws of a grapheme is that
/// scalar and the zero-width marks after it: a ZWJ sequence shows its first emoji, a flag its
/// first letter, and an emoji variation selector (U+FE0F) after a narrow base is dropped, so
/// that ❤️ is drawn as a one-column ❤ everywhere instead of one column in glibc and two in
/// many terminals.
public enum TextWidth {
    /// Width of one scalar: 0, 1 or 2. Control characters count 0 (they are never drawn).
    public static func width(ofScalar value: UInt32) -> Int {
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        let ranges = WidthTable.ranges
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = ranges[mid]
            if value < r.0 {
                hi = mid - 1
            } else if value > r.1 {
                lo = mid + 1
            } else {
                return Int(r.2)
            }
        }
        return 1
    }

    /// Columns a grapheme takes: 1 or 2 (a grapheme that would take 0 is drawn as one cell).
    public static func width(of c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 1 }
        if first.value < 0x80 { return 1 }
        return max(1, width(ofScalar: first.value))
    }

    /// Columns a string takes.
    public static func width(of s: some StringProtocol) -> Int {
        var w = 0
        for c in s {
            if let a = c.asciiValue, a >= 0x20, a < 0x7F { w += 1 } else { w += width(of: c) }
        }
        return w
    }

    /// What is drawn for a grapheme: printable, at most one spacing scalar.
    public static func drawable(_ c: Character) -> Character {
        if let a = c.asciiValue {
            if a >= 0x20 && a < 0x7F { return c }
            return c == "\t" ? " " : "\u{FFFD}"
        }
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return " " }
        let firstWidth = width(ofScalar: first.value)
        if firstWidth == 0 { return "\u{FFFD}" }
        if scalars.count == 1 { return c }
        var s = String.UnicodeScalarView()
        s.append(first)
        for u in scalars.dropFirst() {
            guard width(ofScalar: u.value) == 0, u.value != 0x200D else { break }
            if u.value == 0xFE0F, firstWidth == 1 { continue }
            s.append(u)
        }
        return Character(String(s))
    }

    /// The longest prefix that fits `width` columns; with `ellipsis`, ends in … when cut.
    public static func truncate(_ s: String, to width: Int, ellipsis: Bool = true) -> String {
        guard width > 0 else { return "" }
        if self.width(of: s) <= width { return s }
        let budget = ellipsis ? width - 1 : width
        var out = ""
        var used = 0
        for c in s {
            let w = self.width(of: c)
            if used + w > budget { break }
            out.append(c)
            used += w
        }
        return ellipsis ? out + "…" : out
    }

    /// Wraps text to lines of at most `width` columns: at spaces where it can, inside a word
    /// (between graphemes) where a word is longer than a line. Newlines start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if fitsUnchanged(text, width: width) { return [text] }
        if let lines = wrapASCII(text, width: width) { return lines }
        return wrapGraphemes(text, width: width)
    }

    /// `wrap` by grapheme, for any text.
    package static func wrapGraphemes(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            func flushWord() {
                if word.isEmpty { return }
                if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if lineWidth > 0 {
                    line.append(" ")
                    lineWidth += 1
                }
                // A word longer than the line is cut between graphemes.
                for c in word {
                    let w = self.width(of: c)
                    if lineWidth + w > width {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(c)
                    lineWidth += w
                }
                word = ""
                wordWidth = 0
            }
            for c in paragraph {
                if c == " " || c == "\t" {
                    flushWord()
                } else {
                    word.append(c)
                    wordWidth += self.width(of: c)
                }
            }
            flushWord()
            lines.append(line)
        }
        return lines
    }

    /// `wrap` for printable ASCII, by bytes (every character one column, one byte): the same
    /// lines, an order of magnitude faster on the long bodies an export wraps. Nil otherwise.
    package static func wrapASCII(_ text: String, width: Int) -> [String]? {
        var text = text
        return text.withUTF8 { u -> [String]? in
            for b in u where !(b >= 0x20 && b < 0x7F) && b != 0x0A && b != 0x09 { return nil }
            var lines: [String] = []
            var line: [UInt8] = []
            line.reserveCapacity(width)
            var i = 0
            let n = u.count
            while true {
                // One paragraph: up to the next newline.
                var end = i
                while end < n, u[end] != 0x0A { end += 1 }
                line.removeAll(keepingCapacity: true)
                var k = i
                while k < end {
                    if u[k] == 0x20 || u[k] == 0x09 { k += 1; continue }
                    var w = k
                    while w < end, u[w] != 0x20, u[w] != 0x09 { w += 1 }
                    let wordWidth = w - k
                    if !line.isEmpty, line.count + 1 + wordWidth > width {
                        lines.append(String(decoding: line, as: UTF8.self))
                        line.removeAll(keepingCapacity: true)
                    }
                    if !line.isEmpty { line.append(0x20) }
                    if line.count + wordWidth <= width {
                        line.append(contentsOf: UnsafeBufferPointer(rebasing: u[k..<w]))
                        k = w
                        continue
                    }
                    for b in u[k..<w] {
                        if line.count + 1 > width {
                            lines.append(String(decoding: line, as: UTF8.self))
                            line.removeAll(keepingCapacity: true)
                        }
                        line.append(b)
                    }
                    k = w
                }
                lines.append(String(decoding: line, as: UTF8.self))
                if end >= n { break }
                i = end + 1
            }
            return lines
        }
    }

    /// Whether wrapping would return the text as it is: one line, no runs of blanks to fold,
    /// and few enough bytes that it cannot be wider than `width` (no scalar is wider in
    /// columns than in UTF-8 bytes).
    static func fitsUnchanged(_ text: String, width: Int) -> Bool {
        var text = text
        return text.withUTF8 { u in
            guard !u.isEmpty, u.count <= width, u[0] != 0x20, u[u.count - 1] != 0x20 else { return false }
            var last: UInt8 = 0
            for b in u {
                if b == 0x0A || b == 0x09 || b == 0x0D || (b == 0x20 && last == 0x20) { return false }
                last = b
            }
            return true
        }
    }
}
