import CNcursesw
import Foundation
import Testing
import RoundsCore
import RoundsTerminal
import RoundsTestSupport
@testable import RoundsUI

@Suite("Key codes from ncurses")
struct KeyCodesTests {
    // Characters are `InputParser`'s (InputParserTests); ncurses' own codes come here.
    @Test("ncurses key codes become named keys", arguments: [
        ("up", Key.up), ("down", .down), ("left", .left), ("right", .right), ("ppage", .pageUp), ("npage", .pageDown),
        ("home", .home), ("end", .end), ("enter", .enter), ("btab", .backTab), ("backspace", .backspace),
        ("dc", .delete), ("ic", .insert), ("resize", .resize), ("f1", .function(1)), ("f12", .function(12)),
    ])
    func decode(_ c: (String, Key)) throws {
        #expect(KeyCodes().key(try #require(KeyCodes.codes[c.0])) == c.1)
    }

    @Test("an unknown code is unknown; extended codes found at run time are honored")
    func extra() {
        #expect(KeyCodes().key(9999) == .unknown)
        #expect(KeyCodes(extra: [600: .ctrlLeft]).key(600) == .ctrlLeft)
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
