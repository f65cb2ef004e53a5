/// What the terminal gives the parser: one character (a Unicode scalar, as the terminal
/// library decoded it from UTF-8), a key the library already decoded (a resize), or the fact
/// that nothing more came within the escape delay.
public enum InputEvent: Equatable, Sendable {
    case scalar(UInt32)
    case key(Key)
    case timeout
}

/// Turns the characters a terminal sends into keys: Esc, Alt-x (Esc then x), Esc Esc,
/// CSI sequences with parameters (`ESC [ 1 ; 5 D`, `ESC [ 4 ~`), SS3 (`ESC O H`), the Linux
/// console's `ESC [ [ A`, and bracketed paste (`ESC [ 200 ~ … ESC [ 201 ~`). Pure: the
/// bytes of one read may hold several keys, and a key may be split over reads; the caller
/// says when the escape delay passed with `.timeout`, so a lone Esc is told from a sequence.
public struct InputParser: Equatable, Sendable {
    enum State: Equatable, Sendable {
        case ground
        /// After ESC.
        case escape
        /// After ESC [: the parameter and intermediate characters so far.
        case csi([UInt32])
        /// After ESC O.
        case ss3
        /// After ESC [ [ (Linux console F1–F5).
        case linux
        /// Inside a bracketed paste: the text so far.
        case paste([UInt32])
    }

    var state: State = .ground
    /// A paste longer than this is cut (what was pasted so far goes in).
    public static let pasteLimit = 1_000_000

    public init() {}

    /// Whether the parser holds the start of a key that more input may complete: the caller
    /// waits the escape delay for more, then sends `.timeout`.
    public var isPending: Bool { state != .ground }

    /// Whether a bracketed paste is open (the caller may wait longer for its end).
    public var inPaste: Bool { if case .paste = state { true } else { false } }

    /// Feeds one input; returns the keys it completes, in order.
    public mutating func feed(_ input: InputEvent) -> [Key] {
        switch input {
        case .key(let k):
            // A key decoded by the library ends whatever was pending.
            return flush() + [k]
        case .timeout:
            return flush()
        case .scalar(let c):
            return feed(scalar: c)
        }
    }

    /// Feeds several inputs (a whole read).
    public mutating func feed(_ inputs: [InputEvent]) -> [Key] { inputs.flatMap { feed($0) } }

    private mutating func feed(scalar c: UInt32) -> [Key] {
        switch state {
        case .ground:
            if c == 0x1B { state = .escape; return [] }
            return [InputParser.single(c)]
        case .escape:
            switch c {
            case 0x1B:
                // Esc Esc is two Escapes (a hurried "get me out"), not Alt-Esc.
                return [.escape]
            case 0x5B:  // [
                state = .csi([])
                return []
            case 0x4F:  // O
                state = .ss3
                return []
            default:
                state = .ground
                if c >= 0x20, c != 0x7F, let u = Unicode.Scalar(c) { return [.alt(Character(u))] }
                return [.escape, InputParser.single(c)]
            }
        case .csi(var params):
            if params.isEmpty, c == 0x5B { state = .linux; return [] }
            if (0x20...0x3F).contains(c) {
                params.append(c)
                if params.count > 32 {
                    // Not a sequence anyone sends: give it back as typed.
                    state = .ground
                    return [.alt("[")] + params.map(InputParser.single)
                }
                state = .csi(params)
                return []
            }
            if (0x40...0x7E).contains(c) {
                state = .ground
                let key = InputParser.csi(params, final: c)
                if key == .paste("") { state = .paste([]); return [] }
                return [key]
            }
            // A control character breaks the sequence: what came is given back, then it.
            state = .ground
            return [.alt("[")] + params.map(InputParser.single) + feed(scalar: c)
        case .ss3:
            state = .ground
            switch c {
            case 0x41: return [.up]
            case 0x42: return [.down]
            case 0x43: return [.right]
            case 0x44: return [.left]
            case 0x48: return [.home]
            case 0x46: return [.end]
            case 0x4D: return [.enter]
            case 0x50...0x53: return [.function(Int(c - 0x50) + 1)]
            case 0x63: return [.ctrlRight]  // rxvt
            case 0x64: return [.ctrlLeft]
            case 0x61: return [.up]
            case 0x62: return [.down]
            case 0x1B: state = .escape; return [.alt("O")]
            default:
                if let u = Unicode.Scalar(c), c >= 0x20 { return [.alt("O"), .char(Character(u))] }
                return [.alt("O"), InputParser.single(c)]
            }
        case .linux:
            state = .ground
            if (0x41...0x45).contains(c) { return [.function(Int(c - 0x41) + 1)] }
            return [.alt("["), .char("[")] + feed(scalar: c)
        case .paste(var text):
            text.append(c)
            let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
            if text.count >= end.count, Array(text.suffix(end.count)) == end {
                text.removeLast(end.count)
                state = .ground
                return [.paste(InputParser.pasted(text))]
            }
            if text.count >= InputParser.pasteLimit {
                state = .ground
                return [.paste(InputParser.pasted(text))]
            }
            state = .paste(text)
            return []
        }
    }

    /// Ends what is pending: a lone Esc is Escape, a cut sequence is given back as typed.
    private mutating func flush() -> [Key] {
        defer { state = .ground }
        switch state {
        case .ground: return []
        case .escape: return [.escape]
        case .csi(let params): return [.alt("[")] + params.map(InputParser.single)
        case .ss3: return [.alt("O")]
        case .linux: return [.alt("["), .char("[")]
        case .paste(let text): return text.isEmpty ? [] : [.paste(InputParser.pasted(text))]
        }
    }

    /// One character outside any sequence.
    static func single(_ c: UInt32) -> Key {
        switch c {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(c + 96) ?? "?"))
        case 28...31: return .unknown
        default:
            guard let scalar = Unicode.Scalar(c) else { return .unknown }
            return .char(Character(scalar))
        }
    }

    /// A CSI sequence: `ESC [` parameters final. `.paste("")` marks the start of a paste.
    static func csi(_ params: [UInt32], final: UInt32) -> Key {
        let text = String(String.UnicodeScalarView(params.compactMap(Unicode.Scalar.init)))
        let numbers = text.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first.flatMap { $0 } ?? 0
        // xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4).
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) - 1 : 0
        let ctrl = modifier & 4 != 0
        switch final {
        case 0x41: return .up  // A
        case 0x42: return .down  // B
        case 0x43: return ctrl ? .ctrlRight : .right  // C
        case 0x44: return ctrl ? .ctrlLeft : .left  // D
        case 0x48: return .home  // H
        case 0x46: return .end  // F
        case 0x5A: return .backTab  // Z
        case 0x50...0x53: return .function(Int(final - 0x50) + 1)  // P Q R S (with modifiers)
        case 0x7E:  // ~
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 2: return .insert
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(first - 10)
            case 17...21: return .function(first - 11)
            case 23, 24: return .function(first - 12)
            case 200: return .paste("")
            default: return .unknown
            }
        default:
            return .unknown
        }
    }

    /// Pasted text, with the terminal's carriage returns as line feeds.
    static func pasted(_ scalars: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for v in scalars { if let u = Unicode.Scalar(v) { s.append(u == "\r" ? "\n" : u) } }
        return String(s)
    }
}
