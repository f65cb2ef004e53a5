import RoundsCore

/// What the run loop needs from a terminal. The ncurses backend implements it for real;
/// `MemoryBackend` implements it for tests.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Puts a whole frame on the screen.
    func draw(_ buffer: CellBuffer)
    /// Waits up to `timeoutMilliseconds` for something to happen.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
    /// Gives the terminal to another program ($EDITOR) and takes it back.
    func suspend()
    func resume()
}

extension TerminalBackend {
    public func suspend() {}
    public func resume() {}
}

/// What can happen while the planner waits.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize
    case timeout
    /// SIGINT, SIGTERM or SIGHUP: save and leave.
    case signal(Int32)
}

/// The app around the planner: performs effects (I/O) and watches the file.
public protocol PlannerHost: AnyObject {
    /// Called when idle; returns an action when something changed outside (the file on disk).
    func poll(_ state: AppState) -> Action?
    /// Performs an effect; returns the actions that report its result.
    func perform(_ effect: Effect, state: AppState, backend: TerminalBackend) -> [Action]
    /// The clock.
    func now() -> Timestamp
}

/// The one loop: event → action → state → frame.
public enum RunLoop {
    /// Runs until quit or a signal; returns the final state.
    public static func run(_ initial: AppState, backend: TerminalBackend, host: PlannerHost, palette: Palette,
                           pollMilliseconds: Int = 250) -> AppState {
        var state = initial
        backend.draw(Screen.render(state, size: backend.size, palette: palette))
        /// Applies actions and the effects they ask for; false when the planner should quit.
        func run(_ first: [Action]) -> Bool {
            var actions = first
            while !actions.isEmpty {
                let action = actions.removeFirst()
                state.now = host.now()
                for effect in state.apply(action, size: backend.size) {
                    if effect == .quit { return false }
                    actions.append(contentsOf: host.perform(effect, state: state, backend: backend))
                }
            }
            return true
        }
        /// Leaving: text still in the editor is written and saved first.
        func leave() -> AppState {
            if case .editing = state.mode { _ = run([.editorClose]) }
            return state
        }
        while true {
            let event = backend.nextEvent(timeoutMilliseconds: pollMilliseconds)
            var actions: [Action] = []
            switch event {
            case .signal:
                return leave()
            case .resize:
                break
            case .timeout:
                // Idle: typed text is saved, then outside changes are picked up.
                actions.append(.idle)
                if let a = host.poll(state) { actions.append(a) }
            case .key(let key):
                if Layout(size: backend.size).isTooSmall, key == .char("q") || key == .ctrl("c") { return leave() }
                if let a = Keymap.action(for: key, in: state.keyContext, pendingCount: state.count != nil) { actions.append(a) }
            }
            let idleOnly = actions == [.idle] && !state.isEditingDirty
            if idleOnly { continue }
            if !run(actions) { return leave() }
            backend.draw(Screen.render(state, size: backend.size, palette: palette))
        }
    }
}

extension AppState {
    /// Whether the editor holds text not yet in the plan.
    public var isEditingDirty: Bool {
        if case .editing(let e) = mode { return e.dirty }
        return false
    }
}
