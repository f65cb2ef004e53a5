/// What keeps a post out of a scheduler's import: a scheduler publishes on its own, so a post
/// with an unreviewed linter error, consent that does not cover it, a template placeholder
/// still in its body, or (where the plan requires approvals) no approval of its text must not
/// reach one unnoticed.
public enum ExportProblem: Equatable, Sendable {
    case finding(postID: String, title: String, date: CalendarDate?, finding: LintFinding)
    case consent(postID: String, title: String, date: CalendarDate?, reason: String)
    case placeholder(postID: String, title: String, date: CalendarDate?, text: String)
    case approval(postID: String, title: String, date: CalendarDate?, problem: ApprovalProblem)

    public var postID: String {
        switch self {
        case .finding(let id, _, _, _), .consent(let id, _, _, _), .placeholder(let id, _, _, _), .approval(let id, _, _, _): id
        }
    }

    /// The problem in a few words, naming the post ("Mon 2026-03-02 'Sleep' (a1b2c3): …").
    public var description: String {
        func name(_ id: String, _ title: String, _ date: CalendarDate?) -> String {
            (date.map { "\($0.weekday.name.prefix(3)) \($0.iso) " } ?? "") + "'\(title)' (\(id))"
        }
        switch self {
        case .finding(let id, let title, let date, let f):
            return "\(name(id, title, date)): unacknowledged \(f.rule) “\(f.excerpt)”: \(f.message)"
        case .consent(let id, let title, let date, let reason):
            return "\(name(id, title, date)): consent: \(reason)"
        case .placeholder(let id, let title, let date, let text):
            return "\(name(id, title, date)): the template placeholder “\(text)” is still in the body"
        case .approval(let id, let title, let date, let problem):
            return "\(name(id, title, date)): approval: \(problem)"
        }
    }
}

public enum ExportGate {
    /// Every problem of the posts, in their order.
    public static func problems(_ plan: Plan, posts: some Sequence<Post>, today: CalendarDate) -> [ExportProblem] {
        var out: [ExportProblem] = []
        for post in posts {
            let theme = plan.theme(id: post.themeID)
            if theme?.requiresConsent == true, let reason = Plan.consentProblem(post, today: today) {
                out.append(.consent(postID: post.id, title: post.title, date: post.date, reason: reason))
            }
            for f in Plan.blockingFindings(Linter.lint(post, in: plan, today: today)) {
                out.append(.finding(postID: post.id, title: post.title, date: post.date, finding: f))
            }
            if let theme, let text = placeholder(in: post.body, template: theme.template) {
                out.append(.placeholder(postID: post.id, title: post.title, date: post.date, text: text))
            }
            if plan.approvals.required, let problem = Plan.approvalIssue(post) {
                out.append(.approval(postID: post.id, title: post.title, date: post.date, problem: problem))
            }
        }
        return out
    }

    /// The first bracketed placeholder of the template (`[the tip, in one sentence]`) that the
    /// body still holds word for word.
    public static func placeholder(in body: String, template: String) -> String? {
        var rest = template[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let candidate = String(rest[open...close])
            if candidate.count > 2, body.contains(candidate) { return candidate }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }
}
