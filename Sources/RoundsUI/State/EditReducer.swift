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
    mutating func commit(_ label: String, ids: [String], _ change: (inout Plan) throws(PlanError) -> [String]) -> [Effect] {
        if readOnly {
            message = StatusMessage("read-only: this planner does not save (another one has the plan open)", kind: .error)
            return []
        }
        var p = plan
        let before = ids.map { Change.PostState(id: $0, post: p.post(id: $0)) }
        let notices: [String]
        do {
            notices = try change(&p)
        } catch {
            message = StatusMessage("refused: \(error)", kind: .error)
            return []
        }
        let after = ids.map { Change.PostState(id: $0, post: p.post(id: $0)) }
        guard before != after else { return [] }
        replacePlan(p)
        undoStack.append(Change(label: label, before: before, after: after))
        if undoStack.count > AppState.undoLimit { undoStack.removeFirst(undoStack.count - AppState.undoLimit) }
        redoStack.removeAll()
        message = StatusMessage(([label] + notices).joined(separator: " · "), kind: notices.isEmpty ? .success : .info)
        return [.save]
    }

    /// Selects a post wherever it is.
    mutating func select(postID: String) {
        guard let d = plan.post(id: postID)?.date else { return }
        show(d)
        itemIndex = grid.items(on: d).firstIndex { $0.post?.id == postID } ?? 0
        clampSelection()
    }

    mutating func applyWriting(_ action: Action) -> [Effect] {
        // Copies for the change closures, which run while `commit` changes self.
        let today = self.today, now = self.now
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
            guard let post = selectedPost else { return applyWriting(.create) }
            if readOnly { message = StatusMessage("read-only: this planner does not save", kind: .error); return [] }
            var editor = Editor(post: post)
            editor.relint(plan: plan, today: today)
            mode = .editing(editor)
            return []
        case .editExternally:
            guard let post = selectedPost else { message = StatusMessage("no post here: press a to create one"); return [] }
            if readOnly { message = StatusMessage("read-only: this planner does not save", kind: .error); return [] }
            return [.openExternalEditor(postID: post.id, text: post.body)]
        case .externalEditDone(let id, let text):
            guard var post = plan.post(id: id) else { return [] }
            if post.body == text { message = StatusMessage("no change"); return [] }
            post.body = text
            return commit("body edited in $EDITOR", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.update(post, today: today, now: now)
            }
        case .cycleStatus(let delta):
            guard var post = selectedPost else { message = StatusMessage("no post here"); return [] }
            guard let next = delta > 0 ? post.status.next : post.status.previous else {
                message = StatusMessage("'\(post.title)' is already \(post.status.rawValue)")
                return []
            }
            post.status = next
            return commit("'\(post.title)' is \(next.rawValue)", ids: [post.id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.update(post, today: today, now: now)
            }
        case .beginMove:
            guard let post = selectedPost, let d = post.date else { message = StatusMessage("no post here to move"); return [] }
            if readOnly { message = StatusMessage("read-only: this planner does not save", kind: .error); return [] }
            mode = .moving(postID: post.id, from: d)
            message = StatusMessage("moving '\(post.title)': ←→ [ ] pick a day, Enter drop, Esc cancel")
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
            if readOnly { message = StatusMessage("read-only: this planner does not save", kind: .error); return [] }
            mode = .confirmingDelete(postID: post.id)
            return []
        case .confirm(let yes):
            if case .confirmingQuit = mode {
                mode = .normal
                if yes { return [.quit] }
                message = StatusMessage("not quitting: your changes are kept on screen and saved with the next change")
                return []
            }
            guard case .confirmingDelete(let id) = mode else { return [] }
            mode = .normal
            guard yes, let post = plan.post(id: id) else { message = StatusMessage("not deleted"); return [] }
            return commit("deleted '\(post.title)' (u undoes)", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                p.remove(id: id)
                return []
            }
        case .undo, .redo:
            let undoing = action == .undo
            guard let change = undoing ? undoStack.popLast() : redoStack.popLast() else {
                message = StatusMessage(undoing ? "nothing to undo" : "nothing to redo")
                return []
            }
            var p = plan
            for s in undoing ? change.before : change.after {
                if let post = s.post { p.upsert(post) } else { p.remove(id: s.id) }
            }
            replacePlan(p)
            if undoing { redoStack.append(change) } else { undoStack.append(change) }
            message = StatusMessage("\(undoing ? "undone" : "redone"): \(change.label)")
            if let id = change.before.first?.id, plan.post(id: id) != nil { select(postID: id) }
            return [.save]
        case .beginConsent:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            prompt = Prompt(purpose: .consent(postID: post.id), text: "")
            return []
        case .beginExport:
            prompt = Prompt(purpose: .export, text: "rounds-\(week.isoName).txt")
            return []
        case .fillWeek:
            var p = plan
            let stamp = now
            let added = p.planWeek(week, now: now) { plan in AppState.newID(in: plan, now: stamp, salt: 31) }
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
                try p.add(copy, today: today)
                return []
            }
            if !effects.isEmpty { select(postID: id) }
            return effects
        default:
            return []
        }
    }

    /// A new draft of a theme on a day, from the theme's template; the editor opens on its title.
    mutating func createPost(themeID: String, on date: CalendarDate) -> [Effect] {
        let today = self.today
        let theme = plan.theme(id: themeID)
        let id = newID(salt: 3)
        let post = Post(id: id, date: date, themeID: themeID, platforms: plan.profile.platforms.filter(\.professional).map(\.id),
                        title: "New \(theme?.name ?? themeID)", body: plan.starterBody(for: themeID), status: .draft, created: now)
        let effects = commit("created \(theme?.name ?? themeID) on \(date.weekday.name)", ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
            try p.add(post, today: today)
            return []
        }
        guard !effects.isEmpty else { return [] }
        select(postID: id)
        var editor = Editor(post: post, field: .title)
        editor.title = TextBuffer("")
        editor.relint(plan: plan, today: today)
        mode = .editing(editor)
        return effects
    }

    /// Consent typed in the prompt: "2026-11-20 form 114 [until 2027-11-20]" or "revoke".
    mutating func submitConsent(_ text: String, postID: String) -> [Effect] {
        let today = self.today, now = self.now
        let t = text.trimmingSpaces
        if t.lowercased() == "revoke" {
            return commit("consent revoked", ids: [postID]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.revokeConsent(id: postID, now: now)
            }
        }
        var words = t.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first, let date = DatePhrase.parse(first, today: today) else {
            message = StatusMessage("consent needs the date it was signed, then where the form is: 2026-11-20 form 114", kind: .error)
            return []
        }
        words.removeFirst()
        var expires: CalendarDate?
        if let k = words.firstIndex(of: "until"), k + 1 < words.count {
            expires = DatePhrase.parse(words[k + 1], today: today)
            words.removeSubrange(k...(k + 1))
        }
        let reference = words.joined(separator: " ")
        guard !reference.isEmpty else {
            message = StatusMessage("say where the signed form is kept (e.g. 2026-11-20 binder p.4)", kind: .error)
            return []
        }
        if date > today {
            message = StatusMessage("\(date.iso) is in the future: record consent once it is signed", kind: .error)
            return []
        }
        return commit("consent recorded (\(date.iso), \(reference))", ids: [postID]) { (p: inout Plan) throws(PlanError) -> [String] in
            _ = try p.recordConsent(id: postID, obtainedOn: date, reference: reference, expiresOn: expires, now: now)
            return []
        }
    }

    /// "rounds-2026-W48.md" → markdown to that path.
    mutating func submitExport(_ text: String) -> [Effect] {
        let path = text.trimmingSpaces
        guard !path.isEmpty else { return [] }
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let format: ExportFormat
        switch ext {
        case "txt", "text": format = .text
        case "md", "markdown": format = .markdown
        case "csv": format = .csv
        case "ics": format = .ics
        case "json": format = .json
        default:
            message = StatusMessage("end the file name in .txt, .md, .csv, .ics or .json to choose the format", kind: .error)
            return []
        }
        return [.export(format, path: path, from: week.start, to: week.end)]
    }
}

/// Fields through prompts, search and the backlog.
extension AppState {
    mutating func applyMore(_ action: Action) -> [Effect] {
        let today = self.today, now = self.now
        switch action {
        case .beginField(let field):
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            switch field {
            case .theme:
                var picker = Picker(purpose: .theme(postID: post.id), items: plan.themes.map { ($0.id, $0.name) })
                picker.index = plan.themes.firstIndex { $0.id == post.themeID } ?? 0
                mode = .picking(picker)
            case .platforms:
                let items = plan.profile.platforms.map { p in (p.id, p.name + (p.characterLimit.map { " (\($0) characters)" } ?? "")) }
                mode = .picking(Picker(purpose: .platforms(postID: post.id), items: items, chosen: Set(post.platforms)))
            case .dateTime:
                prompt = Prompt(purpose: .dateTime(postID: post.id), text: (post.date?.iso ?? "") + (post.time.map { " \($0)" } ?? ""))
            case .notes: prompt = Prompt(purpose: .notes(postID: post.id), text: post.notes)
            }
            return []
        case .beginNewPost:
            if readOnly { message = StatusMessage("read-only: this planner does not save", kind: .error); return [] }
            mode = .picking(Picker(purpose: .newPost, items: plan.themes.map { ($0.id, $0.name) }))
            return []
        case .pickerMove(let delta):
            guard case .picking(var p) = mode, !p.items.isEmpty else { return [] }
            p.index = min(max(0, p.index + delta), p.items.count - 1)
            mode = .picking(p)
            return []
        case .pickerToggle:
            guard case .picking(var p) = mode, p.isMultiple, p.items.indices.contains(p.index) else { return [] }
            let id = p.items[p.index].id
            if p.chosen.contains(id) { p.chosen.remove(id) } else { p.chosen.insert(id) }
            mode = .picking(p)
            return []
        case .pickerAccept:
            guard case .picking(let p) = mode, p.items.indices.contains(p.index) else { return [] }
            mode = .normal
            switch p.purpose {
            case .newPost:
                return createPost(themeID: p.items[p.index].id, on: selectedDate)
            case .theme(let id):
                return submitField(.theme(postID: id), p.items[p.index].id)
            case .platforms(let id):
                // In the plan's order.
                let ids = plan.profile.platforms.map(\.id).filter(p.chosen.contains)
                return submitField(.platforms(postID: id), ids.joined(separator: ","))
            }
        case .beginSearch:
            prompt = Prompt(purpose: .search, text: "")
            return []
        case .searchNext(let delta):
            guard let q = search, !q.isEmpty else { message = StatusMessage("no search yet: / starts one"); return [] }
            findMatch(q, direction: delta)
            return []
        case .toggleBacklog:
            showingBacklog.toggle()
            focus = showingBacklog ? .backlog : .grid
            backlogIndex = min(backlogIndex, max(0, plan.ideas.count - 1))
            return []
        case .unschedule:
            guard var post = selectedPost else { message = StatusMessage("no post here"); return [] }
            post.date = nil
            return commit("'\(post.title)' back to the backlog", ids: [post.id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.move(id: post.id, to: nil, today: today, now: now)
                return []
            }
        default:
            return []
        }
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

    /// Text compared without case or accents.
    static func folded(_ s: String) -> String { s.searchFolded }

    /// Selects the next (or previous) post after the selection whose title or body holds `q`.
    mutating func findMatch(_ q: String, direction: Int) {
        let needle = AppState.folded(q)
        let current = selectedPost?.id
        let dated = plan.posts.filter { $0.date != nil }
        guard !dated.isEmpty else { message = StatusMessage("no posts to search"); return }
        let here = selectedDate
        // Start from the selection and walk in file order, wrapping around.
        let start: Int
        if let id = current, let i = dated.firstIndex(where: { $0.id == id }) {
            start = i
        } else {
            let after = dated.firstIndex { ($0.date ?? here) >= here } ?? dated.count
            start = direction > 0 ? after - 1 : after
        }
        for step in 1...dated.count {
            let i = ((start + step * (direction > 0 ? 1 : -1)) % dated.count + dated.count) % dated.count
            let p = dated[i]
            if AppState.folded(p.title).contains(needle) || AppState.folded(p.body).contains(needle) {
                select(postID: p.id)
                focus = .grid
                message = StatusMessage("'\(q)': \(p.date.map { "\($0.weekday.shortName) \($0.iso)" } ?? "") '\(p.title)' (n next, N previous)")
                return
            }
        }
        message = StatusMessage("'\(q)' is not in any post", kind: .error)
    }

    mutating func submitField(_ purpose: Prompt.Purpose, _ text: String) -> [Effect] {
        let today = self.today, now = self.now
        let t = text.trimmingSpaces
        switch purpose {
        case .search:
            // An empty search repeats the last one.
            if !t.isEmpty { search = t }
            if let q = search, !q.isEmpty { findMatch(q, direction: 1) }
            return []
        case .theme(let id), .platforms(let id), .dateTime(let id), .notes(let id):
            guard var post = plan.post(id: id) else { return [] }
            var label = ""
            switch purpose {
            case .theme:
                guard let theme = plan.theme(named: t) else {
                    message = StatusMessage("unknown theme '\(t)' (themes: \(plan.themes.map(\.id).joined(separator: ", ")))", kind: .error)
                    return []
                }
                post.themeID = theme.id
                label = "'\(post.title)' is now a \(theme.name)"
            case .platforms:
                let ids: [String]
                do {
                    ids = try plan.platformIDs(from: t)
                } catch {
                    message = StatusMessage("\(error)", kind: .error)
                    return []
                }
                post.platforms = ids
                label = "platforms: " + (ids.isEmpty ? "none" : ids.joined(separator: ", "))
            case .dateTime:
                let words = t.split(separator: " ").map(String.init)
                if t.lowercased() == "none" {
                    post.date = nil
                    post.time = nil
                    label = "'\(post.title)' back to the backlog"
                } else {
                    var date = post.date
                    var time = post.time
                    var rest = words[...]
                    if let w = rest.first, let d = DatePhrase.parse(w, today: today) {
                        date = d
                        rest = rest.dropFirst()
                    } else if rest.count >= 2, let d = DatePhrase.parse(rest.prefix(2).joined(separator: " "), today: today) {
                        date = d
                        rest = rest.dropFirst(2)
                    }
                    if let w = rest.first {
                        if w.lowercased() == "none" {
                            time = nil
                        } else if let parsed = TimeOfDay(w) {
                            time = parsed
                        } else {
                            message = StatusMessage("'\(t)' is not a date and time: try 2026-12-02 09:30, fri 10:00 or none", kind: .error)
                            return []
                        }
                        rest = rest.dropFirst()
                    }
                    guard rest.isEmpty, date != nil || words.isEmpty else {
                        message = StatusMessage("'\(t)' is not a date and time: try 2026-12-02 09:30, fri 10:00 or none", kind: .error)
                        return []
                    }
                    post.date = date
                    post.time = time
                    label = "'\(post.title)' on " + (date.map { "\($0.weekday.name) \($0.iso)" } ?? "no date") + (time.map { " at \($0)" } ?? "")
                }
            case .notes:
                post.notes = text
                label = "notes saved"
            default:
                return []
            }
            let effects = commit(label, ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.update(post, today: today, now: now)
            }
            if !effects.isEmpty, post.date != nil { select(postID: id) }
            return effects
        case .goToDate, .consent, .export:
            return []
        }
    }
}

