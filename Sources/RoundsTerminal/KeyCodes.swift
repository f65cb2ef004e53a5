internal import CNcursesw
import RoundsUI

/// The key codes ncurses returns for keys it decoded itself (`KEY_RESIZE`, and keypad codes
/// when terminfo matched first). Characters never come here: every byte of input goes through
/// `InputParser` (escape sequences, split reads, pastes), the one decoder of typed input.
public struct KeyCodes: Sendable {
    /// Codes ncurses assigns at run time to extended keys (Ctrl-Left is "kLFT5").
    public var extra: [Int32: Key]

    public init(extra: [Int32: Key] = [:]) { self.extra = extra }

    public func key(_ code: Int32) -> Key {
        if let k = extra[code] { return k }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        default:
            let f0 = rounds_key_f0()
            if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
            return .unknown
        }
    }

    /// Key codes for tests, without exposing the C module.
    public static let codes: [String: Int32] = [
        "up": KEY_UP, "down": KEY_DOWN, "left": KEY_LEFT, "right": KEY_RIGHT, "ppage": KEY_PPAGE, "npage": KEY_NPAGE,
        "home": KEY_HOME, "end": KEY_END, "enter": KEY_ENTER, "btab": KEY_BTAB, "backspace": KEY_BACKSPACE,
        "dc": KEY_DC, "ic": KEY_IC, "resize": KEY_RESIZE, "f1": rounds_key_f0() + 1, "f12": rounds_key_f0() + 12,
    ]
}
