/// A set of observances read from data files (the shipped `Themes/observances.json`, and the
/// user's own), placed on the calendar for any stretch of days.
public struct ObservanceSet: Hashable, Sendable {
    public var observances: [Observance]

    public static let currentVersion = 1

    public init(_ observances: [Observance] = []) { self.observances = observances }

    /// What reading one file gave: the entries that were valid, and a problem for each that
    /// was not (with its line and column). A file that is not JSON at all gives no entries.
    public struct FileResult: Sendable {
        public var observances: [Observance]
        public var problems: [PlanDecodingError]
    }

    /// Reads an observances file. Entries are checked one by one, so one bad entry is
    /// reported and skipped while the others load.
    public static func decode(_ bytes: [UInt8]) -> FileResult {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return FileResult(observances: [], problems: [PlanDecodingError(position: TextPosition.of(offset: error.offset, in: bytes), keyPath: nil, message: "expected \(error.expected)")])
        }
        func problem(_ e: JSONReader.SchemaError, columnShift: Int? = nil) -> PlanDecodingError {
            var pos = PlanCodec.position(of: e.path, in: bytes)
            if let shift = columnShift, var p = pos { p.column += 1 + shift; pos = p }
            return PlanDecodingError(position: pos, keyPath: e.path.isEmpty ? nil : e.path, message: e.problem)
        }
        let entries: [JSONValue]
        do throws(JSONReader.SchemaError) {
            let r = try JSONReader(root)
            let version = try r.int("version", range: 1...1000)
            guard version <= currentVersion else {
                throw JSONReader.SchemaError(path: "version", problem: "observances file version \(version) is newer than this rounds understands (\(currentVersion))")
            }
            entries = try r.array("observances", required: true)
        } catch {
            return FileResult(observances: [], problems: [problem(error)])
        }
        var out: [Observance] = []
        var seen = Set<String>()
        var problems: [PlanDecodingError] = []
        for (k, v) in entries.enumerated() {
            let path = "observances[\(k)]"
            do throws(JSONReader.SchemaError) {
                let o = try observance(from: JSONReader(v, path: path))
                if !seen.insert(o.id).inserted {
                    throw JSONReader.SchemaError(path: path + ".id", problem: "observance id '\(o.id)' is used twice in this file")
                }
                out.append(o)
            } catch {
                // A rule phrase points at the word inside the string that could not be read.
                if error.path == path + ".rule", let shift = ruleOffset(error.problem) {
                    problems.append(problem(JSONReader.SchemaError(path: error.path, problem: stripOffset(error.problem)), columnShift: shift))
                } else {
                    problems.append(problem(error))
                }
            }
        }
        return FileResult(observances: out, problems: problems)
    }

    private static let offsetMark = "\u{1}"

    private static func ruleOffset(_ problem: String) -> Int? {
        guard problem.hasPrefix(offsetMark), let end = problem.dropFirst().firstIndex(of: Character(offsetMark)) else { return nil }
        return Int(problem[problem.index(after: problem.startIndex)..<end])
    }

    private static func stripOffset(_ problem: String) -> String {
        guard problem.hasPrefix(offsetMark), let end = problem.dropFirst().firstIndex(of: Character(offsetMark)) else { return problem }
        return String(problem[problem.index(after: end)...])
    }

    static func observance(from r: JSONReader) throws(JSONReader.SchemaError) -> Observance {
        let id = try r.string("id")
        guard PlanCodec.isValidID(id) else { throw r.error("id", "an observance id is lowercase letters, digits and '-', found '\(id)'") }
        let name = try r.string("name")
        guard !name.trimmingSpaces.isEmpty else { throw r.error("name", "the name must not be empty") }
        let region = try r.string("region")
        guard !region.isEmpty, region.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
            throw r.error("region", "a region is lowercase letters ('intl', 'us', 'uk', …), found '\(region)'")
        }
        let ruleText = try r.string("rule")
        let rule: ObservanceRule
        do {
            rule = try ObservanceRule.parse(ruleText)
        } catch {
            throw r.error("rule", offsetMark + "\(error.offset)" + offsetMark + error.problem)
        }
        var tags: [String] = []
        for (k, t) in try r.strings("tags").enumerated() {
            guard PlanCodec.isValidID(t) else { throw r.error("tags[\(k)]", "a tag is lowercase letters, digits and '-', found '\(t)'") }
            tags.append(t)
        }
        let source = try r.string("source", default: "")
        if !source.isEmpty, !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
            throw r.error("source", "the source is the organiser's web page (https://…), found '\(source)'")
        }
        return Observance(id: id, name: name, organiser: try r.string("organiser", default: ""), region: region,
                          rule: rule, ruleText: ruleText, tags: tags, source: source,
                          checked: try r.optionalDate("checked"),
                          description: try r.string("description", default: ""))
    }

    /// Adds entries; one with the id of an entry already here replaces it.
    public mutating func merge(_ others: [Observance]) {
        // By an index of ids: a user file of thousands of entries must not cost a scan each.
        var index: [String: Int] = [:]
        for (i, o) in observances.enumerated() { index[o.id] = i }
        for o in others {
            if let i = index[o.id] {
                observances[i] = o
            } else {
                index[o.id] = observances.count
                observances.append(o)
            }
        }
    }

    /// Every occurrence that touches `from...to`, in order, keeping those `include` accepts.
    public func placed(from: CalendarDate, to: CalendarDate, where include: (Observance) -> Bool = { _ in true }) -> [PlacedObservance] {
        guard from <= to else { return [] }
        var out: [PlacedObservance] = []
        for o in observances where include(o) {
            // A span that starts late in a year can reach into the next.
            var year = max(from.year - 1, 1)
            while year <= to.year {
                if let r = o.rule.place(in: year), r.lowerBound <= to, r.upperBound >= from {
                    out.append(PlacedObservance(observance: o, start: r.lowerBound, end: r.upperBound))
                }
                year += 1
            }
        }
        return out.sorted(by: PlacedObservance.order)
    }

    /// Every region named in the set, sorted.
    public var regions: [String] { Array(Set(observances.map(\.region))).sorted() }
    /// Every tag named in the set, sorted.
    public var tags: [String] { Array(Set(observances.flatMap(\.tags))).sorted() }
}
