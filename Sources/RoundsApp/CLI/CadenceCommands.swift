import ArgumentParser
import RoundsCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the plan's cadence goals and consent; exit 1 if any flag is an error.",
        discussion: "Default range: this week and next week. Flags are grouped by week, most severe first."
    )

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var range: RangeOptions
    @Option(help: "text or json.") var format: OutputFormat = .text

    /// What `check` found in one plan.
    struct Result {
        var range: ClosedRange<CalendarDate>
        var flags: [PlanFlag]
        var streak: Int
        var quiet: [(first: Week, last: Week, weeks: Int)]
        var hasErrors: Bool { flags.contains { $0.severity == .error } }
    }

    func review(_ plan: Plan, env: AppEnvironment) throws -> Result {
        let today = env.today(for: plan)
        let r: ClosedRange<CalendarDate>
        if let chosen = try range.range(plan: plan, today: today) {
            r = chosen
        } else {
            let w = Week(containing: today, weekStart: plan.profile.weekStart)
            r = w.start...w.adding(weeks: 1).end
        }
        var flags = Review.flags(plan: plan, from: r.lowerBound, to: r.upperBound, today: today)
        // Observances are flagged from this week up to a year ahead (a range over centuries
        // would otherwise place and compare every observance of every year).
        let obsFrom = max(r.lowerBound, Week(containing: today, weekStart: plan.profile.weekStart).start)
        let obsTo = min(r.upperBound, today.adding(days: ObservanceFlags.horizonDays))
        if obsFrom <= obsTo {
            let observed = ObservanceFlags.flags(plan: plan, placed: env.wantedObservances(plan: plan, from: obsFrom.adding(days: -6), to: obsTo.adding(days: 6)),
                                                 from: obsFrom, to: obsTo, today: today)
            if !observed.isEmpty { flags = (flags + observed).sorted(by: PlanFlag.order) }
        }
        let quiet = WeekWalk.quietRuns(plan, from: r.lowerBound, to: r.upperBound).map { (first: $0.first, last: $0.last, weeks: $0.weeks) }
        return Result(range: r, flags: flags, streak: Cadence.streak(plan: plan, today: today), quiet: quiet)
    }

    func run() throws {
        let env = planOptions.environment
        let store: PlanStore
        switch try planOptions.choice() {
        case .workspace(let ws): return try runWorkspace(ws, env: env)
        case .plan(let path): store = planOptions.store(at: path)
        }
        let plan = try store.load().plan
        let result = try review(plan, env: env)
        switch format {
        case .json:
            FileHandleOut.stdout(String(decoding: JSONWriter.write(.object(jsonFields(result))), as: UTF8.self))
        case .text:
            FileHandleOut.stdout(text(result, plan: plan))
        }
        if result.hasErrors { throw CLIFailure("", code: 1).silent }
    }

    func jsonFields(_ result: Result) -> JSONObject {
        [
            "from": .string(result.range.lowerBound.iso), "to": .string(result.range.upperBound.iso), "streak": .number(Double(result.streak)),
            "flags": .array(result.flags.map(flagValue)),
            "quiet": .array(result.quiet.map { .object(["from": .string($0.first.start.iso), "to": .string($0.last.end.iso), "weeks": .number(Double($0.weeks))]) }),
        ]
    }

    func text(_ result: Result, plan: Plan) -> String {
        var text = CheckReport.text(flags: result.flags, streak: result.streak, plan: plan)
        if !result.quiet.isEmpty { text = result.quiet.map { WeekWalk.quietLine($0.first, $0.last, $0.weeks) }.joined(separator: "\n") + "\n\n" + text }
        return text
    }

    /// Every plan of the workspace, one after the other; exit 1 when any has an error or
    /// cannot be read (a plan that cannot be checked fails the check: a nightly job must
    /// notice it), else 0.
    func runWorkspace(_ ws: Workspace, env: AppEnvironment) throws {
        var failed = false
        var blocks: [String] = []
        var values: [JSONValue] = []
        var errorPlans = 0, brokenPlans = 0
        for p in ws.loadAll() {
            let head = "== \(Workspace.candidate(p))"
            guard let plan = p.plan else {
                failed = true
                brokenPlans += 1
                blocks.append(head + "\n  error   cannot be opened: " + ControlCharacters.escaped(p.problemLine ?? "", multiline: false))
                values.append(.object(["path": .string(p.entry.path), "file": .string(p.entry.relativePath), "error": .string(p.problemLine ?? "")]))
                continue
            }
            let result = try review(plan, env: env)
            if result.hasErrors { failed = true; errorPlans += 1 }
            blocks.append(head + "\n" + text(result, plan: plan).split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"))
            var o = jsonFields(result)
            o["path"] = .string(p.entry.path)
            o["file"] = .string(p.entry.relativePath)
            o["name"] = .string(plan.profile.name)
            values.append(.object(o))
        }
        switch format {
        case .json:
            FileHandleOut.stdout(String(decoding: JSONWriter.write(.object(["workspace": .string(ws.folder), "plans": .array(values)])), as: UTF8.self))
        case .text:
            let n = blocks.count
            var summary = "\(n) plan\(n == 1 ? "" : "s") checked: "
            summary += errorPlans == 0 && brokenPlans == 0 ? "no errors" : [
                errorPlans == 0 ? nil : "\(errorPlans) with errors",
                brokenPlans == 0 ? nil : "\(brokenPlans) cannot be opened",
            ].compactMap { $0 }.joined(separator: ", ")
            FileHandleOut.stdout(blocks.joined(separator: "\n\n") + "\n\n" + summary)
        }
        if failed { throw CLIFailure("", code: 1).silent }
    }

    func flagValue(_ f: PlanFlag) -> JSONValue {
        .object([
            "rule": .string(f.rule), "severity": .string(f.severity.rawValue),
            "date": f.date.map { .string($0.iso) } ?? .null, "week": f.week.map { .string($0.isoName) } ?? .null,
            "theme": f.themeID.map(JSONValue.string) ?? .null, "post": f.postID.map(JSONValue.string) ?? .null,
            "message": .string(f.message), "fix": .string(f.detail.remedy.commandLine),
        ])
    }
}

/// The text of `rounds check`.
enum CheckReport {
    static func text(flags: [PlanFlag], streak: Int, plan: Plan) -> String {
        var lines: [String] = []
        var week: Week?
        for f in flags {
            if f.week != week {
                week = f.week
                if !lines.isEmpty { lines.append("") }
                if let w = f.week { lines.append("\(w.isoName) · \(w.rangeLabel)") }
            }
            let mark: String
            switch f.severity {
            case .error: mark = "error  "
            case .warning: mark = "warning"
            case .info: mark = "info   "
            }
            lines.append("  \(mark) \(ControlCharacters.escaped(f.message, multiline: false))  [\(f.rule)]")
            lines.append("          → \(ControlCharacters.escaped(f.detail.remedy.commandLine, multiline: false))")
        }
        if flags.isEmpty { lines.append("No flags: the plan meets its goals.") }
        lines.append("")
        let e = flags.filter { $0.severity == .error }.count, w = flags.filter { $0.severity == .warning }.count
        lines.append("\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s") · streak \(streak) week\(streak == 1 ? "" : "s") at \(plan.cadence.minPerWeek)+ posts")
        return lines.joined(separator: "\n")
    }
}

extension CLIFailure {
    /// A failure whose message was already printed (exit status only).
    var silent: CLIFailure {
        var f = self
        f.message = ""
        return f
    }
}

struct PlanWeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-week",
        abstract: "Fill a week's empty themed slots with ideas from the theme templates (default: next week)."
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: ArgumentHelp("The week: 2026-W49, this, next, or a date in it.", valueName: "week")) var week: String?

    func run() throws {
        let env = planOptions.environment
        let store: PlanStore
        switch try planOptions.choice() {
        case .workspace(let ws): return try runWorkspace(ws, env: env)
        case .plan(let path): store = planOptions.store(at: path)
        }
        FileHandleOut.stdout(try fill(store, env: env).joined(separator: "\n"))
    }

    /// Fills the week in one plan under its write lock, durably; the report's lines.
    func fill(_ store: PlanStore, env: AppEnvironment, lockTimeoutMilliseconds: Int = 10_000) throws -> [String] {
        let (result, _) = try store.modify(lockTimeoutMilliseconds: lockTimeoutMilliseconds) { plan -> (Week, [Post], [(date: CalendarDate, theme: Theme, reason: String)]) in
            let today = env.today(for: plan)
            let w = try week.map { try parseWeek($0, today: today, weekStart: plan.profile.weekStart) }
                ?? Week(containing: today, weekStart: plan.profile.weekStart).adding(weeks: 1)
            let around = env.wantedObservances(plan: plan, from: w.start.adding(days: -ObservanceIdeas.nearDays), to: w.end.adding(days: ObservanceIdeas.nearDays))
            let report = plan.planWeekReport(w, now: env.now, observances: around, makeID: PostIDGenerator(plan: plan).makeID)
            return (w, report.added, report.skipped)
        }
        let (w, added, skipped) = result
        var lines: [String] = []
        if added.isEmpty {
            lines.append("\(w.isoName) · \(w.rangeLabel): " + (skipped.isEmpty ? "every themed slot is already planned." : "nothing added."))
        } else {
            lines.append("\(w.isoName) · \(w.rangeLabel): added \(added.count) idea\(added.count == 1 ? "" : "s"):")
            for p in added { lines.append("  \(p.id)  \(p.date.map { "\($0.weekday.shortName) \($0.iso)" } ?? "")  \(p.title)") }
        }
        for s in skipped { lines.append("Not filled: \(s.date.weekday.name)'s \(s.theme.name): \(s.reason)") }
        return lines
    }

    /// Every plan of the workspace, each through its own write lock and durable save. A plan
    /// that cannot be opened, is read-only or is locked by another writer for more than two
    /// seconds is skipped and named; then the exit status is 1 (the rest was done).
    func runWorkspace(_ ws: Workspace, env: AppEnvironment) throws {
        var blocks: [String] = []
        var skipped = 0
        for entry in ws.entries {
            let head = "== " + entry.relativePath
            do {
                // A file that is no plan (malformed, newer, a stray json, a dangling link) is
                // refused before its write lock is taken: no side files beside what is not a plan.
                _ = try entry.store.load()
                let lines = try fill(entry.store, env: env, lockTimeoutMilliseconds: 2_000)
                blocks.append(head + "\n" + lines.map { "  " + $0 }.joined(separator: "\n"))
            } catch let e as StoreError {
                skipped += 1
                let why: String
                switch e {
                case .locked(_, let holder): why = "locked by another rounds (\(holder)); run it again when that is done"
                default: why = WorkspacePlan(entry: entry, state: .unopenable(e)).problemLine ?? e.description
                }
                blocks.append(head + "\n  skipped: " + ControlCharacters.escaped(why, multiline: false))
            } catch let e as CLIFailure {
                skipped += 1
                blocks.append(head + "\n  skipped: " + e.message.replacingPrefix("rounds: ", with: ""))
            }
        }
        let n = ws.entries.count
        blocks.append(skipped == 0 ? "\(n) plan\(n == 1 ? "" : "s") planned." : "\(n - skipped) of \(n) plans planned, \(skipped) skipped.")
        FileHandleOut.stdout(blocks.joined(separator: "\n\n"))
        if skipped > 0 { throw CLIFailure("", code: 1).silent }
    }
}

extension String {
    func replacingPrefix(_ prefix: String, with new: String) -> String {
        hasPrefix(prefix) ? new + dropFirst(prefix.count) : self
    }
}

struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record a patient's written consent for a post's exact text, or revoke it.",
        discussion: "The record keeps a hash of the title and body: if the text changes, consent must be confirmed again."
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: "The post id, or a unique prefix of it.") var id: String
    @Option(parsing: .unconditional, help: ArgumentHelp("When the signed consent was obtained.", valueName: "date")) var date: String?
    @Option(help: ArgumentHelp("Where the signed form is kept (e.g. 'scan 2026-114 in the consent binder').", valueName: "text")) var ref: String?
    @Option(parsing: .unconditional, help: ArgumentHelp("When the consent expires.", valueName: "date")) var expires: String?
    @Flag(help: "Revoke the consent on record.") var revoke = false

    func validate() throws {
        if revoke, date != nil || ref != nil || expires != nil { throw ValidationError("--revoke takes no --date, --ref or --expires") }
        if !revoke, date == nil || ref == nil { throw ValidationError("give --date and --ref to record consent, or --revoke") }
    }

    func run() throws {
        let env = planOptions.environment
        let (notices, _) = try planOptions.store.modify { plan -> [String] in
            let today = env.today(for: plan)
            let obtained = try date.map { try parseDate($0, option: "--date", today: today) }
            let expiry = try expires.map { try parseDate($0, option: "--expires", today: today) }
            let p = try plan.resolve(idPrefix: id)
            if revoke { return try plan.revokeConsent(id: p.id, now: env.now).map { "note: " + $0 } + ["Consent revoked for \(p.id)."] }
            guard let obtained, let ref else { return [] }
            if obtained > today { throw CLIFailure("--date \(obtained.iso) is in the future: record consent once it is signed") }
            _ = try plan.recordConsent(id: p.id, obtainedOn: obtained, reference: ref, expiresOn: expiry, now: env.now)
            return ["Consent recorded for \(p.id) '\(p.title)'."]
        }
        FileHandleOut.stdout(notices.joined(separator: "\n"))
    }
}
