/// The `check` flag for an observance the doctor wants that falls in a week where no post
/// mentions it: a nudge (`info`), never a failure.
public enum ObservanceFlags {
    public static let rule = "observance.unmentioned"

    /// Flags for the weeks touching `from...to`, from observances already chosen for the
    /// doctor (`ObservanceInterest`). Past weeks are left alone. A month-long observance is
    /// flagged once, in the week of its first day.
    /// How far ahead `rounds check` looks for observances nobody has planned for.
    public static let horizonDays = 366

    public static func flags(plan: Plan, placed: [PlacedObservance], from: CalendarDate, to: CalendarDate, today: CalendarDate) -> [PlanFlag] {
        var out: [PlanFlag] = []
        var week = Week(containing: from, weekStart: plan.profile.weekStart)
        while week.start <= to {
            defer { week = week.adding(weeks: 1) }
            if week.end < today { continue }
            let posts = plan.posts(from: week.start, to: week.end)
            for p in placed {
                let inWeek = p.isMonth ? week.contains(p.start) : p.overlaps(week.start, week.end)
                guard inWeek, !posts.contains(where: { mentions($0, p.observance) }) else { continue }
                let o = p.observance
                let day = max(p.start, week.start)
                out.append(PlanFlag(rule: rule, severity: .info, week: week, date: day,
                                    detail: .observanceUnmentioned(message: "\(o.name) (\(p.when)\(o.organiser.isEmpty ? "" : ", " + o.organiser)) falls this week and no post mentions it")))
            }
            if week.end >= CalendarDate.latest { break }
        }
        return out
    }

    /// Whether a post's title, body or hashtags name the observance (case and accents
    /// ignored; `#WorldHeartDay` counts).
    public static func mentions(_ post: Post, _ o: Observance) -> Bool {
        let name = o.name.searchFolded
        let squeezed = String(name.filter { $0.isLetter || $0.isNumber })
        let text = (post.title + "\n" + post.body).searchFolded
        if text.contains(name) { return true }
        let textSqueezed = String(text.filter { $0.isLetter || $0.isNumber })
        if !squeezed.isEmpty, textSqueezed.contains(squeezed) { return true }
        return post.hashtags.contains { tag in String(tag.searchFolded.filter { $0.isLetter || $0.isNumber }) == squeezed }
    }
}

/// Chooses the observance each new idea should mention: one on the slot's day or within
/// three days of it, else a month-long one that covers the day. Each observance goes to one
/// slot, the nearest first (World Health Day on a Wednesday goes to Wednesday's slot, not
/// Monday's), the better fitting first among equals.
public enum ObservanceIdeas {
    public static let nearDays = 3

    public static func assign(dates: [CalendarDate], from placed: [PlacedObservance], interest: ObservanceInterest?,
                              excluding used: Set<String>) -> [CalendarDate: PlacedObservance] {
        func distance(_ p: PlacedObservance, _ d: CalendarDate) -> Int {
            if p.contains(d) { return 0 }
            return d < p.start ? d.days(until: p.start) : p.end.days(until: d)
        }
        func fit(_ p: PlacedObservance) -> Int { interest?.fit(p.observance) ?? 1 }
        var pairs: [(date: CalendarDate, p: PlacedObservance, distance: Int)] = []
        for d in dates {
            for p in placed where !p.isMonth && !used.contains(p.observance.id) {
                let n = distance(p, d)
                if n <= nearDays { pairs.append((d, p, n)) }
            }
        }
        pairs.sort { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            if fit(a.p) != fit(b.p) { return fit(a.p) > fit(b.p) }
            if a.date != b.date { return a.date < b.date }
            return PlacedObservance.order(a.p, b.p)
        }
        var out: [CalendarDate: PlacedObservance] = [:]
        var taken = used
        for pair in pairs where out[pair.date] == nil && !taken.contains(pair.p.observance.id) {
            out[pair.date] = pair.p
            taken.insert(pair.p.observance.id)
        }
        for d in dates where out[d] == nil {
            let month = placed.filter { $0.isMonth && $0.contains(d) && !taken.contains($0.observance.id) }
                .min { a, b in fit(a) != fit(b) ? fit(a) > fit(b) : PlacedObservance.order(a, b) }
            if let month {
                out[d] = month
                taken.insert(month.observance.id)
            }
        }
        return out
    }

    /// The idea's title: "World Heart Day: Health Tip (idea)".
    public static func title(theme: String, observance: Observance) -> String {
        observance.name + ": " + theme + " (idea)"
    }

    /// A note that heads the idea's body: what the observance is, when, who runs it, where to read more.
    public static func note(_ p: PlacedObservance) -> String {
        let o = p.observance
        var s = "\(o.name) · \(p.when)" + (o.organiser.isEmpty ? "" : " · " + o.organiser)
        if !o.description.isEmpty { s += "\n" + o.description }
        if !o.source.isEmpty { s += "\nSource: " + o.source }
        return s + "\n\n"
    }
}
