/// Changes to a plan that keep its hard rules: every edit is validated here, in the model,
/// so the CLI and the planner refuse the same things with the same words.
extension Plan {
    /// Adds a new post. `force` overrides the per-day maximum, never consent. `by`, when
    /// given, is recorded as the text's last editor.
    public mutating func add(_ post: Post, today: CalendarDate, force: Bool = false, by identity: Identity? = nil) throws(PlanError) {
        guard self.post(id: post.id) == nil else { throw .invalid("a post with id '\(post.id)' already exists") }
        var post = post
        if let identity { post.lastEdit = LastEdit(name: identity.name, user: identity.user, textHash: ConsentRecord.hash(of: post)) }
        try validate(post, replacing: nil, today: today, force: force)
        upsert(post)
    }

    /// Replaces a post after validating the change. Returns notices for the doctor (a status
    /// that was set back because consent or an approval no longer covers the text). `by`, when
    /// given, is recorded as the last editor of a changed title or body.
    @discardableResult
    public mutating func update(_ changed: Post, today: CalendarDate, now: Timestamp, force: Bool = false,
                                by identity: Identity? = nil) throws(PlanError) -> [String] {
        guard let old = post(id: changed.id) else { throw .unknownPost(changed.id) }
        var new = changed
        var notices: [String] = []
        let textChanged = old.title != new.title || old.body != new.body
        if textChanged, new.status == .posted, old.status == .posted {
            // What was posted stays posted: the plan keeps that it went out, and says the copy differs.
            notices.append("'\(new.title)' was already posted: changed after posting; edit it on each platform too")
        } else if textChanged, let consent = new.consent, !consent.revoked, theme(id: new.themeID)?.requiresConsent == true,
                  new.status >= .ready, old.status == new.status, ConsentRecord.hash(of: new) != consent.textHash {
            // Consent covers the exact text: text it does not cover needs re-confirmation
            // (typing and then undoing the change leaves it covered, and ready).
            new.status = .draft
            notices.append("the text changed after consent was recorded: '\(new.title)' is back to draft; confirm consent again")
        }
        if textChanged {
            if let identity { new.lastEdit = LastEdit(name: identity.name, user: identity.user, textHash: ConsentRecord.hash(of: new)) }
            let wasApproved = Plan.approvalIssue(old) == nil, isApproved = Plan.approvalIssue(new) == nil
            // An approval covers the exact words: say when a change leaves it behind, and take a
            // ready post back to draft where the plan requires approvals (as consent does).
            if approvals.required, !isApproved, new.status == .ready || new.status == .scheduled, old.status == new.status {
                new.status = .draft
                notices.append("the text changed and no approval covers it: '\(new.title)' is back to draft; approve it again")
            } else if wasApproved, !isApproved, let a = old.approval {
                notices.append("the text changed after \(a.by) approved it: the approval no longer covers '\(new.title)'")
            }
        }
        try validate(new, replacing: old, today: today, force: force)
        if new != old { new.updated = now }
        upsert(new)
        return notices
    }

    /// Checks a post against the plan's hard rules.
    public func validate(_ post: Post, replacing old: Post?, today: CalendarDate, force: Bool) throws(PlanError) {
        if post.title.trimmingSpaces.isEmpty { throw .emptyTitle }
        // Control characters and bidi overrides never come in (what an older file holds is
        // left alone until that field is edited; output escapes it).
        if old?.title != post.title, let problem = ControlCharacters.problem(in: post.title, field: "the title", multiline: false) {
            throw .invalid(problem)
        }
        if old?.body != post.body, let problem = ControlCharacters.problem(in: post.body, field: "the body", multiline: true) {
            throw .invalid(problem)
        }
        if old?.notes != post.notes, let problem = ControlCharacters.problem(in: post.notes, field: "the notes", multiline: true) {
            throw .invalid(problem)
        }
        if old?.hashtags != post.hashtags {
            // The field's name is worded only for a hashtag that has a problem (an import checks
            // every hashtag of every row).
            for tag in post.hashtags where !ControlCharacters.plainASCII(tag, multiline: false) {
                if let problem = ControlCharacters.problem(in: tag, field: "the hashtag '\(ControlCharacters.escaped(tag))'", multiline: false) {
                    throw .invalid(problem)
                }
            }
        }
        guard let theme = theme(id: post.themeID) else { throw .unknownTheme(post.themeID, known: themes.map(\.id)) }
        if let date = post.date, !force, old?.date != date {
            let sameDay = posts(from: date, to: date).filter { $0.id != post.id }.count
            if sameDay >= cadence.maxPerDay { throw .dayFull(date, max: cadence.maxPerDay) }
        }
        if post.status >= .ready, post.status != .posted, old == nil || old?.status != post.status || old?.body != post.body,
           let left = placeholders(in: post).first {
            throw .invalid("'\(post.title)' still holds the template's placeholder \(left): write the post before it can be \(post.status.rawValue)")
        }
        if theme.requiresConsent, post.status >= .ready, !(post.status == .posted && old?.status == .posted), old == nil || old?.status != post.status || old?.themeID != post.themeID || old?.title != post.title || old?.body != post.body {
            if let reason = Plan.consentProblem(post, today: today) {
                throw .consentRequired(title: post.title, reason: reason)
            }
        }
        // Where the plan requires approvals, the exact text must be approved before it goes out;
        // a post added as already posted is history, and one posted before stays posted.
        if approvals.required, post.status >= .ready, !(post.status == .posted && (old == nil || old?.status == .posted)),
           old == nil || old?.status != post.status || old?.title != post.title || old?.body != post.body,
           let problem = Plan.approvalIssue(post) {
            throw .approvalRequired(id: post.id, title: post.title, status: post.status, problem: problem)
        }
        // Nothing the linter calls an error goes out unreviewed: moving to ready, scheduled or
        // posted needs every error finding fixed or acknowledged (consent has its own rule above).
        // A post added as already posted is history (an import), not a post going out.
        if post.status >= .ready, old == nil ? post.status != .posted : old?.status != post.status {
            let open = Plan.blockingFindings(Linter.lint(post, in: self, today: today))
            if !open.isEmpty { throw .unacknowledgedFindings(id: post.id, title: post.title, status: post.status, findings: open) }
        }
    }

    /// The findings that keep a post from ready: unacknowledged errors, consent aside.
    public static func blockingFindings(_ findings: [LintFinding]) -> [LintFinding] {
        findings.filter { $0.severity == .error && !$0.acknowledged && $0.rule != "consent.missing" }
    }

    /// Why a post has no valid consent, or nil when it has.
    public static func consentProblem(_ post: Post, today: CalendarDate) -> String? { consentIssue(post, today: today)?.description }

    /// Why a post has no valid consent, as data, or nil when it has.
    public static func consentIssue(_ post: Post, today: CalendarDate) -> ConsentProblem? {
        guard let c = post.consent else { return .missing }
        return c.issue(for: post, today: today)
    }

    /// Moves a post to another day (nil: back to the ideas backlog).
    public mutating func move(id: String, to date: CalendarDate?, today: CalendarDate, now: Timestamp, force: Bool = false) throws(PlanError) {
        guard var p = post(id: id) else { throw .unknownPost(id) }
        p.date = date
        try update(p, today: today, now: now, force: force)
    }
}
