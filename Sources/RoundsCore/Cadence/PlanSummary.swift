/// One plan at a glance, for a stretch of weeks: what `rounds overview` prints per doctor and
/// what the planner's overview board shows in its summary column.
///
/// Pure: `today` is passed in (each plan's today is in its own time zone), and it is built
/// from the same pieces as the planner's header and `rounds check` (`Cadence.summary`,
/// `Review.weekFlags`, `Cadence.streak`), so the three never disagree.
public struct PlanSummary: Hashable, Sendable {
    /// One week of the plan.
    public struct WeekRow: Hashable, Sendable {
        /// The plan's own week (a Sunday-start plan's weeks start on Sunday).
        public var week: Week
        /// Posts that count toward the goal (untouched ideas from the templates do not).
        public var posts: Int
        public var min: Int
        public var max: Int
        /// Themed slots with nothing planned for their theme that week.
        public var gaps: Int
        /// Error flags of the week: cadence, consent, placeholders, the linter, merge conflicts.
        public var errors: Int

        public init(week: Week, posts: Int, min: Int, max: Int, gaps: Int, errors: Int) {
            self.week = week
            self.posts = posts
            self.min = min
            self.max = max
            self.gaps = gaps
            self.errors = errors
        }

        /// Fewer posts than the weekly minimum.
        public var isUnder: Bool { posts < min }
    }

    public var name: String
    public var specialty: String
    public var weeks: [WeekRow]
    /// The weeks' errors, plus merge conflicts anywhere in the plan (ideas, other weeks, the
    /// plan's own settings), which `rounds check` lists whatever the range.
    public var errors: Int
    /// Posts dated from today to today + `leadDays` that are not yet `ready` (what
    /// `cadence.not-ready` flags), whatever the weeks shown.
    public var due: Int
    /// The latest date, up to today, of a post marked `posted`.
    public var lastPosted: CalendarDate?
    /// Consecutive weeks at the weekly minimum (`Cadence.streak`).
    public var streak: Int
    /// Posts in the weeks shown that wait for an approval the plan requires
    /// (`Plan.awaitsApproval`); 0 when the plan does not ask for approvals.
    public var awaitingApproval: Int

    public init(name: String, specialty: String, weeks: [WeekRow], errors: Int, due: Int, awaitingApproval: Int = 0,
                lastPosted: CalendarDate?, streak: Int) {
        self.awaitingApproval = awaitingApproval
        self.name = name
        self.specialty = specialty
        self.weeks = weeks
        self.errors = errors
        self.due = due
        self.lastPosted = lastPosted
        self.streak = streak
    }

    /// The most weeks one summary covers (and `rounds overview --weeks` takes): a year.
    public static let maxWeeks = 53

    /// Summarises `weeks` weeks of `plan` from the week holding `from` (in the plan's own
    /// week start), as seen on `today`.
    public init(plan: Plan, from: CalendarDate, weeks count: Int, today: CalendarDate) {
        let goals = plan.cadence
        var rows: [WeekRow] = []
        var week = Week(containing: from, weekStart: plan.profile.weekStart)
        for k in 0..<Swift.max(1, Swift.min(count, PlanSummary.maxWeeks)) {
            if k > 0 {
                let next = week.adding(weeks: 1)
                guard next.start > week.start else { break }  // the calendar's last week
                week = next
            }
            let flags = Review.weekFlags(plan: plan, week: week, today: today)
            let gaps = flags.filter { flag in
                guard flag.rule == "cadence.slot-empty", case .slotEmpty(_, _, nil) = flag.detail else { return false }
                return true
            }.count
            rows.append(WeekRow(week: week, posts: Cadence.summary(plan: plan, week: week).posts,
                                min: goals.minPerWeek, max: goals.maxPerWeek, gaps: gaps,
                                errors: flags.filter { $0.severity == .error }.count))
        }
        var errors = rows.reduce(0) { $0 + $1.errors }
        // Conflicts outside the weeks shown (the weeks' own are already counted).
        if let first = rows.first?.week.start, let last = rows.last?.week.end {
            errors += ConflictFlags.flags(plan: plan, posts: plan.posts[...], week: nil).filter { flag in
                guard let d = flag.date else { return true }
                return d < first || d > last
            }.count
        }
        var due = 0
        for p in plan.posts(from: today, to: today.adding(days: Swift.max(0, goals.leadDays))) where p.status < .ready { due += 1 }
        var lastPosted: CalendarDate?
        if let start = plan.datedRange?.lowerBound, start <= today {
            let upTo = plan.posts(from: start, to: today)
            lastPosted = upTo.last(where: { $0.status == .posted })?.date
        }
        var awaiting = 0
        if let first = rows.first?.week.start, let last = rows.last?.week.end {
            awaiting = plan.awaitingApprovalCount(from: first, to: last)
        }
        self.init(name: plan.profile.name, specialty: plan.profile.specialty, weeks: rows, errors: errors, due: due,
                  awaitingApproval: awaiting, lastPosted: lastPosted, streak: Cadence.streak(plan: plan, today: today))
    }

    /// "Needs attention first": the order of `rounds overview` and the board. A plan comes
    /// before another when it has more errors; then more drafts due within their lead days;
    /// then more posts awaiting approval; then more gaps in the weeks shown; then more weeks under the minimum; then a shorter
    /// streak; then by name (case-insensitive), so the order is total and stable.
    public static func needsAttentionFirst(_ a: PlanSummary, _ b: PlanSummary) -> Bool {
        let ka = a.attentionKey, kb = b.attentionKey
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.name.lowercased() < b.name.lowercased()
    }

    /// The terms of `needsAttentionFirst`, smallest first (counts negated).
    public var attentionKey: [Int] {
        [-errors, -due, -awaitingApproval, -weeks.reduce(0) { $0 + $1.gaps }, -weeks.filter(\.isUnder).count, streak]
    }
}
