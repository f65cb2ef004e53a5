import RoundsCore

/// Moving around the week, the panes and help.
extension AppState {
    mutating func applyNavigation(_ action: NavigationAction) -> [Effect] {
        let repeatCount = max(1, count ?? 1)
        if case .digit = action {} else { count = nil }
        switch action {
        case .digit(let d):
            count = min(999, (count ?? 0) * 10 + d)
        case .moveDay(let delta):
            moveDay(delta * repeatCount)
        case .moveSlot(let delta):
            switch focus {
            case .grid: moveSlot(delta * repeatCount)
            case .flags:
                let n = weekFlags.count
                flagIndex = n == 0 ? 0 : min(max(flagIndex + delta * repeatCount, 0), n - 1)
            case .backlog:
                let n = plan.ideas.count
                backlogIndex = n == 0 ? 0 : min(max(backlogIndex + delta * repeatCount, 0), n - 1)
            }
            detailScroll = 0
        case .moveWeek(let delta):
            showWeek(week.adding(weeks: delta * repeatCount))
            flagIndex = 0
            clampSelection()
        case .goToToday:
            show(today)
        case .toggleFocus:
            focus = focus != .grid ? .grid : showingBacklog ? .backlog : .flags
            clampSelection()
        case .activate:
            switch focus {
            case .flags: jumpToFlag()
            case .backlog: return apply(.write(.scheduleIdea))
            case .grid: return apply(.write(.edit))
            }
        case .toggleHelp:
            showingHelp.toggle()
            helpScroll = 0
        case .scrollHelp(let delta):
            helpScroll = min(max(0, helpScroll + delta), HelpView.maxScroll(for: size))
        case .scrollDetails(let delta):
            detailScroll = min(max(0, detailScroll + delta * repeatCount), DetailView.maxScroll(self))
        case .toggleBacklog:
            showingBacklog.toggle()
            focus = showingBacklog ? .backlog : .grid
            backlogIndex = min(backlogIndex, max(0, plan.ideas.count - 1))
        case .toggleObservances:
            showObservances.toggle()
            refreshObservances()
            message = StatusMessage(showObservances ? "observances shown (o hides them)"
                                    : observances.isEmpty ? "no observances loaded" : "observances hidden (o shows them)")
        case .searchNext(let delta):
            guard let q = search, !q.isEmpty else { message = StatusMessage("no search yet: / starts one"); return [] }
            findMatch(q, direction: delta)
        case .quit:
            // Text still in the editor is written first.
            var effects: [Effect] = []
            if case .editing = mode { effects = applyEditor(.close) }
            // Leaving with changes the file does not have would lose them: ask first.
            if let reason = unsavedReason, !readOnly {
                mode = .confirmingQuit
                message = StatusMessage("not saved: \(reason)", kind: .error)
                // One more try: if it works, the question goes away.
                return effects.contains { if case .save = $0 { true } else { false } } ? effects : effects + [.save(plan)]
            }
            return effects + [.quit]
        case .cancel:
            switch mode {
            case .moving(let id, _):
                mode = .normal
                select(postID: id)
                message = StatusMessage("move cancelled")
            case .confirmingDelete:
                mode = .normal
                message = StatusMessage("not deleted")
            case .confirmingReplace:
                mode = .normal
                message = StatusMessage("not exported: the file was left as it is")
            case .picking:
                mode = .normal
            case .editing:
                return apply(.editor(.close))
            case .confirmingQuit:
                return apply(.write(.confirm(false)))
            case .normal:
                if prompt != nil {
                    prompt = nil
                } else if showingHelp {
                    showingHelp = false
                } else if focus != .grid {
                    focus = .grid
                } else {
                    message = nil
                }
            }
        }
        return []
    }

    /// Selects a date, changing week if needed.
    mutating func show(_ date: CalendarDate) {
        showWeek(Week(containing: date, weekStart: plan.profile.weekStart))
        dayIndex = week.start.days(until: date)
        itemIndex = 0
        clampSelection()
    }

    mutating func moveDay(_ delta: Int) {
        let target = selectedDate.adding(days: delta)
        let keepItem = itemIndex
        if !week.contains(target) { showWeek(Week(containing: target, weekStart: plan.profile.weekStart)) }
        dayIndex = week.start.days(until: target)
        itemIndex = keepItem
        clampSelection()
    }

    mutating func moveSlot(_ delta: Int) {
        let n = grid.items(on: selectedDate).count
        guard n > 0 else { itemIndex = 0; return }
        itemIndex = min(max(itemIndex + delta, 0), n - 1)
    }

    /// Selects the slot or post a flag is about.
    mutating func jumpToFlag() {
        let flags = weekFlags
        guard flags.indices.contains(flagIndex) else { return }
        let flag = flags[flagIndex]
        let g = grid
        if let id = flag.postID, let post = g.posts.first(where: { $0.id == id }), let d = post.date {
            show(d)
            itemIndex = grid.items(on: d).firstIndex { $0.post?.id == id } ?? 0
        } else if let d = flag.date {
            show(d)
            if let theme = flag.themeID { itemIndex = grid.items(on: d).firstIndex { $0.themeID == theme } ?? 0 }
        } else if let theme = flag.themeID, let slot = g.slots.first(where: { $0.theme.id == theme }) {
            show(slot.date)
            itemIndex = grid.items(on: slot.date).firstIndex { $0.themeID == theme } ?? 0
        }
        focus = .grid
    }

    /// Text compared without case or accents.
    static func folded(_ s: String) -> String { s.searchFolded }

    /// Selects the next (or previous) post after the selection whose title or body holds `q`,
    /// and says which match of how many it is.
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
        func matches(_ p: Post) -> Bool { AppState.folded(p.title).contains(needle) || AppState.folded(p.body).contains(needle) }
        for step in 1...dated.count {
            let i = ((start + step * (direction > 0 ? 1 : -1)) % dated.count + dated.count) % dated.count
            let p = dated[i]
            if matches(p) {
                select(postID: p.id)
                focus = .grid
                let all = dated.indices.filter { matches(dated[$0]) }
                let nth = (all.firstIndex(of: i) ?? 0) + 1
                message = StatusMessage("'\(q)': match \(nth) of \(all.count) · \(p.date.map { "\($0.weekday.shortName) \($0.iso)" } ?? "") '\(p.title)' (n next, N previous)")
                return
            }
        }
        message = StatusMessage("'\(q)' is not in any post", kind: .error)
    }
}
