/// The weeks of a range, in order, with the indices of their posts, for the analyses and
/// exports that go week by week: memory and time grow with the posts, not with the weeks.
///
/// A run of empty weeks longer than `quietLimit` is reported as its first `quietLimit` weeks
/// and then one folded stretch (what would follow is the same gap, week after week), so
/// `--from 0001-01-01 --to 9999-12-31` costs what the posts cost. The walk ends at the
/// calendar's last week (9999-12-27 to 9999-12-31, whose days past the 31st do not exist).
public enum WeekWalk {
    /// Empty weeks in a row shown before the rest of the run is folded into one line.
    public static let quietLimit = 12

    public enum Step {
        /// A week shown in full, with the range of its posts in `plan.posts`.
        case week(Week, posts: Range<Int>)
        /// Weeks with no posts, left out: the first and last of them, and how many.
        case quiet(first: Week, last: Week, weeks: Int)
    }

    /// Calls `body` for each step of the weeks overlapping `from...to`.
    public static func walk(_ plan: Plan, from: CalendarDate, to: CalendarDate, _ body: (Step) -> Void) {
        guard from <= to else { return }
        let posts = plan.posts
        let weekStart = plan.profile.weekStart
        var week = Week(containing: from, weekStart: weekStart)
        var cursor = plan.postIndices(from: week.start, to: week.start).lowerBound
        var emptyRun = 0
        while week.start <= to {
            let end = week.end
            var hi = cursor
            while hi < posts.count, let d = posts[hi].date, d <= end { hi += 1 }
            if hi == cursor {
                emptyRun += 1
                if emptyRun > quietLimit {
                    // Skip to the week of the next post (or the end of the range) in one step.
                    let nextPost = cursor < posts.count ? posts[cursor].date : nil
                    let resume = nextPost.map { Week(containing: $0, weekStart: weekStart) }
                    let lastEnd = min(to, CalendarDate.latest)
                    let lastQuiet: Week
                    if let resume, resume.start <= to {
                        lastQuiet = Week(containing: resume.start.adding(days: -1), weekStart: weekStart)
                    } else {
                        lastQuiet = Week(containing: lastEnd, weekStart: weekStart)
                    }
                    let weeks = week.start.days(until: lastQuiet.start) / 7 + 1
                    body(.quiet(first: week, last: lastQuiet, weeks: weeks))
                    guard let resume, resume.start <= to, resume.start > week.start else { return }
                    week = resume
                    emptyRun = 0
                    continue
                }
            } else {
                emptyRun = 0
            }
            body(.week(week, posts: cursor..<hi))
            cursor = hi
            // The last week of the calendar has no successor: adding a week would land on it again.
            let following = Week(containing: week.start.adding(days: 7), weekStart: weekStart)
            guard following.start > week.start else { return }
            week = following
        }
    }

    /// "No posts in the 412345 weeks from 2027-W10 to 9999-W52 (…): their gaps and flags are left out."
    public static func quietLine(_ first: Week, _ last: Week, _ weeks: Int) -> String {
        "No posts in the \(weeks) weeks from \(first.isoName) to \(last.isoName) (\(first.start.iso) – \(last.end.iso)): their gaps and flags are left out."
    }

    /// The folded stretches of a range.
    public static func quietRuns(_ plan: Plan, from: CalendarDate, to: CalendarDate) -> [(first: Week, last: Week, weeks: Int)] {
        var out: [(Week, Week, Int)] = []
        walk(plan, from: from, to: to) { step in
            if case .quiet(let a, let b, let n) = step { out.append((a, b, n)) }
        }
        return out
    }
}
