import CNcursesw
import Foundation
import Testing
import RoundsCore
import RoundsTerminal
import RoundsTestSupport
@testable import RoundsUI

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test("characters and key codes become named keys", arguments: [
        (RawKey.character(0x61), Key.char("a")), (.character(0x20), .char(" ")), (.character(0x6C49), .char("汉")),
        (.character(9), .tab), (.character(10), .enter), (.character(13), .enter), (.character(27), .escape),
        (.character(127), .backspace), (.character(8), .backspace), (.character(3), .ctrl("c")), (.character(18), .ctrl("r")),
        (.character(1), .ctrl("a")), (.character(0x1F600), .char("😀")),
        (.keyCode(KeyDecoder.codes["up"]!), .up), (.keyCode(KeyDecoder.codes["down"]!), .down),
        (.keyCode(KeyDecoder.codes["left"]!), .left), (.keyCode(KeyDecoder.codes["right"]!), .right),
        (.keyCode(KeyDecoder.codes["ppage"]!), .pageUp), (.keyCode(KeyDecoder.codes["npage"]!), .pageDown),
        (.keyCode(KeyDecoder.codes["home"]!), .home), (.keyCode(KeyDecoder.codes["end"]!), .end),
        (.keyCode(KeyDecoder.codes["enter"]!), .enter), (.keyCode(KeyDecoder.codes["btab"]!), .backTab),
        (.keyCode(KeyDecoder.codes["backspace"]!), .backspace), (.keyCode(KeyDecoder.codes["dc"]!), .delete),
        (.keyCode(KeyDecoder.codes["resize"]!), .resize), (.keyCode(KeyDecoder.codes["f1"]!), .function(1)),
        (.keyCode(KeyDecoder.codes["f12"]!), .function(12)), (.keyCode(9999), .unknown), (.character(0xD800), .unknown),
    ])
    func decode(_ c: (RawKey, Key)) {
        #expect(KeyDecoder().decode(c.0) == c.1)
    }

    @Test("extended key codes found at run time are honored")
    func extra() {
        #expect(KeyDecoder(extra: [600: .ctrlLeft]).decode(.keyCode(600)) == .ctrlLeft)
    }
}

@Suite("The ncurses backend, headless", .serialized)
struct HeadlessTests {
    @Test("a rendered frame reads back from ncurses as drawn, wide characters included")
    func drawAndReadBack() throws {
        var plan = Fixtures.fullWeekPlan()
        var p = plan.post(id: "b2")!
        p.title = "熱は悪い? Zoë 🩺"
        plan.upsert(p)
        let state = AppState(plan: plan, today: Fixtures.today)
        let size = Size(width: 80, height: 24)
        let buffer = Screen.render(state, size: size, palette: .monochrome)
        let terminal = try NcursesTerminal(headless: size)
        defer { terminal.end() }
        terminal.draw(buffer)
        for y in 0..<23 {
            var row = terminal.readRow(y)
            while row.last == " " { row.removeLast() }
            #expect(row == buffer.lines[y], "row \(y)")
        }
        // Styles reach ncurses: the selected slot is in reverse video.
        let layout = Layout(size: size)
        #expect(terminal.attributes(x: layout.columns[2].x, y: 3).reverse)
        #expect(!terminal.attributes(x: layout.columns[0].x, y: 3).reverse)
        // A second frame with one change redraws only what changed and still matches.
        var next = state
        _ = next.apply(.navigate(.moveDay(1)))
        let second = Screen.render(next, size: size, palette: .monochrome)
        terminal.draw(second)
        for y in [2, 3, 16, 17] {
            var row = terminal.readRow(y)
            while row.last == " " { row.removeLast() }
            #expect(row == second.lines[y], "row \(y) after a move")
        }
    }

    @Test("the width table agrees with glibc's wcwidth under C.UTF-8")
    func widthTableMatchesWcwidth() {
        setlocale(LC_ALL, "C.UTF-8")
        var mismatches: [String] = []
        var checked = 0
        // Every scalar of the planes we care about: Latin, CJK, symbols, emoji.
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FFF, 0x3000...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFFFD, 0x1F000...0x1FAFF, 0x20000...0x2A6DF]
        for r in ranges {
            for v in r {
                let c = rounds_wcwidth(v)
                // Unassigned code points (-1) are not characters anyone types.
                guard c >= 0 else { continue }
                checked += 1
                if TextWidth.width(ofScalar: v) != Int(c) { mismatches.append(String(v, radix: 16)) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(checked > 60_000)
    }
}
