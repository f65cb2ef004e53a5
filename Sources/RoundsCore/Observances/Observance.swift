/// A health observance (World Health Day, American Heart Month, Stoptober): who runs it,
/// where, how it falls each year, which specialties it suits, and where that was checked.
public struct Observance: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var organiser: String
    /// `intl`, `us`, `uk`, `ie`, `ca`, `au`, `in`, … (lowercase letters).
    public var region: String
    public var rule: ObservanceRule
    /// The rule as written in the data file.
    public var ruleText: String
    /// Specialties and topics it suits (`cardiology`, `mental-health`, `general`).
    public var tags: [String]
    /// The organiser's (or the government's) own page that states the date.
    public var source: String
    /// When the date and rule were last checked against `source` (user entries may leave it out).
    public var checked: CalendarDate?
    /// One or two sentences of our own words.
    public var description: String

    public init(id: String, name: String, organiser: String, region: String, rule: ObservanceRule, ruleText: String? = nil,
                tags: [String], source: String, checked: CalendarDate?, description: String) {
        self.id = id
        self.name = name
        self.organiser = organiser
        self.region = region
        self.rule = rule
        self.ruleText = ruleText ?? rule.phrase
        self.tags = tags
        self.source = source
        self.checked = checked
        self.description = description
    }
}

/// One observance placed on the calendar: its first and last day that year.
public struct PlacedObservance: Hashable, Sendable {
    public var observance: Observance
    public var start: CalendarDate
    public var end: CalendarDate

    public init(observance: Observance, start: CalendarDate, end: CalendarDate) {
        self.observance = observance
        self.start = start
        self.end = end
    }

    public var isMonth: Bool { observance.rule.isMonth }
    public var isOneDay: Bool { start == end }
    public func contains(_ d: CalendarDate) -> Bool { d >= start && d <= end }
    public func overlaps(_ from: CalendarDate, _ to: CalendarDate) -> Bool { start <= to && end >= from }

    /// "7 Apr", "18–24 Nov", "28 Dec – 3 Jan", "February".
    public var when: String {
        if isMonth { return CalendarDate.monthNames[start.month - 1] }
        if isOneDay { return "\(start.day) \(start.shortMonthName)" }
        if start.month == end.month { return "\(start.day)–\(end.day) \(end.shortMonthName)" }
        return "\(start.day) \(start.shortMonthName) – \(end.day) \(end.shortMonthName)"
    }

    /// Day observances first, then weeks, then months; then by start and id.
    public static func order(_ a: PlacedObservance, _ b: PlacedObservance) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end < b.end }
        return a.observance.id < b.observance.id
    }
}
