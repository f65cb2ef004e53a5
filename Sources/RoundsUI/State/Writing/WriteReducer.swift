import RoundsCore

/// Writing: every change goes through the model's validated edits, becomes one undo step,
/// and asks the app to save at once.
extension AppState {
    /// The post under the selection, if any.
    public var selectedPost: Post? { selectedItem?.post }

    /// A fresh post id: 8 hex digits from the clock and a counter, unique in the plan.
    func newID(salt: Int = 0) -> String { AppState.newID(in: plan, now: now, salt: salt &+ undoStack.count) }

    static func newID(in plan: Plan, now: Timestamp, salt: Int) -> String {
        var n = 0
        while true {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for v in [UInt64(bitPattern: now.secondsSince1970), UInt64(plan.posts.count), UInt64(bitPattern: Int64(salt)), UInt64(n)] {
                h = (h ^ v) &* 0x100_0000_01b3
                h ^= h >> 31
            }
            let hex = String(UInt32(truncatingIfNeeded: h ^ (h >> 32)), radix: 16)
            let id = String(repeating: "0", count: 8 - hex.count) + hex
            if !plan.posts.contains(where: { $0.id.hasPrefix(id) || id.hasPrefix($0.id) }) { return id }
            n += 1
        }
    }

    /// Applies a validated change to the posts `ids`, records it for undo, and saves.
    /// `undoLabel` says what an undo gives back ("'X' is draft again"); by default the label.
    mutating func commit(_ label: String, undoLabel: String? = nil, hint: String = "", ids: [String],
                         _ change: (inout Plan) throws(PlanError) -> [String]) -> [Effect] {
        var p = plan
        let before = ids.map { p.post(id: $0) }
        let notices: [String]
        do {
            notices = try change(&p)
        } catch {
            message = StatusMessage("refused: \(error.planner)", kind: .error)
            return []
        }
        let edits = zip(ids, before).map { PostEdit(id: $0.0, before: $0.1, after: p.post(id: $0.0)) }
        guard edits.contains(where: { $0.before != $0.after }) else { return [] }
        replacePlan(p)
        record(Change(label: label, undoLabel: undoLabel, edits: edits))
        message = StatusMessage(([label + hint] + notices).joined(separator: " · "), kind: notices.isEmpty ? .success : .info)
        return [.save(plan)]
    }

    /// Selects a post wherever it is.
    mutating func select(postID: String) {
        guard let d = plan.post(id: postID)?.date else { return }
        show(d)
        itemIndex = grid.items(on: d).firstIndex { $0.post?.id == postID } ?? 0
        clampSelection()
    }

    mutating func applyWrite(_ action: WriteAction) -> [Effect] {
        // Copies for the change closures, which run while `commit` changes self.
        let today = self.today, now = self.now, identity = self.identity
        switch action {
        case .create:
            let date = selectedDate
            let themeID: String
            if case .slot(let slot)? = selectedItem, slot.post == nil {
                themeID = slot.theme.id
            } else if let first = grid.items(on: date).first {
                themeID = first.themeID
            } else if let t = plan.themes.first(where: { $0.weekdays.contains(date.weekday) }) ?? plan.themes.first {
                themeID = t.id
            } else {
                message = StatusMessage("the plan has no themes", kind: .error)
                return []
            }
            return createPost(themeID: themeID, on: date)
        case .edit:
            guard let post = selectedPost else { return applyWrite(.create) }
            var editor = Editor(post: post)
            editor.relint(plan: plan, today: today)
            mode = .editing(editor)
            return []
        case .editExternally:
            guard let post = selectedPost else { message = StatusMessage("no post here: press a to create one"); return [] }
            return [.openExternalEditor(postID: post.id, text: post.body)]
        case .cycleStatus(let delta):
            guard var post = selectedPost else { message = StatusMessage("no post here"); return [] }
            let old = post.status
            guard let next = delta > 0 ? post.status.next : post.status.previous else {
                message = StatusMessage("'\(post.title)' is already \(post.status.rawValue)")
                return []
            }
            post.status = next
            return commit("'\(post.title)' is \(next.rawValue)", undoLabel: "'\(post.title)' is \(old.rawValue) again", ids: [post.id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.update(post, today: today, now: now)
            }
        case .beginMove:
            guard let post = selectedPost, let d = post.date else { message = StatusMessage("no post here to move"); return [] }
            mode = .moving(postID: post.id, from: d)
            message = StatusMessage("moving '\(post.title)': " + Keymap.hints(for: .moving).joined(separator: ", "))
            return []
        case .drop:
            guard case .moving(let id, let from) = mode, let post = plan.post(id: id) else { return [] }
            let target = selectedDate
            if target == from { mode = .normal; message = StatusMessage("not moved"); return [] }
            let effects = commit("moved '\(post.title)' to \(target.weekday.name) \(target.day) \(target.shortMonthName)", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.move(id: id, to: target, today: today, now: now)
                return []
            }
            if !effects.isEmpty {
                mode = .normal
                select(postID: id)
            }
            return effects
        case .delete:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            mode = .confirmingDelete(postID: post.id)
            return []
        case .confirm(let yes):
            switch mode {
            case .confirmingQuit:
                mode = .normal
                if yes { return [.quit] }
                message = StatusMessage("not quitting: your changes are kept on screen and saved with the next change")
                return []
            case .confirmingReplace(let request, _):
                mode = .normal
                guard yes else { message = StatusMessage("not exported: the file was left as it is"); return [] }
                var r = request
                r.replace = true
                return [.export(r)]
            case .confirmingDelete(let id):
                mode = .normal
                guard yes, let post = plan.post(id: id) else { message = StatusMessage("not deleted"); return [] }
                return commit("deleted '\(post.title)'", undoLabel: "'\(post.title)' is back", hint: " (u undoes)", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                    p.remove(id: id)
                    return []
                }
            case .normal, .editing, .moving, .picking:
                return []
            }
        case .undo:
            return step(undo: true)
        case .redo:
            return step(undo: false)
        case .fillWeek:
            var p = plan
            let stamp = now
            let added = p.planWeek(week, now: now, observances: observancesAroundWeek) { plan in AppState.newID(in: plan, now: stamp, salt: 31) }
            if added.isEmpty { message = StatusMessage("every themed slot of this week is planned"); return [] }
            return commit("added \(added.count) idea\(added.count == 1 ? "" : "s") for the empty slots", ids: added.map { $0.id }) { (q: inout Plan) throws(PlanError) -> [String] in
                q = p
                return []
            }
        case .copy:
            guard let post = selectedPost else { message = StatusMessage("no post here to copy"); return [] }
            clipboard = post
            message = StatusMessage("copied '\(post.title)': P pastes it on the selected day")
            return []
        case .paste:
            guard let source = clipboard else { message = StatusMessage("nothing copied yet (y copies a post)"); return [] }
            let id = newID(salt: 7)
            // A copy is a new draft: consent covered the original post, not this one.
            let copy = Post(id: id, date: selectedDate, time: source.time, themeID: source.themeID, platforms: source.platforms,
                            title: source.title, body: source.body, status: min(source.status, .draft), notes: source.notes,
                            hashtags: source.hashtags, created: now)
            let effects = commit("pasted '\(source.title)' on \(selectedDate.weekday.name)", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.add(copy, today: today, by: identity)
                return []
            }
            if !effects.isEmpty { select(postID: id) }
            return effects
        case .unschedule:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            return commit("'\(post.title)' back to the backlog", ids: [post.id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.move(id: post.id, to: nil, today: today, now: now)
                return []
            }
        case .beginNewPost:
            mode = .picking(Picker(purpose: .newPost, items: plan.themes.map { ($0.id, $0.name) }))
            return []
        case .scheduleIdea:
            return scheduleIdea()
        case .createIdea:
            return createIdea()
        }
    }

    /// A new draft of a theme on a day, from the theme's template; the editor opens on its title.
    mutating func createPost(themeID: String, on date: CalendarDate?) -> [Effect] {
        let today = self.today, identity = self.identity
        let theme = plan.theme(id: themeID)
        let id = newID(salt: 3)
        let post = Post(id: id, date: date, themeID: themeID, platforms: plan.profile.platforms.filter(\.professional).map(\.id),
                        title: "New \(theme?.name ?? themeID)", body: plan.starterBody(for: themeID), status: date == nil ? .idea : .draft,
                        created: now)
        let where_ = date.map { "on \($0.weekday.name)" } ?? "in the backlog"
        let effects = commit("created \(theme?.name ?? themeID) \(where_)", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
            try p.add(post, today: today, by: identity)
            return []
        }
        guard !effects.isEmpty else { return [] }
        if date != nil { select(postID: id) } else { backlogIndex = plan.ideas.firstIndex { $0.id == id } ?? backlogIndex }
        var editor = Editor(post: post, field: .title)
        editor.title = TextBuffer("")
        editor.isNew = true
        editor.relint(plan: plan, today: today)
        mode = .editing(editor)
        return effects
    }

    /// A new idea in the backlog, of the selected idea's theme (or the first theme).
    mutating func createIdea() -> [Effect] {
        let ideas = plan.ideas
        let themeID = ideas.indices.contains(backlogIndex) ? ideas[backlogIndex].themeID : plan.themes.first?.id
        guard let themeID else { message = StatusMessage("the plan has no themes", kind: .error); return [] }
        return createPost(themeID: themeID, on: nil)
    }

    /// Schedules the selected idea of the backlog on the selected day.
    mutating func scheduleIdea() -> [Effect] {
        let today = self.today, now = self.now
        let ideas = plan.ideas
        guard ideas.indices.contains(backlogIndex) else { message = StatusMessage("the backlog is empty"); return [] }
        let idea = ideas[backlogIndex]
        let date = selectedDate
        let effects = commit("scheduled '\(idea.title)' on \(date.weekday.name) \(date.day) \(date.shortMonthName)", ids: [idea.id]) { (p: inout Plan) throws(PlanError) -> [String] in
            try p.move(id: idea.id, to: date, today: today, now: now)
            return []
        }
        if !effects.isEmpty {
            backlogIndex = min(backlogIndex, max(0, plan.ideas.count - 1))
            select(postID: idea.id)
        }
        return effects
    }
}
