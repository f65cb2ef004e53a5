/// Three-way merge of plans, used when the file changed on disk since the planner loaded it
/// (a `rounds add` from a script, a sync client): our changes win where we made them, theirs
/// are kept everywhere else, so neither side loses an edit.
extension Plan {
    public static func merge(base: Plan, ours: Plan, theirs: Plan) -> Plan {
        var result = theirs
        if ours.profile != base.profile { result.profile = ours.profile }
        if ours.themes != base.themes { result.themes = ours.themes }
        if ours.cadence != base.cadence { result.cadence = ours.cadence }
        if ours.allowList != base.allowList { result.allowList = ours.allowList }
        if ours.allowedDomains != base.allowedDomains { result.allowedDomains = ours.allowedDomains }
        var baseByID: [String: Post] = [:]
        for p in base.posts { baseByID[p.id] = p }
        var oursByID: [String: Post] = [:]
        for p in ours.posts { oursByID[p.id] = p }
        // Posts we changed or added; a post both sides changed is merged field by field (ours
        // where we changed the field, theirs elsewhere), so a title changed elsewhere survives
        // our status change.
        for p in ours.posts where baseByID[p.id] != p {
            guard let b = baseByID[p.id], var merged = theirs.post(id: p.id), merged != b else {
                result.upsert(p)
                continue
            }
            for field in PostFieldKey.allCases where !field.same(p, b) { field.copy(from: p, into: &merged) }
            merged.updated = max(p.updated, merged.updated)
            result.upsert(merged)
        }
        // Posts we deleted (and they did not change).
        for p in base.posts where oursByID[p.id] == nil {
            if let t = theirs.post(id: p.id), t == p { result.remove(id: p.id) }
        }
        return result
    }
}
