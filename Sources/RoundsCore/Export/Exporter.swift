import Glibc

/// The plan out to paper, spreadsheets, calendars and schedulers. Pure: the caller writes the
/// bytes (atomically) and decides where.
public enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, ics, json

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .csv: "csv"
        case .ics: "ics"
        case .json: "json"
        }
    }
}

/// Column layouts that bulk schedulers import.
public enum CSVProfile: String, CaseIterable, Sendable {
    /// Our own: every field, one row per post and platform.
    case rounds
    /// Buffer: `Text`, `Image URL`, `Tags`, `Posting Time` (`YYYY-MM-DD HH:mm`).
    case buffer
    /// Sprout Social: `date`, `time_24hr`, `message_text`.
    case sprout
    /// Hootsuite bulk composer: date-time, message, link; minutes rounded up to 5; ≤ 350 rows.
    case hootsuite
}

public enum DateOrder: String, CaseIterable, Sendable {
    case dmy, mdy
}

public struct ExportOptions: Sendable {
    /// Text width for the text export, in terminal columns.
    public var width: Int = 72
    public var csvProfile: CSVProfile = .rounds
    public var dateOrder: DateOrder = .mdy
    /// Whether the text and markdown exports end with the range's flags (cadence and linter).
    public var includeFlags: Bool = true
    /// Only posts with these statuses (nil: all).
    public var statuses: Set<PostStatus>?
    /// The plan's zone, for the instants of timed ics events (the app reads it from tzdata).
    public var timeZone: TimeZoneRules = .utc

    public init(width: Int = 72, csvProfile: CSVProfile = .rounds, dateOrder: DateOrder = .mdy, includeFlags: Bool = true,
                statuses: Set<PostStatus>? = nil, timeZone: TimeZoneRules = .utc) {
        self.timeZone = timeZone
        self.width = width
        self.csvProfile = csvProfile
        self.dateOrder = dateOrder
        self.includeFlags = includeFlags
        self.statuses = statuses
    }
}

/// What an export produced: the file's text and anything the user should know.
public struct ExportResult: Sendable {
    public var text: String
    public var warnings: [String]
    public var postCount: Int
}

public enum Exporter {
    public static func export(_ plan: Plan, from: CalendarDate, to: CalendarDate, format: ExportFormat,
                              options: ExportOptions = ExportOptions(), today: CalendarDate) -> ExportResult {
        if let statuses = options.statuses {
            var chosen = plan
            for p in plan.posts(from: from, to: to) where !statuses.contains(p.status) { _ = chosen.remove(id: p.id) }
            var rest = options
            rest.statuses = nil
            return export(chosen, from: from, to: to, format: format, options: rest, today: today)
        }
        let posts = plan.posts(from: from, to: to)
        switch format {
        case .text:
            return ExportResult(text: TextExport.render(plan, from: from, to: to, options: options, today: today), warnings: [], postCount: posts.count)
        case .markdown:
            return ExportResult(text: MarkdownExport.render(plan, from: from, to: to, options: options, today: today), warnings: [], postCount: posts.count)
        case .csv:
            let (text, warnings) = CSVExport.render(plan, posts: posts, options: options)
            return ExportResult(text: text, warnings: warnings, postCount: posts.count)
        case .ics:
            return ExportResult(text: ICSExport.render(plan, posts: posts, zone: options.timeZone), warnings: [], postCount: posts.count)
        case .json:
            return ExportResult(text: JSONExport.render(plan, posts: posts, from: from, to: to), warnings: [], postCount: posts.count)
        }
    }

    /// The words a scheduler posts: the title, a blank line, the body, then the hashtags.
    public static func message(_ post: Post) -> String {
        var parts: [String] = []
        if !post.title.isEmpty { parts.append(post.title) }
        let body = post.body.trimmingCharacters(in: "\n ")
        if !body.isEmpty { parts.append(body) }
        if !post.hashtags.isEmpty { parts.append(post.hashtags.map { $0.hasPrefix("#") ? $0 : "#" + $0 }.joined(separator: " ")) }
        return parts.joined(separator: "\n\n")
    }

    /// A post's theme, time and platforms, for the line above its title.
    static func facts(_ post: Post, theme: Theme?, in plan: Plan) -> [String] {
        var facts = [theme?.name ?? post.themeID]
        if let t = post.time { facts.append(t.description) }
        let platforms = platformNames(post, in: plan)
        if !platforms.isEmpty { facts.append(platforms) }
        return facts
    }

    /// The platform names of a post ("LinkedIn, Instagram").
    static func platformNames(_ post: Post, in plan: Plan) -> String {
        post.platforms.map { id in plan.profile.platforms.first { $0.id == id }?.name ?? id }.joined(separator: ", ")
    }

    /// "obtained 2026-11-20, ref binder p.4" or why the post cannot be published.
    static func consentLine(_ post: Post, today: CalendarDate) -> String {
        guard let c = post.consent else { return "Consent: none on record. Do not publish until it is signed." }
        if let problem = c.problem(for: post, today: today) { return "Consent: NOT VALID (\(problem))." }
        return "Consent: obtained \(c.obtainedOn.iso), ref \(c.reference)" + (c.expiresOn.map { ", until \($0.iso)" } ?? "") + "."
    }

    /// "23–29 Nov 2026" for a week, "1 Dec 2026 – 31 Jan 2027" for any range.
    static func rangeLabel(_ plan: Plan, from: CalendarDate, to: CalendarDate) -> String {
        let w = Week(containing: from, weekStart: plan.profile.weekStart)
        if w.start == from, w.end == to {
            let (_, n) = w.isoYearAndNumber
            return "Week \(n) · \(w.rangeLabel)"
        }
        if from == to { return "\(from.day) \(from.shortMonthName) \(from.year)" }
        return "\(from.day) \(from.shortMonthName) \(from.year) – \(to.day) \(to.shortMonthName) \(to.year)"
    }

    /// What goes in each day block: the themed slots (filled or gaps) and the other posts.
    static func days(_ plan: Plan, from: CalendarDate, to: CalendarDate) -> [(date: CalendarDate, items: [WeekGrid.Item])] {
        var out: [(CalendarDate, [WeekGrid.Item])] = []
        forEachDay(plan, from: from, to: to) { out.append(($0, $1)) }
        return out
    }

    /// The same, one day at a time, without building the whole list (100,000-post exports).
    /// A long run of empty weeks is one call of `quiet` instead (see `WeekWalk`).
    static func forEachDay(_ plan: Plan, from: CalendarDate, to: CalendarDate, quiet: (Week, Week, Int) -> Void = { _, _, _ in },
                           _ body: (CalendarDate, [WeekGrid.Item]) -> Void) {
        WeekWalk.walk(plan, from: from, to: to) { step in
            switch step {
            case .week(let week, _):
                let grid = WeekGrid(plan: plan, week: week)
                var seen = Set<CalendarDate>()
                for date in week.days where date >= from && date <= to && seen.insert(date).inserted {
                    let items = grid.items(on: date)
                    if !items.isEmpty { body(date, items) }
                }
            case .quiet(let first, let last, let weeks):
                quiet(first, last, weeks)
            }
        }
    }


    /// The header's cadence line: posts against the goal, themes covered, streak.
    static func summary(_ plan: Plan, from: CalendarDate, to: CalendarDate, today: CalendarDate) -> String {
        // Ideas still as the template made them are planned, not posts.
        let all = plan.posts(from: from, to: to).count
        let n = plan.countedPosts(from: from, to: to)
        let ideas = all - n
        let goal = "goal \(plan.cadence.minPerWeek)–\(plan.cadence.maxPerWeek) a week" + (ideas > 0 ? "; \(ideas) untouched idea\(ideas == 1 ? "" : "s")" : "")
        let streak = Cadence.streak(plan: plan, today: today)
        let streakText = "streak \(streak) week\(streak == 1 ? "" : "s")"
        let w = Week(containing: from, weekStart: plan.profile.weekStart)
        if w.start == from, w.end == to {
            let s = Cadence.summary(plan: plan, week: w)
            let themes = s.themes.map { "\($0.name) \($0.done ? "✓" : "✗")" }
            return (["\(n) post\(n == 1 ? "" : "s") (\(goal))"] + themes + [streakText]).joined(separator: " · ")
        }
        return "\(n) post\(n == 1 ? "" : "s") (\(goal)) · \(streakText)"
    }
}

extension String {
    /// Whether `needle` occurs in the string, compared byte for byte (no locale, no
    /// normalization): what "the body already carries the disclaimer" means.
    func containsBytes(_ needle: String) -> Bool {
        var hay = self
        var pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                while i + n.count <= h.count {
                    if h[i] == first, memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }

    func trimmingCharacters(in set: String) -> String {
        // Most texts have nothing to trim: check the ends before building anything.
        guard let f = first, let l = last, set.contains(f) || set.contains(l) else { return self }
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
