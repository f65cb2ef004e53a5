import Glibc
import RoundsCore
import RoundsTerminal
import RoundsUI

/// `rounds --workspace DIR` (or `ROUNDS_WORKSPACE` and no command): the overview board.
enum BoardCommand {
    static func run(_ workspace: Workspace, environment env: AppEnvironment, readOnly: Bool) throws {
        let session = BoardSession(workspace: workspace, environment: env, readOnly: readOnly)
        // Every plan is read before the screen is taken; one that cannot be read becomes a row saying why.
        let state = BoardState(folder: workspace.folder, sources: session.readAll(), today: env.today)
        guard isatty(0) != 0, isatty(1) != 0 else {
            throw CLIFailure("cannot start the board: standard input and output must be a terminal (rounds overview prints the same rows without one)")
        }
        // While curses owns the screen, stderr goes to a log in the workspace (hidden: never a plan).
        let log = StderrLog(path: workspace.folder + "/.rounds-board.log")
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(useColor: (env.variables["NO_COLOR"] ?? "").isEmpty)
        } catch {
            log.restore()
            throw CLIFailure("\(error)")
        }
        session.palette = terminal.colorsAvailable ? .color : .monochrome
        _ = BoardLoop.run(state, backend: terminal, host: session, palette: session.palette)
        terminal.end()
        log.restore()
    }
}

/// The board's link to the workspace: reads the plans, and opens a doctor's planner on the
/// board's own terminal, as `rounds --plan PATH` would, coming back to the board when it quits.
final class BoardSession: BoardHost {
    private(set) var workspace: Workspace
    let environment: AppEnvironment
    let readOnly: Bool
    var palette: Palette = .monochrome

    init(workspace: Workspace, environment: AppEnvironment, readOnly: Bool) {
        self.workspace = workspace
        self.environment = environment
        self.readOnly = readOnly
    }

    /// Every plan of the workspace, read in parallel, as the board's sources; each file's
    /// stamp is kept, so that `poll` notices what changes later.
    func readAll() -> [BoardSource] {
        let plans = workspace.loadAll()
        for p in plans { stamps[p.entry.relativePath] = PlannerSession.stamp(p.entry.path) }
        return plans.map { BoardSession.source($0, environment: environment) }
    }

    /// Each plan file as it was when last read (inode, size, modification time).
    private var stamps: [String: PlannerSession.FileStamp?] = [:]
    private var lastPoll: Int64 = 0
    /// How often the files and locks are looked at while the board is idle.
    var pollSeconds: Int64 = 1

    /// Plans changed on disk (a save, `rounds add`) or taken or given back by a planner since
    /// they were read are read again; one stat and one lock probe per plan, once a second.
    func poll(_ state: BoardState) -> Action? {
        let now = Int64(time(nil))
        guard now - lastPoll >= pollSeconds else { return nil }
        lastPoll = now
        var changed = false
        var sources = state.sources
        for (i, source) in sources.enumerated() {
            guard let entry = workspace.entries.first(where: { $0.relativePath == source.id }) else { continue }
            let stamp = PlannerSession.stamp(entry.path)
            let holder = PlanLock.holder(of: entry.store.sessionLockPath)
            guard stamps[source.id].map({ $0 != stamp }) ?? true || holder != source.openIn else { continue }
            stamps[source.id] = stamp
            sources[i] = BoardSession.source(Workspace.load(entry), environment: environment)
            changed = true
        }
        return changed ? .board(.loaded(sources)) : nil
    }

    static func source(_ p: WorkspacePlan, environment: AppEnvironment) -> BoardSource {
        let content: BoardSource.Content
        if let plan = p.plan {
            content = .plan(plan, today: environment.today(for: plan))
        } else {
            content = .unopenable(reason: p.problemLine ?? "cannot be read")
        }
        return BoardSource(id: p.entry.relativePath, fileName: p.entry.name, content: content, openIn: p.openIn)
    }

    func tick() -> Action {
        let now = environment.now
        return .tick(now: now, today: environment.today)
    }

    func perform(_ effect: BoardEffect, state: BoardState, backend: TerminalBackend) -> [Action] {
        switch effect {
        case .quit:
            return []
        case .reload:
            // The folder again too: a doctor added since gets a row, one removed loses it.
            do {
                workspace = try Workspace.discover(workspace.folder, environment: environment)
            } catch {
                return [.io(.notify(StatusMessage("\(error)", kind: .error)))]
            }
            let all = readAll()
            return [.board(.loaded(all)), .io(.notify(StatusMessage("read \(all.count) plan\(all.count == 1 ? "" : "s") again")))]
        case .openPlanner(let id):
            guard let entry = workspace.entries.first(where: { $0.relativePath == id }) else { return [] }
            return openPlanner(entry, backend: backend) + [.resized(backend.size)]
        }
    }

    /// Runs the doctor's planner until it quits, then reads the plan again for its row. A plan
    /// another planner holds (or that became unreadable) is refused with the reason, and the
    /// board stays as it was.
    private func openPlanner(_ entry: Workspace.Entry, backend: TerminalBackend) -> [Action] {
        let store = entry.store
        let launch: PlannerLaunch
        do {
            launch = try PlannerLaunch(store: store, environment: environment, readOnly: readOnly)
        } catch {
            let why: String
            if let e = error as? StoreError, case .locked(_, let holder) = e {
                why = "\(entry.relativePath) is open in another planner (\(holder)): rounds --read-only --plan \(entry.path) opens it read-only"
            } else if let e = error as? StoreError {
                why = "\(entry.relativePath) cannot be opened: " + (WorkspacePlan(entry: entry, state: .unopenable(e)).problemLine ?? e.description)
            } else {
                why = "\(entry.relativePath) cannot be opened: \(error)"
            }
            // Its row shows what is true now (who holds it, or why it cannot be read).
            let row = BoardSession.source(Workspace.load(entry), environment: environment)
            return [.board(.plannerClosed(row, signal: false, message: StatusMessage(why, kind: .error)))]
        }
        // The planner's stderr goes to its own log beside the plan, as `rounds --plan` sends it.
        let log = StderrLog(path: store.path + ".log")
        let watch = SignalWatch(backend)
        let final = launch.run(on: watch, palette: palette)
        log.restore()
        let rescued = launch.rescue(final)
        launch.release()
        stamps[entry.relativePath] = PlannerSession.stamp(entry.path)
        let row = BoardSession.source(Workspace.load(entry), environment: environment)
        let message = rescued.map { StatusMessage($0, kind: .error) }
        return [.board(.plannerClosed(row, signal: watch.signal != nil, message: message))]
    }
}

/// A terminal that remembers whether a signal ended what ran on it: a SIGTERM to the doctor's
/// planner ends the board too (the terminal guard hands each signal out once).
final class SignalWatch: TerminalBackend {
    private let inner: TerminalBackend
    private(set) var signal: Int32?

    init(_ inner: TerminalBackend) { self.inner = inner }

    var size: Size { inner.size }
    func draw(_ buffer: CellBuffer) { inner.draw(buffer) }
    func suspend() { inner.suspend() }
    func resume() { inner.resume() }

    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        let event = inner.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
        if case .signal(let s) = event { signal = s }
        return event
    }
}
