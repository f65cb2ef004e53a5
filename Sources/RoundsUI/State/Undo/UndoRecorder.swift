import RoundsCore

/// The one undo recorder: every change of the plan made by this planner is recorded here, and
/// undo and redo revert only the fields a step changed, and only where they still hold what the
/// step left (a field another writer changed since is theirs, and stays).
extension AppState {
    /// Undo keeps at least this many steps.
    public static let undoLimit = 200

    /// Records a step; a new step clears what could be redone.
    mutating func record(_ change: Change) {
        undoStack.append(change)
        if undoStack.count > AppState.undoLimit { undoStack.removeFirst(undoStack.count - AppState.undoLimit) }
        redoStack.removeAll()
    }

    /// Undoes (or redoes) the last step, field by field.
    mutating func step(undo: Bool) -> [Effect] {
        guard let change = undo ? undoStack.popLast() : redoStack.popLast() else {
            message = StatusMessage(undo ? "nothing to undo" : "nothing to redo")
            return []
        }
        var p = plan
        var kept: [String] = []
        for edit in change.edits {
            let (from, to) = undo ? (edit.after, edit.before) : (edit.before, edit.after)
            AppState.revert(edit.id, from: from, to: to, in: &p, now: now, kept: &kept)
        }
        if let s = change.settings {
            // The profile goes back only if it still reads as the step left it.
            let (from, to) = undo ? ((s.after, s.minimumsAfter), (s.before, s.minimumsBefore)) : ((s.before, s.minimumsBefore), (s.after, s.minimumsAfter))
            if p.profile == from.0 {
                p.profile = to.0
                p.cadence.platformMinimums = to.1
            } else {
                kept.append("the profile")
            }
        }
        replacePlan(p)
        if undo { redoStack.append(change) } else { undoStack.append(change) }
        var text = undo ? "undone: \(change.undoLabel ?? change.label)" : "redone: \(change.label)"
        if !kept.isEmpty { text += " (kept what was changed elsewhere: \(kept.joined(separator: ", ")))" }
        message = StatusMessage(text)
        if let id = change.edits.first?.id, plan.post(id: id) != nil { select(postID: id) }
        return [.save(plan)]
    }

    /// Takes post `id` from the state `from` back to `to`, touching only the fields that differ
    /// between them and still hold `from`'s value; `kept` collects the fields left alone.
    static func revert(_ id: String, from: Post?, to: Post?, in plan: inout Plan, now: Timestamp, kept: inout [String]) {
        let current = plan.post(id: id)
        switch (from, to) {
        case (nil, nil):
            return
        case (nil, let restored?):
            // The step deleted it: bring it back, unless it is there again.
            if current == nil { plan.upsert(restored) }
        case (_?, nil):
            // The step created it: remove it.
            if current != nil { plan.remove(id: id) }
        case (let f?, let t?):
            guard var post = current else {
                kept.append("the post was deleted")
                return
            }
            var changed = false
            for field in PostFieldKey.allCases where !field.same(f, t) {
                if field.same(post, f) {
                    field.copy(from: t, into: &post)
                    changed = true
                } else {
                    kept.append(field.name)
                }
            }
            if changed {
                post.updated = now
                plan.upsert(post)
            }
        }
    }
}
