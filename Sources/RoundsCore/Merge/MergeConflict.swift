/// A value a three-way merge could not choose: both sides changed `field` to different
/// values. One value stays in place (in the post or the plan); the other is kept here, as
/// data, so nothing is lost and the file never holds conflict markers.
///
/// `side` names whose value this record holds ("theirs" for an ordinary conflict, where ours
/// stays in place). For a post deleted on one side and edited on the other, `field` is
/// `deleted`, the edited post stays in place and `side` names the side that deleted it.
/// Resolving with the side named here applies `value` (or the deletion); the other side
/// simply drops the record.
public struct MergeConflict: Hashable, Sendable {
    public enum Side: String, Sendable, CaseIterable {
        case ours, theirs
        public var other: Side { self == .ours ? .theirs : .ours }
    }

    /// A post's key (`title`, `body`, `status`, `deleted`) or, on the plan, a path such as
    /// `profile.name`, `themes.qa.template`, `cadence.maxPerDay`.
    public var field: String
    public var side: Side
    /// The value that is not in place, as it is written in the file (`null`: absent).
    public var value: JSONValue

    public init(field: String, side: Side, value: JSONValue) {
        self.field = field
        self.side = side
        self.value = value
    }

    /// The field name `deleted` marks a delete-against-edit record.
    public static let deletedField = "deleted"
    public var isDeletion: Bool { field == MergeConflict.deletedField }

    public var jsonValue: JSONValue {
        .object(["field": .string(field), "side": .string(side.rawValue), "value": value])
    }

    public init(from r: JSONReader) throws(JSONReader.SchemaError) {
        field = try r.string("field")
        side = try r.enumValue("side", Side.self, default: .theirs)
        value = r.object["value"] ?? .null
    }

    static func list(_ values: [JSONValue], path: String) throws(JSONReader.SchemaError) -> [MergeConflict] {
        var out: [MergeConflict] = []
        for (k, v) in values.enumerated() { out.append(try MergeConflict(from: JSONReader(v, path: path + "[\(k)]"))) }
        return out
    }

    /// The value as a person reads it: a string without quotes, `(none)` for an absent one,
    /// anything else as compact JSON.
    public static func display(_ value: JSONValue) -> String {
        switch value {
        case .null: return "(none)"
        case .string(let s): return s
        case .bool(let b): return b ? "yes" : "no"
        case .array(let items) where items.allSatisfy({ if case .string = $0 { true } else { false } }):
            let words = items.compactMap { v -> String? in if case .string(let s) = v { s } else { nil } }
            return words.isEmpty ? "(none)" : words.joined(separator: ", ")
        default: return String(decoding: JSONWriter.compact(value), as: UTF8.self)
        }
    }
}
