import ArgumentParser
import CHeap
import Glibc
import RoundsCore

extension ExportFormat: ExpressibleByArgument {}
extension CSVProfile: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}
extension ImportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a week or a range as text, markdown, csv, ics or json (default: this week, to standard output).",
        discussion: """
        -o writes the file durably (0600), never over the plan itself. CSV profiles for bulk schedulers: \
        buffer, sprout, hootsuite (see the README for their columns and limits).
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @OptionGroup var range: RangeOptions
    @Flag(help: "Every dated post in the plan.") var all = false
    @Option(help: "text, markdown, csv, ics or json.") var format: ExportFormat = .text
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Option(help: ArgumentHelp("Line width of the text export, in columns.", valueName: "n")) var width = 72
    @Option(help: ArgumentHelp("CSV columns: rounds, buffer, sprout or hootsuite.", valueName: "profile")) var csvProfile: CSVProfile = .rounds
    @Option(help: ArgumentHelp("Day/month order for sprout and hootsuite dates: mdy or dmy.", valueName: "order")) var dateOrder: DateOrder = .mdy
    @Flag(help: "Leave the flags out of the text and markdown exports.") var noFlags = false
    @Option(help: ArgumentHelp("Only posts with these statuses, comma-separated (scheduler profiles: ready,scheduled unless given).", valueName: "list")) var status: String?
    @Flag(help: "Export to a scheduler even posts with unacknowledged error findings, invalid consent or a template placeholder.") var allowFindings = false

    /// The statuses chosen: --status, or ready and scheduled for a scheduler's import.
    func statuses() throws -> Set<PostStatus>? {
        guard let status else { return csvProfile == .rounds ? nil : [.ready, .scheduled] }
        var out = Set<PostStatus>()
        for part in status.split(separator: ",") {
            let name = String(part).trimmingSpaces.lowercased()
            guard let s = PostStatus(rawValue: name) else {
                throw ValidationError("'\(name)' is not a status (\(PostStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            out.insert(s)
        }
        if out.isEmpty { throw ValidationError("--status needs at least one status") }
        return out
    }

    func validate() throws {
        if all, range.week != nil || range.from != nil || range.to != nil { throw ValidationError("--all takes no --week, --from or --to") }
        if !(20...1000).contains(width) { throw ValidationError("--width must be between 20 and 1000") }
        if csvProfile != .rounds, format != .csv { throw ValidationError("--csv-profile goes with --format csv") }
        _ = try statuses()
    }

    func run() throws {
        let env = planOptions.environment
        let store: PlanStore
        switch try planOptions.choice() {
        case .workspace(let ws): return try runWorkspace(ws, env: env)
        case .plan(let path): store = planOptions.store(at: path)
        }
        let plan = try store.load().plan
        let result = try export(plan, env: env)
        guard let output else {
            FileHandleOut.writeAll(1, result.text)
            return
        }
        try ExportFile.write(result.text, to: output, planPath: store.path)
        FileHandleOut.stdout("Wrote \(result.postCount) post\(result.postCount == 1 ? "" : "s") (\(format.rawValue)) to \(output).")
    }

    /// One plan's export, or the scheduler gate's refusal (exit 1); warnings go to stderr.
    func export(_ plan: Plan, env: AppEnvironment, warningPrefix: String = "") throws -> ExportResult {
        let today = env.today(for: plan)
        let r: ClosedRange<CalendarDate>
        if all {
            r = plan.datedRange ?? today...today
        } else if let chosen = try range.range(plan: plan, today: today) {
            r = chosen
        } else {
            let w = Week(containing: today, weekStart: plan.profile.weekStart)
            r = w.start...w.end
        }
        let statuses = try statuses()
        var options = ExportOptions(width: width, csvProfile: csvProfile, dateOrder: dateOrder, includeFlags: !noFlags, statuses: statuses)
        let (zone, zoneProblem) = env.zone(of: plan)
        if format == .ics, let zoneProblem { throw CLIFailure(zoneProblem) }
        options.timeZone = zone
        if csvProfile != .rounds {
            // A scheduler publishes what it imports: nothing unreviewed goes in.
            let posts = plan.posts(from: r.lowerBound, to: r.upperBound).filter { statuses?.contains($0.status) ?? true }
            let problems = ExportGate.problems(plan, posts: posts, today: today)
            if !problems.isEmpty {
                let lines = problems.map { "  " + $0.description }
                if !allowFindings {
                    let ids = Set(problems.map(\.postID)).count
                    throw CLIFailure("not exported: \(ids) post\(ids == 1 ? "" : "s") would reach \(csvProfile.rawValue) unreviewed:\n"
                        + lines.joined(separator: "\n")
                        + "\nfix the text, acknowledge a finding (rounds ack ID RULE --excerpt TEXT --note WHY), record consent "
                        + "(rounds consent ID --date D --ref TEXT), "
                        + (problems.contains { if case .approval = $0 { true } else { false } } ? "approve the text (rounds approve ID --by NAME), " : "")
                        + "or export anyway with --allow-findings", code: 1)
                }
                for line in lines { FileHandleOut.stderr("rounds: warning: \(warningPrefix)exported with --allow-findings:" + line) }
            }
        }
        let result = Exporter.export(plan, from: r.lowerBound, to: r.upperBound, format: format, options: options, today: today)
        for w in result.warnings { FileHandleOut.stderr("rounds: warning: \(warningPrefix)" + w) }
        return result
    }

    /// One file per plan in the folder `-o` names (created 0700 if missing), named after the
    /// plan's file (`ruiz.json` and `ruiz/plan.json` give `ruiz.csv`; a second plan whose name
    /// comes out the same gets `ruiz-2.csv`). A file there is replaced, as `-o` replaces one,
    /// but never a plan of the workspace or one of its side files. A plan that cannot be
    /// opened or that the scheduler gate refuses is named and skipped (exit 1); the rest are written.
    func runWorkspace(_ ws: Workspace, env: AppEnvironment) throws {
        guard let output else {
            throw CLIFailure("export --workspace writes one file per doctor: give the folder with -o DIR")
        }
        var folder = ExportFile.fullPath(output, environment: env.variables)
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        var st = stat()
        if stat(folder, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw CLIFailure("\(output) is a file: export --workspace needs a folder (-o DIR)") }
        } else {
            do { try DurableFile.makeFolder(folder) } catch { throw CLIFailure("cannot create the folder \(folder): \(error)") }
        }
        // Into the workspace's own folder, each NAME.csv or NAME.json written would be found as
        // a plan the next time (json) or clutter the doctors' folder: refused.
        var wst = stat()
        if stat(ws.folder, &wst) == 0, stat(folder, &st) == 0, wst.st_dev == st.st_dev, wst.st_ino == st.st_ino {
            throw CLIFailure("\(folder) is the workspace itself: the exports would sit among the plans (a .json one would be taken for a plan); choose another folder")
        }
        let plans = ws.loadAll()
        let planPaths = plans.map { $0.entry.store.path }
        /// A plan refused this time must not leave its last run's file behind: a job that uploads
        /// the folder would send posts that are no longer approved or ready.
        func removeStale(_ path: String) -> String {
            var old = stat()
            guard lstat(path, &old) == 0, old.st_mode & S_IFMT == S_IFREG,
                  (try? planPaths.forEach { try ExportFile.refuseOver(path, planPath: $0) }) != nil,
                  unlink(path) == 0 else { return "" }
            return " (its file from an earlier export, \(path), was removed)"
        }
        // File names: a plan whose name needs no change keeps it, whatever else is in the folder;
        // names that had to change (spaces, slashes) take what is left (`a b` → `a-b-2` beside `a-b`).
        var used: Set<String> = []
        var names = [String](repeating: "", count: plans.count)
        let unchanged = plans.indices.filter { ExportFile.safeName(plans[$0].entry.name) == plans[$0].entry.name }
        for k in unchanged + plans.indices.filter({ !unchanged.contains($0) }) {
            names[k] = ExportFile.uniqueName(ExportFile.safeName(plans[k].entry.name), extension: format.fileExtension, taken: &used)
        }
        var lines: [String] = []
        var skipped = 0
        for (k, p) in plans.enumerated() {
            let name = names[k]
            let path = folder + "/" + name
            guard let plan = p.plan else {
                skipped += 1
                lines.append("\(p.entry.relativePath): skipped: cannot be opened: " + ControlCharacters.escaped(p.problemLine ?? "", multiline: false)
                             + removeStale(path))
                continue
            }
            do {
                let result = try export(plan, env: env, warningPrefix: p.entry.relativePath + ": ")
                for planPath in planPaths { try ExportFile.refuseOver(path, planPath: planPath) }
                try ExportFile.write(result.text, to: path, planPath: p.entry.store.path)
                lines.append("\(p.entry.relativePath): wrote \(result.postCount) post\(result.postCount == 1 ? "" : "s") to \(path)")
            } catch let e as CLIFailure {
                skipped += 1
                lines.append("\(p.entry.relativePath): skipped: " + e.message.replacingPrefix("rounds: ", with: "") + removeStale(path))
            }
        }
        let n = plans.count
        lines.append(skipped == 0 ? "\(n) plan\(n == 1 ? "" : "s") exported (\(format.rawValue)) to \(folder)." : "\(n - skipped) of \(n) plans exported to \(folder), \(skipped) skipped.")
        FileHandleOut.stdout(lines.joined(separator: "\n"))
        if skipped > 0 { throw CLIFailure("", code: 1).silent }
    }
}

/// Writing an export file: durable, 0600, never over the plan or its sidecars.
enum ExportFile {
    static func write(_ text: String, to path: String, planPath: String) throws {
        try refuseOver(path, planPath: planPath)
        var st = stat()
        if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw CLIFailure("\(path) is a folder: name a file") }
        do {
            try DurableFile.write(text, to: path)
        } catch {
            throw CLIFailure("not saved: \(path): \(error)")
        }
    }

    /// Refuses a path that is the plan or one of its side files.
    static func refuseOver(_ path: String, planPath: String) throws {
        if isSameFile(path, planPath) || [".bak", ".lock", ".session", ".log"].contains(where: { isSameFile(path, planPath + $0) }) {
            throw CLIFailure("\(path) is the plan file (or one of its own): choose another name for the export")
        }
    }

    /// A file name from a plan's name: letters, digits, `-`, `_` and `.` are kept (any
    /// script), anything else (`/`, spaces, control characters) becomes `-`; never hidden or empty.
    static func safeName(_ name: String) -> String {
        var out = ""
        for c in name {
            let keep = c.isLetter || c.isNumber || c == "-" || c == "_" || c == "."
            out.append(keep && !c.unicodeScalars.contains { $0.properties.generalCategory == .control } ? c : "-")
        }
        while out.hasPrefix(".") { out.removeFirst() }
        if out.count > 100 { out = String(out.prefix(100)) }
        return out.isEmpty ? "plan" : out
    }

    /// `name.ext`, or `name-2.ext`, `name-3.ext`… when taken (case-insensitively).
    static func uniqueName(_ name: String, extension ext: String, taken: inout Set<String>) -> String {
        var candidate = name + "." + ext
        var k = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(name)-\(k).\(ext)"
            k += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// Same device and inode, or the same path once resolved.
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        return a == b
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import posts from csv (ours or a simple spreadsheet), ics or json; nothing is written unless every row is valid.",
        discussion: """
        A spreadsheet needs the columns date, theme and title (body, platform, time, status, hashtags optional; headers in \
        any case). The theme is matched by id or name. Importing the same file twice adds nothing the second time.
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Argument(help: ArgumentHelp("The file to import, or - for standard input.", valueName: "file")) var file: String
    @Option(help: "csv, ics or json (default: from the file name or its first bytes).") var format: ImportFormat?
    @Flag(help: "Show what would change, and write nothing.") var dryRun = false
    @Flag(help: "Import the valid rows and report the others, instead of importing nothing.") var skipInvalid = false
    @Option(help: ArgumentHelp("Theme for rows or events that name none (events from another calendar).", valueName: "id")) var theme: String?
    @Option(help: ArgumentHelp("How to read dates like 03/04/2026: mdy or dmy.", valueName: "order")) var dateOrder: DateOrder = .mdy
    @Flag(help: "Allow more posts on a day than the plan's maximum (never overrides consent).") var force = false

    func run() throws {
        let env = planOptions.environment
        let text = try readBodyFile(file)
        let bytes = Array(text.utf8)
        // The plan grows by about four times the file (a post's json is larger than its csv
        // row): a large import's heap is prepared for that at once, as a large plan's is when
        // it is read (huge pages where the system gives them, freed memory kept for reuse).
        rounds_heap_prepare(bytes.count * 4)
        // Rows are rarely shorter than 48 bytes: ids for that many are room enough.
        let rowsGuess = bytes.count / 48
        let fmt = format ?? ImportFormat.guess(path: file, bytes: bytes)
        var options = ImportOptions(defaultTheme: theme, dateOrder: dateOrder, force: force)
        options.zoneNamed = { name in try? env.zone(named: name) }
        options.editor = env.identity
        let name = file == "-" ? "<stdin>" : file
        func attempt(_ plan: inout Plan) throws -> ImportOutcome {
            if let theme, plan.theme(named: theme) == nil {
                throw CLIFailure("unknown theme '\(theme)' (themes: \(plan.themes.map(\.id).joined(separator: ", ")))")
            }
            var options = options
            let (zone, zoneProblem) = env.zone(of: plan)
            if fmt == .ics, let zoneProblem { throw CLIFailure(zoneProblem) }
            options.timeZone = zone
            let outcome = Importer.run(bytes, format: fmt, into: &plan, options: options, today: env.today(for: plan), now: env.now,
                                       makeID: PostIDGenerator(plan: plan, expecting: rowsGuess).makeID)
            if !outcome.invalid.isEmpty, !skipInvalid {
                let lines = outcome.invalid.map { "  \(name):\($0)" }
                throw CLIFailure("nothing imported: \(outcome.invalid.count) invalid row\(outcome.invalid.count == 1 ? "" : "s") (fix them, or --skip-invalid):\n"
                                 + lines.joined(separator: "\n"))
            }
            return outcome
        }
        let outcome: ImportOutcome
        if dryRun {
            var plan = try planOptions.load().plan
            outcome = try attempt(&plan)
        } else {
            (outcome, _) = try planOptions.store.modify { plan in try attempt(&plan) }
        }
        var lines: [String] = []
        let verb = dryRun ? "Would add" : "Added"
        lines.append("\(verb) \(outcome.added.count) post\(outcome.added.count == 1 ? "" : "s") from \(name)" + (outcome.added.isEmpty ? "." : ":"))
        // The list built as bytes, one string at the end (an import of 100,000 rows lists
        // 100,000 posts: appending to a string cost more than the rest of the listing).
        var list: [UInt8] = []
        list.reserveCapacity(outcome.added.count * 64)
        outcome.added.withUnsafeBufferPointer { added in
            // Fields read through the buffer: a post taken out of the array is copied first.
            for k in added.indices {
                if k > 0 { list.append(0x0A) }
                // A dry run names no ids: the real import draws its own, and would print others.
                list.append(contentsOf: "  ".utf8)
                list.append(contentsOf: dryRun ? "(new id)".utf8 : added[k].id.utf8)
                list.append(contentsOf: "  ".utf8)
                list.append(contentsOf: (added[k].date?.iso ?? "idea      ").utf8)
                list.append(contentsOf: "  ".utf8)
                list.append(contentsOf: added[k].themeID.utf8)
                list.append(contentsOf: "  ".utf8)
                list.append(contentsOf: added[k].title.utf8)
            }
        }
        if !list.isEmpty { lines.append(String(decoding: list, as: UTF8.self)) }
        if !outcome.duplicates.isEmpty {
            lines.append("Already in the plan (skipped): \(outcome.duplicates.count)")
        }
        for issue in outcome.invalid { lines.append("Skipped \(name):\(issue)") }
        if dryRun { lines.append("Dry run: nothing was written.") }
        FileHandleOut.stdout(lines.joined(separator: "\n"))
    }
}
