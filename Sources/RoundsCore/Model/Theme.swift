/// A content theme: what a slot is about, its color, its day(s) and its template.
public struct Theme: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// A short label for narrow columns ("Tip").
    public var label: String
    public var color: ThemeColor
    public var weekdays: [Weekday]
    /// How often the theme should appear: every `everyWeeks` weeks (1 = weekly).
    public var everyWeeks: Int
    public var description: String
    public var template: String
    public var requiresConsent: Bool
    public var requiresDisclaimer: Bool

    public init(id: String, name: String, label: String, color: ThemeColor, weekdays: [Weekday],
                everyWeeks: Int = 1, description: String = "", template: String = "",
                requiresConsent: Bool = false, requiresDisclaimer: Bool = true) {
        self.id = id
        self.name = name
        self.label = label
        self.color = color
        self.weekdays = weekdays
        self.everyWeeks = everyWeeks
        self.description = description
        self.template = template
        self.requiresConsent = requiresConsent
        self.requiresDisclaimer = requiresDisclaimer
    }
}

/// The eight terminal colors a theme may use; the UI maps them, or falls back to monochrome.
public enum ThemeColor: String, CaseIterable, Sendable {
    case red, green, yellow, blue, magenta, cyan, white, black
}
