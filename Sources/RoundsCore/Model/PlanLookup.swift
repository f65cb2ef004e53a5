/// Finding a theme or platforms by what a person types: an id or a name, in any case.
/// The importer, the planner's prompts and lists use these, so they accept the same words.
extension Plan {
    /// A theme by id, name or label ("qa", "Q&A", "health tip").
    public func theme(named text: String) -> Theme? {
        let t = text.trimmingSpaces.lowercased()
        guard !t.isEmpty else { return nil }
        return themes.first { $0.id == t || $0.name.lowercased() == t || $0.label.lowercased() == t }
    }

    /// Platform ids from "LinkedIn, x; instagram", in the order given, each once.
    public func platformIDs(from text: String) throws(PlanError) -> [String] {
        var out: [String] = []
        for raw in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }) {
            let name = String(raw).trimmingSpaces.lowercased()
            if name.isEmpty { continue }
            guard let p = profile.platforms.first(where: { $0.id == name || $0.name.lowercased() == name }) else {
                throw .invalid("unknown platform '\(name)' (platforms: \(profile.platforms.map(\.id).joined(separator: ", ")))")
            }
            if !out.contains(p.id) { out.append(p.id) }
        }
        return out
    }
}
