import ArgumentParser
import Glibc
import RoundsCore
import RoundsTerminal
import RoundsUI

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the planner (the default).")

    @OptionGroup var planOptions: PlanOptions
    @Flag(help: "Open without saving anything (for when another planner has the plan open).") var readOnly = false

    func run() throws {
        // The first frame lints the week's posts: the linter's lexicon is built on another
        // core while the plan is read and decoded (waited for, if still building, at the lint).
        // Its thread blocks signals, so SIGTERM, SIGWINCH and the rest reach the main thread
        // and interrupt its read of the keyboard, as the terminal guard expects.
        Task.detached(priority: .userInitiated) {
            var all = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_BLOCK, &all, nil)
            Linter.prepare()
        }
        let env = planOptions.environment
        // A workspace and no --doctor: the overview board (every refusal before the screen too).
        let store: PlanStore
        switch try planOptions.choice() {
        case .workspace(let ws): return try BoardCommand.run(ws, environment: env, readOnly: readOnly)
        case .plan(let path): store = planOptions.store(at: path)
        }
        // Every refusal happens here, before the screen is taken over.
        let noTerminal = CLIFailure("cannot start the planner screen: standard input and output must be a terminal (the commands work without one: rounds --help)")
        var firstRun: String?
        if !store.exists {
            // No first-run plan for a screen that cannot be shown.
            guard isatty(0) != 0, isatty(1) != 0 else { throw noTerminal }
            guard let pack = env.themePacks().packs.first(where: { $0.id == "default" }) else {
                throw CLIFailure("the default theme pack is missing from this build")
            }
            var plan = pack.makePlan(name: "")
            plan.profile.timeZone = env.systemZoneName()
            _ = try store.create(plan)
            firstRun = "new plan at \(store.path) (default themes)"
        }
        let launch: PlannerLaunch
        do {
            launch = try PlannerLaunch(store: store, environment: env, readOnly: readOnly)
        } catch let e as StoreError {
            if case .locked(_, let holder) = e {
                throw CLIFailure("\(store.path) is already open in another planner (\(holder)).\nOpen it read-only with: rounds --read-only --plan \(store.path)")
            }
            throw e
        }
        guard isatty(0) != 0, isatty(1) != 0 else { throw noTerminal }
        if let firstRun, launch.state.message == nil { launch.state.message = StatusMessage(firstRun, kind: .success) }
        let useColor = (env.variables["NO_COLOR"] ?? "").isEmpty
        // While curses owns the screen, stderr goes to a log beside the plan.
        let log = StderrLog(path: store.path + ".log")
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(useColor: useColor)
        } catch {
            log.restore()
            throw CLIFailure("\(error)")
        }
        let palette: Palette = terminal.colorsAvailable ? .color : .monochrome
        let final = launch.run(on: terminal, palette: palette)
        terminal.end()
        log.restore()
        if let line = launch.rescue(final) { FileHandleOut.stderr("rounds: " + line + "\n") }
        withExtendedLifetime(launch) {}
    }
}

/// One planner on one plan, as `rounds --plan PATH` opens it and as the board opens a doctor's:
/// every refusal (a plan another planner holds, a broken or newer file) happens in `init`, before
/// the screen is given to it; the session lock is held for the life of this value.
final class PlannerLaunch {
    let store: PlanStore
    let environment: AppEnvironment
    let readOnly: Bool
    let session: PlannerSession
    var state: AppState
    private var sessionLock: PlanLock?

    /// Takes the plan's session lock (a plan another planner holds throws `StoreError.locked`
    /// with its holder), reads the plan and prepares the planner's first state.
    init(store: PlanStore, environment env: AppEnvironment, readOnly askedReadOnly: Bool) throws {
        self.store = store
        environment = env
        // A plan or folder without write permission opens read-only, saying why (as vim does).
        var readOnly = askedReadOnly
        var readOnlyReason: String?
        if !readOnly, store.exists, let reason = store.readOnlyReason(planner: true) {
            _ = try store.load()  // a broken plan is refused first, with its own reason
            readOnly = true
            readOnlyReason = reason
        }
        if !readOnly {
            do {
                sessionLock = try PlanLock.acquire(store.sessionLockPath, timeoutMilliseconds: 0)
            } catch {
                if case .locked = error { throw error }
                // The folder refuses the lock file (read-only, another user's): read-only, saying why.
                _ = try store.load()
                readOnly = true
                readOnlyReason = "\(error); nothing can be saved"
            }
        }
        let snapshot = try store.load()
        self.readOnly = readOnly
        state = AppState(plan: snapshot.plan, today: env.today(for: snapshot.plan), readOnly: readOnly, now: env.now)
        state.identity = env.identity
        if store.isExposed() {
            state.message = StatusMessage("warning: \(store.path) is readable by other users; it is made private on the next save", kind: .error)
        }
        if let readOnlyReason {
            state.message = StatusMessage("read-only: " + readOnlyReason, kind: .error)
            state.readOnlyReason = readOnlyReason
        }
        session = PlannerSession(store: store, base: snapshot, clock: { env.now },
                                 editorCommand: ExternalEditor.command(in: env.variables), environment: env.variables)
        session.loadObservances = {
            let (set, problems) = env.observances()
            return (set.observances, problems)
        }
    }

    /// Runs the planner on the terminal until it quits (or a signal); returns its last state.
    func run(on backend: TerminalBackend, palette: Palette) -> AppState {
        RunLoop.run(state, backend: backend, host: session, palette: palette)
    }

    /// Gives the session lock back (the board does, as soon as the doctor's planner quits).
    func release() { sessionLock = nil }

    /// Changes the plan file could not take (a full disk, a folder made read-only) are written
    /// to a rescue file rather than lost with the process; the line says where (nil: nothing lost).
    func rescue(_ final: AppState) -> String? {
        guard let reason = final.unsavedReason, !readOnly else { return nil }
        let rescued = PlanRescue.write(final.plan, planPath: store.path, environment: environment.variables, now: environment.now)
        let how = rescued.map { "They are in \($0); to keep them: mv \($0) \(store.path)" } ?? "No rescue file could be written either."
        return "your last changes were not saved (\(reason)). \(how)"
    }
}

/// Sends stderr to a log file while curses owns the screen (a message would be drawn over it
/// and wiped), and brings it back.
final class StderrLog {
    private var saved: Int32

    init(path: String) {
        saved = dup(2)
        let log = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if log >= 0 { dup2(log, 2); close(log) }
    }

    /// Puts the previous stderr back (idempotent).
    func restore() {
        guard saved >= 0 else { return }
        dup2(saved, 2)
        close(saved)
        saved = -1
    }

    deinit { restore() }
}

/// Hidden: prints the planner's screen (or, for a workspace, the board's) for a week as plain
/// text, without a terminal.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Print the planner screen as text (a debugging aid).", shouldDisplay: false)

    @OptionGroup var planOptions: PlanOptions
    @Option(help: ArgumentHelp("The week: 2026-W48, next, or a date in it.", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("Screen size, WIDTHxHEIGHT.", valueName: "size")) var size = "80x24"
    @Option(help: "Keys to press first, as a key script (e.g. 'jj<Tab>').") var keys: String?

    func run() throws {
        let parts = size.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" })
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), (1...1000).contains(w), (1...1000).contains(h) else {
            throw ValidationError("--size: '\(size)' is not WIDTHxHEIGHT (e.g. 80x24)")
        }
        let env = planOptions.environment
        let store: PlanStore
        switch try planOptions.choice() {
        case .workspace(let ws):
            // The board, as `rounds --workspace DIR` shows it (Enter opens nothing here).
            let session = BoardSession(workspace: ws, environment: env, readOnly: true)
            var state = BoardState(folder: ws.folder, sources: session.readAll(), today: env.today, size: Size(width: w, height: h))
            if let week {
                let target = try OverviewReport.firstWeek(week, today: env.today)
                _ = state.apply(.navigate(.moveWeek(state.week.start.days(until: target.start) / 7)))
            }
            _ = state.press(script: keys ?? "")
            FileHandleOut.stdout(BoardScreen.render(state, size: state.size, palette: .monochrome).text)
            return
        case .plan(let path):
            store = planOptions.store(at: path)
        }
        let plan = try store.load().plan
        let now = env.now
        let today = env.today(for: plan)
        var state = AppState(plan: plan, today: today, now: now, size: Size(width: w, height: h))
        state.identity = env.identity
        _ = state.apply(.io(.observancesLoaded(env.observances().set.observances)))
        if let week {
            let target = try parseWeek(week, today: today, weekStart: plan.profile.weekStart)
            _ = state.apply(.navigate(.moveWeek(state.week.start.days(until: target.start) / 7)))
        }
        _ = state.press(script: keys ?? "")
        let buffer = Screen.render(state, size: state.size, palette: .monochrome)
        FileHandleOut.stdout(buffer.text)
    }
}
