/// The words for one conflict record: both values, and how to settle it.
public struct MergeConflictText: Hashable, Sendable {
    public var postID: String?
    public var field: String
    /// Ours and theirs as a person reads them (for a deletion: which side deleted it).
    public var ours: String
    public var theirs: String
    public var deletedBy: MergeConflict.Side?
    /// For an idea (no day to name it by): its title.
    public var ideaTitle: String?

    public init(postID: String?, conflict c: MergeConflict, inPlace: JSONValue?) {
        self.postID = postID
        field = c.field
        if c.isDeletion {
            deletedBy = c.side
            ours = c.side == .ours ? "deleted" : "kept"
            theirs = c.side == .theirs ? "deleted" : "kept"
        } else {
            let placed = MergeConflictText.short(MergeConflict.display(inPlace ?? .null))
            let recorded = MergeConflictText.short(MergeConflict.display(c.value))
            ours = c.side == .theirs ? placed : recorded
            theirs = c.side == .theirs ? recorded : placed
        }
    }

    static func short(_ s: String) -> String {
        let line = s.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let cut = line.count > 60 ? String(line.prefix(59)) + "…" : line
        return cut + (line != s && line.count <= 60 ? " …" : "")
    }

    func message(_ name: PlanFlag.PostName?) -> String {
        let what = name?.text ?? ideaTitle.map { "The idea '\($0)'" } ?? "The plan's settings"
        if let deletedBy {
            return "\(what) was deleted on one side (\(deletedBy.rawValue)) and edited on the other; it was kept"
        }
        return "\(what) has a merge conflict in \(field): ours “\(ours)”, theirs “\(theirs)”"
    }

    var short: String {
        if let deletedBy { return "deleted by \(deletedBy.rawValue), edited by \(deletedBy.other.rawValue)" }
        return "conflict in \(field): “\(ours)” / “\(theirs)”"
    }

    /// What settles it, as data: each front end words it (a key in the planner, `rounds
    /// resolve` on the command line).
    var remedy: PlanFlag.Remedy { .resolveConflict(postID: postID, field: field, deletedBy: deletedBy) }
}

/// `merge.conflict` flags (errors): one for each conflict record on a post or the plan.
public enum ConflictFlags {
    public static let rule = "merge.conflict"

    public static func flags(plan: Plan, posts: ArraySlice<Post>, week: Week?) -> [PlanFlag] {
        var out: [PlanFlag] = []
        for i in posts.indices where !posts[i].conflicts.isEmpty {
            let p = posts[i]
            let name = p.date.map { PlanFlag.PostName(day: $0.weekday, theme: plan.theme(id: p.themeID)?.name ?? p.themeID, title: p.title) }
            var value: JSONObject = [:]
            if case .object(let o) = PlanCodec.postValue(p) { value = o }
            for c in p.conflicts {
                var text = MergeConflictText(postID: p.id, conflict: c, inPlace: value[c.field])
                if name == nil { text.ideaTitle = p.title }
                let w = week ?? p.date.map { Week(containing: $0, weekStart: plan.profile.weekStart) }
                out.append(PlanFlag(rule: rule, severity: .error, week: w, date: p.date, themeID: p.themeID, postID: p.id,
                                    detail: .mergeConflict(name, text)))
            }
        }
        if !plan.conflicts.isEmpty {
            let settings = GitMerge.settingsValue(plan)
            for c in plan.conflicts {
                let text = MergeConflictText(postID: nil, conflict: c, inPlace: settingValue(settings, c.field))
                out.append(PlanFlag(rule: rule, severity: .error, week: week, detail: .mergeConflict(nil, text)))
            }
        }
        return out
    }

    /// The value at a settings path (lists of objects addressed by id).
    public static func settingValue(_ o: JSONObject, _ path: String) -> JSONValue? {
        var current: JSONValue = .object(o)
        for key in path.split(separator: ".").map(String.init) {
            switch current {
            case .object(let x):
                guard let v = x[key] else { return nil }
                current = v
            case .array(let items):
                guard let v = items.first(where: { if case .object(let x) = $0, x["id"] == .string(key) { true } else { false } }) else { return nil }
                current = v
            default: return nil
            }
        }
        return current
    }
}
