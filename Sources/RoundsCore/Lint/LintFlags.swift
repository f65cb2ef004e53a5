/// Linter findings as plan flags, so `rounds check`, the planner's flags panel and the text
/// export show one list, most severe first.
extension Linter {
    /// What each rule found, in a few words ("a phone number").
    public static let shortLabels: [String: String] = Dictionary(uniqueKeysWithValues: RuleID.allCases.map { ($0.rawValue, $0.label) })

    /// Unacknowledged findings of every post in the list, as flags. Consent is left to the
    /// cadence rule `consent.missing`, which knows the status.
    public static func flags(plan: Plan, posts: some Sequence<Post>, today: CalendarDate) -> [PlanFlag] {
        var out: [PlanFlag] = []
        for post in posts {
            guard let date = post.date else { continue }
            let context = LintContext.forPost(post, in: plan, today: today)
            let name = PlanFlag.PostName(day: date.weekday, theme: plan.theme(id: post.themeID)?.name ?? post.themeID, title: post.title)
            for f in lint(post.title + "\n" + post.body, context: context) where !f.acknowledged && f.rule != "consent.missing" {
                out.append(PlanFlag(rule: f.rule, severity: f.severity, week: Week(containing: date, weekStart: plan.profile.weekStart),
                                    date: date, themeID: post.themeID, postID: post.id,
                                    detail: .lint(name, what: shortLabels[f.rule] ?? f.rule, excerpt: f.excerpt, advice: f.message)))
            }
        }
        return out
    }

    /// Findings for a post, with its theme's rules and the plan's allow-list.
    public static func lint(_ post: Post, in plan: Plan, today: CalendarDate) -> [LintFinding] {
        lint(post.title + "\n" + post.body, context: LintContext.forPost(post, in: plan, today: today))
    }
}
