/// A three-way merge of JSON values, key by key, that never fails: where both sides changed
/// a value differently, ours stays and theirs goes into a `MergeConflict`.
///
/// Everything it decides depends only on which side changed what, never on which side is
/// "ours", except which of two conflicting values sits in place; so a rebase (which swaps the
/// sides) gives the same file up to the conflict records.
struct JSONMerge {
    enum Kind {
        /// Compared whole; a conflict when both sides changed it.
        case value
        /// An object merged key by key.
        case object
        /// A list merged as a set: what either side added is kept, what either removed goes.
        case set
        /// A list of objects with an `id`, merged item by item.
        case keyed
        /// The earlier / later of two timestamps (`created` / `updated`).
        case earliest, latest
        /// Consent: atomic, and a revocation is never the value left in a record.
        case consent
    }

    var conflicts: [MergeConflict] = []
    /// The kind of the value at a path.
    let kind: (String) -> Kind

    /// Joins a path and a key (`themes` + `qa` → `themes.qa`).
    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    mutating func merge(_ path: String, base b: JSONValue?, ours o: JSONValue?, theirs t: JSONValue?) -> JSONValue? {
        if o == t { return o }
        if o == b { return t }
        if t == b { return o }
        // Both changed, differently. One side removed it, the other changed it: keep the change.
        guard let o else {
            conflicts.append(MergeConflict(field: path, side: .ours, value: .null))
            return t
        }
        guard let t else {
            conflicts.append(MergeConflict(field: path, side: .theirs, value: .null))
            return o
        }
        switch kind(path) {
        case .earliest, .latest:
            guard case .string(let x) = o, case .string(let y) = t else { break }
            let later = x.utf8.lexicographicallyPrecedes(y.utf8) ? t : o
            let earlier = later == o ? t : o
            if case .latest = kind(path) { return later }
            return earlier
        case .set:
            if case .array(let xs) = o, case .array(let ys) = t {
                var bs: [JSONValue] = []
                if case .array(let a)? = b { bs = a }
                return .array(JSONMerge.setMerge(base: bs, ours: xs, theirs: ys))
            }
        case .keyed:
            if let merged = keyedMerge(path, base: b, ours: o, theirs: t) { return merged }
        case .consent:
            // A revocation must stay in force: if only one side revoked, the revoked record
            // stays in place and the other is recorded.
            let revokedO = JSONMerge.isRevoked(o), revokedT = JSONMerge.isRevoked(t)
            if revokedT && !revokedO {
                conflicts.append(MergeConflict(field: path, side: .ours, value: o))
                return t
            }
        case .object:
            if case .object(let xo) = o, case .object(let xt) = t {
                var xb = JSONObject()
                if case .object(let a)? = b { xb = a }
                return .object(objectMerge(path, base: xb, ours: xo, theirs: xt))
            }
        case .value: break
        }
        conflicts.append(MergeConflict(field: path, side: .theirs, value: t))
        return o
    }

    mutating func objectMerge(_ path: String, base: JSONObject, ours: JSONObject, theirs: JSONObject) -> JSONObject {
        var keys = Set(ours.keys)
        keys.formUnion(theirs.keys)
        keys.formUnion(base.keys)
        var out = JSONObject()
        for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            if let v = merge(JSONMerge.join(path, key), base: base[key], ours: ours[key], theirs: theirs[key]) { out[key] = v }
        }
        return out
    }

    static func isRevoked(_ v: JSONValue) -> Bool {
        if case .object(let o) = v, o["revoked"] == .bool(true) { return true }
        return false
    }

    /// Items both sides kept, in the base's order, then what either side added (sorted, so
    /// the order does not depend on which side is ours).
    static func setMerge(base: [JSONValue], ours: [JSONValue], theirs: [JSONValue]) -> [JSONValue] {
        let b = Set(base), o = Set(ours), t = Set(theirs)
        var out: [JSONValue] = []
        var seen = Set<JSONValue>()
        for v in base where o.contains(v) && t.contains(v) && seen.insert(v).inserted { out.append(v) }
        var added: [JSONValue] = []
        for v in ours + theirs where !b.contains(v) && seen.insert(v).inserted { added.append(v) }
        added.sort { JSONWriter.compact($0).lexicographicallyPrecedes(JSONWriter.compact($1)) }
        return out + added
    }

    /// Lists of objects keyed by `id` (themes, platforms): merged item by item, at
    /// `path.<id>`. Nil when an item has no id or an id appears twice (then compared whole).
    mutating func keyedMerge(_ path: String, base: JSONValue?, ours: JSONValue, theirs: JSONValue) -> JSONValue? {
        func index(_ v: JSONValue?) -> (ids: [String], items: [String: JSONValue])? {
            guard let v else { return ([], [:]) }
            guard case .array(let list) = v else { return nil }
            var ids: [String] = [], items: [String: JSONValue] = [:]
            for item in list {
                guard case .object(let o) = item, case .string(let id)? = o["id"], items[id] == nil else { return nil }
                ids.append(id)
                items[id] = item
            }
            return (ids, items)
        }
        guard let b = index(base), let o = index(ours), let t = index(theirs) else { return nil }
        var merged: [String: JSONValue] = [:]
        let all = Set(b.ids).union(o.ids).union(t.ids)
        for id in all.sorted() {
            if let v = merge(JSONMerge.join(path, id), base: b.items[id], ours: o.items[id], theirs: t.items[id]) { merged[id] = v }
        }
        // Order: the base's, then new ids by position in ours if theirs did not add them, and so on;
        // to stay independent of the side, new items go last, sorted by id.
        var out: [JSONValue] = []
        var placed = Set<String>()
        for id in b.ids { if let v = merged[id] { out.append(v); placed.insert(id) } }
        for id in merged.keys.sorted() where !placed.contains(id) { if let v = merged[id] { out.append(v) } }
        return .array(out)
    }
}
