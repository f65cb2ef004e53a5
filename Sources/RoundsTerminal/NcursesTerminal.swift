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
    private let keyCodes: KeyCodes
    public let colorsAvailable: Bool
    private var ended = false
    private let headless: Bool
    private var parser = InputParser()
    /// Events parsed from one read but not returned yet.
    private var pending: [TerminalEvent] = []
    private var cursorShown = false
    /// How long a lone Esc waits for the rest of a sequence, and a paste for its end.
    private let escapeDelay: Int32 = 25
    private let pasteDelay: Int32 = 500

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
        // Keys are parsed by `InputParser` (every CSI, split reads), not by terminfo: with
        // keypad on, ncurses dropped what followed a sequence its terminfo entry lacked
        // (`ESC [ 4 ~` for End under TERM=xterm-256color in tmux).
        keypad(rounds_stdscr(), false)
        curs_set(0)
        var colors = false
        if useColor, has_colors() {
            start_color()
            use_default_colors()
            colors = rounds_colors() >= 8
        }
        colorsAvailable = colors
        keyCodes = KeyCodes()
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
        keyCodes = KeyCodes()
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
        let diff = FrameDiff.between(previous, buffer)
        if diff.clear { werase(win) }
        var text = [wchar_t](repeating: 0, count: 6)
        for change in diff.changes {
            var n = 0
            for u in change.cell.character.unicodeScalars where n < 5 {
                text[n] = wchar_t(bitPattern: u.value)
                n += 1
            }
            text[n] = 0
            _ = text.withUnsafeBufferPointer { ptr in
                rounds_put_cell(win, Int32(change.y), Int32(change.x), ptr.baseAddress, attributes(change.cell.style), pair(change.cell.style))
            }
        }
        previous = buffer
        // The cursor stands in the field being edited, and is hidden elsewhere.
        if let c = buffer.cursor, c.x >= 0, c.y >= 0, c.x < buffer.size.width, c.y < buffer.size.height {
            wmove(win, Int32(c.y), Int32(c.x))
            if !cursorShown { curs_set(1); cursorShown = true }
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
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
        if let s = takeSignal() { return s }
        if !pending.isEmpty { return pending.removeFirst() }
        let win = rounds_stdscr()
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
        take(rc, ch)
        // Everything that is there already (a key and the letters after it often arrive in
        // one read), then, while a sequence is open, the escape delay for the rest of it.
        while true {
            wtimeout(win, 0)
            var next: wint_t = 0
            var r = wget_wch(win, &next)
            if r == ERR, parser.isPending {
                wtimeout(win, parser.inPaste ? pasteDelay : escapeDelay)
                r = wget_wch(win, &next)
                if r == ERR {
                    enqueue(parser.feed(.timeout))
                    break
                }
            }
            if r == ERR { break }
            take(r, next)
        }
        if let s = takeSignal() { return s }
        return pending.isEmpty ? .timeout : pending.removeFirst()
    }

    /// One character or key code from ncurses, through the parser.
    private func take(_ rc: Int32, _ ch: wint_t) {
        if rc == rounds_key_code_yes() {
            let key = keyCodes.key(Int32(ch))
            if key == .resize {
                previous = nil
                enqueue(parser.feed(.timeout))
                pending.append(.resize)
            } else {
                enqueue(parser.feed(.key(key)))
            }
        } else {
            enqueue(parser.feed(.scalar(UInt32(ch))))
        }
    }

    private func enqueue(_ keys: [Key]) {
        pending.append(contentsOf: keys.filter { $0 != .unknown }.map { .key($0) })
    }

    private func takeSignal() -> TerminalEvent? {
        let s = rounds_guard_take_signal()
        return s == 0 ? nil : .signal(s)
    }
}
