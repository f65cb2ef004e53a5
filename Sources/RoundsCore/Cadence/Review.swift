/// Everything that needs the doctor's attention in a stretch of the plan: the cadence flags
/// and the linter's findings on each post, in one list, by week and most severe first.
public enum Review {
    public static func weekFlags(plan: Plan, week: Week, today: CalendarDate) -> [PlanFlag] {
        let cadence = Cadence.weekFlags(plan: plan, week: week, today: today)
        let lint = Linter.flags(plan: plan, posts: plan.posts(from: week.start, to: week.end), today: today)
        let merge = ConflictFlags.flags(plan: plan, posts: plan.posts(from: week.start, to: week.end), week: week)
        return (cadence + lint + merge).sorted(by: PlanFlag.order)
    }

    public static func flags(plan: Plan, from: CalendarDate, to: CalendarDate, today: CalendarDate) -> [PlanFlag] {
        let cadence = Cadence.flags(plan: plan, from: from, to: to, today: today)
        let first = Week(containing: from, weekStart: plan.profile.weekStart).start
        let last = Week(containing: to, weekStart: plan.profile.weekStart).end
        let lint = Linter.flags(plan: plan, posts: plan.posts(from: first, to: last), today: today)
        // Merge conflicts anywhere in the plan (ideas and other weeks too): nothing hides them.
        let merge = ConflictFlags.flags(plan: plan, posts: plan.posts[...], week: nil)
        guard !lint.isEmpty || !merge.isEmpty else { return cadence }
        return (cadence + lint + merge).sorted(by: PlanFlag.order)
    }
}
