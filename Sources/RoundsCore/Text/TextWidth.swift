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
}
