import RoundsCore

extension AppState {
    /// A key press: the keymap turns it into an action for where the keys go now, and the
    /// reducer applies it. The run loop, `rounds render --keys`, the fuzzer and the tests all
    /// press keys through here, so they cannot disagree about what a key does.
    public mutating func press(_ key: Key) -> [Effect] {
        // Until the screen fits, only quitting acts: nothing happens that cannot be seen.
        if isTooSmall {
            guard key == .char("q") || key == .ctrl("c") else { return [] }
            return apply(.navigate(.quit))
        }
        guard let action = Keymap.action(for: key, in: keyContext, pendingCount: count != nil) else { return [] }
        return apply(action)
    }

    /// Presses the keys of a script such as `"3]jj<Tab>"`; returns every effect asked for.
    public mutating func press(script: String) -> [Effect] {
        Key.script(script).flatMap { press($0) }
    }

    /// Whether the screen is below the size the planner needs (it then shows only a message).
    public var isTooSmall: Bool { Layout(size: size).isTooSmall }

    /// Applies an action; returns what the app must do. No I/O here.
    public mutating func apply(_ action: Action) -> [Effect] {
        // Keys act only on what the doctor can see.
        if isTooSmall, action.comesFromKeys, action != .navigate(.quit) { return [] }
        // The one read-only guard: nothing that would change the plan gets past it.
        if readOnly, action.changesPlan {
            message = StatusMessage(readOnlyReason.map { "read-only: " + $0 } ?? "read-only: this planner does not save (open it without --read-only to edit)", kind: .error)
            return []
        }
        // A message is about the last thing done: the next key clears it (a count does not).
        if action.comesFromKeys, !action.isDigit { message = nil }
        switch action {
        case .navigate(let a): return applyNavigation(a)
        case .write(let a): return applyWrite(a)
        case .editor(let a): return applyEditor(a)
        case .prompt(let a): return applyPrompt(a)
        case .picker(let a): return applyPicker(a)
        case .io(let a): return applyIO(a)
        case .share(let a): return applyShare(a)
        case .board: return []
        case .resized(let s):
            size = s
            helpScroll = min(helpScroll, HelpView.maxScroll(for: size))
            return []
        case .tick(let n, let t):
            now = n
            if t != today {
                today = t
                refreshDerived()
            }
            return []
        }
    }
}

extension Action {
    var isDigit: Bool { if case .navigate(.digit) = self { true } else { false } }

    /// Whether a key (not the terminal, the clock or an effect) is behind the action.
    public var comesFromKeys: Bool {
        switch self {
        case .navigate, .write, .editor, .prompt, .picker, .share: true
        case .board(let b):
            switch b {
            case .beginFilter, .beginGoToWeek, .cycleSort, .jump, .reload: true
            case .loaded, .plannerClosed: false
            }
        case .io, .resized, .tick: false
        }
    }

    /// Whether the action changes the plan or opens a way to (the editor, a move, a delete):
    /// what a read-only planner refuses, and what its hints leave out.
    public var changesPlan: Bool {
        switch self {
        case .write(let w):
            switch w {
            case .create, .edit, .editExternally, .cycleStatus, .beginMove, .drop, .delete, .undo, .redo, .fillWeek, .paste,
                 .unschedule, .beginNewPost, .scheduleIdea, .createIdea:
                true
            case .confirm, .copy:
                false
            }
        case .prompt(.begin(let kind)):
            switch kind {
            case .consent, .approval, .dateTime, .notes: true
            case .goToDate, .export, .search: false
            }
        case .picker(.open):
            true
        case .editor, .share:
            true
        case .navigate, .prompt, .picker, .io, .resized, .tick, .board:
            false
        }
    }
}
