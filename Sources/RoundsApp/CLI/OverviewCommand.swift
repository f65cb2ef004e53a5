import ArgumentParser
import Glibc
import RoundsCore

/// `rounds overview`: one row per plan of a workspace, the plans that need attention first.
struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "One row per doctor of a workspace: posts against the goal, gaps, errors, drafts due, streak.",
        discussion: """
        Rows are sorted with the plans that need attention first: plans that cannot be opened, then \
        the most errors, the most drafts due within their lead days, the most posts awaiting approval, the most gaps, the most weeks \
        under the minimum, the shortest streak, then by name.
        """
    )

    @Option(help: ArgumentHelp("The folder of plans (default: $ROUNDS_WORKSPACE).", valueName: "dir")) var workspace: String?
    @Option(help: ArgumentHelp("The first week: 2026-W49, this, next, or any date in it (default: this week).", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("How many weeks, the first included (1 to \(PlanSummary.maxWeeks)).", valueName: "n")) var weeks = 4
    @Option(help: "text or json.") var format: OutputFormat = .text

    func validate() throws {
        guard (1...PlanSummary.maxWeeks).contains(weeks) else {
            throw ValidationError("--weeks: \(weeks) is not from 1 to \(PlanSummary.maxWeeks)")
        }
    }

    func run() throws {
        let env = AppEnvironment.current()
        guard let folder = workspace.flatMap({ $0.isEmpty ? nil : $0 }) ?? env.variables["ROUNDS_WORKSPACE"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            throw CLIFailure("overview needs a workspace: give --workspace DIR or set ROUNDS_WORKSPACE")
        }
        let ws: Workspace
        do { ws = try Workspace.discover(folder, environment: env) } catch { throw CLIFailure(error.description) }
        let first = try OverviewReport.firstWeek(week, today: env.today)
        let report = OverviewReport(workspace: ws, plans: ws.loadAll(), first: first, weeks: weeks, environment: env)
        switch format {
        case .text: FileHandleOut.stdout(report.text(maxWidth: OverviewReport.terminalWidth(env)))
        case .json: FileHandleOut.stdout(String(decoding: JSONWriter.write(report.json()), as: UTF8.self))
        }
    }
}

/// The rows of `rounds overview`, sorted, and their text and JSON.
struct OverviewReport {
    struct Row {
        var plan: WorkspacePlan
        var summary: PlanSummary?
    }

    let folder: String
    /// The first week (ISO: Monday to Sunday); each plan's weeks hold its days in its own week start.
    let first: Week
    let weeks: Int
    let rows: [Row]

    /// `--week`: an ISO name is ISO's week; a word or date is read with a Monday start.
    static func firstWeek(_ text: String?, today: CalendarDate) throws -> Week {
        guard let text else { return Week(containing: today, weekStart: .monday) }
        if let iso = Week(iso: text, weekStart: .monday) { return iso }
        return try parseWeek(text, today: today, weekStart: .monday)
    }

    init(workspace: Workspace, plans: [WorkspacePlan], first: Week, weeks: Int, environment env: AppEnvironment) {
        folder = workspace.folder
        self.first = first
        // The calendar ends (9999-12-31): only the weeks there are, as the summaries count them.
        var count = 1, week = first
        while count < weeks, week.adding(weeks: 1).start > week.start { week = week.adding(weeks: 1); count += 1 }
        self.weeks = count
        var broken: [Row] = []
        var open: [Row] = []
        for p in plans {
            if let plan = p.plan {
                open.append(Row(plan: p, summary: PlanSummary(plan: plan, from: first.start, weeks: count, today: env.today(for: plan))))
            } else {
                broken.append(Row(plan: p, summary: nil))
            }
        }
        open.sort { a, b in
            guard let x = a.summary, let y = b.summary else { return false }
            if x.attentionKey != y.attentionKey || x.name.lowercased() != y.name.lowercased() { return PlanSummary.needsAttentionFirst(x, y) }
            return a.plan.entry.relativePath < b.plan.entry.relativePath
        }
        rows = broken + open
    }

    var last: Week { first.adding(weeks: weeks - 1) }

    /// `COLUMNS` when set, else the terminal's width when standard output is one; none for a
    /// pipe or a file (a script gets whole names, as `git` gives them).
    static func terminalWidth(_ env: AppEnvironment) -> Int? {
        if let text = env.variables["COLUMNS"], let n = Int(text), n > 0 { return n }
        guard isatty(1) != 0 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// "23 Nov – 20 Dec 2026", "28 Dec 2026 – 24 Jan 2027", or one week's own label.
    var rangeLabel: String {
        if weeks == 1 { return first.rangeLabel }
        let a = first.start, b = last.end
        return "\(a.day) \(a.shortMonthName)\(a.year == b.year ? "" : " \(a.year)") – \(b.day) \(b.shortMonthName) \(b.year)"
    }

    /// A readable table, aligned by display width (wide names do not shift the columns);
    /// `maxWidth`: the terminal's columns, which the specialty and then the names give way to.
    func text(maxWidth: Int? = nil) -> String {
        let brokenCount = rows.filter { $0.summary == nil }.count
        var lines = ["\(folder) · \(first.isoName)\(weeks > 1 ? " to \(last.isoName)" : "") · \(rangeLabel) · \(rows.count) plan\(rows.count == 1 ? "" : "s")"
            + (brokenCount == 0 ? "" : ", \(brokenCount) cannot be opened")]
        func clean(_ s: String) -> String { ControlCharacters.escaped(s, multiline: false) }
        var names = rows.map { $0.summary.map { clean($0.name.trimmingSpaces) } ?? clean($0.plan.entry.relativePath) }
            .enumerated().map { i, n in n.isEmpty ? clean(rows[i].plan.entry.name) : n }
        // Two plans of one doctor's name (two Dr. Smiths) are told apart by their files.
        var seen: [String: Int] = [:]
        for n in names { seen[n.lowercased(), default: 0] += 1 }
        names = names.enumerated().map { i, n in
            (seen[n.lowercased()] ?? 0) > 1 && rows[i].summary != nil ? "\(n) (\(clean(rows[i].plan.entry.relativePath)))" : n
        }
        func cell(_ w: PlanSummary.WeekRow) -> String { "\(w.posts)/\(w.max)\(w.isUnder ? "!" : "")" }
        let cellWidth = max(4, rows.compactMap(\.summary).flatMap(\.weeks).map { cell($0).count }.max() ?? 4)
        let tail = "  gaps errors due appr last posted streak"
        let fixed = 2 + weeks * cellWidth + (weeks - 1) + tail.count
        var nameWidth = min(32, max(6, names.map { TextWidth.width(of: $0) }.max() ?? 6))
        let specialties = rows.map { clean($0.summary?.specialty ?? "") }
        var specialtyWidth = min(20, specialties.map { TextWidth.width(of: $0) }.max() ?? 0)
        // Within the terminal's width: the specialty gives way first, then the names, down to 12.
        if let maxWidth {
            var room = maxWidth - fixed - nameWidth
            if specialtyWidth > 0, room < specialtyWidth + 2 {
                specialtyWidth = room - 2 >= 9 ? room - 2 : 0
            }
            room -= specialtyWidth > 0 ? specialtyWidth + 2 : 0
            if room < 0 { nameWidth = max(12, nameWidth + room) }
        }
        let showSpecialty = specialtyWidth > 0
        func pad(_ s: String, _ width: Int) -> String {
            let cut = TextWidth.width(of: s) > width ? TextWidth.truncate(s, to: width) : s
            return cut + String(repeating: " ", count: max(0, width - TextWidth.width(of: cut)))
        }
        func right(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        let weekHeads = (0..<weeks).map { k -> String in
            let name = first.adding(weeks: k).isoName
            return String(name[name.index(name.endIndex, offsetBy: -3)...])
        }
        var head = pad("doctor", nameWidth)
        if showSpecialty { head += "  " + pad("specialty", specialtyWidth) }
        head += "  " + weekHeads.map { pad($0, cellWidth) }.joined(separator: " ") + tail
        lines.append(head)
        var openElsewhere: [String] = []
        for (i, row) in rows.enumerated() {
            var line = pad(names[i], nameWidth)
            guard let s = row.summary else {
                line += "  cannot be opened: " + clean(row.plan.problemLine ?? "")
                lines.append(line)
                continue
            }
            if showSpecialty { line += "  " + pad(specialties[i], specialtyWidth) }
            let cells = s.weeks.map { pad(cell($0), cellWidth) } + Array(repeating: pad("", cellWidth), count: max(0, weeks - s.weeks.count))
            line += "  " + cells.joined(separator: " ")
            line += "  " + right("\(s.weeks.reduce(0) { $0 + $1.gaps })", 4)
            line += " " + right("\(s.errors)", 6)
            line += " " + right("\(s.due)", 3)
            line += " " + right("\(s.awaitingApproval)", 4)
            line += " " + pad(s.lastPosted?.iso ?? "never", 11)
            line += " " + right("\(s.streak)", 6)
            lines.append(line)
            if let holder = row.plan.openIn {
                // A name already told apart by its file (two Dr. Smiths) is not given it twice.
                let file = " (\(clean(row.plan.entry.relativePath)))"
                openElsewhere.append("\(names[i].hasSuffix(file) ? names[i] : names[i] + file): \(holder)")
            }
        }
        lines.append("")
        lines.append("posts/goal a week, ! under the minimum · gaps: empty themed slots")
        lines.append("errors: as rounds check counts them · due: not ready within the lead days")
        lines.append("appr: awaiting an approval the plan requires")
        if !openElsewhere.isEmpty {
            lines.append("Open in a planner: " + openElsewhere.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    func json() -> JSONValue {
        .object([
            "from": .string(first.start.iso), "to": .string(last.end.iso),
            "plans": .array(rows.map { row in
                var o: JSONObject = [
                    "path": .string(row.plan.entry.path), "file": .string(row.plan.entry.relativePath),
                ]
                guard let s = row.summary else {
                    o["name"] = .string(row.plan.entry.name)
                    o["error"] = .string(row.plan.problemLine ?? "")
                    return .object(o)
                }
                o["name"] = .string(s.name)
                o["specialty"] = .string(s.specialty)
                o["weeks"] = .array(s.weeks.map { w in
                    .object(["week": .string(w.week.isoName), "from": .string(w.week.start.iso), "posts": .number(Double(w.posts)),
                             "min": .number(Double(w.min)), "max": .number(Double(w.max)),
                             "gaps": .number(Double(w.gaps)), "errors": .number(Double(w.errors))])
                })
                o["errors"] = .number(Double(s.errors))
                o["due"] = .number(Double(s.due))
                o["awaitingApproval"] = .number(Double(s.awaitingApproval))
                o["lastPosted"] = s.lastPosted.map { .string($0.iso) } ?? .null
                o["streak"] = .number(Double(s.streak))
                o["openIn"] = row.plan.openIn.map(JSONValue.string) ?? .null
                return .object(o)
            }),
        ])
    }
}
