import RoundsCore

/// What effects and the outside world report back: saves, reloads, exports, $EDITOR.
extension AppState {
    mutating func applyIO(_ action: IOAction) -> [Effect] {
        let today = self.today, now = self.now
        switch action {
        case .idle:
            guard case .editing(var e) = mode, e.dirty else { return [] }
            let effects = writeEditor(&e, closing: false)
            if case .editing = mode { mode = .editing(e) }
            return effects
        case .leaving:
            guard case .editing(var e) = mode else { return [] }
            mode = .normal
            return writeEditor(&e, closing: true)
        case .planReloaded(let new):
            if case .editing(var e) = mode {
                let previous = plan.post(id: e.postID)
                replacePlan(new)
                mergeOutsideChange(into: &e, previous: previous, current: new.post(id: e.postID))
                mode = .editing(e)
                // Typed text that conflicts is written back at once (theirs stays reachable with u).
                if e.dirty { return apply(.io(.idle)) }
            } else {
                replacePlan(new)
                message = StatusMessage("reloaded: the plan changed on disk")
            }
        case .reloadFailed(let error):
            message = StatusMessage("the plan on disk cannot be read now (\(AppState.words(error))); showing the last good version", kind: .error)
        case .saved(let written):
            // What was written may hold another writer's changes, merged per post. Saves run
            // one at a time, before the next key: the plan is still the one sent. An open
            // editor takes those changes as it takes a reload's, or its next write (an idle
            // save, Esc) would put its old copy of the field back over theirs.
            var writeBack = false
            if written != plan {
                if case .editing(var e) = mode {
                    let previous = plan.post(id: e.postID), current = written.post(id: e.postID)
                    replacePlan(written)
                    if previous != current {
                        mergeOutsideChange(into: &e, previous: previous, current: current)
                        mode = .editing(e)
                        writeBack = e.dirty
                    }
                } else {
                    replacePlan(written)
                }
            }
            if writeBack {
                // Both changed a field the editor shows: the typed text goes back at once.
                unsavedReason = nil
                return apply(.io(.idle))
            }
            if unsavedReason != nil {
                unsavedReason = nil
                message = StatusMessage("saved: the plan on disk is up to date again", kind: .success)
                // Asked to quit, and the retry worked: nothing is lost by leaving now.
                if case .confirmingQuit = mode { mode = .normal; return [.quit] }
            }
        case .saveFailed(let error):
            let reason = AppState.words(error)
            unsavedReason = reason
            if case .confirmingQuit = mode { break }
            message = StatusMessage("not saved: \(reason) (your edits are kept and saved with the next change)", kind: .error)
        case .externalEditDone(let id, let text):
            guard var post = plan.post(id: id) else { return [] }
            if post.body == text { message = StatusMessage("no change"); return [] }
            post.body = text
            let identity = self.identity
            return commit("body edited in $EDITOR", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.update(post, today: today, now: now, by: identity)
            }
        case .externalEditFailed(let why):
            message = StatusMessage("$EDITOR: \(why); the text was not changed", kind: .error)
        case .exported(let path, let posts, let warnings):
            let warn = warnings.isEmpty ? "" : " (" + warnings.joined(separator: "; ") + ")"
            message = StatusMessage("exported \(posts) post\(posts == 1 ? "" : "s") to \(path)\(warn)", kind: .success)
        case .exportWouldReplace(let request, let fullPath):
            mode = .confirmingReplace(request, fullPath: fullPath)
        case .exportFailed(let path, let reason):
            message = StatusMessage("export failed: \(path): \(reason)", kind: .error)
        case .notify(let m):
            message = m
        case .observancesLoaded(let list):
            setObservances(list)
        case .timeZoneChecked(let typed, let name, let problem):
            return timeZoneChecked(typed: typed, name: name, problem: problem)
        }
        return []
    }

    /// A store problem in the planner's words (the CLI words its own, with commands).
    static func words(_ error: StoreError) -> String {
        switch error {
        case .notFound(let path): "\(path) is gone"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .corrupt(let path, let e): "\(path) cannot be read: \(e.description)"
        case .newerVersion(let path, let message): "\(path): \(message)"
        case .locked(_, let holder): "another rounds (\(holder)) is writing the plan"
        case .notSaved(_, let reason): reason
        case .readOnly(_, let reason): reason
        case .gitConflict(let path): "\(path) holds git conflict markers; run rounds resolve in a shell"
        }
    }
}
