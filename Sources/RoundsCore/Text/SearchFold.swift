extension String {
    /// The text as search compares it: no case, no accents ("Zoë" finds "zoe", "ÉTÉ" finds "ete").
    /// Letters with accents become their base letter, combining marks are dropped, and what is
    /// left is lower-cased. Done here rather than with Foundation's `folding(options:)`, whose ICU
    /// would cost every launch of the planner a few milliseconds of loading.
    public var searchFolded: String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s.value < 0x80 {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 0x20)) : s)
                continue
            }
            if s.properties.generalCategory == .nonspacingMark && s.properties.canonicalCombiningClass != .notReordered { continue }
            let base = Unicode.Scalar(Self.accentBase(s.value)) ?? s
            switch base.value {
            // Letters whose case folding is more than lower-casing (Unicode's CaseFolding.txt).
            case 0xDF, 0x1E9E: out.append(contentsOf: "ss".unicodeScalars)  // ß ẞ
            case 0x17F: out.append("s")  // long s
            case 0x149: out.append(contentsOf: "\u{2BC}n".unicodeScalars)  // ŉ
            case 0x1E9A: out.append(contentsOf: "a\u{2BE}".unicodeScalars)  // ẚ
            default: out.append(contentsOf: base.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }

    private static func accentBase(_ v: UInt32) -> UInt32 {
        let t = FoldTable.pairs
        var lo = 0, hi = t.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            let key = t[2 * mid]
            if key == v { return t[2 * mid + 1] }
            if key < v { lo = mid + 1 } else { hi = mid }
        }
        return v
    }
}
