import ArgumentParser
import Glibc
import RoundsCore

/// `rounds`: the planner, and a command for every data feature.
public struct RoundsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Plan a doctor's week of social-media posts: themed slots, cadence goals, a safety linter.",
        discussion: """
        With no command, opens the planner on this week (rounds --read-only opens it without saving); \
        with --workspace DIR (or ROUNDS_WORKSPACE) and no --doctor, the overview board of its plans, \
        one row per doctor (Enter opens one). The plan lives in $XDG_DATA_HOME/rounds/plan.json (~/.local/share/rounds/plan.json); \
        --plan PATH or ROUNDS_PLAN choose another.

        Dates may be YYYY-MM-DD, today, tomorrow, mon, next fri. Post ids may be shortened to any unique prefix.

        Exit status: 0 success, 1 a check found errors, 2 bad input or usage.
        """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, InitCommand.self, AddCommand.self, ListCommand.self, ShowCommand.self,
                      EditCommand.self, RemoveCommand.self, ThemesCommand.self, CheckCommand.self,
                      PlanWeekCommand.self, OverviewCommand.self, ConsentCommand.self, ApproveCommand.self, ProfileCommand.self, LintCommand.self, AcknowledgeCommand.self, AllowCommand.self, ExportCommand.self, ImportCommand.self, ObservancesCommand.self,
                      SyncCommand.self, LogCommand.self, ResolveCommand.self, GitCommand.self, MergeDriverCommand.self,
                      RenderCommand.self, SaveLoopCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    public init() {}

    /// Parses and runs, mapping every failure to a message on stderr and exit 1 or 2.
    public static func runMain(arguments: [String]? = nil) -> Never {
        // A file-size limit must fail the write (EFBIG, reported), not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Glibc.exit(0)
        } catch let failure as CLIFailure {
            if !failure.message.isEmpty { FileHandleOut.stderr(failure.message) }
            Glibc.exit(failure.code)
        } catch let e as StoreError {
            FileHandleOut.stderr("rounds: " + e.description)
            Glibc.exit(2)
        } catch let e as WorkspaceError {
            FileHandleOut.stderr("rounds: " + e.description)
            Glibc.exit(2)
        } catch let e as PlanError {
            FileHandleOut.stderr("rounds: " + cliWording(e))
            Glibc.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandleOut.stderr(fullMessage(for: error))
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A plan error in the command line's words: how to fix it here.
func cliWording(_ e: PlanError) -> String {
    switch e {
    case .approvalRequired(let id, _, _, _):
        return e.description + "\napprove it first: rounds approve \(id) --by NAME"
    case .notAnApprover:
        return e.description + "\nan approver approves it (rounds approve ID --by NAME), or the list changes: rounds profile --approver NAME"
    case .approverIsEditor:
        return e.description + "\nanother approver approves it: rounds approve ID --by NAME"
    default: break
    }
    guard case .unacknowledgedFindings(let id, let title, let status, let findings) = e else { return e.description }
    var lines = ["'\(title)' cannot be \(status.rawValue): the linter has \(findings.count == 1 ? "an unacknowledged error" : "\(findings.count) unacknowledged errors")"]
    for f in findings {
        lines.append("  \(f.rule) “\(f.excerpt)”: \(f.message)")
    }
    lines.append("fix the text (rounds edit \(id)), or if it is fine, acknowledge it: "
        + (findings.first.map { "rounds ack \(id) \($0.rule) --excerpt '\($0.excerpt.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''"))' --note WHY" } ?? ""))
    return lines.joined(separator: "\n")
}

/// A failure with its message and exit status (1: a check failed, 2: bad input).
public struct CLIFailure: Error {
    public var message: String
    public var code: Int32
    public init(_ message: String, code: Int32 = 2) {
        self.message = message.hasPrefix("rounds:") ? message : "rounds: " + message
        self.code = code
    }
}

/// Plain writes to stdout and stderr (unbuffered enough for scripts and the kill test).
public enum FileHandleOut {
    /// Control characters that reached the text (an older plan, a file) are written as
    /// visible escapes (`\x1b`), never sent to the terminal; tabs and newlines stay.
    public static func stdout(_ text: String) {
        var s = ControlCharacters.escaped(text, bidi: false)
        if !s.hasSuffix("\n") { s.append("\n") }
        writeAll(1, s)
    }

    public static func stderr(_ text: String) {
        var s = ControlCharacters.escaped(text, bidi: false)
        if !s.hasSuffix("\n") { s.append("\n") }
        writeAll(2, s)
    }

    static func writeAll(_ fd: Int32, _ s: String) {
        var s = s
        s.withUTF8 { bytes in
            var off = 0
            while off < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + off, bytes.count - off)
                if n < 0 { if errno == EINTR { continue }; return }
                off += n
            }
        }
    }
}

/// `--plan PATH`, or `--workspace DIR` and `--doctor NAME`, shared by every command.
///
/// Which plan (the README, "For agencies: workspaces"): `--plan`; else `--doctor` in the
/// workspace (`--workspace`, else `$ROUNDS_WORKSPACE`); else, with `--workspace`, every plan
/// of it (for the commands that go across a workspace; the others ask for `--doctor`); else
/// `$ROUNDS_PLAN`; else `$ROUNDS_WORKSPACE` as with `--workspace`; else the default plan.
public struct PlanOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The plan file (default: $ROUNDS_PLAN, else $XDG_DATA_HOME/rounds/plan.json).", valueName: "path"))
    public var plan: String?
    @Option(name: .long, help: ArgumentHelp("A folder of plans, one per doctor (default: $ROUNDS_WORKSPACE).", valueName: "dir"))
    public var workspace: String?
    @Option(name: .long, help: ArgumentHelp("The workspace's plan of this doctor: its file name or the doctor's name, or a unique prefix.", valueName: "name"))
    public var doctor: String?

    public init() {}

    public func validate() throws {
        if plan != nil, workspace != nil || doctor != nil {
            throw ValidationError("--plan names one plan, --workspace and --doctor choose from a folder of plans: give one or the other")
        }
    }

    var environment: AppEnvironment { AppEnvironment.current() }

    /// What the options choose: one plan, or a whole workspace.
    enum Choice {
        case plan(String)
        case workspace(Workspace)
    }

    /// The workspace folder the options or `$ROUNDS_WORKSPACE` name, if any.
    func workspaceFolder(_ env: AppEnvironment) -> String? {
        if let workspace, !workspace.isEmpty { return workspace }
        guard let w = env.variables["ROUNDS_WORKSPACE"], !w.isEmpty else { return nil }
        return w
    }

    /// Resolves the options (see the type's summary); `--doctor` is looked up here. A workspace
    /// error becomes its message here, not at the top: a thrown value still holding its lists
    /// when the process exits is what LeakSanitizer reports (the release before `exit` is elided).
    func choice() throws -> Choice {
        do { return try resolveChoice() } catch let e as WorkspaceError { throw CLIFailure(e.description) }
    }

    private func resolveChoice() throws -> Choice {
        let env = environment
        if let plan, !plan.isEmpty { return .plan(env.planPath(option: plan)) }
        if let doctor {
            guard let folder = workspaceFolder(env) else {
                throw CLIFailure("--doctor needs a workspace: give --workspace DIR or set ROUNDS_WORKSPACE")
            }
            let ws = try Workspace.discover(folder, environment: env)
            return .plan(try ws.pick(doctor: doctor).path)
        }
        if let workspace, !workspace.isEmpty { return .workspace(try Workspace.discover(workspace, environment: env)) }
        if let p = env.variables["ROUNDS_PLAN"], !p.isEmpty { return .plan(env.planPath(option: p)) }
        if let folder = workspaceFolder(env) { return .workspace(try Workspace.discover(folder, environment: env)) }
        return .plan(env.planPath(option: nil))
    }

    /// The one plan's path; a whole workspace is refused, listing its doctors.
    var path: String {
        get throws {
            switch try choice() {
            case .plan(let path): return path
            case .workspace(let ws):
                throw CLIFailure(WorkspaceError.doctorNeeded(command: "this command", folder: ws.folder,
                                                             candidates: ws.loadAll().map(Workspace.candidate)).description)
            }
        }
    }

    /// The plan's store; for a plan in a git clone without the merge driver, says so once.
    var store: PlanStore {
        get throws { store(at: try path) }
    }

    func load() throws -> PlanStore.Snapshot { try store.load() }

    /// The store of a plan `choice()` chose (so `--doctor` is looked up once).
    func store(at path: String) -> PlanStore {
        GitHint.printOnce(planPath: path, environment: environment.variables)
        return PlanStore(path: path)
    }
}

/// Parses a typed date ("2026-11-30", "next fri") or fails with a one-line message.
func parseDate(_ text: String, option: String, today: CalendarDate) throws -> CalendarDate {
    guard let d = DatePhrase.parse(text, today: today) else {
        throw ValidationError("\(option): '\(text)' is not a date (use YYYY-MM-DD, today, tomorrow, mon, next fri)")
    }
    return d
}

/// Parses a week (`2026-W48`, or any date inside it).
func parseWeek(_ text: String, today: CalendarDate, weekStart: WeekStart) throws -> Week {
    guard let w = WeekPhrase.parse(text, today: today, weekStart: weekStart) else {
        throw ValidationError("--week: '\(text)' is not a week (use 2026-W48, next, or a date)")
    }
    return w
}

/// A range chosen by `--week`, `--from/--to`, or `--all`; the current week by default.
struct RangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A week: 2026-W48, this, next, or any date in it.", valueName: "week"))
    var week: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("First day of a range.", valueName: "date"))
    var from: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("Last day of a range.", valueName: "date"))
    var to: String?

    func validate() throws {
        if week != nil, from != nil || to != nil { throw ValidationError("use --week or --from/--to, not both") }
    }

    /// The dates chosen, or nil when nothing was given.
    func range(plan: Plan, today: CalendarDate) throws -> ClosedRange<CalendarDate>? {
        if let week {
            // An ISO name is ISO's days (Monday to Sunday) whatever the plan's first day, so
            // `--week 2026-W49` is 30 Nov – 6 Dec 2026 everywhere.
            if let iso = Week(iso: week, weekStart: .monday) { return iso.start...iso.end }
            let w = try parseWeek(week, today: today, weekStart: plan.profile.weekStart)
            return w.start...w.end
        }
        guard from != nil || to != nil else { return nil }
        let f = try from.map { try parseDate($0, option: "--from", today: today) } ?? plan.datedRange?.lowerBound ?? today
        let t = try to.map { try parseDate($0, option: "--to", today: today) } ?? plan.datedRange?.upperBound ?? today
        guard f <= t else { throw ValidationError("--from \(f.iso) is after --to \(t.iso)") }
        return f...t
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension PostStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
