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
public struct PlanFlag: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var week: Week?
    public var date: CalendarDate?
    public var themeID: String?
    public var postID: String?
    public var message: String
    public var fix: String

    public init(rule: String, severity: Severity, week: Week?, date: CalendarDate? = nil, themeID: String? = nil,
                postID: String? = nil, message: String, fix: String) {
        self.rule = rule
        self.severity = severity
        self.week = week
        self.date = date
        self.themeID = themeID
        self.postID = postID
        self.message = message
        self.fix = fix
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
