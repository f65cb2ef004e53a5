import RoundsCore

/// The selected slot in full: theme, day, status, platforms, consent, and the body wrapped.
enum DetailView {
    /// The pane's lines, wrapped to its width: what the selection is, in full.
    static func rows(_ state: AppState, width: Int, palette: Palette) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        let date = state.selectedDate
        let dayText = "\(date.weekday.shortName) \(date.day) \(date.shortMonthName)"
        let plan = state.plan
        if state.focus == .backlog {
            let ideas = plan.ideas
            if ideas.indices.contains(state.backlogIndex) {
                postLines(ideas[state.backlogIndex], state: state, dayText: "idea", palette: palette, into: &lines)
            } else {
                lines.append(("The backlog is empty.", palette.style(.title)))
                lines.append(("\(Keymap.key(for: .write(.createIdea), in: .backlog) ?? "a") adds an idea; B sends a post here.", palette.style(.dim)))
            }
        } else {
            switch state.selectedItem {
            case nil:
                lines.append(("\(dayText): nothing planned", palette.style(.title)))
                lines.append(("No themed slot on this day.", palette.style(.dim)))
                if !state.readOnly { lines.append(("a adds a post here; P pastes a copied one.", palette.style(.dim))) }
            case .slot(let slot) where slot.post == nil:
                lines.append(("\(slot.theme.name) · \(dayText) · empty", palette.theme(slot.theme.color)))
                if !slot.theme.description.isEmpty { lines.append((slot.theme.description, palette.style(.normal))) }
                if !state.readOnly {
                    lines.append(("", .plain))
                    lines.append(("Enter or a writes it from the theme's template;", palette.style(.dim)))
                    lines.append(("F fills every gap of the week with ideas.", palette.style(.dim)))
                }
            case .slot(let slot):
                if let post = slot.post { postLines(post, state: state, dayText: dayText, palette: palette, into: &lines) }
            case .extra(let post):
                postLines(post, state: state, dayText: dayText, palette: palette, into: &lines)
            }
            // The day's observances, right under what is selected (the pane is short at 80×24).
            lines.insert(contentsOf: ObservanceView.detailLines(date, placed: state.weekObservances, palette: palette), at: min(1, lines.count))
        }
        var out: [(String, CellStyle)] = []
        for (text, style) in lines {
            for row in TextWidth.wrap(text, width: max(1, width)) { out.append((row, style)) }
        }
        return out
    }

    /// How far the pane scrolls at the state's size.
    static func maxScroll(_ state: AppState) -> Int {
        let rect = Layout(size: state.size).detail
        return max(0, rows(state, width: rect.width, palette: .monochrome).count - max(1, rect.height - 1))
    }

    static func draw(_ state: AppState, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.height > 0, rect.width > 0 else { return }
        let all = rows(state, width: rect.width, palette: palette)
        let room = max(0, rect.height - 1)
        let first = min(state.detailScroll, max(0, all.count - room))
        var title = "Details"
        if all.count > room, room > 0 { title += " · \(first + 1)–\(min(all.count, first + room)) of \(all.count) (J/K)" }
        PaneTitle.draw(title, focused: false, into: &buf, rect: rect, palette: palette)
        for (k, (text, style)) in all.dropFirst(first).prefix(room).enumerated() {
            buf.put(text, x: rect.x, y: rect.y + 1 + k, style: style, maxWidth: rect.width)
        }
    }

    static func postLines(_ post: Post, state: AppState, dayText: String, palette: Palette, into lines: inout [(String, CellStyle)]) {
        let plan = state.plan, today = state.today
        let theme = plan.theme(id: post.themeID)
        var head = "\(theme?.name ?? post.themeID) · \(dayText)"
        if let t = post.time { head += " \(t)" }
        head += " · \(post.status.rawValue)"
        lines.append((head, theme.map { palette.theme($0.color) } ?? palette.style(.title)))
        lines.append((post.title, palette.style(.title)))
        let names = post.platforms.map { id in plan.profile.platforms.first { $0.id == id }?.name ?? id }
        lines.append(("Platforms: " + (names.isEmpty ? "none chosen" : names.joined(separator: ", ")) + " · id \(post.id)", palette.style(.normal)))
        if theme?.requiresConsent == true || post.consent != nil {
            if let problem = Plan.consentIssue(post, today: today) {
                lines.append(("Consent: ✗ " + problem.planner, palette.style(.error)))
            } else if let c = post.consent {
                lines.append(("Consent: ✓ obtained \(c.obtainedOn.iso), ref \(c.reference)", palette.style(.success)))
            }
        }
        // Approval, where the plan asks for it or the post has one: who and when, or what is missing.
        if plan.approvals.required || post.approval != nil {
            if let a = post.approval, Plan.approvalIssue(post) == nil {
                lines.append(("Approval: ✓ approved by \(a.by) on \(a.when)" + (a.note.isEmpty ? "" : ": “\(a.note)”"), palette.style(.success)))
            } else if plan.approvals.required, post.status < .posted {
                let problem = Plan.approvalIssue(post) ?? .missing
                lines.append(("Approval: ✗ " + problem.planner, palette.style(post.status >= .ready ? .error : .dim)))
            }
        }
        // Merge conflicts first: both values, and the keys that settle them.
        if !post.conflicts.isEmpty, case .object(let value) = PlanCodec.postValue(post) {
            for c in post.conflicts {
                let t = MergeConflictText(postID: post.id, conflict: c, inPlace: value[c.field])
                let text = t.deletedBy.map { "✗ merge: deleted by \($0.rawValue), edited by \($0.other.rawValue) (kept)" }
                    ?? "✗ merge conflict in \(c.field): ours “\(t.ours)” · theirs “\(t.theirs)”"
                lines.append((text, palette.severity(.error)))
            }
            lines.append(("r keeps ours, R takes theirs, Enter edits [merge.conflict]", palette.style(.dim)))
        }
        // The linter's findings come before the body: they are what needs doing. They are
        // read from the week's flags in the state, linted once per change, not per frame
        // (an idea in the backlog is linted here: it is one post).
        if post.date == nil {
            for f in Linter.lint(post, in: plan, today: today) where !f.acknowledged && f.rule != "consent.missing" {
                lines.append(("\(f.severity.mark) \(Linter.shortLabels[f.rule] ?? f.rule)\(f.excerpt.isEmpty ? "" : " “\(f.excerpt)”") [\(f.rule)]", palette.severity(f.severity)))
            }
        }
        for f in state.weekFlags where f.postID == post.id {
            guard case .lint(_, let what, let excerpt, _) = f.detail else { continue }
            lines.append(("\(f.severity.mark) \(what)\(excerpt.isEmpty ? "" : " “\(excerpt)”") [\(f.rule)]", palette.severity(f.severity)))
        }
        if !post.notes.isEmpty { lines.append(("Notes: " + post.notes, palette.style(.dim))) }
        lines.append(("", .plain))
        lines.append((post.body.isEmpty ? "(no body yet)" : post.body, post.body.isEmpty ? palette.style(.dim) : palette.style(.normal)))
        // Every field of the post, from here (seen when the pane has room), from the keymap.
        if !state.readOnly {
            lines.append(("", .plain))
            lines.append((DetailView.fieldHints(backlog: post.date == nil), palette.style(.dim)))
        }
    }
}

extension DetailView {
    /// "Enter text · e $EDITOR · s status · …", from the keymap.
    static func fieldHints(backlog: Bool) -> String {
        let grid: [(Action, String)] = [(.navigate(.activate), "text"), (.write(.editExternally), "$EDITOR"), (.write(.cycleStatus(1)), "status"),
                                        (.picker(.open(.theme)), "theme"), (.picker(.open(.platforms)), "platforms"), (.prompt(.begin(.dateTime)), "date"),
                                        (.prompt(.begin(.notes)), "notes"), (.prompt(.begin(.consent)), "consent"), (.write(.beginMove), "move"),
                                        (.write(.delete), "delete")]
        let backlogKeys: [(Action, String)] = [(.navigate(.activate), "schedule on the selected day"), (.write(.createIdea), "new idea"),
                                               (.navigate(.toggleFocus), "back to the grid")]
        return (backlog ? backlogKeys.map { ($0.0, $0.1, KeyContext.backlog) } : grid.map { ($0.0, $0.1, KeyContext.grid) })
            .compactMap { a, word, c in Keymap.key(for: a, in: c).map { "\(Key.shortName($0)) \(word)" } }
            .joined(separator: " · ")
    }
}

/// A pane's title line: "─ Title ────".
enum PaneTitle {
    static func draw(_ title: String, focused: Bool, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        let style = focused ? palette.style(.selected) : palette.style(.border)
        buf.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: palette.style(.border), maxWidth: rect.width)
        buf.put(TextWidth.truncate(" \(title) ", to: max(0, rect.width - 1)), x: rect.x + 1, y: rect.y, style: focused ? style : palette.style(.title), maxWidth: rect.width - 1)
    }
}
