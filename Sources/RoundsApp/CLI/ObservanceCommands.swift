import ArgumentParser
import RoundsCore

/// `rounds observances`: health observances for a stretch of days, from the shipped data and
/// the user's own files.
struct ObservancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observances",
        abstract: "Health observances (World Health Day, Heart Month…) for a year, a week or a range of days.",
        discussion: """
        Default: this week and the next seven. Dates come from each observance's rule (the \
        organiser's own statement, with its source). Your own entries go in \
        $XDG_CONFIG_HOME/rounds/observances/*.json. ics gives all-day events with stable UIDs, so \
        importing a newer file into a calendar updates them.
        """
    )

    @OptionGroup var planOptions: PlanOptions
    @Option(help: ArgumentHelp("A whole year.", valueName: "year")) var year: Int?
    @Option(help: ArgumentHelp("A week: 2027-W14, this, next, or any date in it.", valueName: "week")) var week: String?
    @Option(help: ArgumentHelp("First day of a range.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day of a range.", valueName: "date")) var to: String?
    @Option(name: .customLong("region"), help: ArgumentHelp("Only this region (intl, us, uk, …); repeat for more.", valueName: "region"))
    var regions: [String] = []
    @Option(name: .customLong("tag"), help: ArgumentHelp("Only observances with this tag (cardiology, …); repeat for more.", valueName: "tag"))
    var tags: [String] = []
    @Flag(help: "Only those the plan's profile asks for (its observance regions and tags).") var mine = false
    @Option(help: "text, json or ics.") var format: ObservanceFormat = .text

    enum ObservanceFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, ics
    }

    func validate() throws {
        let ways = (year != nil ? 1 : 0) + (week != nil ? 1 : 0) + (from != nil || to != nil ? 1 : 0)
        if ways > 1 { throw ValidationError("use one of --year, --week or --from/--to") }
        if let year, !(1...9999).contains(year) { throw ValidationError("--year: \(year) is not a year from 1 to 9999") }
        if mine, !regions.isEmpty || !tags.isEmpty { throw ValidationError("--mine takes the regions and tags from the plan: leave out --region and --tag") }
    }

    func run() throws {
        let env = planOptions.environment
        let today = env.today
        let (set, problems) = env.observances()
        for p in problems { FileHandleOut.stderr("rounds: warning: " + p) }
        // The plan, when there is one, gives the week's first day and the profile for --mine.
        let plan: Plan? = mine ? try planOptions.load().plan : try? planOptions.load().plan
        let weekStart = plan?.profile.weekStart ?? .monday
        let range = try chosenRange(today: today, weekStart: weekStart)
        let regions = self.regions.map { $0.lowercased() }, tags = self.tags.map { $0.lowercased() }
        let known = Set(set.regions), knownTags = Set(set.tags)
        for r in regions where !known.contains(r) {
            throw CLIFailure("--region: no observances for '\(r)' (regions: \(set.regions.joined(separator: ", ")))")
        }
        for t in tags where !knownTags.contains(t) {
            throw CLIFailure("--tag: no observance is tagged '\(t)' (tags: \(set.tags.joined(separator: ", ")))")
        }
        let interest = mine ? plan.map { ObservanceInterest(profile: $0.profile) } : nil
        let placed = set.placed(from: range.lowerBound, to: range.upperBound) { o in
            if let interest { return interest.wants(o) }
            if !regions.isEmpty, !regions.contains(o.region) { return false }
            if !tags.isEmpty, !o.tags.contains(where: { tags.contains($0) }) { return false }
            return true
        }
        switch format {
        case .text: FileHandleOut.stdout(ObservanceExport.text(placed, from: range.lowerBound, to: range.upperBound))
        case .json: FileHandleOut.stdout(ObservanceExport.json(placed, from: range.lowerBound, to: range.upperBound))
        case .ics: FileHandleOut.writeAll(1, ObservanceExport.ics(placed))
        }
    }

    /// A hundred years of observances is about 5,400 lines; the whole calendar would be 290 MB.
    static let maxDays = 36_525

    func chosenRange(today: CalendarDate, weekStart: WeekStart) throws -> ClosedRange<CalendarDate> {
        if let year, let s = CalendarDate(year: year, month: 1, day: 1), let e = CalendarDate(year: year, month: 12, day: 31) { return s...e }
        if let week {
            let w = try parseWeek(week, today: today, weekStart: weekStart)
            return w.start...w.end
        }
        if from != nil || to != nil {
            let f = try from.map { try parseDate($0, option: "--from", today: today) } ?? today
            let t = try to.map { try parseDate($0, option: "--to", today: today) } ?? f.adding(days: 55)
            guard f <= t else { throw CLIFailure("--from \(f.iso) is after --to \(t.iso)") }
            guard f.days(until: t) <= Self.maxDays else { throw CLIFailure("--from \(f.iso) --to \(t.iso) is more than 100 years: ask for a shorter range") }
            return f...t
        }
        let w = Week(containing: today, weekStart: weekStart)
        return w.start...w.adding(weeks: 7).end
    }
}

extension AppEnvironment {
    /// The observances the plan's profile asks for, placed over `from...to`.
    /// A broken user file is named on stderr; the rest is used.
    func wantedObservances(plan: Plan, from: CalendarDate, to: CalendarDate) -> [PlacedObservance] {
        let interest = ObservanceInterest(profile: plan.profile)
        let (set, problems) = observances()
        for p in problems { FileHandleOut.stderr("rounds: warning: " + p) }
        return set.placed(from: from, to: to, where: interest.wants)
    }
}
