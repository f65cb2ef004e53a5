import RoundsCore

/// Editable text as graphemes with a cursor between them, so the cursor can never land inside
/// a wide character, an emoji ZWJ sequence, a flag or a letter with combining accents.
public struct TextBuffer: Equatable, Sendable {
    public private(set) var chars: [Character]
    /// 0…chars.count, a grapheme index.
    public private(set) var cursor: Int

    public init(_ text: String = "", cursor: Int? = nil) {
        chars = Array(text)
        self.cursor = min(max(0, cursor ?? chars.count), chars.count)
    }

    public var text: String { String(chars) }
    public var count: Int { chars.count }

    // MARK: - Typing

    public mutating func insert(_ s: String) {
        let new = Array(s)
        chars.insert(contentsOf: new, at: cursor)
        cursor += new.count
        // Typing can merge graphemes (a combining accent after a letter): re-split around it.
        renormalize()
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        chars.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
    }

    /// Ctrl-k: to the end of the line (or the line break itself at its end).
    public mutating func killToLineEnd() {
        let end = lineEnd(from: cursor)
        if end == cursor, cursor < chars.count { chars.remove(at: cursor); return }
        chars.removeSubrange(cursor..<end)
    }

    /// Ctrl-u: to the start of the line.
    public mutating func killToLineStart() {
        let start = lineStart(from: cursor)
        chars.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-w: the word before the cursor (and the blanks after it).
    public mutating func killWordBack() {
        let start = wordStart(before: cursor)
        chars.removeSubrange(start..<cursor)
        cursor = start
    }

    // MARK: - Moving

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(chars.count, cursor + 1) }
    public mutating func lineHome() { cursor = lineStart(from: cursor) }
    public mutating func lineEnd() { cursor = lineEnd(from: cursor) }
    public mutating func wordLeft() { cursor = wordStart(before: cursor) }
    public mutating func wordRight() {
        var i = cursor
        while i < chars.count, !isWordChar(chars[i]) { i += 1 }
        while i < chars.count, isWordChar(chars[i]) { i += 1 }
        cursor = i
    }
    public mutating func moveTo(_ index: Int) { cursor = min(max(0, index), chars.count) }

    func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "'" || c == "’" || c == "_" }

    func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, !isWordChar(chars[i - 1]) { i -= 1 }
        while i > 0, isWordChar(chars[i - 1]) { i -= 1 }
        return i
    }

    func lineStart(from index: Int) -> Int {
        var i = index
        while i > 0, chars[i - 1] != "\n" { i -= 1 }
        return i
    }

    func lineEnd(from index: Int) -> Int {
        var i = index
        while i < chars.count, chars[i] != "\n" { i += 1 }
        return i
    }

    private mutating func renormalize() {
        let text = String(chars)
        let again = Array(text)
        guard again.count != chars.count else { return }
        // Map the cursor by the number of scalars before it.
        let scalarsBefore = chars[..<cursor].reduce(0) { $0 + $1.unicodeScalars.count }
        var n = 0, k = 0
        while k < again.count, n + again[k].unicodeScalars.count <= scalarsBefore {
            n += again[k].unicodeScalars.count
            k += 1
        }
        chars = again
        cursor = k
    }

    // MARK: - Layout

    /// One screen line of soft-wrapped text: graphemes [start, end) and whether a line break
    /// (not a wrap) ends it.
    public struct VisualLine: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// Soft word wrap to `width` columns by display width; a word longer than a line is cut
    /// between graphemes. Every grapheme index, and the end, falls in exactly one line.
    public func layout(width: Int) -> [VisualLine] {
        let width = max(1, width)
        var lines: [VisualLine] = []
        var start = 0
        var i = 0
        var used = 0
        var lastBreak: Int?  // index after the last space on this line
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                lines.append(VisualLine(start: start, end: i))
                i += 1
                start = i
                used = 0
                lastBreak = nil
                continue
            }
            let w = TextWidth.width(of: c)
            if used + w > width, i > start {
                // Wrap at the last space when there is one, else inside the word.
                let cut = (lastBreak.map { $0 > start ? $0 : i }) ?? i
                lines.append(VisualLine(start: start, end: cut))
                start = cut
                used = chars[start..<i].reduce(0) { $0 + TextWidth.width(of: $1) }
                lastBreak = nil
                continue
            }
            used += w
            if c == " " { lastBreak = i + 1 }
            i += 1
        }
        lines.append(VisualLine(start: start, end: chars.count))
        return lines
    }

    /// The cursor's screen line and column in a layout.
    public func cursorPosition(in lines: [VisualLine]) -> (row: Int, column: Int) {
        var row = lines.count - 1
        for (k, l) in lines.enumerated() where cursor >= l.start && (cursor < l.end || cursor == l.end && (k + 1 == lines.count || lines[k + 1].start > l.end)) {
            row = k
            break
        }
        let l = lines[row]
        let column = chars[l.start..<min(cursor, l.end)].reduce(0) { $0 + TextWidth.width(of: $1) }
        return (row, column)
    }

    /// Up or down a screen line, keeping the column as well as the text allows.
    public mutating func moveLine(_ delta: Int, width: Int) {
        let lines = layout(width: width)
        let (row, column) = cursorPosition(in: lines)
        let target = row + delta
        guard lines.indices.contains(target) else {
            cursor = delta < 0 ? 0 : chars.count
            return
        }
        let l = lines[target]
        var i = l.start, used = 0
        while i < l.end {
            let w = TextWidth.width(of: chars[i])
            if used + w > column { break }
            used += w
            i += 1
        }
        cursor = i
    }
}
