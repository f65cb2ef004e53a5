/// A JSON object: keys and values in file order, looked up by a linear scan.
///
/// Plan objects have few keys (a post has fifteen), where a scan beats hashing every key of
/// every post; that is most of why the plan file loads fast. Equality ignores key order.
public struct JSONObject: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (k, v) in elements { self[k] = v }
    }

    public init(_ dictionary: [String: JSONValue]) {
        keys.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        for (k, v) in dictionary {
            keys.append(k)
            values.append(v)
        }
    }

    /// Appends without checking for a duplicate (the parser checks).
    mutating func append(_ key: String, _ value: JSONValue) {
        keys.append(key)
        values.append(value)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    func index(of key: String) -> Int? {
        for i in keys.indices where keys[i] == key { return i }
        return nil
    }

    public subscript(key: String) -> JSONValue? {
        get { index(of: key).map { values[$0] } }
        set {
            if let i = index(of: key) {
                if let newValue { values[i] = newValue } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// The entries whose keys `keep` accepts, as a dictionary.
    public func filter(_ keep: (String) -> Bool) -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        for i in keys.indices where keep(keys[i]) { out[keys[i]] = values[i] }
        return out
    }

    public static func == (a: JSONObject, b: JSONObject) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.keys.indices where b[a.keys[i]] != a.values[i] { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-entry hashes commutatively.
        var combined = 0
        for i in keys.indices {
            var h = Hasher()
            h.combine(keys[i])
            h.combine(values[i])
            combined ^= h.finalize()
        }
        hasher.combine(count)
        hasher.combine(combined)
    }
}
