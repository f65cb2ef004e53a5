/// How bad a finding is. Errors fail `rounds check`; warnings and info do not.
public enum Severity: String, CaseIterable, Sendable, Comparable {
    case error, warning, info

    var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Most severe first.
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Something the plan is missing or doing wrong, said the way a doctor would want to hear it,
/// with a fix. `rule` is a stable id that scripts may rely on.
///
/// The words are made from `detail` only when asked for: analysing a long plan makes many
/// flags that nobody reads, and building their sentences was most of the cost.
public struct PlanFlag: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var week: Week?
    public var date: CalendarDate?
    public var themeID: String?
    public var postID: String?
    public var detail: Detail

    public init(rule: String, severity: Severity, week: Week?, date: CalendarDate? = nil, themeID: String? = nil,
                postID: String? = nil, detail: Detail) {
        self.rule = rule
        self.severity = severity
        self.week = week
        self.date = date
        self.themeID = themeID
        self.postID = postID
        self.detail = detail
    }

    public init(rule: String, severity: Severity, week: Week?, date: CalendarDate? = nil, themeID: String? = nil,
                postID: String? = nil, message: String, fix: String) {
        self.init(rule: rule, severity: severity, week: week, date: date, themeID: themeID, postID: postID,
                  detail: .text(message: message, fix: fix))
    }

    public var message: String { detail.message }
    /// The message for a narrow panel: what is wrong first, then which post.
    public var shortMessage: String { detail.shortMessage }
    public var fix: String { detail.fix }

    /// A post named as a doctor would: "Friday's Success Story 'Back to running'".
    public struct PostName: Hashable, Sendable {
        public var day: Weekday
        public var theme: String
        public var title: String
        public var text: String { "\(day.name)'s \(theme) '\(title)'" }
    }

    /// What the flag is about, with the figures its sentences need.
    public enum Detail: Hashable, Sendable {
        case text(message: String, fix: String)
        case slotEmpty(day: Weekday, theme: String, movedTo: Weekday?)
        case weekUnder(count: Int, minimum: Int)
        case weekOver(count: Int, maximum: Int)
        case dayOver(count: Int, date: CalendarDate, maximum: Int)
        case themeMissing(theme: String, weeks: Int, every: Int, days: [Weekday])
        case silenceBefore(days: Int, date: CalendarDate, previous: CalendarDate, maximum: Int)
        case silenceSince(days: Int, last: CalendarDate, maximum: Int)
        case overdue(PostName, date: CalendarDate, status: PostStatus)
        case notReady(PostName, inDays: Int, status: PostStatus, lead: Int)
        case consentMissing(PostName, reason: String, postID: String)
        /// The plan requires approvals and a ready or scheduled post has none covering its text.
        case approvalMissing(PostName, status: PostStatus, problem: ApprovalProblem, postID: String)
        case platformMissing(platform: String, count: Int, minimum: Int)
        case imbalance(theme: String, count: Int, total: Int)
        case lint(PostName, what: String, excerpt: String, advice: String)
        /// A git merge could not choose: both values, or which side deleted the post.
        case mergeConflict(PostName?, MergeConflictText)
        /// A body that still holds its template's placeholders (the first, and how many more).
        case placeholder(PostName, first: String, more: Int, postID: String)
        /// A health observance falls in the week and no post mentions it.
        case observanceUnmentioned(message: String)

        public var message: String {
            switch self {
            case .text(let message, _), .observanceUnmentioned(let message): return message
            case .slotEmpty(let day, let theme, let moved?): return "\(day.name)'s \(theme) slot is empty (this week's is on \(moved.name))"
            case .slotEmpty(let day, let theme, nil): return "\(day.name)'s \(theme) is empty"
            case .weekUnder(let n, let minimum): return "\(n) of at least \(minimum) posts planned this week"
            case .weekOver(let n, let maximum): return "\(n) posts planned, more than the goal of \(maximum): consistency beats frequency"
            case .dayOver(let n, let d, let maximum): return "\(n) posts on \(d.weekday.name) \(d.iso); the plan allows \(maximum) a day"
            case .themeMissing(let theme, let weeks, let every, _):
                return "no \(theme) for \(weeks) weeks (the goal is \(every == 1 ? "every week" : "every \(every) weeks"))"
            case .silenceBefore(let days, let d, _, let maximum):
                return "\(days) silent days before \(d.weekday.name) \(d.iso) (the goal is at most \(maximum))"
            case .silenceSince(let days, let last, let maximum): return "\(days) silent days since \(last.iso) (the goal is at most \(maximum))"
            case .overdue(let name, let d, let status): return "\(name.text) was due \(d.iso) and is still \(status.rawValue)"
            case .notReady(let name, let days, let status, _):
                let when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days"
                return "\(name.text) goes out \(when) and is still \(status.rawValue)"
            case .consentMissing(let name, let reason, _): return "\(name.text) has no valid written consent: \(reason)"
            case .approvalMissing(let name, let status, let problem, _): return "\(name.text) is \(status.rawValue) without a valid approval: \(problem)"
            case .platformMissing(let platform, let n, let minimum): return "\(n) of at least \(minimum) posts on \(platform) this week"
            case .imbalance(let theme, let n, let total): return "\(theme) is \(n) of the last \(total) posts over 4 weeks"
            case .lint(let name, let what, let excerpt, _):
                let shown = excerpt.count > 40 ? String(excerpt.prefix(39)) + "…" : excerpt
                return "\(name.text) has \(what)" + (shown.isEmpty ? "" : ": “\(shown)”")
            case .mergeConflict(let name, let c): return c.message(name)
            case .placeholder(let name, let first, let more, _):
                return "\(name.text) still holds the template's placeholder \(first)" + (more > 0 ? " (and \(more) more)" : "")
            }
        }

        public var shortMessage: String {
            func post(_ n: PostName, _ what: String) -> String { "\(n.day.shortName) · \(what) · '\(n.title)'" }
            switch self {
            case .text(let message, _), .observanceUnmentioned(let message): return message
            case .slotEmpty(let day, let theme, let moved?): return "\(day.shortName) · \(theme) slot empty (on \(moved.shortName))"
            case .slotEmpty(let day, let theme, nil): return "\(day.shortName) · \(theme) slot empty"
            case .weekUnder(let n, let minimum): return "\(n) of \(minimum)+ posts this week"
            case .weekOver(let n, let maximum): return "\(n) posts, over the goal of \(maximum)"
            case .dayOver(let n, let d, let maximum): return "\(d.weekday.shortName) · \(n) posts, \(maximum) allowed"
            case .themeMissing(let theme, let weeks, _, _): return "no \(theme) for \(weeks) weeks"
            case .silenceBefore(let days, let d, _, _): return "\(d.weekday.shortName) · \(days) silent days before"
            case .silenceSince(let days, _, _): return "\(days) silent days so far"
            case .overdue(let n, _, let status): return post(n, "overdue, still \(status.rawValue)")
            case .notReady(let n, let days, let status, _):
                return post(n, "\(status.rawValue), out \(days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days) days")")
            case .consentMissing(let n, _, _): return post(n, "no valid consent")
            case .approvalMissing(let n, let status, _, _): return post(n, "\(status.rawValue), not approved")
            case .platformMissing(let platform, let n, let minimum): return "\(n) of \(minimum)+ on \(platform)"
            case .imbalance(let theme, let n, let total): return "\(theme) is \(n) of \(total) recent posts"
            case .lint(let n, let what, let excerpt, _):
                let shown = excerpt.count > 24 ? String(excerpt.prefix(23)) + "…" : excerpt
                return post(n, what + (shown.isEmpty ? "" : " “\(shown)”"))
            case .mergeConflict(let n?, let c): return post(n, c.short)
            case .mergeConflict(nil, let c): return (c.ideaTitle.map { "idea · " + c.short + " · '\($0)'" }) ?? c.short
            case .placeholder(let n, _, _, _): return post(n, "template placeholder left")
            }
        }

        /// The fix, in words that name no key and no command (each front end words its own:
        /// `remedy` says what to do).
        public var fix: String { remedy.description }

        /// What would fix the flag, as data.
        public var remedy: Remedy {
            switch self {
            case .text(_, let fix): return .text(fix)
            case .slotEmpty(let day, _, _?): return .moveBack(day: day)
            case .slotEmpty(let day, _, nil): return .startPost(day: day)
            case .weekUnder(let n, let minimum): return .addPosts(minimum - n)
            case .weekOver: return .moveToQuieterWeek
            case .dayOver: return .moveToOtherDay
            case .themeMissing(_, _, _, let days): return .planOn(days)
            case .silenceBefore(_, let d, let previous, _): return .addBetween(previous, d)
            case .silenceSince: return .planSoon
            case .overdue: return .markPostedOrMove
            case .notReady(_, _, _, let lead): return .finishAndMarkReady(lead: lead)
            case .consentMissing(_, _, let id): return .recordConsent(postID: id)
            case .approvalMissing(_, _, _, let id): return .approve(postID: id)
            case .platformMissing(let platform, _, _): return .addPlatform(platform)
            case .imbalance: return .balanceThemes
            case .lint(_, _, _, let advice): return .text(advice)
            case .mergeConflict(_, let c): return c.remedy
            case .placeholder(_, _, _, let id): return .replacePlaceholders(postID: id)
            case .observanceUnmentioned: return .planForObservance
            }
        }
    }

    /// What would fix a flag. The core says what; the planner says which key ("press C"),
    /// the command line which command (`rounds consent ID …`).
    public enum Remedy: Hashable, Sendable, CustomStringConvertible {
        case text(String)
        case startPost(day: Weekday)
        case moveBack(day: Weekday)
        case addPosts(Int)
        case moveToQuieterWeek
        case moveToOtherDay
        case planOn([Weekday])
        case addBetween(CalendarDate, CalendarDate)
        case planSoon
        case markPostedOrMove
        case finishAndMarkReady(lead: Int)
        case recordConsent(postID: String)
        /// An approver approves the post's current text (or it goes back to draft).
        case approve(postID: String)
        case addPlatform(String)
        case balanceThemes
        case replacePlaceholders(postID: String)
        /// An observance nobody posts about: ideas that name it, or a mention.
        case planForObservance
        /// A merge conflict: keep ours or take theirs (for a deletion, `deletedBy` names the side
        /// that deleted the post).
        case resolveConflict(postID: String?, field: String, deletedBy: MergeConflict.Side?)

        /// Plain words, without keys or commands.
        public var description: String {
            switch self {
            case .text(let t): t
            case .startPost(let day): "start one on \(day.name)"
            case .moveBack(let day): "move it back to \(day.name), or leave it"
            case .addPosts(let n): "add \(n) more"
            case .moveToQuieterWeek: "move one to a quieter week, or back to the ideas"
            case .moveToOtherDay: "move one to another day"
            case .planOn(let days): "plan one on \(days.map(\.name).joined(separator: " or "))"
            case .addBetween(let a, let b): "add a post between \(a.iso) and \(b.iso)"
            case .planSoon: "plan a post for the next few days"
            case .markPostedOrMove: "mark it posted, or move it to a new day"
            case .finishAndMarkReady(let lead): "finish it and mark it ready; drafts should be ready \(lead) days ahead"
            case .recordConsent: "record the written consent before it is ready"
            case .approve: "have an approver approve its current text, or set it back to draft"
            case .addPlatform(let p): "add \(p) to a post's platforms"
            case .balanceThemes: "give the other themes a turn"
            case .replacePlaceholders: "write your own words in its place"
            case .planForObservance: "plan a post for it, or mention it in a post"
            case .resolveConflict(_, _, let deletedBy?): "delete it, or keep it (the other side's edit, deleted by \(deletedBy.rawValue))"
            case .resolveConflict: "keep ours or take theirs"
            }
        }
    }

    /// By week, most severe first, then by date and rule.
    public static func order(_ a: PlanFlag, _ b: PlanFlag) -> Bool {
        if a.week != b.week { return (a.week?.start.dayNumber ?? Int.min) < (b.week?.start.dayNumber ?? Int.min) }
        if a.severity != b.severity { return a.severity < b.severity }
        let da = a.date?.dayNumber ?? Int.min, db = b.date?.dayNumber ?? Int.min
        if da != db { return da < db }
        if a.rule != b.rule { return a.rule < b.rule }
        return (a.postID ?? "") < (b.postID ?? "")
    }
}
