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
        let store = try planOptions.store
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
        var sessionLock: PlanLock?
        // A plan or folder without write permission opens read-only, saying why (as vim does).
        var readOnly = self.readOnly
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
                if case .locked(_, let holder) = error {
                    throw CLIFailure("\(store.path) is already open in another planner (\(holder)).\nOpen it read-only with: rounds --read-only --plan \(store.path)")
                }
                // The folder refuses the lock file (read-only, another user's): read-only, saying why.
                _ = try store.load()
                readOnly = true
                readOnlyReason = "\(error); nothing can be saved"
            }
        }
        let snapshot = try store.load()
        guard isatty(0) != 0, isatty(1) != 0 else { throw noTerminal }
        let now = env.now
        var state = AppState(plan: snapshot.plan, today: env.today(for: snapshot.plan), readOnly: readOnly, now: now)
        state.identity = env.identity
        if let firstRun { state.message = StatusMessage(firstRun, kind: .success) }
        if store.isExposed() {
            state.message = StatusMessage("warning: \(store.path) is readable by other users; it is made private on the next save", kind: .error)
        }
        if let readOnlyReason {
            state.message = StatusMessage("read-only: " + readOnlyReason, kind: .error)
            state.readOnlyReason = readOnlyReason
        }
        let session = PlannerSession(store: store, base: snapshot, clock: { env.now },
                                     editorCommand: ExternalEditor.command(in: env.variables), environment: env.variables)
        session.loadObservances = {
            let (set, problems) = env.observances()
            return (set.observances, problems)
        }
        let useColor = (env.variables["NO_COLOR"] ?? "").isEmpty
        // While curses owns the screen, stderr goes to a log beside the plan.
        let savedStderr = dup(2)
        let log = open(store.path + ".log", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if log >= 0 { dup2(log, 2); close(log) }
        defer {
            if savedStderr >= 0 { dup2(savedStderr, 2); close(savedStderr) }
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(useColor: useColor)
        } catch {
            if savedStderr >= 0 { dup2(savedStderr, 2) }
            throw CLIFailure("\(error)")
        }
        let palette: Palette = terminal.colorsAvailable ? .color : .monochrome
        let final = RunLoop.run(state, backend: terminal, host: session, palette: palette)
        terminal.end()
        if savedStderr >= 0 { dup2(savedStderr, 2) }
        // Changes the plan file could not take (a full disk, a folder made read-only) are
        // written to a rescue file rather than lost with the process.
        if let reason = final.unsavedReason, !readOnly {
            let rescued = PlanRescue.write(final.plan, planPath: store.path, environment: env.variables, now: env.now)
            let how = rescued.map { "They are in \($0); to keep them: mv \($0) \(store.path)" } ?? "No rescue file could be written either."
            FileHandleOut.stderr("rounds: your last changes were not saved (\(reason)). \(how)\n")
        }
        withExtendedLifetime(sessionLock) {}
    }
}

/// Hidden: prints the planner's screen for a week as plain text, without a terminal.
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
        let plan = try planOptions.load().plan
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
