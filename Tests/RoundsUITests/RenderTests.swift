import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

@Suite("Views render into the cell buffer")
struct RenderTests {
    static func state(_ plan: Plan = Fixtures.fullWeekPlan(), keys: String = "") -> AppState {
        var s = AppState(plan: plan, today: Fixtures.today)
        _ = s.press(script: keys)
        return s
    }

    static func render(_ s: AppState, _ w: Int, _ h: Int, palette: Palette = .monochrome) -> CellBuffer {
        Screen.render(s, size: Size(width: w, height: h), palette: palette)
    }

    @Test("a planned week at 80×24")
    func week80x24() {
        assertSnapshot(Self.render(Self.state(), 80, 24).snapshot, named: "week-80x24")
    }

    @Test("a planned week at 160×50 uses the room: two-line titles, wider panes")
    func week160x50() {
        var plan = Fixtures.fullWeekPlan()
        var p = plan.post(id: "b2")!
        p.title = "Is a fever always bad? What parents should know before reaching for medicine"
        plan.upsert(p)
        let buf = Self.render(Self.state(plan), 160, 50)
        assertSnapshot(buf.snapshot, named: "week-160x50")
        #expect(buf.lines[5].contains("What parents should"), "the title's second line is shown")
    }

    @Test("an empty week shows every themed slot as a gap, and the flags that say so")
    func emptyWeek() {
        let text = Self.render(Self.state(Fixtures.emptyPlan()), 80, 24).text
        assertSnapshot(text, named: "empty-week-80x24")
        #expect(text.components(separatedBy: "╌ gap ╌").count == 4)
        #expect(text.contains("✗ 0 of 2+ posts this week"))
    }

    @Test("below 80×24 a clear message; tiny sizes never trap", arguments: [(1, 1), (20, 5), (79, 24), (80, 23), (2, 40), (200, 1), (60, 15)])
    func tooSmall(_ size: (Int, Int)) {
        let buf = Self.render(Self.state(), size.0, size.1)
        let shown = buf.lines.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        // Nothing of the week is drawn: only the message, centred, as much of it as fits.
        #expect(!buf.text.contains("Rounds ·") && !buf.text.contains("Details"))
        #expect(shown.first.map { "terminal too small:".hasPrefix($0) || $0.hasPrefix("terminal too small:") } == true, "\(shown)")
        if size.0 >= 40, size.1 >= 3 {
            #expect(shown == ["terminal too small:", "need 80×24, have \(size.0)×\(size.1)", "(q quits)"], "\(shown)")
        } else if size.0 >= 20, size.1 >= 4 {
            #expect(shown == ["terminal too small:", "need 80×24,", "have \(size.0)×\(size.1)", "(q quits)"], "\(shown)")
        }
    }

    @Test("20×5 too-small screen")
    func tooSmallSnapshot() {
        assertSnapshot(Self.render(Self.state(), 20, 5).text, named: "too-small-20x5")
    }

    @Test("CJK and emoji titles are cut by display width, never inside a character")
    func wideTitles() {
        var plan = Fixtures.emptyPlan()
        plan.upsert(Fixtures.post("w1", "2026-11-23", "health-tip", title: "睡眠と健康について話しましょう"))
        plan.upsert(Fixtures.post("w2", "2026-11-25", "qa", title: "🩺👩‍⚕️ Ask me anything"))
        plan.upsert(Fixtures.post("w3", "2026-11-27", "success-story", title: "Zoë's café ❤️ recovery"))
        let buf = Self.render(Self.state(plan), 80, 24)
        assertSnapshot(buf.snapshot, named: "wide-titles-80x24")
        // Every line is exactly as wide as the screen when measured by display width.
        for line in buf.lines { #expect(TextWidth.width(of: line) <= 80) }
        #expect(buf.lines[4].hasPrefix("睡眠と健康…"))
        #expect(buf.lines[4].contains("│🩺👩 Ask m…") || buf.lines[4].contains("│🩺👩 Ask …"))
    }

    @Test("the help overlay lists every binding (scrolling with j/k)")
    func help() {
        let buf = Self.render(Self.state(keys: "?"), 100, 40)
        let all = HelpView.lines().joined(separator: "\n")
        // The overview board's own keys are in its help (BoardTests), not the planner's.
        for binding in Keymap.bindings where !binding.contexts.isEmpty && binding.contexts != [.board] {
            #expect(all.contains(binding.help), "help lacks '\(binding.help)'")
        }
        let scrolled = Self.render(Self.state(keys: "?" + String(repeating: "j", count: 40)), 100, 40)
        #expect(scrolled.text.contains("Editor (Enter or a)"))
        assertSnapshot(buf.text, named: "help-100x40")
    }

    @Test("the flags panel takes focus with Tab and shows the fix of the selected flag")
    func flagsFocus() {
        let buf = Self.render(Self.state(Fixtures.emptyPlan(), keys: "<Tab>"), 80, 24)
        assertSnapshot(buf.snapshot, named: "flags-focus-80x24")
        #expect(buf.lines[22].contains("│→ add 2 more"))
    }

    @Test("the go-to prompt shows in the status bar")
    func prompt() {
        let buf = Self.render(Self.state(keys: "gnext fri"), 80, 24)
        #expect(buf.lines[23] == "Go to date: next fri▏  Enter go · Esc cancel")
    }

    @Test("selection, today and gaps are visible without color")
    func monochromeStyles() {
        let buf = Self.render(Self.state(Fixtures.emptyPlan()), 80, 24, palette: .monochrome)
        let layout = Layout(size: Size(width: 80, height: 24))
        // Today (Wednesday, column 2) is bold and underlined in the day header.
        let todayCell = buf[layout.columns[2].x, 2]
        #expect(todayCell.style.bold && todayCell.style.underline)
        // The selected gap (Wednesday's Q&A) is in reverse video.
        #expect(buf[layout.columns[2].x, 3].style.reverse)
        #expect(!buf[layout.columns[0].x, 3].style.reverse)
        #expect(buf.lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
        #expect(buf.cells.allSatisfy { $0.style.fg == nil && $0.style.bg == nil })
    }

    @Test("in color, themes have their pack colors")
    func colors() {
        let buf = Self.render(Self.state(), 80, 24, palette: .color)
        let layout = Layout(size: Size(width: 80, height: 24))
        #expect(buf[layout.columns[0].x, 3].style.fg == .green)
        #expect(buf[layout.columns[4].x, 3].style.fg == .magenta)
    }

    @Test("a Sunday-start plan begins the grid on Sunday")
    func sundayStart() {
        var plan = Fixtures.fullWeekPlan()
        plan.profile.weekStart = .sunday
        let buf = Self.render(Self.state(plan), 80, 24)
        #expect(buf.lines[2].hasPrefix("Sun 22 Nov │Mon 23"))
    }
}

@Suite("Text width and the cell buffer")
struct TextTests {
    @Test("widths of graphemes", arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("汉", 2), ("🩺", 2), ("👩‍⚕️", 2), ("🇫🇷", 1), ("❤️", 1), ("❤", 1), ("\u{200B}", 1), ("한", 2),
    ])
    func widths(_ c: (String, Int)) {
        #expect(TextWidth.width(of: Character(c.0)) == c.1)
    }

    @Test("truncate never splits a wide character and ends in …")
    func truncate() {
        #expect(TextWidth.truncate("汉字汉字", to: 5) == "汉字…")
        #expect(TextWidth.truncate("汉字汉字", to: 4) == "汉…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.truncate("abcd", to: 3) == "ab…")
        #expect(TextWidth.truncate("abcd", to: 0) == "")
        #expect(TextWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
    }

    @Test("wrap breaks at spaces, inside long words, and keeps paragraphs", arguments: [
        ("one two three", 7, ["one two", "three"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("汉字汉字汉", 4, ["汉字", "汉字", "汉"]),
        ("a\n\nb", 5, ["a", "", "b"]),
        ("", 5, [""]),
    ])
    func wrap(_ c: (String, Int, [String])) {
        #expect(TextWidth.wrap(c.0, width: c.1) == c.2)
    }

    @Test("the buffer clips everything and never half-draws a wide character")
    func clipping() {
        var buf = CellBuffer(size: Size(width: 3, height: 1))
        #expect(buf.put("a汉字", x: 0, y: 0) == 3)
        #expect(buf.text == "a汉")
        buf.put("汉", x: 2, y: 0)
        #expect(buf.text == "a汉", "a wide character at the last column is left out")
        buf.put("zz", x: -1, y: 0)
        buf.put("x", x: 5, y: 5)
        buf.fill(Rect(x: -3, y: -3, width: 100, height: 100))
        #expect(buf.text == "")
        var tiny = CellBuffer(size: Size(width: 0, height: 0))
        tiny.put("hello", x: 0, y: 0)
        #expect(tiny.lines.isEmpty)
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var buf = CellBuffer(size: Size(width: 4, height: 1))
        buf.put("汉汉", x: 0, y: 0)
        buf.put("x", x: 1, y: 0)
        #expect(buf.text == " x汉")
    }

    @Test("control characters in titles are never drawn raw")
    func controls() {
        var buf = CellBuffer(size: Size(width: 10, height: 1))
        buf.put("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(!buf.text.contains("\u{1B}"))
    }
}
