import Testing
import RoundsCore
@testable import RoundsUI

@Suite("The input parser and the frame diff")
struct InputParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The reads, in order; `nil` is the escape delay passing with nothing more.
        var reads: [String?]
        var keys: [Key]
        var testDescription: String { name }
    }

    static func parse(_ reads: [String?]) -> [Key] {
        var p = InputParser()
        var keys: [Key] = []
        for read in reads {
            if let read {
                keys += p.feed(read.unicodeScalars.map { .scalar($0.value) })
            } else {
                keys += p.feed(.timeout)
            }
        }
        return keys
    }

    @Test("characters the terminal sends become keys, whatever the reads", arguments: [
        // Defect 4: under TERM=xterm-256color in tmux, End is ESC [ 4 ~ and what followed it in
        // the same read was lost.
        Case(name: "End then xyz in one read", reads: ["\u{1B}[4~xyz"], keys: [.end, .char("x"), .char("y"), .char("z")]),
        Case(name: "ESC [ 4 ~ abc inserts abc after End", reads: ["\u{1B}[4~abc"], keys: [.end, .char("a"), .char("b"), .char("c")]),
        Case(name: "ESC [ D 12: Left then 1 2", reads: ["\u{1B}[D12"], keys: [.left, .char("1"), .char("2")]),
        Case(name: "Home as ESC [ 1 ~, End as ESC [ 4 ~", reads: ["\u{1B}[1~\u{1B}[4~"], keys: [.home, .end]),
        Case(name: "rxvt's Home and End, ESC [ 7 ~ and ESC [ 8 ~", reads: ["\u{1B}[7~\u{1B}[8~"], keys: [.home, .end]),
        Case(name: "xterm's Home and End, ESC [ H / F and ESC O H / F", reads: ["\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF"], keys: [.home, .end, .home, .end]),
        Case(name: "a sequence split over two reads", reads: ["\u{1B}[", "4~x"], keys: [.end, .char("x")]),
        Case(name: "Esc alone in one read, the rest in the next", reads: ["\u{1B}", "[1~"], keys: [.home]),
        Case(name: "a lone Esc is Escape once the delay passes", reads: ["\u{1B}", nil, "j"], keys: [.escape, .char("j")]),
        Case(name: "Esc Esc is two Escapes, not Alt-Esc", reads: ["\u{1B}\u{1B}", nil], keys: [.escape, .escape]),
        Case(name: "Alt-b is Esc then b at once", reads: ["\u{1B}b"], keys: [.alt("b")]),
        Case(name: "Esc, a pause, then b is Escape and b", reads: ["\u{1B}", nil, "b"], keys: [.escape, .char("b")]),
        Case(name: "arrows in both cursor modes", reads: ["\u{1B}[A\u{1B}[B\u{1B}OC\u{1B}OD"], keys: [.up, .down, .right, .left]),
        Case(name: "Ctrl-Left and Ctrl-Right with the modifier parameter", reads: ["\u{1B}[1;5D\u{1B}[1;5C"], keys: [.ctrlLeft, .ctrlRight]),
        Case(name: "Shift-Left is Left", reads: ["\u{1B}[1;2D"], keys: [.left]),
        Case(name: "Delete, Insert, Page Up and Down", reads: ["\u{1B}[3~\u{1B}[2~\u{1B}[5~\u{1B}[6~"], keys: [.delete, .insert, .pageUp, .pageDown]),
        Case(name: "Shift-Tab", reads: ["\u{1B}[Z"], keys: [.backTab]),
        Case(name: "F1 to F4 as SS3, F5 and F12 as CSI, the console's F1", reads: ["\u{1B}OP\u{1B}OS\u{1B}[15~\u{1B}[24~\u{1B}[[A"],
             keys: [.function(1), .function(4), .function(5), .function(12), .function(1)]),
        Case(name: "a bracketed paste is one key, its CR a line feed, and the key after it stays", reads: ["\u{1B}[200~hi\rthere\u{1B}[201~x"],
             keys: [.paste("hi\nthere"), .char("x")]),
        Case(name: "a paste split over reads", reads: ["\u{1B}[200~ab", "c\u{1B}[2", "01~"], keys: [.paste("abc")]),
        Case(name: "a paste holding an Esc sequence keeps it as text", reads: ["\u{1B}[200~a\u{1B}[Db\u{1B}[201~"], keys: [.paste("a\u{1B}[Db")]),
        Case(name: "a paste cut short ends with the delay, keeping what came", reads: ["\u{1B}[200~abc", nil, "q"], keys: [.paste("abc"), .char("q")]),
        Case(name: "ESC [ then the delay is Alt-[", reads: ["\u{1B}[", nil], keys: [.alt("[")]),
        Case(name: "a cut sequence gives back what was typed", reads: ["\u{1B}[12", nil], keys: [.alt("["), .char("1"), .char("2")]),
        Case(name: "control keys, Enter as CR or LF, Backspace as DEL or BS", reads: ["\u{01}\u{12}\r\n\u{7F}\u{08}\t"],
             keys: [.ctrl("a"), .ctrl("r"), .enter, .enter, .backspace, .backspace, .tab]),
        Case(name: "CJK, emoji and accented letters", reads: ["汉é🩺"], keys: [.char("汉"), .char("é"), .char("🩺")]),
        Case(name: "an unknown sequence is dropped alone, not with what follows", reads: ["\u{1B}[99~z"], keys: [.unknown, .char("z")]),
        Case(name: "Esc then Enter is Escape and Enter", reads: ["\u{1B}\r"], keys: [.escape, .enter]),
    ])
    func keys(_ c: Case) {
        #expect(Self.parse(c.reads) == c.keys)
    }

    @Test("the parser says when it waits for the rest of a sequence")
    func pending() {
        var p = InputParser()
        #expect(p.feed(.scalar(0x1B)).isEmpty)
        #expect(p.isPending)
        #expect(p.feed(.scalar(0x5B)).isEmpty)
        #expect(p.isPending && !p.inPaste)
        _ = p.feed("200~".unicodeScalars.map { .scalar($0.value) })
        #expect(p.inPaste)
        _ = p.feed("\u{1B}[201~".unicodeScalars.map { .scalar($0.value) })
        #expect(!p.isPending)
    }

    static func buffer(_ rows: [String], width: Int) -> CellBuffer {
        var b = CellBuffer(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { b.put(row, x: 0, y: y) }
        return b
    }

    static func written(_ d: FrameDiff) -> [String] { d.changes.map { "\($0.x),\($0.y)=\($0.cell.character)" } }

    @Test("the frame diff writes what changed and nothing else")
    func diff() {
        let a = Self.buffer(["abc", "def"], width: 3)
        // No frame yet: clear, and every cell but the bottom-right one.
        let first = FrameDiff.between(nil, a)
        #expect(first.clear)
        #expect(Self.written(first) == ["0,0=a", "1,0=b", "2,0=c", "0,1=d", "1,1=e"])
        // The same frame: nothing.
        #expect(FrameDiff.between(a, a) == FrameDiff(clear: false, changes: []))
        // One letter.
        #expect(Self.written(FrameDiff.between(a, Self.buffer(["abc", "dxf"], width: 3))) == ["1,1=x"])
        // A wide character: written once, its right half never.
        let wide = Self.buffer(["a汉", "def"], width: 3)
        #expect(Self.written(FrameDiff.between(a, wide)) == ["1,0=汉"])
        // Back to narrow: both cells.
        #expect(Self.written(FrameDiff.between(wide, a)) == ["1,0=b", "2,0=c"])
        // A style change is a change.
        var bold = a
        bold.restyle(Rect(x: 0, y: 0, width: 1, height: 1)) { $0.bold = true }
        #expect(Self.written(FrameDiff.between(a, bold)) == ["0,0=a"])
        // Another size: clear and write all.
        #expect(FrameDiff.between(a, Self.buffer(["abcd"], width: 4)).clear)
        // The bottom-right cell is never written, even when it changed.
        #expect(Self.written(FrameDiff.between(a, Self.buffer(["abc", "dez"], width: 3))).isEmpty)
    }
}
