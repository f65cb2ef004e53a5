/// The doctor's whole content plan: profile, themes, cadence goals, posts and ideas.
///
/// A value type: every edit makes a new plan, which is what makes undo and the
/// compare-before-save check simple.
public struct Plan: Hashable, Sendable {
    /// The file format version this build writes.
    public static let currentVersion = 1

    public var profile: Profile
    public var themes: [Theme]
    public var cadence: CadenceGoals
    /// Strings that are never reported by the linter (the practice's own phone, address, site).
    public var allowList: [String]
    /// Link domains the linter accepts (the practice's site, guideline bodies).
    public var allowedDomains: [String]
    /// Kept in `Post.fileOrder`: dated posts by date, then ideas (no date).
    public private(set) var posts: [Post]
    /// Keys found in the file that this version does not know; written back unchanged.
    public var unknownFields: [String: JSONValue]
    /// Profile, theme and cadence values a git merge could not choose between (`conflicts`).
    public var conflicts: [MergeConflict] = []
    /// Whether posts need an approval of their text before they are ready, and who may give
    /// it: a setting of the profile (`rounds profile --approval required`).
    public var approvals: ApprovalPolicy {
        get { profile.approvals }
        set { profile.approvals = newValue }
    }

    public init(profile: Profile, themes: [Theme], cadence: CadenceGoals, allowList: [String] = [],
                allowedDomains: [String] = [], posts: [Post] = [], unknownFields: [String: JSONValue] = [:]) {
        self.profile = profile
        self.themes = themes
        self.cadence = cadence
        self.allowList = allowList
        self.allowedDomains = allowedDomains
        // A plan read from its file is already in order: checking is much cheaper than sorting.
        // Compared field by field: handing whole posts to `fileOrder` copied (retained) every one.
        var ordered = true
        var i = 1
        while i < posts.count {
            let a = posts[i - 1].date, b = posts[i].date
            if a != b {
                guard let b else { i += 1; continue }
                guard let a, a < b else { ordered = false; break }
            } else {
                let ta = posts[i - 1].time?.minutes ?? -1, tb = posts[i].time?.minutes ?? -1
                guard ta < tb || (ta == tb && posts[i - 1].id < posts[i].id) else { ordered = false; break }
            }
            i += 1
        }
        self.posts = ordered ? posts : posts.sorted(by: Post.fileOrder)
        self.unknownFields = unknownFields
    }

    public func theme(id: String) -> Theme? { themes.first { $0.id == id } }

    public func post(id: String) -> Post? { posts.first { $0.id == id } }

    /// Inserts or replaces a post (matched by id), keeping file order.
    public mutating func upsert(_ post: Post) {
        if let i = posts.firstIndex(where: { $0.id == post.id }) { posts.remove(at: i) }
        let index = insertionIndex(for: post)
        posts.insert(post, at: index)
    }

    /// Inserts a post whose id the caller knows is new (bulk import): no scan for the id.
    mutating func insertNew(_ post: Post) {
        posts.insert(post, at: insertionIndex(for: post))
    }

    /// Inserts many posts whose ids the caller knows are new, in one merge (an import of
    /// 100,000 rows in any order: inserting one by one moved the array each time).
    /// Returns the new posts in file order (sharing storage with the plan's when it was empty).
    @discardableResult
    mutating func insertNew(contentsOf new: consuming [Post]) -> [Post] {
        guard !new.isEmpty else { return [] }
        if new.count < 16 {
            let sorted = new.sorted(by: Post.fileOrder)
            for p in sorted { insertNew(p) }
            return sorted
        }
        let sorted = Plan.sortedInFileOrder(consume new)
        if posts.isEmpty { posts = sorted; return sorted }
        var merged: [Post] = []
        merged.reserveCapacity(posts.count + sorted.count)
        var i = 0, j = 0
        while i < posts.count, j < sorted.count {
            if Post.fileOrder(sorted[j], posts[i]) { merged.append(sorted[j]); j += 1 } else { merged.append(posts[i]); i += 1 }
        }
        merged.append(contentsOf: posts[i...])
        merged.append(contentsOf: sorted[j...])
        posts = merged
        return sorted
    }

    /// Posts in file order (`Post.fileOrder`), sorting small keys rather than the posts: a
    /// post holds a dozen references, and sorting 100,000 of them by value spent most of an
    /// import's time retaining and releasing. Posts already in order are returned as they are.
    static func sortedInFileOrder(_ new: consuming [Post]) -> [Post] {
        struct Key { var day: Int; var minutes: Int; var id: String; var index: Int }
        // Read through the buffer: `new[k].date` on the array copied the whole post first.
        let keys = new.withUnsafeBufferPointer { posts in
            posts.indices.map { k in
                Key(day: posts[k].date?.dayNumber ?? Int.max, minutes: posts[k].time?.minutes ?? -1, id: posts[k].id, index: k)
            }
        }
        func before(_ a: Key, _ b: Key) -> Bool {
            if a.day != b.day { return a.day < b.day }
            if a.minutes != b.minutes { return a.minutes < b.minutes }
            return a.id < b.id
        }
        var ordered = true
        for k in keys.indices.dropFirst() where !before(keys[k - 1], keys[k]) { ordered = false; break }
        if ordered { return new }
        // The posts are moved into place by swaps along the permutation's cycles: a copy of a
        // post retains each of its references, a swap retains none.
        let order = keys.sorted(by: before).map(\.index)
        var out = consume new
        var done = [Bool](repeating: false, count: order.count)
        out.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in order.indices where !done[start] {
                // out[k] must become new[order[k]]: follow the cycle from start, moving (a
                // swap through the array's subscript copied the post in and out).
                let first = (base + start).move()
                var k = start
                while true {
                    done[k] = true
                    let from = order[k]
                    if from == start { (base + k).initialize(to: first); break }
                    (base + k).moveInitialize(from: base + from, count: 1)
                    k = from
                }
            }
        }
        return out
    }

    @discardableResult
    public mutating func remove(id: String) -> Post? {
        guard let i = posts.firstIndex(where: { $0.id == id }) else { return nil }
        return posts.remove(at: i)
    }

    /// Posts dated within `from...to`, in order. Binary search: no scan of the whole plan.
    public func posts(from: CalendarDate, to: CalendarDate) -> ArraySlice<Post> {
        posts[postIndices(from: from, to: to)]
    }

    /// Indices in `posts` of the posts dated within `from...to`.
    public func postIndices(from: CalendarDate, to: CalendarDate) -> Range<Int> {
        guard from <= to else { return 0..<0 }
        let lo = lowerBound { p in p.date.map { $0 < from } ?? false }
        let hi = lowerBound { p in p.date.map { $0 <= to } ?? false }
        return lo..<max(lo, hi)
    }

    public var ideas: [Post] { posts.filter { $0.date == nil } }

    public var datedRange: ClosedRange<CalendarDate>? {
        guard let first = posts.first?.date else { return nil }
        let lastDated = posts.last(where: { $0.date != nil })?.date ?? first
        return first...lastDated
    }

    /// The first index where `isBefore` is false (posts are partitioned by it).
    private func lowerBound(_ isBefore: (Post) -> Bool) -> Int {
        var lo = 0, hi = posts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(posts[mid]) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func insertionIndex(for post: Post) -> Int {
        lowerBound { Post.fileOrder($0, post) }
    }

    /// Resolves an id or a unique prefix of one, as git does.
    public func resolve(idPrefix: String) throws(PlanError) -> Post {
        let p = idPrefix.lowercased()
        guard !p.isEmpty else { throw .unknownPost(idPrefix) }
        if let exact = posts.first(where: { $0.id == p }) { return exact }
        let matches = posts.filter { $0.id.hasPrefix(p) }
        switch matches.count {
        case 0: throw .unknownPost(idPrefix)
        case 1: return matches[0]
        default: throw .ambiguousPost(idPrefix, matches.prefix(5).map(\.id))
        }
    }
}

/// Who is posting, and the house rules of their accounts.
public struct Profile: Hashable, Sendable {
    public var name: String
    public var specialty: String
    public var audience: String
    public var platforms: [Platform]
    public var disclaimer: String
    public var weekStart: WeekStart
    /// IANA time zone name for timed exports (the planner itself works in days).
    public var timeZone: String
    /// Time given to posts with none, for schedulers that need one.
    public var defaultTime: TimeOfDay
    /// Observance regions the doctor chose (`rounds profile --observance-region`); nil: the
    /// default from the time zone (see `ObservanceInterest`).
    public var observanceRegions: [String]?
    /// Observance tags the doctor chose; nil: the default from the specialty.
    public var observanceTags: [String]?
    /// Approvals of posts' text (`rounds profile --approval`). In the file it sits at the top
    /// level (`approvals`), where an older rounds keeps it (it drops unknown profile keys).
    public var approvals = ApprovalPolicy()

    /// The name for headers, or where to set it when there is none yet.
    public var displayName: String { name.isEmpty ? "(your name: rounds profile --name)" : name }

    public init(name: String, specialty: String = "", audience: String = "", platforms: [Platform] = [],
                disclaimer: String, weekStart: WeekStart = .monday, timeZone: String = "UTC",
                defaultTime: TimeOfDay = TimeOfDay(hour: 9, minute: 0)!) {
        self.name = name
        self.specialty = specialty
        self.audience = audience
        self.platforms = platforms
        self.disclaimer = disclaimer
        self.weekStart = weekStart
        self.timeZone = timeZone
        self.defaultTime = defaultTime
    }
}

/// A social platform the doctor posts on.
public struct Platform: Hashable, Sendable {
    public var id: String
    public var name: String
    /// A professional account (practice page) or a personal one.
    public var professional: Bool
    /// The platform's character limit for a post, if any.
    public var characterLimit: Int?

    public init(id: String, name: String, professional: Bool = true, characterLimit: Int? = nil) {
        self.id = id
        self.name = name
        self.professional = professional
        self.characterLimit = characterLimit
    }
}

/// What the plan aims for, week by week.
public struct CadenceGoals: Hashable, Sendable {
    public var minPerWeek: Int
    public var maxPerWeek: Int
    public var maxPerDay: Int
    public var maxSilenceDays: Int
    /// A post must be `ready` this many days before its date.
    public var leadDays: Int
    /// Minimum posts per week per platform id.
    public var platformMinimums: [String: Int]

    public init(minPerWeek: Int = 2, maxPerWeek: Int = 3, maxPerDay: Int = 1, maxSilenceDays: Int = 4,
                leadDays: Int = 2, platformMinimums: [String: Int] = [:]) {
        self.minPerWeek = minPerWeek
        self.maxPerWeek = maxPerWeek
        self.maxPerDay = maxPerDay
        self.maxSilenceDays = maxSilenceDays
        self.leadDays = leadDays
        self.platformMinimums = platformMinimums
    }
}

/// Errors from looking up and changing a plan, with text a doctor understands.
public enum PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownPost(String)
    case ambiguousPost(String, [String])
    case unknownTheme(String, known: [String])
    case emptyTitle
    case dayFull(CalendarDate, max: Int)
    case consentRequired(title: String, reason: String)
    /// The post cannot move to `status` while the linter has these unacknowledged error
    /// findings; each front end words its own fix (a key in the planner, `rounds ack` here).
    case unacknowledgedFindings(id: String, title: String, status: PostStatus, findings: [LintFinding])
    /// The plan requires approvals and the post has none that covers its text.
    case approvalRequired(id: String, title: String, status: PostStatus, problem: ApprovalProblem)
    /// The plan lists who may approve, and this name is not among them.
    case notAnApprover(name: String, approvers: [String])
    /// Approvers must differ from the last editor, and this is who last changed the text.
    case approverIsEditor(title: String, name: String, editor: LastEdit)
    case invalid(String)

    public var description: String {
        switch self {
        case .unknownPost(let id): "no post with id '\(id)'"
        case .ambiguousPost(let id, let ids): "id '\(id)' is ambiguous: it matches \(ids.joined(separator: ", "))"
        case .unknownTheme(let id, let known): "unknown theme '\(id)' (themes: \(known.joined(separator: ", ")))"
        case .emptyTitle: "the title must not be empty"
        case .dayFull(let d, let max):
            "\(d.weekday.name) \(d.iso) already has \(max) post\(max == 1 ? "" : "s") (the plan allows \(max) a day)"
        case .consentRequired(let title, let reason):
            "'\(title)' needs a valid written consent record before it can be ready: \(reason)"
        case .unacknowledgedFindings(_, let title, let status, let findings):
            "'\(title)' cannot be \(status.rawValue) with \(findings.count == 1 ? "an unacknowledged error finding" : "\(findings.count) unacknowledged error findings"): "
                + findings.map { "\($0.rule) “\($0.excerpt)”" }.joined(separator: ", ") + "; fix the text, or acknowledge each finding"
        case .approvalRequired(_, let title, let status, let problem):
            "'\(title)' cannot be \(status.rawValue) without an approval of its text: \(problem)"
        case .notAnApprover(let name, let approvers):
            "\(name) is not an approver of this plan (approvers: \(approvers.joined(separator: ", ")))"
        case .approverIsEditor(let title, let name, let editor):
            ApprovalPolicy.sameName(editor.name, name) || editor.user.isEmpty
                ? "\(name) cannot approve '\(title)': \(editor.who) last changed its text, and this plan's approvers must differ from the last editor"
                // Another name, the same login: it is the login that edited.
                : "\(name) cannot approve '\(title)' from the login '\(editor.user)': that login last changed its text (as \(editor.name.isEmpty ? editor.user : editor.name)), and this plan's approvers must differ from the last editor"
        case .invalid(let text): text
        }
    }
}
