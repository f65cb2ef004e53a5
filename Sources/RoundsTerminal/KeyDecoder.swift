internal import CNcursesw
import RoundsUI

/// What `wget_wch` returned: a character, or a key code.
public enum RawKey: Equatable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// Turns raw ncurses input into keys. Pure, so it is tested by table.
public struct KeyDecoder: Sendable {
    /// Codes ncurses assigns at run time to extended keys (Ctrl-Left is "kLFT5").
    public var extra: [Int32: Key]

    public init(extra: [Int32: Key] = [:]) { self.extra = extra }

    public func decode(_ raw: RawKey) -> Key {
        switch raw {
        case .character(let c):
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
        case .keyCode(let code):
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
    }

    /// Key codes for tests, without exposing the C module.
    public static let codes: [String: Int32] = [
        "up": KEY_UP, "down": KEY_DOWN, "left": KEY_LEFT, "right": KEY_RIGHT, "ppage": KEY_PPAGE, "npage": KEY_NPAGE,
        "home": KEY_HOME, "end": KEY_END, "enter": KEY_ENTER, "btab": KEY_BTAB, "backspace": KEY_BACKSPACE,
        "dc": KEY_DC, "ic": KEY_IC, "resize": KEY_RESIZE, "f1": rounds_key_f0() + 1, "f12": rounds_key_f0() + 12,
    ]
}
