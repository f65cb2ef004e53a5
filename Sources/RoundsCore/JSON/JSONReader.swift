/// Reads typed fields out of a parsed JSON object, tracking the key path so a schema error
/// can say exactly which value was wrong (`posts[3].date`).
public struct JSONReader {
    public struct SchemaError: Error, Equatable, Sendable {
        /// `posts[3].date`; empty for the top level.
        public var path: String
        public var problem: String
    }

    public let object: JSONObject
    public let path: String

    public init(_ value: JSONValue, path: String = "") throws(SchemaError) {
        guard case .object(let o) = value else {
            throw SchemaError(path: path, problem: "expected an object, found \(value.typeName)")
        }
        object = o
        self.path = path
    }

    public func keyPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    public func error(_ key: String, _ problem: String) -> SchemaError {
        SchemaError(path: keyPath(key), problem: problem)
    }

    private func required(_ key: String) throws(SchemaError) -> JSONValue {
        guard let v = object[key] else { throw SchemaError(path: path, problem: "missing key '\(key)'") }
        return v
    }

    public func string(_ key: String) throws(SchemaError) -> String {
        let v = try required(key)
        guard case .string(let s) = v else { throw error(key, "expected a string, found \(v.typeName)") }
        return s
    }

    public func string(_ key: String, default d: String) throws(SchemaError) -> String {
        guard object[key] != nil else { return d }
        return try string(key)
    }

    public func optionalString(_ key: String) throws(SchemaError) -> String? {
        guard let v = object[key], v != .null else { return nil }
        return try string(key)
    }

    public func int(_ key: String, default d: Int? = nil, range: ClosedRange<Int> = 0...1_000_000) throws(SchemaError) -> Int {
        guard let v = object[key] else {
            if let d { return d }
            throw SchemaError(path: path, problem: "missing key '\(key)'")
        }
        guard case .number(let n) = v, n.rounded() == n, let i = Int(exactly: n) else {
            throw error(key, "expected a whole number, found \(v.typeName)")
        }
        guard range.contains(i) else { throw error(key, "expected a number from \(range.lowerBound) to \(range.upperBound), found \(i)") }
        return i
    }

    public func bool(_ key: String, default d: Bool) throws(SchemaError) -> Bool {
        guard let v = object[key] else { return d }
        guard case .bool(let b) = v else { throw error(key, "expected true or false, found \(v.typeName)") }
        return b
    }

    public func date(_ key: String) throws(SchemaError) -> CalendarDate {
        let s = try string(key)
        guard let d = CalendarDate(iso: s) else { throw error(key, "expected a date YYYY-MM-DD that exists, found '\(s)'") }
        return d
    }

    public func optionalDate(_ key: String) throws(SchemaError) -> CalendarDate? {
        guard let s = try optionalString(key) else { return nil }
        guard let d = CalendarDate(iso: s) else { throw error(key, "expected a date YYYY-MM-DD that exists, found '\(s)'") }
        return d
    }

    public func timestamp(_ key: String) throws(SchemaError) -> Timestamp {
        let s = try string(key)
        guard let t = Timestamp(iso: s) else { throw error(key, "expected a UTC time YYYY-MM-DDTHH:MM:SSZ, found '\(s)'") }
        return t
    }

    public func array(_ key: String, required: Bool = false) throws(SchemaError) -> [JSONValue] {
        guard let v = object[key] else {
            if required { throw SchemaError(path: path, problem: "missing key '\(key)'") }
            return []
        }
        guard case .array(let a) = v else { throw error(key, "expected an array, found \(v.typeName)") }
        return a
    }

    public func strings(_ key: String) throws(SchemaError) -> [String] {
        var out: [String] = []
        for (k, v) in try array(key).enumerated() {
            guard case .string(let s) = v else { throw error(key + "[\(k)]", "expected a string, found \(v.typeName)") }
            out.append(s)
        }
        return out
    }

    public func child(_ key: String) throws(SchemaError) -> JSONReader? {
        guard let v = object[key], v != .null else { return nil }
        return try JSONReader(v, path: keyPath(key))
    }

    public func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, default d: E? = nil) throws(SchemaError) -> E where E.RawValue == String {
        if object[key] == nil, let d { return d }
        let s = try string(key)
        guard let e = E(rawValue: s) else {
            throw error(key, "expected one of \(E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), found '\(s)'")
        }
        return e
    }

    /// Keys in the object that are not in `known`.
    public func unknownKeys(known: Set<String>) -> [String: JSONValue] {
        object.filter { !known.contains($0) }
    }
}
