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

/// The app around the planner: performs effects (I/O), watches the file, reads the clock.
public protocol PlannerHost: AnyObject {
    /// Called when idle; returns an action when something changed outside (the file on disk).
    func poll(_ state: AppState) -> Action?
    /// Performs an effect; returns the actions that report its result.
    func perform(_ effect: Effect, state: AppState, backend: TerminalBackend) -> [Action]
    /// The clock as an action: now, and today in the plan's time zone.
    func tick(_ plan: Plan) -> Action
    /// What to read once the first frame is on the screen (so it never waits for it): the
    /// health observances.
    func afterFirstFrame(_ state: AppState) -> [Action]
}

extension PlannerHost {
    public func afterFirstFrame(_ state: AppState) -> [Action] { [] }
}

/// The one loop: event → action → state → frame. It has no key rules of its own: keys go
/// through `AppState.press`, the size and the clock arrive as actions.
public enum RunLoop {
    /// Runs until quit or a signal; returns the final state.
    public static func run(_ initial: AppState, backend: TerminalBackend, host: PlannerHost, palette: Palette,
                           pollMilliseconds: Int = 250) -> AppState {
        var state = initial
        /// Applies actions and the effects they ask for; false when the planner should quit.
        /// The results of effects asked for before a quit (a last save) are applied first.
        func run(_ first: [Action]) -> Bool {
            var actions = first
            var quitting = false
            while !actions.isEmpty {
                let action = actions.removeFirst()
                for effect in state.apply(action) {
                    if case .quit = effect { quitting = true; continue }
                    actions.append(contentsOf: host.perform(effect, state: state, backend: backend))
                }
            }
            return !quitting
        }
        /// Leaving: text still in the editor is written and saved first.
        func leave() -> AppState {
            if case .editing = state.mode { _ = run([.io(.leaving)]) }
            return state
        }
        /// Keys: each one through `press`, its effects performed.
        func press(_ key: Key) -> Bool {
            var quitting = false
            var results: [Action] = []
            for effect in state.press(key) {
                if case .quit = effect { quitting = true; continue }
                results.append(contentsOf: host.perform(effect, state: state, backend: backend))
            }
            return run(results) && !quitting
        }
        _ = run([.resized(backend.size), host.tick(state.plan)])
        backend.draw(Screen.render(state, size: state.size, palette: palette))
        let late = host.afterFirstFrame(state)
        if !late.isEmpty {
            _ = run(late)
            backend.draw(Screen.render(state, size: state.size, palette: palette))
        }
        while true {
            let event = backend.nextEvent(timeoutMilliseconds: pollMilliseconds)
            let today = state.today
            // The clock first, so what the event does is stamped with the time it happened.
            _ = run([host.tick(state.plan)])
            switch event {
            case .signal:
                return leave()
            case .resize:
                _ = run([.resized(backend.size)])
            case .timeout:
                // Idle: outside changes are picked up (into the editor too), then typed text
                // is saved, so a save never races an outside change it has not seen.
                let dirty = state.isEditingDirty
                var actions: [Action] = []
                if let a = host.poll(state) { actions.append(a) }
                actions.append(.io(.idle))
                if actions.count == 1, !dirty, state.today == today { continue }
                if !run(actions) { return leave() }
            case .key(let key):
                if !press(key) { return leave() }
            }
            backend.draw(Screen.render(state, size: state.size, palette: palette))
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
