/// Settling the conflicts a merge recorded: take ours (the value in place) or theirs (the
/// value in the record), for one field or all of a post's, or for a plan setting.
extension Plan {
    /// Every post with conflict records, in file order.
    public var postsInConflict: [Post] { posts.filter { !$0.conflicts.isEmpty } }

    /// Posts and plan settings with conflicts.
    public var conflictCount: Int {
        conflicts.count + posts.reduce(0) { $0 + $1.conflicts.count }
    }

    /// Resolves `postID`'s conflicts on `field` (all of them when nil) by taking `side`.
    /// Returns how many were resolved; throws when there is nothing to resolve.
    @discardableResult
    public mutating func resolveConflicts(postID: String, field: String?, take side: MergeConflict.Side) throws(PlanError) -> Int {
        guard let post = post(id: postID) else { throw .unknownPost(postID) }
        let chosen = post.conflicts.filter { field == nil || $0.field == field }
        guard !chosen.isEmpty else {
            if post.conflicts.isEmpty { throw .invalid("post \(post.id) has no merge conflicts") }
            throw .invalid("post \(post.id) has no conflict on '\(field ?? "")' (it has: \(post.conflicts.map(\.field).joined(separator: ", ")))")
        }
        var result = post
        result.conflicts.removeAll { c in chosen.contains(c) }
        var deleted = false
        for c in chosen where c.side == side {
            if c.isDeletion { deleted = true; continue }
            guard case .object(var o) = PlanCodec.postValue(result) else { continue }
            o[c.field] = c.value == .null ? nil : c.value
            do {
                result = try PlanCodec.post(from: JSONReader(.object(o), path: "post"), dated: o["date"] != nil)
            } catch {
                throw .invalid("the recorded value of '\(c.field)' cannot be used: \(error.problem)")
            }
        }
        if deleted {
            remove(id: post.id)
        } else {
            if theme(id: result.themeID) == nil { throw .unknownTheme(result.themeID, known: themes.map(\.id)) }
            upsert(result)
        }
        return chosen.count
    }

    /// Resolves the plan's own conflicts (`profile.name`, `themes.qa`, …) on `field` (all when nil).
    @discardableResult
    public mutating func resolvePlanConflicts(field: String?, take side: MergeConflict.Side) throws(PlanError) -> Int {
        let chosen = conflicts.filter { field == nil || $0.field == field }
        guard !chosen.isEmpty else {
            if conflicts.isEmpty { throw .invalid("the plan's settings have no merge conflicts") }
            throw .invalid("no plan conflict on '\(field ?? "")' (there are: \(conflicts.map(\.field).joined(separator: ", ")))")
        }
        var settings = GitMerge.settingsValue(self)
        for c in chosen where c.side == side {
            settings = Plan.setting(settings, path: c.field.split(separator: ".").map(String.init)[...], to: c.value)
        }
        settings["version"] = .number(Double(Plan.currentVersion))
        let decoded: Plan
        do { decoded = try PlanCodec.plan(from: .object(settings)) } catch {
            throw .invalid("the recorded values cannot be used: \(error)")
        }
        let used = Set(posts.map(\.themeID))
        if let missing = used.first(where: { id in decoded.theme(id: id) == nil }) {
            throw .invalid("posts still use the theme '\(missing)'; move them to another theme first")
        }
        profile = decoded.profile
        themes = decoded.themes
        cadence = decoded.cadence
        allowList = decoded.allowList
        allowedDomains = decoded.allowedDomains
        unknownFields = decoded.unknownFields
        conflicts.removeAll { chosen.contains($0) }
        return chosen.count
    }

    /// Sets a value at a path of the settings tree; lists of objects with ids (themes,
    /// platforms) are addressed by id. `null` removes.
    static func setting(_ object: JSONObject, path: ArraySlice<String>, to value: JSONValue) -> JSONObject {
        guard let key = path.first else { return object }
        var o = object
        let rest = path.dropFirst()
        if rest.isEmpty {
            o[key] = value == .null ? nil : value
            return o
        }
        switch o[key] {
        case .object(let child)?:
            o[key] = .object(setting(child, path: rest, to: value))
        case .array(var items)?:
            let id = rest.first ?? ""
            let index = items.firstIndex { if case .object(let x) = $0, x["id"] == .string(id) { true } else { false } }
            if rest.count == 1 {
                if let index { if value == .null { items.remove(at: index) } else { items[index] = value } } else if value != .null { items.append(value) }
            } else if let index, case .object(let x) = items[index] {
                items[index] = .object(setting(x, path: rest.dropFirst(), to: value))
            }
            o[key] = .array(items)
        default:
            if value != .null { o[key] = .object(setting(JSONObject(), path: rest, to: value)) }
        }
        return o
    }
}
