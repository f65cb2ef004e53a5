/// The cadence engine: what the plan's goals call for, week by week, and what is missing.
/// Pure: today is an input, and posts are looked up by date range (binary search), so one
/// week costs the same whatever the size of the plan.
public enum Cadence {
    /// All flags for the weeks overlapping `from...to`, ordered by week, most severe first.
    public static func flags(plan: Plan, from: CalendarDate, to: CalendarDate, today: CalendarDate) -> [PlanFlag] {
        guard from <= to else { return [] }
        var flags: [PlanFlag] = []
        var context = Context(plan: plan)
        flags.reserveCapacity(plan.postIndices(from: from, to: to).count * 2 + 8)
        // Weeks come in order and each week's flags are sorted: no global sort needed. Long
        // runs of empty weeks are folded by the walk (their flags would repeat week after week).
        WeekWalk.walk(plan, from: from, to: to) { step in
            guard case .week(let week, let range) = step else { return }
            context.recentStarts.insert((week.start, range.lowerBound), at: 0)
            if context.recentStarts.count > 4 { context.recentStarts.removeLast() }
            flags.append(contentsOf: weekFlags(plan: plan, week: week, today: today, context: context, range: range))
        }
        return flags
    }

    /// What every week's analysis needs from the plan, computed once.
    struct Context {
        var themes: [String: Theme]
        var firstDated: CalendarDate?
        /// (week start, index of its first post) for this week and the three before, newest first.
        var recentStarts: [(CalendarDate, Int)] = []
        /// Where each theme was last seen, scanned forward once as the weeks go by.
        let lastSeen = LastSeen()
        init(plan: Plan) {
            themes = Dictionary(plan.themes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            firstDated = plan.datedRange?.lowerBound
        }
    }

    /// The date of each theme's last post before an index, found by one forward scan however
    /// many weeks ask (weeks come in order).
    final class LastSeen {
        private var scanned = 0
        private var last: [String: CalendarDate] = [:]

        func date(of theme: String, before index: Int, in posts: [Post]) -> CalendarDate? {
            if index < scanned {
                var k = index - 1
                while k >= 0 { if posts[k].themeID == theme { return posts[k].date }; k -= 1 }
                return nil
            }
            while scanned < index {
                if let d = posts[scanned].date { last[posts[scanned].themeID] = d }
                scanned += 1
            }
            return last[theme]
        }
    }

    /// The flags of one week, most severe first.
    public static func weekFlags(plan: Plan, week: Week, today: CalendarDate) -> [PlanFlag] {
        weekFlags(plan: plan, week: week, today: today, context: Context(plan: plan),
                  range: plan.postIndices(from: week.start, to: week.end))
    }

    static func weekFlags(plan: Plan, week: Week, today: CalendarDate, context: Context, range: Range<Int>) -> [PlanFlag] {
        let goals = plan.cadence
        let all = plan.posts
        /// Index of the first post on or after a week start at most 3 weeks back.
        func startIndex(_ date: CalendarDate) -> Int {
            if let known = context.recentStarts.first(where: { $0.0 == date }) { return known.1 }
            return plan.postIndices(from: date, to: date).lowerBound
        }
        var flags: [PlanFlag] = []
        // Ideas still as the template made them are planned, not written: they do not count.
        let count = plan.countedPosts(range)
        func hasTheme(_ id: String, on date: CalendarDate? = nil) -> Bool {
            for i in range where all[i].themeID == id && (date == nil || all[i].date == date) { return true }
            return false
        }

        // Empty themed slots.
        let themes = plan.themes
        for date in week.days {
            for t in themes.indices where themes[t].weekdays.contains(date.weekday) && WeekGrid.isDue(themes[t], in: week) {
                if hasTheme(themes[t].id, on: date) { continue }
                let theme = themes[t]
                if let other = range.first(where: { all[$0].themeID == theme.id }), let d = all[other].date {
                    flags.append(PlanFlag(rule: "cadence.slot-empty", severity: .info, week: week, date: date, themeID: theme.id,
                                          detail: .slotEmpty(day: date.weekday, theme: theme.name, movedTo: d.weekday)))
                } else {
                    flags.append(PlanFlag(rule: "cadence.slot-empty", severity: date < today ? .info : .warning, week: week, date: date,
                                          themeID: theme.id, detail: .slotEmpty(day: date.weekday, theme: theme.name, movedTo: nil)))
                }
            }
        }

        // Weekly totals.
        if count < goals.minPerWeek {
            flags.append(PlanFlag(rule: "cadence.week-under", severity: .error, week: week,
                                  detail: .weekUnder(count: count, minimum: goals.minPerWeek)))
        } else if count > goals.maxPerWeek {
            flags.append(PlanFlag(rule: "cadence.week-over", severity: .warning, week: week,
                                  detail: .weekOver(count: count, maximum: goals.maxPerWeek)))
        }

        // Days over the maximum: posts are in date order, so count runs.
        var i = range.lowerBound
        while i < range.upperBound {
            var j = i + 1
            while j < range.upperBound, all[j].date == all[i].date { j += 1 }
            if j - i > goals.maxPerDay, let d = all[i].date {
                flags.append(PlanFlag(rule: "cadence.day-over", severity: .warning, week: week, date: d,
                                      detail: .dayOver(count: j - i, date: d, maximum: goals.maxPerDay)))
            }
            i = j
        }

        // Themes absent for longer than their period.
        var windows: [(span: Int, range: Range<Int>)] = []
        for t in themes.indices where !themes[t].weekdays.isEmpty {
            let span = themes[t].everyWeeks + 1
            let windowStart = week.start.adding(days: -7 * (span - 1))
            guard let first = context.firstDated, first <= windowStart else { continue }
            let window: Range<Int>
            if let w = windows.first(where: { $0.span == span })?.range { window = w } else {
                // The window ends with this week: only its start needs finding.
                window = startIndex(windowStart)..<range.upperBound
                windows.append((span, window))
            }
            if !window.contains(where: { all[$0].themeID == themes[t].id }) {
                let theme = themes[t]
                // How long it has really been: the weeks after the one of its last post, to this
                // one (or since the plan began, when it never had one).
                let since = context.lastSeen.date(of: theme.id, before: window.lowerBound, in: all) ?? first.adding(days: -7)
                let weeks = max(span, Week(containing: since, weekStart: week.weekStart).start.days(until: week.start) / 7)
                flags.append(PlanFlag(rule: "cadence.theme-missing", severity: .warning, week: week, themeID: theme.id,
                                      detail: .themeMissing(theme: theme.name, weeks: weeks, every: theme.everyWeeks, days: theme.weekdays)))
            }
        }

        // Silences: gaps between consecutive posts that end in this week.
        var previous: CalendarDate? = range.lowerBound > 0 ? all[range.lowerBound - 1].date : nil
        for k in range {
            guard let d = all[k].date else { continue }
            if let prev = previous, prev.days(until: d) - 1 > goals.maxSilenceDays {
                flags.append(PlanFlag(rule: "cadence.silence", severity: .warning, week: week, date: d,
                                      detail: .silenceBefore(days: prev.days(until: d) - 1, date: d, previous: prev, maximum: goals.maxSilenceDays)))
            }
            previous = d
        }
        // A silence running up to today, inside this week.
        if week.start <= today, let last = previous {
            let end = min(today, week.end)
            let silent = last.days(until: end)
            if silent > goals.maxSilenceDays, last.adding(days: goals.maxSilenceDays + 1) >= week.start {
                flags.append(PlanFlag(rule: "cadence.silence", severity: .warning, week: week, date: end,
                                      detail: .silenceSince(days: silent, last: last, maximum: goals.maxSilenceDays)))
            }
        }

        // Per post: readiness, overdue, consent.
        for k in range {
            // Read fields in place; a post is copied only when it has something to report.
            guard let d = all[k].date else { continue }
            let status = all[k].status
            let overdue = d < today && status != .posted
            let notReady = d >= today && status < .ready && today.days(until: d) <= goals.leadDays
            let t = themes.firstIndex { $0.id == all[k].themeID }
            let needsConsent = t.map { themes[$0].requiresConsent } == true && (status != .posted || d >= today)
            let needsApproval = plan.approvals.required && (status == .ready || status == .scheduled)
            guard overdue || notReady || needsConsent || needsApproval else { continue }
            let themeID = all[k].themeID, postID = all[k].id
            let name = PlanFlag.PostName(day: d.weekday, theme: t.map { themes[$0].name } ?? themeID, title: all[k].title)
            if overdue {
                flags.append(PlanFlag(rule: "cadence.overdue", severity: .warning, week: week, date: d, themeID: themeID, postID: postID,
                                      detail: .overdue(name, date: d, status: status)))
            } else if notReady {
                let days = today.days(until: d)
                flags.append(PlanFlag(rule: "cadence.not-ready", severity: days == 0 ? .error : .warning, week: week, date: d,
                                      themeID: themeID, postID: postID,
                                      detail: .notReady(name, inDays: days, status: status, lead: goals.leadDays)))
            }
            if needsConsent, let reason = Plan.consentProblem(all[k], today: today) {
                flags.append(PlanFlag(rule: "consent.missing", severity: status >= .ready ? .error : .warning, week: week, date: d,
                                      themeID: themeID, postID: postID, detail: .consentMissing(name, reason: reason, postID: postID)))
            }
            if needsApproval, let problem = Plan.approvalIssue(all[k]) {
                flags.append(PlanFlag(rule: "approval.missing", severity: .error, week: week, date: d, themeID: themeID, postID: postID,
                                      detail: .approvalMissing(name, status: status, problem: problem, postID: postID)))
            }
        }

        // Bodies that still hold their template's placeholders.
        for k in range where all[k].status < .posted {
            let left = plan.placeholders(in: all[k])
            guard let first = left.first, let d = all[k].date else { continue }
            let theme = context.themes[all[k].themeID]
            let name = PlanFlag.PostName(day: d.weekday, theme: theme?.name ?? all[k].themeID, title: all[k].title)
            flags.append(PlanFlag(rule: "draft.placeholder", severity: all[k].status >= .ready ? .error : .warning, week: week, date: d,
                                  themeID: all[k].themeID, postID: all[k].id,
                                  detail: .placeholder(name, first: first, more: left.count - 1, postID: all[k].id)))
        }

        // Platforms below their weekly minimum.
        for (platform, minimum) in goals.platformMinimums.sorted(by: { $0.key < $1.key }) where minimum > 0 {
            let n = range.filter { all[$0].platforms.contains(platform) }.count
            if n < minimum {
                let name = plan.profile.platforms.first { $0.id == platform }?.name ?? platform
                flags.append(PlanFlag(rule: "cadence.platform-missing", severity: .warning, week: week,
                                      detail: .platformMissing(platform: name, count: n, minimum: minimum)))
            }
        }

        // Imbalance over the last 4 weeks.
        let recent = startIndex(week.start.adding(days: -21))..<range.upperBound
        if recent.count >= 4, plan.themes.count > 1 {
            var best: (id: String, n: Int)?
            for t in themes.indices {
                var n = 0
                for k in recent where all[k].themeID == themes[t].id { n += 1 }
                if n > (best?.n ?? 0) { best = (themes[t].id, n) }
            }
            if let (id, n) = best, n * 2 > recent.count {
                let name = context.themes[id]?.name ?? id
                flags.append(PlanFlag(rule: "cadence.imbalance", severity: .info, week: week, themeID: id,
                                      detail: .imbalance(theme: name, count: n, total: recent.count)))
            }
        }
        flags.sort(by: PlanFlag.order)
        return flags
    }

    /// Consecutive weeks, back from this week (or last week, while this one is still short),
    /// in which the plan met its weekly minimum.
    public static func streak(plan: Plan, today: CalendarDate) -> Int {
        let goal = max(1, plan.cadence.minPerWeek)
        guard let first = plan.datedRange?.lowerBound else { return 0 }
        var week = Week(containing: today, weekStart: plan.profile.weekStart)
        if plan.countedPosts(from: week.start, to: week.end) < goal { week = week.adding(weeks: -1) }
        var n = 0
        while week.end >= first, plan.countedPosts(from: week.start, to: week.end) >= goal {
            n += 1
            week = week.adding(weeks: -1)
        }
        return n
    }

    /// One line for a header: "2/3 posts · Health Tip ✓ · Q&A ✓ · Success Story ✗".
    public static func summary(plan: Plan, week: Week) -> (posts: Int, goal: Int, themes: [(name: String, done: Bool)]) {
        let grid = WeekGrid(plan: plan, week: week)
        var seen: [String] = []
        var themes: [(String, Bool)] = []
        for slot in grid.slots where !seen.contains(slot.theme.id) {
            seen.append(slot.theme.id)
            themes.append((slot.theme.name, grid.posts.contains { $0.themeID == slot.theme.id && !plan.isUntouchedIdea($0) }))
        }
        return (grid.posts.filter { !plan.isUntouchedIdea($0) }.count, plan.cadence.maxPerWeek, themes)
    }
}
