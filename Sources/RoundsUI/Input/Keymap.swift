/// Where keys go: the grid, the flags panel, the help overlay, or a text prompt.
public enum KeyContext: String, CaseIterable, Sendable {
    case grid, flags, backlog, help, prompt, editor, moving, confirm, confirmQuit, picker
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
        Binding(keys: [.left, .char("h")], action: .moveDay(-1), help: "previous day", hint: "←↑↓→ move", contexts: [.grid]),
        Binding(keys: [.right, .char("l")], action: .moveDay(1), help: "next day", hint: nil, contexts: [.grid]),
        Binding(keys: [.up, .char("k")], action: .moveSlot(-1), help: "previous slot (or flag)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.down, .char("j")], action: .moveSlot(1), help: "next slot (or flag)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("["), .pageUp], action: .moveWeek(-1), help: "previous week", hint: "[ ] week", contexts: [.grid, .flags]),
        Binding(keys: [.char("]"), .pageDown], action: .moveWeek(1), help: "next week", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("t")], action: .goToToday, help: "go to today", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("g")], action: .beginGoTo, help: "go to a date (2026-12-01, mon, next fri, 2026-W49)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.tab], action: .toggleFocus, help: "switch between the grid and the flags panel", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.enter], action: .activate, help: "on a flag: jump to its slot", hint: "Enter jump", contexts: [.flags]),
        Binding(keys: [.enter], action: .activate, help: "edit the post here (on a gap: create one)", hint: "Enter edit", contexts: [.grid]),
        Binding(keys: [.char("a")], action: .create, help: "add a post of this slot's theme on this day, from its template", hint: "a add", contexts: [.grid]),
        Binding(keys: [.char("e")], action: .editExternally, help: "edit the body in $VISUAL / $EDITOR", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("s")], action: .cycleStatus(1), help: "status forward: idea → draft → ready → scheduled → posted", hint: "s status", contexts: [.grid]),
        Binding(keys: [.char("S")], action: .cycleStatus(-1), help: "status back", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("m")], action: .beginMove, help: "move the post: pick a day with ←→ [ ], Enter drops it", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("y")], action: .copy, help: "copy the post", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("P")], action: .paste, help: "paste a copy of it (a new draft) on the selected day", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("d")], action: .delete, help: "delete the post (asks first; u undoes)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("u")], action: .undo, help: "undo the last change", hint: "u undo", contexts: [.grid, .flags, .backlog]),
        Binding(keys: [.ctrl("r")], action: .redo, help: "redo", hint: nil, contexts: [.grid, .flags, .backlog]),
        Binding(keys: [.char("C")], action: .beginConsent, help: "record consent (date and where the form is) or revoke it", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("F")], action: .fillWeek, help: "fill the week's empty themed slots with ideas from the templates", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("A")], action: .beginNewPost, help: "add a post of any theme on this day", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("T")], action: .beginField(.theme), help: "change the post's theme", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("p")], action: .beginField(.platforms), help: "choose the post's platforms", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("D")], action: .beginField(.dateTime), help: "set the date and time (or 'none': back to the backlog)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char(">")], action: .beginField(.notes), help: "edit the post's notes (as in calcurse: N is the previous match)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("/")], action: .beginSearch, help: "search titles and bodies in every week (case and accents ignored)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("n")], action: .searchNext(1), help: "next match", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("N")], action: .searchNext(-1), help: "previous match", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("b")], action: .toggleBacklog, help: "show or hide the ideas backlog (instead of the flags)", hint: nil, contexts: [.grid, .flags, .backlog]),
        Binding(keys: [.char("B")], action: .unschedule, help: "send the post back to the backlog (no date)", hint: nil, contexts: [.grid]),
        Binding(keys: [.enter], action: .activate, help: "schedule the idea on the selected day", hint: "Enter schedule", contexts: [.backlog]),
        Binding(keys: [.up, .char("k")], action: .moveSlot(-1), help: "previous idea", hint: nil, contexts: [.backlog]),
        Binding(keys: [.down, .char("j")], action: .moveSlot(1), help: "next idea", hint: nil, contexts: [.backlog]),
        Binding(keys: [.tab], action: .toggleFocus, help: "back to the grid", hint: "Tab grid", contexts: [.backlog]),
        Binding(keys: [.escape], action: .cancel, help: "back to the grid", hint: nil, contexts: [.backlog]),
        Binding(keys: [.down, .char("j")], action: .pickerMove(1), help: "next item", hint: "↑↓ choose", contexts: [.picker]),
        Binding(keys: [.up, .char("k")], action: .pickerMove(-1), help: "previous item", hint: nil, contexts: [.picker]),
        Binding(keys: [.char(" ")], action: .pickerToggle, help: "tick or untick (platforms)", hint: "Space tick", contexts: [.picker]),
        Binding(keys: [.enter], action: .pickerAccept, help: "accept", hint: "Enter accept", contexts: [.picker]),
        Binding(keys: [.escape, .char("q"), .ctrl("c")], action: .cancel, help: "close the list, changing nothing", hint: "Esc cancel", contexts: [.picker]),
        Binding(keys: [.char("x")], action: .beginExport, help: "export the week (.txt .md .csv .ics .json)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.left, .char("h")], action: .moveDay(-1), help: "carry the post to the previous day", hint: "←→ day", contexts: [.moving]),
        Binding(keys: [.right, .char("l")], action: .moveDay(1), help: "carry it to the next day", hint: nil, contexts: [.moving]),
        Binding(keys: [.char("["), .pageUp], action: .moveWeek(-1), help: "carry it a week back", hint: "[ ] week", contexts: [.moving]),
        Binding(keys: [.char("]"), .pageDown], action: .moveWeek(1), help: "carry it a week on", hint: nil, contexts: [.moving]),
        Binding(keys: [.enter], action: .drop, help: "drop the post on the selected day", hint: "Enter drop", contexts: [.moving]),
        Binding(keys: [.escape, .ctrl("c")], action: .cancel, help: "cancel the move", hint: "Esc cancel", contexts: [.moving, .confirm]),
        Binding(keys: [.char("y")], action: .confirm(true), help: "yes, delete it", hint: "y delete", contexts: [.confirm]),
        Binding(keys: [.char("n")], action: .confirm(false), help: "no, keep it", hint: "n keep", contexts: [.confirm]),
        Binding(keys: [.char("y")], action: .confirm(true), help: "quit; what could not be saved goes to a rescue file", hint: "y quit",
                contexts: [.confirmQuit]),
        Binding(keys: [.char("n"), .escape, .ctrl("c")], action: .confirm(false), help: "stay; the changes are kept and saved with the next change",
                hint: "n stay", contexts: [.confirmQuit]),
        Binding(keys: [.escape, .ctrl("s"), .ctrl("c")], action: .editorClose, help: "close the editor, keeping the text (u undoes the edit)", hint: "Esc done", contexts: [.editor]),
        Binding(keys: [.tab, .backTab], action: .editorSwitchField, help: "switch between title and body", hint: "Tab title/body", contexts: [.editor]),
        Binding(keys: [.enter], action: .editorNewline, help: "new line (in the title: go to the body)", hint: nil, contexts: [.editor]),
        Binding(keys: [.backspace], action: .editorBackspace, help: "delete the character before the cursor", hint: nil, contexts: [.editor]),
        Binding(keys: [.delete, .ctrl("d")], action: .editorDelete, help: "delete the character under the cursor", hint: nil, contexts: [.editor]),
        Binding(keys: [.left], action: .editorMove(.left), help: "character left", hint: nil, contexts: [.editor]),
        Binding(keys: [.right], action: .editorMove(.right), help: "character right", hint: nil, contexts: [.editor]),
        Binding(keys: [.up], action: .editorMove(.up), help: "line up", hint: nil, contexts: [.editor]),
        Binding(keys: [.down], action: .editorMove(.down), help: "line down", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrlLeft, .alt("b")], action: .editorMove(.wordLeft), help: "word left", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrlRight, .alt("f")], action: .editorMove(.wordRight), help: "word right", hint: nil, contexts: [.editor]),
        Binding(keys: [.home, .ctrl("a")], action: .editorMove(.lineStart), help: "start of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.end, .ctrl("e")], action: .editorMove(.lineEnd), help: "end of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.pageUp], action: .editorMove(.start), help: "start of the text", hint: nil, contexts: [.editor]),
        Binding(keys: [.pageDown], action: .editorMove(.end), help: "end of the text", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrl("k")], action: .editorKill(.toLineEnd), help: "delete to the end of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrl("u")], action: .editorKill(.toLineStart), help: "delete to the start of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrl("w")], action: .editorKill(.wordBack), help: "delete the word before the cursor", hint: nil, contexts: [.editor]),
        Binding(keys: [.char("?"), .function(1)], action: .toggleHelp, help: "show or hide this help", hint: "? help", contexts: [.grid, .flags, .help]),
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, help: "quit (the plan is already saved)", hint: "q quit", contexts: [.grid, .flags]),
        Binding(keys: [.escape], action: .cancel, help: "cancel a count, close help, back to the grid", hint: nil, contexts: [.grid, .flags, .help]),
        Binding(keys: [.escape, .ctrl("c")], action: .cancel, help: "cancel", hint: "Esc cancel", contexts: [.prompt]),
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
        case .editor:
            if case .char(let c) = key { return .editorInsert(String(c)) }
            if case .paste(let text) = key { return .editorInsert(text) }
        case .help, .moving, .confirm, .confirmQuit, .backlog, .picker:
            break
        }
        return bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// Status-bar hints for a context, in table order.
    public static func hints(for context: KeyContext) -> [String] {
        bindings.filter { $0.contexts.contains(context) }.compactMap(\.hint)
    }
}
