import RoundsCore

/// The app around the board: reads plans, opens a doctor's planner, reads the clock.
public protocol BoardHost: AnyObject {
    /// Performs an effect (opening a planner runs it on `backend` until it quits); returns the
    /// actions that report its result, the terminal's size among them when it may have changed.
    func perform(_ effect: BoardEffect, state: BoardState, backend: TerminalBackend) -> [Action]
    /// The clock as an action.
    func tick() -> Action
    /// Called when idle; returns an action when plans changed outside (files, locks).
    func poll(_ state: BoardState) -> Action?
}

extension BoardHost {
    public func poll(_ state: BoardState) -> Action? { nil }
}

/// The board's loop, the planner's in shape: event → action → state → frame. Keys go through
/// `BoardState.press`; the size and the clock arrive as actions.
public enum BoardLoop {
    public static func run(_ initial: BoardState, backend: TerminalBackend, host: BoardHost, palette: Palette,
                           pollMilliseconds: Int = 250) -> BoardState {
        var state = initial
        /// Applies actions and performs the effects they ask for; false when the board should quit.
        func run(_ first: [Action]) -> Bool {
            var actions = first
            var quitting = false
            while !actions.isEmpty {
                for effect in state.apply(actions.removeFirst()) {
                    if case .quit = effect { quitting = true; continue }
                    actions.append(contentsOf: host.perform(effect, state: state, backend: backend))
                }
            }
            return !quitting
        }
        func press(_ key: Key) -> Bool {
            var quitting = false
            var results: [Action] = []
            for effect in state.press(key) {
                if case .quit = effect { quitting = true; continue }
                results.append(contentsOf: host.perform(effect, state: state, backend: backend))
            }
            return run(results) && !quitting
        }
        _ = run([.resized(backend.size), host.tick()])
        backend.draw(BoardScreen.render(state, size: state.size, palette: palette))
        while true {
            let event = backend.nextEvent(timeoutMilliseconds: pollMilliseconds)
            _ = run([host.tick()])
            switch event {
            case .signal:
                return state
            case .resize:
                _ = run([.resized(backend.size)])
            case .timeout:
                guard let outside = host.poll(state) else { continue }
                if !run([outside]) { return state }
            case .key(let key):
                if !press(key) { return state }
            }
            backend.draw(BoardScreen.render(state, size: state.size, palette: palette))
        }
    }
}
