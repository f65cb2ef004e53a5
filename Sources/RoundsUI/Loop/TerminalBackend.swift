/// What the run loop needs from a terminal. The ncurses backend implements it for real;
/// `MemoryBackend` implements it for tests.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Puts a whole frame on the screen.
    func draw(_ buffer: CellBuffer)
    /// Waits up to `timeoutMilliseconds` for something to happen.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
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
    func perform(_ effect: Effect, state: AppState) -> [Action]
}

/// The one loop: event → action → state → frame.
public enum RunLoop {
    /// Runs until quit or a signal; returns the final state.
    public static func run(_ initial: AppState, backend: TerminalBackend, host: PlannerHost, palette: Palette,
                           pollMilliseconds: Int = 250) -> AppState {
        var state = initial
        backend.draw(Screen.render(state, size: backend.size, palette: palette))
        while true {
            let event = backend.nextEvent(timeoutMilliseconds: pollMilliseconds)
            var actions: [Action] = []
            switch event {
            case .signal:
                return state
            case .resize:
                break
            case .timeout:
                guard let a = host.poll(state) else { continue }
                actions.append(a)
            case .key(let key):
                if Layout(size: backend.size).isTooSmall, key == .char("q") || key == .ctrl("c") { return state }
                if let a = Keymap.action(for: key, in: state.keyContext, pendingCount: state.count != nil) { actions.append(a) }
            }
            while !actions.isEmpty {
                let action = actions.removeFirst()
                for effect in state.apply(action) {
                    if effect == .quit { return state }
                    actions.append(contentsOf: host.perform(effect, state: state))
                }
            }
            backend.draw(Screen.render(state, size: backend.size, palette: palette))
        }
    }
}
