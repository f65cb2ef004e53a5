internal import CNcursesw
import CTerminalGuard
import Glibc
import RoundsCore
import RoundsUI

/// The ncurses session: the only code that talks to the terminal. It owns the C resources,
/// so it is the one class; everything it draws comes from a `CellBuffer`.
public final class NcursesTerminal: TerminalBackend {
    public enum Failure: Error, CustomStringConvertible {
        case noTerminal(String)
        public var description: String {
            switch self {
            case .noTerminal(let why): "cannot start the planner screen: \(why)"
            }
        }
    }

    private let screen: OpaquePointer
    private var previous: CellBuffer?
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 1
    private let decoder: KeyDecoder
    public let colorsAvailable: Bool
    private var ended = false
    private let headless: Bool

    /// Takes over the terminal. `useColor` false gives monochrome (NO_COLOR).
    public init(useColor: Bool) throws {
        // Non-ASCII text silently vanishes without a UTF-8 locale.
        if setlocale(LC_ALL, "") == nil || rounds_locale_is_utf8() == 0 {
            setlocale(LC_ALL, "C.UTF-8")
        }
        guard isatty(0) != 0, isatty(1) != 0 else { throw Failure.noTerminal("standard input and output must be a terminal") }
        rounds_guard_install(1)
        guard let s = rounds_newterm_stdio() else {
            rounds_guard_disarm()
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw Failure.noTerminal("unknown terminal type '\(term)'")
        }
        screen = s
        headless = false
        set_term(s)
        raw()
        noecho()
        nonl()
        keypad(rounds_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var colors = false
        if useColor, has_colors() {
            start_color()
            use_default_colors()
            colors = rounds_colors() >= 8
        }
        colorsAvailable = colors
        var extra: [Int32: Key] = [:]
        for (seq, key) in [("\u{1B}[1;5D", Key.ctrlLeft), ("\u{1B}[1;5C", .ctrlRight)] {
            let code = key_defined(seq)
            if code > 0 { extra[code] = key }
        }
        decoder = KeyDecoder(extra: extra)
        // Bracketed paste: pasted text arrives between markers, never as commands.
        putp("\u{1B}[?2004h")
        rounds_flush_stdout()
    }

    /// A screen on /dev/null with a fixed size, for tests: draws and reads back, no terminal.
    public init(headless size: Size, terminalType: String = "xterm-256color") throws {
        setlocale(LC_ALL, "C.UTF-8")
        guard let s = rounds_newterm_null(terminalType) else { throw Failure.noTerminal("no terminfo for \(terminalType)") }
        screen = s
        headless = true
        set_term(s)
        resizeterm(Int32(size.height), Int32(size.width))
        colorsAvailable = false
        decoder = KeyDecoder()
    }

    /// The text of a row as ncurses holds it (headless tests).
    public func readRow(_ y: Int) -> String {
        var buf = [wchar_t](repeating: 0, count: size.width * 3 + 1)
        let n = buf.withUnsafeMutableBufferPointer { rounds_read_row(rounds_stdscr(), Int32(y), $0.baseAddress, Int32($0.count - 1)) }
        guard n > 0 else { return "" }
        var out = String.UnicodeScalarView()
        for w in buf.prefix(Int(n)) { if let u = Unicode.Scalar(UInt32(bitPattern: w)) { out.append(u) } }
        return String(out)
    }

    /// Attributes ncurses holds for a cell (headless tests): bold, reverse, underline.
    public func attributes(x: Int, y: Int) -> (bold: Bool, reverse: Bool, underline: Bool) {
        let a = rounds_cell_attrs(rounds_stdscr(), Int32(y), Int32(x))
        return (a & rounds_a_bold() != 0, a & rounds_a_reverse() != 0, a & rounds_a_underline() != 0)
    }

    deinit { end() }

    /// Gives the terminal back (idempotent).
    public func end() {
        guard !ended else { return }
        ended = true
        if headless {
            endwin()
            delscreen(screen)
            return
        }
        putp("\u{1B}[?2004l")
        endwin()
        delscreen(screen)
        rounds_guard_disarm()
        rounds_flush_stdout()
    }

    public var size: Size { Size(width: Int(rounds_cols()), height: Int(rounds_lines())) }

    /// Hands the terminal to another program ($EDITOR): program modes saved, screen left.
    public func suspend() {
        guard !headless, !ended else { return }
        putp("\u{1B}[?2004l")
        def_prog_mode()
        endwin()
        rounds_flush_stdout()
    }

    /// Takes the terminal back and repaints everything on the next draw.
    public func resume() {
        guard !headless, !ended else { return }
        reset_prog_mode()
        putp("\u{1B}[?2004h")
        previous = nil
        clearok(rounds_stdscr(), true)
        wrefresh(rounds_stdscr())
    }

    public func draw(_ buffer: CellBuffer) {
        let win = rounds_stdscr()
        let full = previous?.size != buffer.size
        if full { werase(win) }
        let w = buffer.size.width, h = buffer.size.height
        var text = [wchar_t](repeating: 0, count: 6)
        for y in 0..<h {
            for x in 0..<w {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if !full, let p = previous, p[x, y] == cell, !(x + 1 < w && p[x + 1, y] != buffer[x + 1, y] && buffer[x + 1, y].isContinuation) { continue }
                // Never write the bottom-right cell: it would scroll some terminals.
                if y == h - 1, x + TextWidth.width(of: cell.character) >= w { continue }
                var n = 0
                for u in cell.character.unicodeScalars where n < 5 {
                    text[n] = wchar_t(bitPattern: u.value)
                    n += 1
                }
                text[n] = 0
                _ = text.withUnsafeBufferPointer { ptr in
                    rounds_put_cell(win, Int32(y), Int32(x), ptr.baseAddress, attributes(cell.style), pair(cell.style))
                }
            }
        }
        previous = buffer
        wnoutrefresh(win)
        doupdate()
    }

    private func attributes(_ s: CellStyle) -> attr_t {
        var a = rounds_a_normal()
        if s.bold { a |= rounds_a_bold() }
        if s.reverse { a |= rounds_a_reverse() }
        if s.underline { a |= rounds_a_underline() }
        if s.dim { a |= rounds_a_dim() }
        return a
    }

    private func colorNumber(_ c: ThemeColor?) -> Int16 {
        switch c {
        case nil: -1
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }

    private func pair(_ s: CellStyle) -> Int16 {
        guard colorsAvailable, s.fg != nil || s.bg != nil else { return 0 }
        let fg = colorNumber(s.fg), bg = colorNumber(s.bg)
        let key = Int(fg + 1) * 16 + Int(bg + 1)
        if let p = pairs[key] { return p }
        guard Int32(nextPair) < rounds_color_pairs() else { return 0 }
        init_pair(nextPair, fg, bg)
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key] ?? 0
    }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        let win = rounds_stdscr()
        if let s = takeSignal() { return s }
        wtimeout(win, Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let rc = wget_wch(win, &ch)
        if let s = takeSignal() { return s }
        if rc == ERR {
            // A terminal that went away (a closed pty, a dropped ssh session without SIGHUP)
            // makes every read fail at once: leave as on SIGHUP instead of spinning.
            if !headless {
                var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                if poll(&p, 1, 0) > 0, p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .signal(SIGHUP) }
            }
            return .timeout
        }
        let raw: RawKey = rc == rounds_key_code_yes() ? .keyCode(Int32(ch)) : .character(UInt32(ch))
        var key = decoder.decode(raw)
        switch key {
        case .resize:
            previous = nil
            return .resize
        case .escape:
            // Esc followed at once by a character is Alt-<char>; Esc [ 2 0 0 ~ starts a paste.
            wtimeout(win, 0)
            var next: wint_t = 0
            if wget_wch(win, &next) == OK {
                // Esc Esc is two Escapes (a hurried "get me out"), not Alt-Esc.
                if next == 0x1B {
                    unget_wch(wchar_t(bitPattern: UInt32(next)))
                    return .key(.escape)
                }
                if next == 0x5B, let paste = readPaste() { return .key(.paste(paste)) }
                if let u = Unicode.Scalar(UInt32(next)) { key = .alt(Character(u)) }
            }
        default:
            break
        }
        return .key(key)
    }

    /// After Esc [: reads "200~ … ESC[201~" and returns the pasted text.
    private func readPaste() -> String? {
        let win = rounds_stdscr()
        var head: [UInt32] = []
        wtimeout(win, 50)
        var ch: wint_t = 0
        for _ in 0..<4 {
            guard wget_wch(win, &ch) == OK else { return nil }
            head.append(UInt32(ch))
        }
        guard head == [0x32, 0x30, 0x30, 0x7E] else { return nil }
        var scalars: [UInt32] = []
        let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        while scalars.count < 1_000_000 {
            guard wget_wch(win, &ch) == OK else { break }
            scalars.append(UInt32(ch))
            if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
                scalars.removeLast(end.count)
                break
            }
        }
        var s = String.UnicodeScalarView()
        for v in scalars { if let u = Unicode.Scalar(v) { s.append(u == "\r" ? "\n" : u) } }
        return String(s)
    }

    private func takeSignal() -> TerminalEvent? {
        let s = rounds_guard_take_signal()
        return s == 0 ? nil : .signal(s)
    }
}
