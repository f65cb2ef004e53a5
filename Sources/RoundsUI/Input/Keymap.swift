/// Where keys go: the grid, the flags panel, the help overlay, or a text prompt.
public enum KeyContext: String, CaseIterable, Sendable {
    case grid, flags, help, prompt
}

/// One key binding: the keys, the action, and the help text that the `?` overlay, the status
/// bar hints and the README all show.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// A short hint for the status bar (nil: only in help).
    public var hint: String?
    public var contexts: [KeyContext]

    public var keyNames: String { keys.map(\.name).joined(separator: " ") }
}

/// The one table of key bindings.
public enum Keymap {
    public static let bindings: [Binding] = [
        Binding(keys: [.left, .char("h")], action: .moveDay(-1), help: "previous day", hint: "←→ day", contexts: [.grid]),
        Binding(keys: [.right, .char("l")], action: .moveDay(1), help: "next day", hint: nil, contexts: [.grid]),
        Binding(keys: [.up, .char("k")], action: .moveSlot(-1), help: "previous slot (or flag)", hint: "↑↓ slot", contexts: [.grid, .flags]),
        Binding(keys: [.down, .char("j")], action: .moveSlot(1), help: "next slot (or flag)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("["), .pageUp], action: .moveWeek(-1), help: "previous week", hint: "[ ] week", contexts: [.grid, .flags]),
        Binding(keys: [.char("]"), .pageDown], action: .moveWeek(1), help: "next week", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("t")], action: .goToToday, help: "go to today", hint: "t today", contexts: [.grid, .flags]),
        Binding(keys: [.char("g")], action: .beginGoTo, help: "go to a date (2026-12-01, mon, next fri, 2026-W49)", hint: "g go to", contexts: [.grid, .flags]),
        Binding(keys: [.tab], action: .toggleFocus, help: "switch between the grid and the flags panel", hint: "Tab flags", contexts: [.grid, .flags]),
        Binding(keys: [.enter], action: .activate, help: "on a flag: jump to its slot", hint: "Enter jump", contexts: [.flags]),
        Binding(keys: [.char("?"), .function(1)], action: .toggleHelp, help: "show or hide this help", hint: "? help", contexts: [.grid, .flags, .help]),
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, help: "quit (the plan is already saved)", hint: "q quit", contexts: [.grid, .flags]),
        Binding(keys: [.escape], action: .cancel, help: "cancel a count, close help, back to the grid", hint: nil, contexts: [.grid, .flags, .help]),
        Binding(keys: [.escape], action: .cancel, help: "cancel", hint: "Esc cancel", contexts: [.prompt]),
        Binding(keys: [.down, .char("j")], action: .scrollHelp(1), help: "scroll help down", hint: nil, contexts: [.help]),
        Binding(keys: [.up, .char("k")], action: .scrollHelp(-1), help: "scroll help up", hint: nil, contexts: [.help]),
        Binding(keys: [.char("q")], action: .toggleHelp, help: "close help", hint: nil, contexts: [.help]),
        Binding(keys: [.enter], action: .promptSubmit, help: "accept", hint: "Enter go", contexts: [.prompt]),
        Binding(keys: [.backspace], action: .promptBackspace, help: "delete the last character", hint: nil, contexts: [.prompt]),
    ]

    /// The help line for count prefixes, which are not single bindings.
    public static let countHelp = (keys: "1…9", help: "count: repeat the next move (3] = 3 weeks on)")

    /// The action for a key in a context, if any.
    public static func action(for key: Key, in context: KeyContext, pendingCount: Bool) -> Action? {
        switch context {
        case .grid, .flags:
            if case .char(let c) = key, let d = c.wholeNumberValue, c.isASCII, d > 0 || pendingCount { return .digit(d) }
        case .prompt:
            if case .char(let c) = key { return .promptInsert(String(c)) }
            if case .paste(let text) = key { return .promptInsert(text) }
        case .help:
            break
        }
        return bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// Status-bar hints for a context, in table order.
    public static func hints(for context: KeyContext) -> [String] {
        bindings.filter { $0.contexts.contains(context) }.compactMap(\.hint)
    }
}
