/// Where keys go: the grid, the flags panel, the help overlay, or a text prompt.
public enum KeyContext: String, CaseIterable, Sendable {
    case grid, flags, backlog, help, prompt, editor, moving, confirm, confirmQuit, confirmReplace, picker
    /// The overview board of a workspace (its filter is a `.prompt`, its help `.help`).
    case board
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
        Binding(keys: [.left, .char("h")], action: .navigate(.moveDay(-1)), help: "previous day", hint: "←↑↓→ move", contexts: [.grid]),
        Binding(keys: [.right, .char("l")], action: .navigate(.moveDay(1)), help: "next day", hint: nil, contexts: [.grid]),
        Binding(keys: [.up, .char("k")], action: .navigate(.moveSlot(-1)), help: "previous slot (or flag)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.down, .char("j")], action: .navigate(.moveSlot(1)), help: "next slot (or flag)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("["), .pageUp], action: .navigate(.moveWeek(-1)), help: "previous week", hint: "[ ] week", contexts: [.grid, .flags, .backlog, .board]),
        Binding(keys: [.char("]"), .pageDown], action: .navigate(.moveWeek(1)), help: "next week", hint: nil, contexts: [.grid, .flags, .backlog, .board]),
        Binding(keys: [.char("t")], action: .navigate(.goToToday), help: "go to today", hint: nil, contexts: [.grid, .flags, .board]),
        Binding(keys: [.char("g")], action: .prompt(.begin(.goToDate)), help: "go to a date (2026-12-01, mon, next fri, 2026-W49)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.tab], action: .navigate(.toggleFocus), help: "switch between the grid and the flags panel", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.enter], action: .navigate(.activate), help: "on a flag: jump to its slot", hint: "Enter jump", contexts: [.flags]),
        Binding(keys: [.enter], action: .navigate(.activate), help: "edit the post here (on a gap: create one)", hint: "Enter edit", contexts: [.grid]),
        Binding(keys: [.char("a")], action: .write(.create), help: "add a post of this slot's theme on this day, from its template", hint: "a add", contexts: [.grid]),
        Binding(keys: [.char("e")], action: .write(.editExternally), help: "edit the body in $VISUAL / $EDITOR", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("s")], action: .write(.cycleStatus(1)), help: "status forward: idea → draft → ready → scheduled → posted", hint: "s status", contexts: [.grid]),
        Binding(keys: [.char("S")], action: .write(.cycleStatus(-1)), help: "status back", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("m")], action: .write(.beginMove), help: "move the post: pick a day with ←→ [ ], Enter drops it", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("y")], action: .write(.copy), help: "copy the post", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("P")], action: .write(.paste), help: "paste a copy of it (a new draft) on the selected day", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("d")], action: .write(.delete), help: "delete the post (asks first; u undoes)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("u")], action: .write(.undo), help: "undo the last change", hint: "u undo", contexts: [.grid, .flags, .backlog]),
        Binding(keys: [.ctrl("r")], action: .write(.redo), help: "redo", hint: nil, contexts: [.grid, .flags, .backlog]),
        Binding(keys: [.char("C")], action: .prompt(.begin(.consent)), help: "record consent (date and where the form is) or revoke it", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("v")], action: .prompt(.begin(.approval)), help: "approve the post's exact text (as the approver's name), or revoke the approval", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("F")], action: .write(.fillWeek), help: "fill the week's empty themed slots with ideas from the templates", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("A")], action: .write(.beginNewPost), help: "add a post of any theme on this day", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("T")], action: .picker(.open(.theme)), help: "change the post's theme", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("p")], action: .picker(.open(.platforms)), help: "choose the post's platforms", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("D")], action: .prompt(.begin(.dateTime)), help: "set the date and time (or 'none': back to the backlog)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char(">")], action: .prompt(.begin(.notes)), help: "edit the post's notes (as in calcurse: N is the previous match)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("J")], action: .navigate(.scrollDetails(1)), help: "scroll the details pane down", hint: nil, contexts: [.grid, .backlog]),
        Binding(keys: [.char("K")], action: .navigate(.scrollDetails(-1)), help: "scroll the details pane up", hint: nil, contexts: [.grid, .backlog]),
        Binding(keys: [.char("/")], action: .prompt(.begin(.search)), help: "search titles and bodies in every week (case and accents ignored)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("n")], action: .navigate(.searchNext(1)), help: "next match", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("N")], action: .navigate(.searchNext(-1)), help: "previous match", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("o")], action: .navigate(.toggleObservances), help: "show or hide health observances (World Health Day…) on the week", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("b")], action: .navigate(.toggleBacklog), help: "show or hide the ideas backlog (instead of the flags)", hint: nil, contexts: [.grid, .flags, .backlog]),
        Binding(keys: [.char("B")], action: .write(.unschedule), help: "send the post back to the backlog (no date)", hint: nil, contexts: [.grid]),
        Binding(keys: [.enter], action: .navigate(.activate), help: "schedule the idea on the selected day", hint: "Enter schedule", contexts: [.backlog]),
        Binding(keys: [.char("a")], action: .write(.createIdea), help: "add a new idea to the backlog", hint: "a add", contexts: [.backlog]),
        Binding(keys: [.up, .char("k")], action: .navigate(.moveSlot(-1)), help: "previous idea", hint: nil, contexts: [.backlog]),
        Binding(keys: [.down, .char("j")], action: .navigate(.moveSlot(1)), help: "next idea", hint: nil, contexts: [.backlog]),
        Binding(keys: [.tab], action: .navigate(.toggleFocus), help: "back to the grid", hint: "Tab grid", contexts: [.backlog]),
        Binding(keys: [.escape], action: .navigate(.cancel), help: "back to the grid", hint: nil, contexts: [.backlog]),
        Binding(keys: [.down, .char("j")], action: .picker(.move(1)), help: "next item", hint: "↑↓ choose", contexts: [.picker]),
        Binding(keys: [.up, .char("k")], action: .picker(.move(-1)), help: "previous item", hint: nil, contexts: [.picker]),
        Binding(keys: [.char(" ")], action: .picker(.toggle), help: "tick or untick (platforms)", hint: "Space tick", contexts: [.picker]),
        Binding(keys: [.enter], action: .picker(.accept), help: "accept", hint: "Enter accept", contexts: [.picker]),
        Binding(keys: [.escape, .char("q"), .ctrl("c")], action: .navigate(.cancel), help: "close the list, changing nothing", hint: "Esc cancel", contexts: [.picker]),
        Binding(keys: [.char("r")], action: .share(.resolve(.ours)), help: "merge conflict: keep ours (the value in place)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("R")], action: .share(.resolve(.theirs)), help: "merge conflict: take theirs (the recorded value)", hint: nil, contexts: [.grid]),
        Binding(keys: [.char("G")], action: .share(.sync), help: "sync with git: commit, merge by post, push", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char(",")], action: .picker(.open(.settings)), help: "settings: the profile (name, time zone, platforms…)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.char("x")], action: .prompt(.begin(.export)), help: "export the week (.txt .md .csv .ics .json)", hint: nil, contexts: [.grid, .flags]),
        Binding(keys: [.left, .char("h")], action: .navigate(.moveDay(-1)), help: "carry the post to the previous day", hint: "←→ day", contexts: [.moving]),
        Binding(keys: [.right, .char("l")], action: .navigate(.moveDay(1)), help: "carry it to the next day", hint: nil, contexts: [.moving]),
        Binding(keys: [.char("["), .pageUp], action: .navigate(.moveWeek(-1)), help: "carry it a week back", hint: "[ ] week", contexts: [.moving]),
        Binding(keys: [.char("]"), .pageDown], action: .navigate(.moveWeek(1)), help: "carry it a week on", hint: nil, contexts: [.moving]),
        Binding(keys: [.enter], action: .write(.drop), help: "drop the post on the selected day", hint: "Enter drop", contexts: [.moving]),
        Binding(keys: [.escape, .ctrl("c")], action: .navigate(.cancel), help: "cancel the move", hint: "Esc cancel", contexts: [.moving]),
        Binding(keys: [.escape, .ctrl("c")], action: .navigate(.cancel), help: "keep the post", hint: nil, contexts: [.confirm]),
        Binding(keys: [.char("y")], action: .write(.confirm(true)), help: "yes, delete it", hint: "y delete", contexts: [.confirm]),
        Binding(keys: [.char("n")], action: .write(.confirm(false)), help: "no, keep it", hint: "n keep", contexts: [.confirm]),
        Binding(keys: [.char("y")], action: .write(.confirm(true)), help: "quit; what could not be saved goes to a rescue file", hint: "y quit",
                contexts: [.confirmQuit]),
        Binding(keys: [.char("n"), .escape, .ctrl("c")], action: .write(.confirm(false)), help: "stay; the changes are kept and saved with the next change",
                hint: "n stay", contexts: [.confirmQuit]),
        Binding(keys: [.char("y")], action: .write(.confirm(true)), help: "replace the file with the export", hint: "y replace", contexts: [.confirmReplace]),
        Binding(keys: [.char("n"), .escape, .ctrl("c")], action: .write(.confirm(false)), help: "keep the file; nothing is exported", hint: "n keep",
                contexts: [.confirmReplace]),
        Binding(keys: [.escape, .ctrl("s"), .ctrl("c")], action: .editor(.close), help: "close the editor, keeping the text (u undoes the edit)", hint: "Esc done", contexts: [.editor]),
        Binding(keys: [.tab, .backTab], action: .editor(.switchField), help: "switch between title and body", hint: "Tab title/body", contexts: [.editor]),
        Binding(keys: [.enter], action: .editor(.newline), help: "new line (in the title: go to the body)", hint: nil, contexts: [.editor]),
        Binding(keys: [.backspace], action: .editor(.backspace), help: "delete the character before the cursor", hint: nil, contexts: [.editor]),
        Binding(keys: [.delete, .ctrl("d")], action: .editor(.delete), help: "delete the character under the cursor", hint: nil, contexts: [.editor]),
        Binding(keys: [.left], action: .editor(.move(.left)), help: "character left", hint: nil, contexts: [.editor]),
        Binding(keys: [.right], action: .editor(.move(.right)), help: "character right", hint: nil, contexts: [.editor]),
        Binding(keys: [.up], action: .editor(.move(.up)), help: "line up", hint: nil, contexts: [.editor]),
        Binding(keys: [.down], action: .editor(.move(.down)), help: "line down", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrlLeft, .alt("b")], action: .editor(.move(.wordLeft)), help: "word left", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrlRight, .alt("f")], action: .editor(.move(.wordRight)), help: "word right", hint: nil, contexts: [.editor]),
        Binding(keys: [.home, .ctrl("a")], action: .editor(.move(.lineStart)), help: "start of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.end, .ctrl("e")], action: .editor(.move(.lineEnd)), help: "end of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.pageUp], action: .editor(.move(.start)), help: "start of the text", hint: nil, contexts: [.editor]),
        Binding(keys: [.pageDown], action: .editor(.move(.end)), help: "end of the text", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrl("k")], action: .editor(.kill(.toLineEnd)), help: "delete to the end of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrl("u")], action: .editor(.kill(.toLineStart)), help: "delete to the start of the line", hint: nil, contexts: [.editor]),
        Binding(keys: [.ctrl("w")], action: .editor(.kill(.wordBack)), help: "delete the word before the cursor", hint: nil, contexts: [.editor]),
        Binding(keys: [.function(2)], action: .editor(.toggleFindings), help: "show every finding whole (again: back to the text)", hint: "F2 findings", contexts: [.editor]),
        Binding(keys: [.ctrl("x")], action: .editor(.clearField), help: "clear the field (the body: start without the template)", hint: nil, contexts: [.editor]),
        Binding(keys: [.up, .char("k")], action: .navigate(.moveSlot(-1)), help: "previous doctor", hint: "↑↓ doctor", contexts: [.board]),
        Binding(keys: [.down, .char("j")], action: .navigate(.moveSlot(1)), help: "next doctor", hint: nil, contexts: [.board]),
        Binding(keys: [.home], action: .board(.jump(toLast: false)), help: "first doctor", hint: nil, contexts: [.board]),
        Binding(keys: [.end], action: .board(.jump(toLast: true)), help: "last doctor", hint: nil, contexts: [.board]),
        Binding(keys: [.enter], action: .navigate(.activate), help: "open this doctor's planner (q there comes back here)", hint: "Enter open", contexts: [.board]),
        Binding(keys: [.char("g")], action: .board(.beginGoToWeek), help: "go to a week (2026-W49, next, last, or a date in it)", hint: nil, contexts: [.board]),
        Binding(keys: [.char("/")], action: .board(.beginFilter), help: "filter by name or specialty as you type (Esc clears)", hint: "/ filter", contexts: [.board]),
        Binding(keys: [.char("S")], action: .board(.cycleSort), help: "sort: needs attention, name, errors", hint: "S sort", contexts: [.board]),
        Binding(keys: [.char("r")], action: .board(.reload), help: "read the folder and every plan again", hint: nil, contexts: [.board]),
        Binding(keys: [.char("q"), .ctrl("c")], action: .navigate(.quit), help: "quit the board", hint: "q quit", contexts: [.board]),
        Binding(keys: [.escape], action: .navigate(.cancel), help: "cancel a count, clear the filter; else quit", hint: nil, contexts: [.board]),
        Binding(keys: [.char("?"), .function(1)], action: .navigate(.toggleHelp), help: "show or hide this help", hint: "? help", contexts: [.grid, .flags, .help, .board]),
        Binding(keys: [.char("q"), .ctrl("c")], action: .navigate(.quit), help: "quit (the plan is already saved)", hint: "q quit", contexts: [.grid, .flags]),
        Binding(keys: [.escape], action: .navigate(.cancel), help: "cancel a count, close help, back to the grid", hint: nil, contexts: [.grid, .flags, .help]),
        Binding(keys: [.enter], action: .prompt(.submit), help: "accept", hint: "Enter go", contexts: [.prompt]),
        Binding(keys: [.escape, .ctrl("c")], action: .navigate(.cancel), help: "cancel", hint: "Esc cancel", contexts: [.prompt]),
        Binding(keys: [.down, .char("j")], action: .navigate(.scrollHelp(1)), help: "scroll help down", hint: nil, contexts: [.help]),
        Binding(keys: [.up, .char("k")], action: .navigate(.scrollHelp(-1)), help: "scroll help up", hint: nil, contexts: [.help]),
        Binding(keys: [.char("q")], action: .navigate(.toggleHelp), help: "close help", hint: nil, contexts: [.help]),
        Binding(keys: [.backspace], action: .prompt(.backspace), help: "delete the character before the cursor", hint: nil, contexts: [.prompt]),
        Binding(keys: [.ctrl("u")], action: .prompt(.kill(.toLineStart)), help: "delete to the start", hint: nil, contexts: [.prompt]),
        Binding(keys: [.ctrl("k")], action: .prompt(.kill(.toLineEnd)), help: "delete to the end", hint: nil, contexts: [.prompt]),
        Binding(keys: [.ctrl("w")], action: .prompt(.kill(.wordBack)), help: "delete the word before the cursor", hint: nil, contexts: [.prompt]),
        Binding(keys: [.left], action: .prompt(.move(.left)), help: "character left", hint: nil, contexts: [.prompt]),
        Binding(keys: [.right], action: .prompt(.move(.right)), help: "character right", hint: nil, contexts: [.prompt]),
        Binding(keys: [.ctrlLeft, .alt("b")], action: .prompt(.move(.wordLeft)), help: "word left", hint: nil, contexts: [.prompt]),
        Binding(keys: [.ctrlRight, .alt("f")], action: .prompt(.move(.wordRight)), help: "word right", hint: nil, contexts: [.prompt]),
        Binding(keys: [.home, .ctrl("a")], action: .prompt(.move(.lineStart)), help: "to the start", hint: nil, contexts: [.prompt]),
        Binding(keys: [.end, .ctrl("e")], action: .prompt(.move(.lineEnd)), help: "to the end", hint: nil, contexts: [.prompt]),
    ]

    /// The help line for count prefixes, which are not single bindings.
    public static let countHelp = (keys: "1…9", help: "count: repeat the next move (3] = 3 weeks on)")

    /// The action for a key in a context, if any.
    public static func action(for key: Key, in context: KeyContext, pendingCount: Bool) -> Action? {
        switch context {
        case .grid, .flags, .board:
            if case .char(let c) = key, let d = c.wholeNumberValue, c.isASCII, d > 0 || pendingCount { return .navigate(.digit(d)) }
        case .prompt:
            if case .char(let c) = key { return .prompt(.insert(String(c))) }
            if case .paste(let text) = key { return .prompt(.insert(text)) }
        case .editor:
            if case .char(let c) = key { return .editor(.insert(String(c))) }
            if case .paste(let text) = key { return .editor(.insert(text)) }
        case .help, .moving, .confirm, .confirmQuit, .confirmReplace, .backlog, .picker:
            break
        }
        return bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    /// Status-bar hints for a context, in table order; a read-only planner leaves out what
    /// would change the plan.
    public static func hints(for context: KeyContext, readOnly: Bool = false) -> [String] {
        bindings.filter { $0.contexts.contains(context) && !(readOnly && $0.action.changesPlan) }.compactMap(\.hint)
    }

    /// The first key bound to an action in a context (for hints in panes and messages).
    public static func key(for action: Action, in context: KeyContext = .grid) -> String? {
        bindings.first { $0.contexts.contains(context) && $0.action == action }?.keys.first?.name
    }
}
