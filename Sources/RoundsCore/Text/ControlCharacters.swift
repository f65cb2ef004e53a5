#if canImport(Glibc)
import Glibc
#endif

/// Characters that must not reach a terminal or a post as they are: C0 and C1 controls (an
/// `ESC [2J` in a title would clear the screen of whoever lists it), DEL, and the bidi
/// overrides and isolates (`U+202E` makes `txt.exe` read as `exe.txt`).
///
/// Input is refused with the character and its position; output escapes whatever reached the
/// file another way (`\x1b`, `\u{202e}`), so it is visible and harmless.
public enum ControlCharacters {
    /// Whether a scalar is refused in text: C0 other than tab and newline (newline and tab only
    /// where `multiline`), DEL, C1, and the bidi controls.
    /// In bodies (`multiline`), right-to-left text may need its marks, embeddings and
    /// isolates; only the overrides (U+202D, U+202E), which reverse what is shown, are refused.
    public static func isRefused(_ u: Unicode.Scalar, multiline: Bool) -> Bool {
        let v = u.value
        if v == 0x0A || v == 0x09 { return !multiline }
        if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return true }
        if multiline { return v == 0x202D || v == 0x202E }
        return isBidiControl(v)
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The first refused character in `text`, worded for the doctor ("the title holds the
    /// control character ESC (U+001B) at character 7"), or nil. Positions count characters
    /// (user-perceived), from 1.
    public static func problem(in text: String, field: String, multiline: Bool) -> String? {
        // Most text is ASCII with no control in it: said in one pass over the bytes (an import
        // checks three fields of every row), without breaking it into characters.
        if plainASCII(text, multiline: multiline) { return nil }
        var position = 0
        for ch in text {
            position += 1
            for u in ch.unicodeScalars where isRefused(u, multiline: multiline) {
                return "\(field) holds \(describe(u)) at character \(position): remove it"
            }
        }
        return nil
    }

    /// `the control character ESC (U+001B)`, `a right-to-left override (U+202E)`.
    public static func describe(_ u: Unicode.Scalar) -> String {
        let v = u.value
        let hex = String(v, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let c0 = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
                  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]
        if v < 0x20 { return "the control character \(c0[Int(v)]) (\(code))" }
        if v == 0x7F { return "the control character DEL (\(code))" }
        if v <= 0x9F { return "a C1 control character (\(code))" }
        if v == 0x202E || v == 0x202D { return "a bidi override (\(code)), which reverses how the text reads" }
        return "a bidi control (\(code))"
    }

    /// The text with every refused character (tab and newline kept when `multiline`) written
    /// as a visible escape: `\x1b`, `\r`, `\u{202e}` (bidi controls only when `bidi`: JSON
    /// output escapes its own). Text without any is returned as it is, without a copy.
    public static func escaped(_ text: String, multiline: Bool = true, bidi: Bool = true) -> String {
        func refused(_ u: Unicode.Scalar) -> Bool {
            let v = u.value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) { return isRefused(u, multiline: multiline) }
            return bidi && v >= 0x61C && isBidiControl(v) && (!multiline || v == 0x202D || v == 0x202E)
        }
        func needs(_ bytes: some Sequence<UInt8>) -> Bool {
            for b in bytes where b < 0x20 || b == 0x7F || b >= 0xC2 {
                // Only a control byte, or a lead byte of C1 or a bidi control, can start one; a
                // newline or tab in multi-line text is kept (a command's output is many lines).
                if multiline, b == 0x0A || b == 0x09 { continue }
                if b < 0x80 || b == 0xC2 || b == 0xD8 || b == 0xE2 { return true }
            }
            return false
        }
        // On the contiguous bytes where the string has them (a command's output of 100,000 lines).
        let mayNeed = text.utf8.withContiguousStorageIfAvailable { needs($0) } ?? needs(text.utf8)
        guard mayNeed, text.unicodeScalars.contains(where: refused) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            guard refused(u) else { out.append(u); continue }
            let escape: String
            switch u.value {
            case 0x0D: escape = "\\r"
            case 0x0A: escape = "\\n"
            case 0x09: escape = "\\t"
            case 0..<0x100:
                let hex = String(u.value, radix: 16)
                escape = "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: escape = "\\u{" + String(u.value, radix: 16) + "}"
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    /// Whether the text is printable ASCII only (with newlines and tabs where `multiline`):
    /// nothing in it can be refused. One pass over the contiguous bytes.
    static func plainASCII(_ text: String, multiline: Bool) -> Bool {
        func plain(_ bytes: some Sequence<UInt8>) -> Bool {
            for b in bytes where b < 0x20 || b >= 0x7F {
                if !(multiline && (b == 0x0A || b == 0x09)) { return false }
            }
            return true
        }
        return text.utf8.withContiguousStorageIfAvailable { plain($0) } ?? plain(text.utf8)
    }

    /// Line endings to `\n`: CRLF and lone CR (old Mac files, spreadsheet cells).
    /// Whether the text's UTF-8 holds `byte`: `memchr` on contiguous text (an import checks
    /// every cell of every row).
    static func containsByte(_ byte: UInt8, in text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) { return found }
        return text.utf8.contains(byte)
    }

    public static func normalizingLineEndings(_ text: String) -> String {
        guard ControlCharacters.containsByte(0x0D, in: text) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for u in text.unicodeScalars {
            if u.value == 0x0D {
                out.append("\n")
                previousCR = true
                continue
            }
            if u.value == 0x0A, previousCR { previousCR = false; continue }
            previousCR = false
            out.append(u)
        }
        return String(out)
    }
}
