/// What people type for names: an id or a name, in any case, with spaces as they come. The
/// command line and the planner read themes, platforms, theme packs and week starts through
/// these, so they accept the same words.
extension Plan {
    /// A theme by id, name or label, or an error that lists the names.
    public func themeID(named text: String) throws(PlanError) -> String {
        guard let t = theme(named: text) else {
            throw .invalid("unknown theme '\(text.trimmingSpaces)' (themes: \(themes.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")))")
        }
        return t.id
    }

    /// Platform ids from names given one per option (`--platform LinkedIn --platform x`), each
    /// of which may also be a list ("LinkedIn, X").
    public func platformIDs(from names: [String]) throws(PlanError) -> [String] {
        var out: [String] = []
        for name in names {
            for id in try platformIDs(from: name) where !out.contains(id) { out.append(id) }
        }
        return out
    }
}

extension Array where Element == ThemePack {
    /// A pack by id or name ("default", "Weekly three"), in any case.
    public func pack(named text: String) -> ThemePack? {
        let t = text.trimmingSpaces.lowercased()
        guard !t.isEmpty else { return nil }
        return first { $0.id.lowercased() == t } ?? first { $0.name.lowercased() == t }
    }
}

extension WeekStart {
    /// "monday", "Monday", "mon", "Sun".
    public init?(name: String) {
        let t = name.trimmingSpaces.lowercased()
        guard t.count >= 2, let match = WeekStart.allCases.first(where: { $0.rawValue.hasPrefix(t) }) else { return nil }
        self = match
    }
}

extension PostStatus {
    /// "draft", "Draft", "READY".
    public init?(name: String) {
        self.init(rawValue: name.trimmingSpaces.lowercased())
    }
}
