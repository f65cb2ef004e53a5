/// The themed slots of one week, each filled by a post of its theme on its day or empty,
/// and the posts that fill no slot (another day or theme), which are shown, never lost.
public struct WeekGrid: Sendable, Equatable {
    public struct Slot: Sendable, Equatable {
        public var date: CalendarDate
        public var theme: Theme
        public var post: Post?
    }

    public var week: Week
    public var slots: [Slot]
    public var extras: [Post]
    /// Every post of the week, in file order.
    public var posts: [Post]

    public init(plan: Plan, week: Week) {
        self.week = week
        posts = Array(plan.posts(from: week.start, to: week.end))
        var used = Set<String>()
        var slots: [Slot] = []
        for date in week.days {
            for theme in plan.themes where theme.weekdays.contains(date.weekday) && WeekGrid.isDue(theme, in: week) {
                let post = posts.first { $0.date == date && $0.themeID == theme.id && !used.contains($0.id) }
                if let post { used.insert(post.id) }
                slots.append(Slot(date: date, theme: theme, post: post))
            }
        }
        self.slots = slots
        extras = posts.filter { !used.contains($0.id) }
    }

    /// Whether a theme that runs every N weeks has a slot in this week. Weeks are counted
    /// from a fixed Monday, so the rhythm does not depend on when the plan was created.
    public static func isDue(_ theme: Theme, in week: Week) -> Bool {
        guard theme.everyWeeks > 1 else { return true }
        let mondayNumber = week.start.dayNumber + (week.weekStart == .sunday ? 1 : 0)
        let weekIndex = (mondayNumber + 3) / 7  // 1970-01-05 was a Monday: index 1
        return weekIndex % theme.everyWeeks == 0
    }

    /// Posts on a day: its slots in theme order, then the extras.
    public func items(on date: CalendarDate) -> [Item] {
        slots.filter { $0.date == date }.map { Item.slot($0) } + extras.filter { $0.date == date }.map { Item.extra($0) }
    }

    /// One line in a day column: a themed slot (filled or a gap) or an extra post.
    public enum Item: Sendable, Equatable {
        case slot(Slot)
        case extra(Post)

        public var post: Post? {
            switch self {
            case .slot(let s): s.post
            case .extra(let p): p
            }
        }

        public var themeID: String {
            switch self {
            case .slot(let s): s.theme.id
            case .extra(let p): p.themeID
            }
        }
    }
}
