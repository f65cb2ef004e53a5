import RoundsCore

/// The wanted observances placed a year at a time, kept for the years the planner has shown:
/// placing a year costs a fraction of a millisecond, filtering it for a week almost nothing.
struct ObservanceYears: Equatable, Sendable {
    private(set) var interest: ObservanceInterest?
    private var years: [Int: [PlacedObservance]] = [:]

    /// Those touching `from...to`, in order; recomputed when the profile's choice changes.
    mutating func placed(_ all: [Observance], profile: Profile, from: CalendarDate, to: CalendarDate) -> [PlacedObservance] {
        let wanted = ObservanceInterest(profile: profile)
        if wanted != interest {
            interest = wanted
            years = [:]
        }
        var out: [PlacedObservance] = []
        for year in from.year...to.year {
            if years[year] == nil, let s = CalendarDate(year: year, month: 1, day: 1), let e = CalendarDate(year: year, month: 12, day: 31) {
                // Kept small: a long session wandering over decades does not grow without bound.
                if years.count > 8 { years = [:] }
                years[year] = ObservanceSet(all).placed(from: s, to: e, where: wanted.wants)
            }
            for p in years[year] ?? [] where p.overlaps(from, to) && !out.contains(p) { out.append(p) }
        }
        return out.sorted(by: PlacedObservance.order)
    }
}
