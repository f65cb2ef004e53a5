/// A set of themes a doctor starts a plan from (`Themes/*.json`): themes with their days,
/// colors and templates, the cadence they are meant for, and a default disclaimer.
public struct ThemePack: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    public var themes: [Theme]
    public var cadence: CadenceGoals
    public var disclaimer: String
    public var platforms: [Platform]

    public static let currentVersion = 1

    /// Decodes a pack; errors name the line, column and key.
    public static func decode(_ bytes: [UInt8]) throws(PlanDecodingError) -> ThemePack {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw PlanDecodingError(position: TextPosition.of(offset: error.offset, in: bytes), keyPath: nil, message: "expected \(error.expected)")
        }
        do throws(JSONReader.SchemaError) {
            let r = try JSONReader(root)
            let version = try r.int("version", range: 1...1000)
            guard version <= currentVersion else {
                throw JSONReader.SchemaError(path: "version", problem: "theme pack version \(version) is newer than this rounds understands (\(currentVersion))")
            }
            let id = try r.string("id")
            guard PlanCodec.isValidID(id) else { throw r.error("id", "a pack id is lowercase letters, digits and '-'") }
            var themes: [Theme] = []
            for (k, v) in try r.array("themes", required: true).enumerated() {
                let t = try PlanCodec.theme(from: JSONReader(v, path: "themes[\(k)]"))
                if themes.contains(where: { $0.id == t.id }) {
                    throw JSONReader.SchemaError(path: "themes[\(k)].id", problem: "theme id '\(t.id)' is used twice")
                }
                themes.append(t)
            }
            guard !themes.isEmpty else { throw r.error("themes", "a pack needs at least one theme") }
            var platforms: [Platform] = []
            for (k, v) in try r.array("platforms").enumerated() {
                let p = try JSONReader(v, path: "platforms[\(k)]")
                platforms.append(Platform(id: try p.string("id"), name: try p.string("name"),
                                          professional: try p.bool("professional", default: true),
                                          characterLimit: p.object["characterLimit"] == nil ? nil : try p.int("characterLimit", range: 1...1_000_000)))
            }
            return ThemePack(id: id, name: try r.string("name"), description: try r.string("description", default: ""),
                             themes: themes, cadence: try r.child("cadence").map(PlanCodec.cadence(from:)) ?? CadenceGoals(),
                             disclaimer: try r.string("disclaimer"), platforms: platforms)
        } catch {
            throw PlanDecodingError(position: PlanCodec.position(of: error.path, in: bytes),
                                    keyPath: error.path.isEmpty ? nil : error.path, message: error.problem)
        }
    }

    /// A new, empty plan from this pack.
    public func makePlan(name: String, specialty: String = "", weekStart: WeekStart = .monday) -> Plan {
        Plan(profile: Profile(name: name, specialty: specialty, audience: "", platforms: platforms,
                              disclaimer: disclaimer, weekStart: weekStart),
             themes: themes, cadence: cadence)
    }
}
