import RoundsCore

/// The one-line prompt: it edits like the editor's title (`<C-u>` `<C-w>` `<C-a>` `<C-e>`), and
/// what is typed is read by the core's parsers, the same ones the CLI uses.
extension AppState {
    mutating func applyPrompt(_ action: PromptAction) -> [Effect] {
        switch action {
        case .begin(let kind):
            return beginPrompt(kind)
        case .insert(let text):
            // A prompt takes a date, a path or a few words: 500 characters is plenty.
            guard let p = prompt else { return [] }
            let room = max(0, 500 - p.buffer.count)
            prompt?.buffer.insert(String(text.filter { !$0.isNewline }.prefix(room)))
        case .backspace:
            prompt?.buffer.backspace()
        case .kill(let k):
            switch k {
            case .toLineStart: prompt?.buffer.killToLineStart()
            case .toLineEnd: prompt?.buffer.killToLineEnd()
            case .wordBack: prompt?.buffer.killWordBack()
            }
        case .move(let m):
            switch m {
            case .left: prompt?.buffer.left()
            case .right: prompt?.buffer.right()
            case .wordLeft: prompt?.buffer.wordLeft()
            case .wordRight: prompt?.buffer.wordRight()
            case .lineStart, .start, .up: prompt?.buffer.moveTo(0)
            case .lineEnd, .end, .down:
                let n = prompt?.buffer.count ?? 0
                prompt?.buffer.moveTo(n)
            }
        case .submit:
            guard let p = prompt else { return [] }
            prompt = nil
            switch p.purpose {
            case .consent(let id):
                return submitConsent(p.text, postID: id)
            case .approval(let id):
                return submitApproval(p.text, postID: id)
            case .dateTime, .notes, .search, .theme, .platforms:
                return submitField(p.purpose, p.text)
            case .export:
                return submitExport(p.text)
            case .profile(let field):
                return submitSetting(field, p.text)
            case .goToDate:
                let text = p.text.trimmingSpaces
                if text.isEmpty { return [] }
                if let d = DatePhrase.parse(text, today: today, week: week) {
                    show(d)
                } else if let w = WeekPhrase.parse(text, today: today, weekStart: plan.profile.weekStart) {
                    show(w.start)
                } else {
                    message = StatusMessage("'\(text)' is not a date: try 2026-12-01, mon, next fri, next or 2026-W49", kind: .error)
                }
            }
        }
        return []
    }

    mutating func beginPrompt(_ kind: PromptKind) -> [Effect] {
        switch kind {
        case .goToDate:
            prompt = Prompt(purpose: .goToDate, text: "")
        case .search:
            prompt = Prompt(purpose: .search, text: "")
        case .export:
            prompt = Prompt(purpose: .export, text: "rounds-\(week.isoName).txt")
        case .consent:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            prompt = Prompt(purpose: .consent(postID: post.id), text: "")
        case .approval:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            // The one approver, when the plan names only one; else the name of whoever is here.
            let approvers = plan.approvals.approvers
            let name = approvers.count == 1 ? approvers[0] : approvers.isEmpty ? identity?.name ?? "" : ""
            prompt = Prompt(purpose: .approval(postID: post.id), text: name)
        case .dateTime:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            prompt = Prompt(purpose: .dateTime(postID: post.id), text: (post.date?.iso ?? "") + (post.time.map { " \($0)" } ?? ""))
        case .notes:
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            prompt = Prompt(purpose: .notes(postID: post.id), text: post.notes)
        }
        return []
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

    /// An approval typed in the prompt: "Dr. Ana Ruiz", "Dr. Ana Ruiz: fine to go", or "revoke".
    mutating func submitApproval(_ text: String, postID: String) -> [Effect] {
        let now = self.now, user = identity?.user ?? ""
        let t = text.trimmingSpaces
        if t.lowercased() == "revoke" {
            return commit("approval revoked", ids: [postID]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.revokeApproval(id: postID, now: now)
            }
        }
        let parts = t.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let name = parts.first ?? "", note = parts.count > 1 ? parts[1] : ""
        guard !name.isEmpty else {
            message = StatusMessage("type the approver's name (then ': a note' if you like), or 'revoke'", kind: .error)
            return []
        }
        let by = plan.approvals.approver(named: name) ?? name
        return commit("approved by \(by)", undoLabel: "approval by \(by) taken back", ids: [postID]) { (p: inout Plan) throws(PlanError) -> [String] in
            try p.approve(id: postID, by: name, user: user, note: note, now: now)
            return []
        }
    }

    /// "rounds-2026-W48.md" → markdown to that file (the app expands `~` and asks before
    /// replacing a file that is there).
    mutating func submitExport(_ text: String) -> [Effect] {
        let path = text.trimmingSpaces
        guard !path.isEmpty else { return [] }
        guard let format = ExportFormat(fileName: path) else {
            message = StatusMessage("end the file name in .txt, .md, .csv, .ics or .json to choose the format", kind: .error)
            return []
        }
        return [.export(ExportRequest(format: format, path: path, from: week.start, to: week.end))]
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
                    message = StatusMessage("unknown theme '\(t)' (themes: \(plan.themes.map(\.name).joined(separator: ", ")))", kind: .error)
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
                switch DateTimePhrase.parse(t, today: today, week: week) {
                case .backlog:
                    post.date = nil
                    post.time = nil
                    label = "'\(post.title)' back to the backlog"
                case .change(let date, let time):
                    if let date { post.date = date }
                    if let time { post.time = time.value }
                    guard post.date != nil else {
                        message = StatusMessage("'\(t)' needs a date: the post is in the backlog (try fri 10:00)", kind: .error)
                        return []
                    }
                    label = "'\(post.title)' on " + (post.date.map { "\($0.weekday.name) \($0.iso)" } ?? "no date") + (post.time.map { " at \($0)" } ?? "")
                case nil:
                    message = StatusMessage("'\(t)' is not a date and time: try 2026-12-02 09:30, fri 10:00 or none", kind: .error)
                    return []
                }
            case .notes:
                post.notes = text
                label = "notes saved"
            case .search, .goToDate, .consent, .approval, .export, .profile:
                return []
            }
            let effects = commit(label, ids: [id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.update(post, today: today, now: now)
            }
            if !effects.isEmpty, post.date != nil { select(postID: id) }
            return effects
        case .goToDate, .consent, .approval, .export, .profile:
            return []
        }
    }
}
