/// The cadence engine: what the plan's goals call for, week by week, and what is missing.
/// Pure: today is an input, and posts are looked up by date range (binary search), so one
/// week costs the same whatever the size of the plan.
public enum Cadence {
    /// All flags for the weeks overlapping `from...to`, ordered by week, most severe first.
    public static func flags(plan: Plan, from: CalendarDate, to: CalendarDate, today: CalendarDate) -> [PlanFlag] {
        guard from <= to else { return [] }
        var flags: [PlanFlag] = []
        var week = Week(containing: from, weekStart: plan.profile.weekStart)
        while week.start <= to {
            flags.append(contentsOf: weekFlags(plan: plan, week: week, today: today))
            week = week.adding(weeks: 1)
        }
        return flags.sorted(by: PlanFlag.order)
    }

    /// The flags of one week.
    public static func weekFlags(plan: Plan, week: Week, today: CalendarDate) -> [PlanFlag] {
        let grid = WeekGrid(plan: plan, week: week)
        let goals = plan.cadence
        var flags: [PlanFlag] = []
        let count = grid.posts.count
        let themesByID = Dictionary(plan.themes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Empty themed slots.
        for slot in grid.slots where slot.post == nil {
            let elsewhere = grid.posts.first { $0.themeID == slot.theme.id }
            let dayName = slot.date.weekday.name
            if let other = elsewhere, let d = other.date {
                flags.append(PlanFlag(rule: "cadence.slot-empty", severity: .info, week: week, date: slot.date, themeID: slot.theme.id,
                                  message: "\(dayName)'s \(slot.theme.name) slot is empty (this week's is on \(d.weekday.name))",
                                  fix: "move it back to \(dayName) with m, or leave it"))
            } else {
                let past = slot.date < today
                flags.append(PlanFlag(rule: "cadence.slot-empty", severity: past ? .info : .warning, week: week, date: slot.date,
                                  themeID: slot.theme.id, message: "\(dayName)'s \(slot.theme.name) is empty",
                                  fix: "press a on \(dayName) to start one, or run plan-week"))
            }
        }

        // Weekly totals.
        if count < goals.minPerWeek {
            flags.append(PlanFlag(rule: "cadence.week-under", severity: .error, week: week,
                              message: "\(count) of at least \(goals.minPerWeek) posts planned this week",
                              fix: "add \(goals.minPerWeek - count) more (press a on an empty slot), or run plan-week"))
        } else if count > goals.maxPerWeek {
            flags.append(PlanFlag(rule: "cadence.week-over", severity: .warning, week: week,
                              message: "\(count) posts planned, more than the goal of \(goals.maxPerWeek): consistency beats frequency",
                              fix: "move one to a quieter week, or back to the ideas (B)"))
        }

        // Days over the maximum.
        var perDay: [CalendarDate: Int] = [:]
        for p in grid.posts { if let d = p.date { perDay[d, default: 0] += 1 } }
        for (d, n) in perDay where n > goals.maxPerDay {
            flags.append(PlanFlag(rule: "cadence.day-over", severity: .warning, week: week, date: d,
                              message: "\(n) posts on \(d.weekday.name) \(d.iso); the plan allows \(goals.maxPerDay) a day",
                              fix: "move one to another day (m)"))
        }

        // Themes absent for longer than their period.
        for theme in plan.themes where !theme.weekdays.isEmpty {
            let span = theme.everyWeeks + 1
            let windowStart = week.adding(weeks: -(span - 1)).start
            let present = plan.posts(from: windowStart, to: week.end).contains { $0.themeID == theme.id }
            let planStarted = plan.datedRange.map { $0.lowerBound <= windowStart } ?? false
            if !present, planStarted {
                flags.append(PlanFlag(rule: "cadence.theme-missing", severity: .warning, week: week, themeID: theme.id,
                                  message: "no \(theme.name) for \(span) weeks (the goal is \(theme.everyWeeks == 1 ? "every week" : "every \(theme.everyWeeks) weeks"))",
                                  fix: "plan one on \(theme.weekdays.map(\.name).joined(separator: " or "))"))
            }
        }

        // Silences: gaps between consecutive posts that end in this week.
        var previous = plan.posts(from: CalendarDate(dayNumber: week.start.dayNumber - 3660), to: week.start.adding(days: -1)).last?.date
        for p in grid.posts {
            guard let d = p.date else { continue }
            if let prev = previous, prev.days(until: d) - 1 > goals.maxSilenceDays {
                flags.append(PlanFlag(rule: "cadence.silence", severity: .warning, week: week, date: d,
                                  message: "\(prev.days(until: d) - 1) silent days before \(d.weekday.name) \(d.iso) (the goal is at most \(goals.maxSilenceDays))",
                                  fix: "add a post between \(prev.iso) and \(d.iso)"))
            }
            previous = d
        }
        // A silence running up to today, inside this week.
        if week.contains(today) || week.end < today, let last = previous {
            let end = min(today, week.end)
            let silent = last.days(until: end)
            if silent > goals.maxSilenceDays, end >= week.start, last < week.start || grid.posts.isEmpty || last < end {
                if last.adding(days: goals.maxSilenceDays + 1) >= week.start {
                    flags.append(PlanFlag(rule: "cadence.silence", severity: .warning, week: week, date: end,
                                      message: "\(silent) silent days since \(last.iso) (the goal is at most \(goals.maxSilenceDays))",
                                      fix: "plan a post for the next few days"))
                }
            }
        }

        // Per post: readiness, overdue, consent.
        for p in grid.posts {
            guard let d = p.date else { continue }
            let theme = themesByID[p.themeID]
            let name = "\(d.weekday.name)'s \(theme?.name ?? p.themeID) '\(p.title)'"
            if d < today {
                if p.status != .posted {
                    flags.append(PlanFlag(rule: "cadence.overdue", severity: .warning, week: week, date: d, themeID: p.themeID, postID: p.id,
                                      message: "\(name) was due \(d.iso) and is still \(p.status.rawValue)",
                                      fix: "mark it posted (s), or move it to a new day (m)"))
                }
            } else if p.status < .ready, today.days(until: d) <= goals.leadDays {
                let days = today.days(until: d)
                let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
                flags.append(PlanFlag(rule: "cadence.not-ready", severity: days == 0 ? .error : .warning, week: week, date: d,
                                  themeID: p.themeID, postID: p.id,
                                  message: "\(name) goes out \(when) and is still \(p.status.rawValue)",
                                  fix: "finish it and mark it ready (s); drafts should be ready \(goals.leadDays) days ahead"))
            }
            if theme?.requiresConsent == true, p.status != .posted || d >= today, let reason = Plan.consentProblem(p, today: today) {
                let ready = p.status >= .ready
                flags.append(PlanFlag(rule: "consent.missing", severity: ready ? .error : .warning, week: week, date: d,
                                  themeID: p.themeID, postID: p.id,
                                  message: "\(name) has no valid written consent: \(reason)",
                                  fix: "record consent (C, or rounds consent \(p.id) --date D --ref TEXT) before it is ready"))
            }
        }

        // Platforms below their weekly minimum.
        for (platform, minimum) in goals.platformMinimums.sorted(by: { $0.key < $1.key }) where minimum > 0 {
            let n = grid.posts.filter { $0.platforms.contains(platform) }.count
            if n < minimum {
                let name = plan.profile.platforms.first { $0.id == platform }?.name ?? platform
                flags.append(PlanFlag(rule: "cadence.platform-missing", severity: .warning, week: week,
                                  message: "\(n) of at least \(minimum) posts on \(name) this week",
                                  fix: "add \(name) to a post's platforms (p)"))
            }
        }

        // Imbalance over the last 4 weeks.
        let recent = plan.posts(from: week.adding(weeks: -3).start, to: week.end)
        if recent.count >= 4 {
            var byTheme: [String: Int] = [:]
            for p in recent { byTheme[p.themeID, default: 0] += 1 }
            if let (id, n) = byTheme.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), n * 2 > recent.count, plan.themes.count > 1 {
                let name = themesByID[id]?.name ?? id
                flags.append(PlanFlag(rule: "cadence.imbalance", severity: .info, week: week, themeID: id,
                                  message: "\(name) is \(n) of the last \(recent.count) posts over 4 weeks",
                                  fix: "give the other themes a turn"))
            }
        }
        return flags
    }

    /// Consecutive weeks, back from this week (or last week, while this one is still short),
    /// in which the plan met its weekly minimum.
    public static func streak(plan: Plan, today: CalendarDate) -> Int {
        let goal = max(1, plan.cadence.minPerWeek)
        guard let first = plan.datedRange?.lowerBound else { return 0 }
        var week = Week(containing: today, weekStart: plan.profile.weekStart)
        if plan.posts(from: week.start, to: week.end).count < goal { week = week.adding(weeks: -1) }
        var n = 0
        while week.end >= first, plan.posts(from: week.start, to: week.end).count >= goal {
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
            themes.append((slot.theme.name, grid.posts.contains { $0.themeID == slot.theme.id }))
        }
        return (grid.posts.count, plan.cadence.maxPerWeek, themes)
    }
}
