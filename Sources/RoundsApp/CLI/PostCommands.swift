import ArgumentParser
import Glibc
import RoundsCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a new plan from a theme pack.")

    @OptionGroup var planOptions: PlanOptions
    @Option(help: ArgumentHelp("Theme pack, by id or name (see: rounds themes).", valueName: "pack")) var themes = "default"
    @Option(help: "Your name as shown in the planner and exports (default: none yet; set it later with rounds profile --name).") var name = ""
    @Option(help: "Your specialty.") var specialty = ""
    @Option(help: ArgumentHelp("First day of the week: monday or sunday.", valueName: "day")) var weekStart = "monday"
    @Option(help: ArgumentHelp("IANA time zone for timed posts (default: the system's, from TZ or /etc/localtime).", valueName: "zone")) var timeZone: String?

    func run() throws {
        let env = planOptions.environment
        let catalog = env.themePacks()
        guard let pack = catalog.packs.pack(named: themes) else {
            throw CLIFailure("unknown theme pack '\(themes)' (packs: \(catalog.packs.map(\.id).joined(separator: ", ")))")
        }
        guard let start = WeekStart(name: weekStart) else {
            throw CLIFailure("--week-start must be monday or sunday, not '\(weekStart)'")
        }
        let store = try newPlanStore(env)
        var st = stat()
        if lstat(store.path, &st) == 0 {
            // Something is there: a plan, or what a plan cannot be (a folder, a broken or looping link).
            var target = stat()
            if stat(store.path, &target) != 0 {
                throw CLIFailure("\(store.path) is a symbolic link that leads nowhere (\(String(cString: strerror(errno)))); it was left untouched")
            }
            if (target.st_mode & S_IFMT) == S_IFDIR { throw CLIFailure("\(store.path) is a folder; name a file for the plan") }
            throw CLIFailure("a plan already exists at \(store.path); it was left untouched")
        }
        var plan = pack.makePlan(name: name.trimmingSpaces, specialty: specialty, weekStart: start)
        plan.profile.specialty = specialty
        if let timeZone {
            do { plan.profile.timeZone = try env.zone(named: timeZone).name } catch { throw CLIFailure("--time-zone: \(error)") }
        } else {
            plan.profile.timeZone = env.systemZoneName()
        }
        _ = try store.create(plan)
        FileHandleOut.stdout("Created \(store.path) with the '\(pack.name)' themes: \(pack.themes.map(\.name).joined(separator: ", ")).")
    }

    /// Where the new plan goes: in a workspace, `--doctor NAME` names the new file
    /// (`DIR/NAME.json`, the name made safe); otherwise the plan the options name.
    func newPlanStore(_ env: AppEnvironment) throws -> PlanStore {
        guard planOptions.plan == nil, let folder = planOptions.workspaceFolder(env),
              planOptions.doctor != nil || planOptions.workspace != nil || env.variables["ROUNDS_PLAN"].map(\.isEmpty) ?? true else {
            return try planOptions.store
        }
        guard let doctor = planOptions.doctor else {
            throw CLIFailure("init creates one plan: in a workspace, name its file with --doctor NAME (it becomes \(folder)/NAME.json)")
        }
        var dir = env.absolute(folder)
        while dir.count > 1, dir.hasSuffix("/") { dir.removeLast() }
        var name = doctor.trimmingSpaces
        if name.lowercased().hasSuffix(".json") { name.removeLast(5) }
        guard !name.trimmingSpaces.isEmpty else { throw CLIFailure("--doctor needs a name for the new plan's file (DIR/NAME.json)") }
        return PlanStore(path: dir + "/" + ExportFile.safeName(name) + ".json")
    }
}

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a post; prints its id.")

    @OptionGroup var planOptions: PlanOptions
    @Option(parsing: .unconditional, help: ArgumentHelp("The day (YYYY-MM-DD, today, mon, next fri). Omit for the ideas backlog.", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("Theme, by id or name (see: rounds themes).", valueName: "theme")) var theme: String
    @Option(help: "The title.") var title: String
    @Option(help: "The body text.") var body: String?
    @Option(help: ArgumentHelp("Read the body from a file, or - for standard input.", valueName: "file")) var bodyFile: String?
    @Option(name: .customLong("platform"), help: ArgumentHelp("A platform, by id or name (repeatable).", valueName: "platform")) var platforms: [String] = []
    @Option(help: "The status.") var status: PostStatus = .draft
    @Option(help: ArgumentHelp("Time of day, HH:MM.", valueName: "time")) var time: String?
    @Option(name: .customLong("hashtag"), help: ArgumentHelp("A hashtag (repeatable).", valueName: "tag")) var hashtags: [String] = []
    @Flag(help: "Start the body from the theme's template (its [placeholders] must be replaced before the post can be ready).") var template = false
    @Flag(help: "Allow more posts on the day than the plan's daily maximum.") var force = false

    func validate() throws {
        if body != nil, bodyFile != nil { throw ValidationError("use --body or --body-file, not both") }
        if template, body != nil || bodyFile != nil { throw ValidationError("--template starts an empty body: not with --body or --body-file") }
        if title.trimmingSpaces.isEmpty { throw ValidationError("--title must not be empty") }
        if let time, TimeOfDay(time) == nil { throw ValidationError("--time: '\(time)' is not a time (use HH:MM)") }
    }

    func run() throws {
        let env = planOptions.environment
        let text = try body ?? bodyFile.map(readBodyFile) ?? nil
        let (id, _) = try planOptions.store.modify { plan -> String in
            let today = env.today(for: plan)
            let date = try self.date.map { try parseDate($0, option: "--date", today: today) }
            let platformIDs = try plan.platformIDs(from: platforms)
            let themeID = try plan.themeID(named: theme)
            let id = AppEnvironment.newPostID(in: plan)
            let themeBody = plan.starterBody(for: themeID)
            let post = Post(id: id, date: date, time: time.flatMap(TimeOfDay.init), themeID: themeID,
                            platforms: platformIDs, title: title.trimmingSpaces, body: text ?? (template ? themeBody : ""),
                            status: status, hashtags: Hashtags.unique(hashtags.flatMap(Hashtags.parse)), created: env.now)
            do {
                try plan.add(post, today: today, force: force, by: env.identity)
            } catch PlanError.unacknowledgedFindings(_, let title, let status, let findings) {
                // Nothing was added: there is no id to edit or acknowledge yet.
                var lines = ["rounds: '\(title)' cannot be \(status.rawValue): the linter has \(findings.count == 1 ? "an unacknowledged error" : "\(findings.count) unacknowledged errors")"]
                for f in findings { lines.append("  \(f.rule) “\(f.excerpt)”: \(f.message)") }
                lines.append("nothing was added: fix the text, or add it as a draft (without --status), acknowledge the finding "
                             + "(rounds ack ID \(findings.first?.rule ?? "RULE") --note WHY), then set it \(status.rawValue) (rounds edit ID --status \(status.rawValue))")
                throw CLIFailure(lines.joined(separator: "\n"))
            } catch PlanError.approvalRequired {
                // The post is not in the plan, so there is no id to approve yet.
                throw CLIFailure("rounds: '\(post.title)' cannot be \(status.rawValue) without an approval of its text, and a new post has none: "
                                 + "add it as a draft, have it approved (rounds approve ID --by NAME), then set it \(status.rawValue)")
            }
            return id
        }
        FileHandleOut.stdout(id)
    }
}

func readBodyFile(_ path: String) throws -> String {
    let bytes: [UInt8]
    if path == "-" {
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buf.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        bytes = out
    } else {
        do { bytes = try DurableFile.read(path) } catch { throw CLIFailure("cannot read \(path): \(error)") }
    }
    guard let s = String(validating: bytes, as: UTF8.self) else { throw CLIFailure("\(path == "-" ? "standard input" : path) is not UTF-8 text") }
    return ControlCharacters.normalizingLineEndings(s)
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List posts of a week or a range (default: this week).")

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var range: RangeOptions
    @Flag(help: "Every post and idea in the plan.") var all = false
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let env = planOptions.environment
        let store: PlanStore
        switch try planOptions.choice() {
        case .workspace(let ws): return try runWorkspace(ws, env: env)
        case .plan(let path): store = planOptions.store(at: path)
        }
        let plan = try store.load().plan
        let posts = try chosen(plan, env: env)
        switch format {
        case .json:
            var w = JSONWriter()
            w.write(.array(posts.map(PlanCodec.postValue)), indent: 0)
            FileHandleOut.stdout(String(decoding: w.bytes, as: UTF8.self))
        case .text:
            FileHandleOut.stdout(text(posts, plan: plan))
        }
    }

    /// Every plan of the workspace, one block each; a plan that cannot be opened says why
    /// (and makes the exit status 1), the others are listed.
    func runWorkspace(_ ws: Workspace, env: AppEnvironment) throws {
        var blocks: [String] = []
        var values: [JSONValue] = []
        var failed = false
        for p in ws.loadAll() {
            guard let plan = p.plan else {
                failed = true
                blocks.append("== \(Workspace.candidate(p))\n  cannot be opened: " + ControlCharacters.escaped(p.problemLine ?? "", multiline: false))
                values.append(.object(["path": .string(p.entry.path), "file": .string(p.entry.relativePath), "error": .string(p.problemLine ?? "")]))
                continue
            }
            let posts = try chosen(plan, env: env)
            blocks.append("== \(Workspace.candidate(p))\n" + text(posts, plan: plan).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            values.append(.object(["path": .string(p.entry.path), "file": .string(p.entry.relativePath), "name": .string(plan.profile.name),
                                   "posts": .array(posts.map(PlanCodec.postValue))]))
        }
        switch format {
        case .json: FileHandleOut.stdout(String(decoding: JSONWriter.write(.array(values)), as: UTF8.self))
        case .text: FileHandleOut.stdout(blocks.joined(separator: "\n\n"))
        }
        if failed { throw CLIFailure("", code: 1).silent }
    }

    func chosen(_ plan: Plan, env: AppEnvironment) throws -> [Post] {
        let today = env.today(for: plan)
        var posts: [Post]
        if all {
            posts = plan.posts
        } else if let r = try range.range(plan: plan, today: today) {
            posts = Array(plan.posts(from: r.lowerBound, to: r.upperBound))
        } else {
            let w = Week(containing: today, weekStart: plan.profile.weekStart)
            posts = Array(plan.posts(from: w.start, to: w.end))
        }
        return posts
    }

    func text(_ posts: [Post], plan: Plan) -> String {
        if posts.isEmpty { return "No posts." }
        var lines: [String] = []
        var currentWeek: Week?
        for p in posts {
            if let d = p.date {
                let w = Week(containing: d, weekStart: plan.profile.weekStart)
                if w != currentWeek {
                    currentWeek = w
                    lines.append("\(w.isoName) · \(w.rangeLabel)")
                }
            } else if currentWeek != nil || lines.isEmpty {
                currentWeek = nil
                lines.append("Ideas")
            }
            lines.append("  " + listLine(p, plan: plan))
        }
        return lines.joined(separator: "\n")
    }
}

func listLine(_ p: Post, plan: Plan) -> String {
    let day = p.date.map { "\($0.weekday.shortName) \($0.iso)" } ?? "(idea)        "
    let time = p.time.map { $0.description } ?? "     "
    let theme = plan.theme(id: p.themeID)?.name ?? p.themeID
    let platforms = p.platforms.isEmpty ? "" : "  [" + p.platforms.joined(separator: ", ") + "]"
    let approval = plan.approvals.required && p.status >= .draft
        ? (Plan.approvalIssue(p) == nil ? "  (approved)" : p.status < .posted ? "  (awaiting approval)" : "") : ""
    return "\(day) \(time)  \(p.id)  \(pad(theme, 14)) \(pad(p.status.rawValue, 9)) \(ControlCharacters.escaped(p.title, multiline: false))\(platforms)\(approval)"
}

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one post in full.")

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post id, or a unique prefix of it.") var id: String
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        let env = planOptions.environment
        let plan = try planOptions.load().plan
        let p = try plan.resolve(idPrefix: id)
        if format == .json {
            var w = JSONWriter()
            w.write(PlanCodec.postValue(p), indent: 0)
            FileHandleOut.stdout(String(decoding: w.bytes, as: UTF8.self))
            return
        }
        let theme = plan.theme(id: p.themeID)
        var lines = [
            ControlCharacters.escaped(p.title, multiline: false),
            "id:        \(p.id)",
            "date:      \(p.date.map { "\($0.weekday.name) \($0.iso)" } ?? "none (idea)")\(p.time.map { " at \($0)" } ?? "")",
            "theme:     \(theme?.name ?? p.themeID)",
            "status:    \(p.status.rawValue)",
            "platforms: \(p.platforms.isEmpty ? "none" : p.platforms.joined(separator: ", "))",
        ]
        if !p.hashtags.isEmpty { lines.append("hashtags:  \(p.hashtags.map { $0.hasPrefix("#") ? $0 : "#" + $0 }.joined(separator: " "))") }
        if let c = p.consent {
            let state = Plan.consentProblem(p, today: env.today(for: plan)) ?? "valid"
            lines.append("consent:   obtained \(c.obtainedOn.iso), ref \(c.reference)\(c.expiresOn.map { ", expires \($0.iso)" } ?? "") (\(state))")
        } else if theme?.requiresConsent == true {
            lines.append("consent:   none recorded (required for this theme)")
        }
        if let line = approvalLine(p, plan: plan) { lines.append(line) }
        if let e = p.lastEdit, e.covers(p) { lines.append("edited by: \(ControlCharacters.escaped(e.who, multiline: false))") }
        if !p.notes.isEmpty { lines.append("notes:     \(ControlCharacters.escaped(p.notes))") }
        lines.append("")
        lines.append(p.body.isEmpty ? "(no body yet)" : ControlCharacters.escaped(p.body))
        FileHandleOut.stdout(lines.joined(separator: "\n"))
    }
}

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change fields of a post.")

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post id, or a unique prefix of it.") var id: String
    @Option(help: "New title.") var title: String?
    @Option(help: "New body.") var body: String?
    @Option(help: ArgumentHelp("Read the new body from a file, or - for standard input.", valueName: "file")) var bodyFile: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("New day, or 'none' to send it back to the ideas.", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("New time HH:MM, or 'none'.", valueName: "time")) var time: String?
    @Option(help: ArgumentHelp("New theme, by id or name.", valueName: "theme")) var theme: String?
    @Option(help: "New status.") var status: PostStatus?
    @Option(name: .customLong("platform"), help: ArgumentHelp("Replace platforms, by id or name (repeatable).", valueName: "platform")) var platforms: [String] = []
    @Option(help: "New notes.") var notes: String?
    @Flag(help: "Allow more posts on the day than the plan's daily maximum.") var force = false

    func validate() throws {
        if body != nil, bodyFile != nil { throw ValidationError("use --body or --body-file, not both") }
        if let title, title.trimmingSpaces.isEmpty { throw ValidationError("--title must not be empty") }
        if let time, time != "none", TimeOfDay(time) == nil { throw ValidationError("--time: '\(time)' is not a time (use HH:MM or none)") }
    }

    func run() throws {
        let env = planOptions.environment
        let newBody = try body ?? bodyFile.map(readBodyFile) ?? nil
        let (result, _) = try planOptions.store.modify { plan -> (String, [String]) in
            let today = env.today(for: plan)
            var newDate: CalendarDate?? = nil
            if let date { newDate = .some(date == "none" ? nil : try parseDate(date, option: "--date", today: today)) }
            var p = try plan.resolve(idPrefix: id)
            if let title { p.title = title.trimmingSpaces }
            if let newBody { p.body = newBody }
            if let newDate { p.date = newDate }
            if let time { p.time = time == "none" ? nil : TimeOfDay(time) }
            if let theme { p.themeID = try plan.themeID(named: theme) }
            if let status { p.status = status }
            if !platforms.isEmpty { p.platforms = try plan.platformIDs(from: platforms) }
            if let notes { p.notes = notes }
            let notices = try plan.update(p, today: today, now: env.now, force: force, by: env.identity)
            return (p.id, notices)
        }
        for n in result.1 { FileHandleOut.stderr("rounds: note: " + n) }
        FileHandleOut.stdout("Updated \(result.0).")
    }
}

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a post (the previous file is kept as plan.json.bak).")

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post id, or a unique prefix of it.") var id: String

    func run() throws {
        let (removed, _) = try planOptions.store.modify { plan -> Post in
            let p = try plan.resolve(idPrefix: id)
            plan.remove(id: p.id)
            return p
        }
        FileHandleOut.stdout("Deleted \(removed.id) '\(removed.title)'.")
    }
}

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the theme packs and their themes.")

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        let env = planOptions.environment
        let catalog = env.themePacks()
        var lines: [String] = []
        for pack in catalog.packs {
            lines.append("\(pack.id): \(pack.name) — \(pack.description)")
            lines.append("  cadence: \(pack.cadence.minPerWeek)–\(pack.cadence.maxPerWeek) posts a week, at most \(pack.cadence.maxPerDay) a day")
            for t in pack.themes { lines.append("  " + themeLine(t)) }
            lines.append("")
        }
        // A whole workspace has no one plan's themes to add (--doctor picks one).
        var store: PlanStore?
        if case .plan(let path) = try planOptions.choice() { store = planOptions.store(at: path) }
        if let store, store.exists, let plan = try? store.load().plan {
            lines.append("In your plan (\(store.path)):")
            for t in plan.themes { lines.append("  " + themeLine(t)) }
        }
        for p in catalog.problems { lines.append("warning: skipped theme pack \(p)") }
        lines.append("Your own packs go in \(env.userThemesFolder)/NAME.json.")
        FileHandleOut.stdout(lines.joined(separator: "\n"))
    }

    func themeLine(_ t: Theme) -> String {
        let days = t.weekdays.map(\.shortName).joined(separator: ", ")
        let every = t.everyWeeks == 1 ? "weekly" : "every \(t.everyWeeks) weeks"
        var flags: [String] = []
        if t.requiresConsent { flags.append("needs consent") }
        if t.requiresDisclaimer { flags.append("needs disclaimer") }
        return "\(pad(t.id, 18)) \(pad(t.name, 18)) \(pad(days.isEmpty ? "any day" : days, 10)) \(pad(every, 15)) \(t.color.rawValue)\(flags.isEmpty ? "" : " · " + flags.joined(separator: ", "))"
    }
}

/// Hidden: saves the plan over and over, printing "start", then "ack N" after each durable
/// save. Used by the crash-atomicity test, which SIGKILLs it at random moments.
struct SaveLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_save-loop", shouldDisplay: false)

    @OptionGroup var planOptions: PlanOptions
    @Option var count = 1000
    /// The negative control of the kill test: rewrite the file in place, in small writes, as
    /// naive tools do. The kill test must catch the damage this does.
    @Flag var unsafeInPlace = false

    func run() throws {
        let store = try planOptions.store
        // The test times its kill from here, not from the process start (which is slow under a
        // sanitizer or a loaded machine, and would leave it killing before any save).
        FileHandleOut.stdout("start")
        if unsafeInPlace {
            var plan = try store.load().plan
            for _ in 1...max(1, count) {
                let n = (Int(plan.profile.audience.dropFirst(5)) ?? 0) + 1
                plan.profile.audience = "save \(n)"
                plan.upsert(Post(id: "loop", date: CalendarDate(year: 2026, month: 1, day: 5), themeID: plan.themes[0].id,
                                 title: "State \(n)", body: String(repeating: "state \(n) ", count: 50 + n % 200),
                                 created: Timestamp(secondsSince1970: 0)))
                let bytes = PlanCodec.encode(plan)
                let fd = open(store.path, O_WRONLY | O_TRUNC)
                var offset = 0
                while offset < bytes.count {
                    let end = min(bytes.count, offset + 256)
                    _ = bytes[offset..<end].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                    offset = end
                }
                close(fd)
                FileHandleOut.stdout("ack \(n)")
            }
            return
        }
        for _ in 1...max(1, count) {
            let (n, _) = try store.modify { plan -> Int in
                // Continue from the state on disk, so states are numbered across runs.
                let n = (Int(plan.profile.audience.dropFirst(5)) ?? 0) + 1
                plan.profile.audience = "save \(n)"
                let body = String(repeating: "state \(n) ", count: 50 + n % 200)
                plan.upsert(Post(id: "loop", date: CalendarDate(year: 2026, month: 1, day: 5), themeID: plan.themes[0].id,
                                 title: "State \(n)", body: body, created: Timestamp(secondsSince1970: 0)))
                return n
            }
            FileHandleOut.stdout("ack \(n)")
        }
    }
}

/// "approval:  approved by Dr. Ana Ruiz (ana) on 2026-11-25 09:00 UTC: “fine”", "approval:
/// awaiting (not approved yet)", or nil when the plan does not ask for approvals and the post
/// has none.
func approvalLine(_ p: Post, plan: Plan) -> String? {
    guard plan.approvals.required || p.approval != nil else { return nil }
    let text: String
    if let a = p.approval, Plan.approvalIssue(p) == nil {
        text = "approved by \(a.by)\(a.user.isEmpty ? "" : " (\(a.user))") on \(a.when)" + (a.note.isEmpty ? "" : ": “\(a.note)”")
    } else {
        let problem = Plan.approvalIssue(p) ?? .missing
        text = (plan.approvals.required ? "awaiting approval (\(problem))" : "not valid (\(problem))") + ": rounds approve \(p.id) --by NAME"
    }
    return "approval:  " + ControlCharacters.escaped(text, multiline: false)
}
