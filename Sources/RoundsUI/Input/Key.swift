/// A key press, decoded from the terminal. Each has one canonical name, used in help, the
/// README and test key scripts: `l`, `<Left>`, `<C-r>`, `<Tab>`, `<F1>`.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case alt(Character)
    case up, down, left, right
    case ctrlLeft, ctrlRight
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    case function(Int)
    case paste(String)
    case resize
    case unknown

    public var name: String {
        switch self {
        case .char(" "): "<Space>"
        case .char(let c): String(c)
        case .ctrl(let c): "<C-\(c)>"
        case .alt(let c): "<M-\(c)>"
        case .up: "<Up>"
        case .down: "<Down>"
        case .left: "<Left>"
        case .right: "<Right>"
        case .ctrlLeft: "<C-Left>"
        case .ctrlRight: "<C-Right>"
        case .pageUp: "<PgUp>"
        case .pageDown: "<PgDn>"
        case .home: "<Home>"
        case .end: "<End>"
        case .enter: "<Enter>"
        case .tab: "<Tab>"
        case .backTab: "<S-Tab>"
        case .escape: "<Esc>"
        case .backspace: "<BS>"
        case .delete: "<Del>"
        case .insert: "<Ins>"
        case .function(let n): "<F\(n)>"
        case .paste: "<Paste>"
        case .resize: "<Resize>"
        case .unknown: "<Unknown>"
        }
    }

    /// Parses a canonical name (for key scripts in tests and docs).
    public init?(name: String) {
        let all: [Key] = [.up, .down, .left, .right, .ctrlLeft, .ctrlRight, .pageUp, .pageDown, .home, .end, .enter, .tab,
                          .backTab, .escape, .backspace, .delete, .insert, .resize, .char(" ")]
        if let k = all.first(where: { $0.name == name }) { self = k; return }
        if name.count == 1, let c = name.first { self = .char(c); return }
        if name.hasPrefix("<C-"), name.hasSuffix(">"), name.count == 5 { self = .ctrl(name.dropFirst(3).first ?? "?"); return }
        if name.hasPrefix("<M-"), name.hasSuffix(">"), name.count == 5 { self = .alt(name.dropFirst(3).first ?? "?"); return }
        if name.hasPrefix("<F"), name.hasSuffix(">"), let n = Int(name.dropFirst(2).dropLast()) { self = .function(n); return }
        return nil
    }

    /// A key name as hints show it: `<Enter>` is "Enter", `<C-r>` is "C-r", `l` is "l".
    public static func shortName(_ name: String) -> String {
        name.count > 2 && name.hasPrefix("<") && name.hasSuffix(">") ? String(name.dropFirst().dropLast()) : name
    }

    /// Splits a key script such as `"3]jj<Tab><Enter>"` into keys.
    public static func script(_ text: String) -> [Key] {
        var keys: [Key] = []
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<", let close = text[i...].firstIndex(of: ">"), let k = Key(name: String(text[i...close])) {
                keys.append(k)
                i = text.index(after: close)
            } else {
                keys.append(.char(text[i]))
                i = text.index(after: i)
            }
        }
        return keys
    }
}
