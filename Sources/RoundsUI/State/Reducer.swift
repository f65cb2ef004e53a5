import RoundsCore

extension AppState {
    /// Applies an action; returns what the app must do. No I/O here.
    public mutating func apply(_ action: Action, size: Size = Layout.minimum) -> [Effect] {
        let repeatCount = max(1, count ?? 1)
        if case .editing = mode {
            switch action {
            case .editorInsert, .editorNewline, .editorBackspace, .editorDelete, .editorMove, .editorKill, .editorSwitchField,
                 .editorClose, .idle:
                return applyEditor(action, textWidth: AppState.editorTextWidth(for: size))
            default:
                break
            }
        }
        switch action {
        case .digit(let d):
            count = min(999, (count ?? 0) * 10 + d)
            return []
        case .moveDay(let delta):
            count = nil
            moveDay(delta * repeatCount)
        case .moveSlot(let delta):
            count = nil
            switch focus {
            case .grid: moveSlot(delta * repeatCount)
            case .flags:
                let n = weekFlags.count
                flagIndex = n == 0 ? 0 : min(max(flagIndex + delta * repeatCount, 0), n - 1)
            case .backlog:
                let n = plan.ideas.count
                backlogIndex = n == 0 ? 0 : min(max(backlogIndex + delta * repeatCount, 0), n - 1)
            }
        case .moveWeek(let delta):
            count = nil
            week = week.adding(weeks: delta * repeatCount)
            flagIndex = 0
            clampSelection()
        case .goToToday:
            count = nil
            show(today)
        case .beginGoTo:
            count = nil
            prompt = Prompt(purpose: .goToDate, text: "")
        case .toggleFocus:
            count = nil
            focus = focus != .grid ? .grid : showingBacklog ? .backlog : .flags
            clampSelection()
        case .activate:
            count = nil
            switch focus {
            case .flags: jumpToFlag()
            case .backlog: return scheduleIdea()
            case .grid: return applyWriting(.edit)
            }
        case .toggleHelp:
            count = nil
            showingHelp.toggle()
            helpScroll = 0
        case .scrollHelp(let delta):
            helpScroll = max(0, helpScroll + delta)
        case .quit:
            // Leaving with changes the file does not have would lose them: ask first.
            if let reason = unsavedReason, !readOnly {
                mode = .confirmingQuit
                message = StatusMessage("not saved: \(reason)", kind: .error)
                return [.save]  // one more try: if it works, the question goes away
            }
            return [.quit]
        case .cancel:
            count = nil
            if case .moving(let id, _) = mode {
                mode = .normal
                select(postID: id)
                message = StatusMessage("move cancelled")
            } else if case .confirmingDelete = mode {
                mode = .normal
                message = StatusMessage("not deleted")
            } else if case .picking = mode {
                mode = .normal
            } else if prompt != nil {
                prompt = nil
            } else if showingHelp {
                showingHelp = false
            } else if focus != .grid {
                focus = .grid
            } else {
                message = nil
            }
        case .promptInsert(let text):
            // A prompt takes a date, a path or a few words: 500 characters is plenty.
            guard let p = prompt else { return [] }
            prompt?.text.append(contentsOf: text.filter { !$0.isNewline }.prefix(max(0, 500 - p.text.count)))
        case .promptBackspace:
            if prompt?.text.isEmpty == false { prompt?.text.removeLast() }
        case .promptSubmit:
            guard let p = prompt else { return [] }
            prompt = nil
            switch p.purpose {
            case .consent(let id):
                return submitConsent(p.text, postID: id)
            case .theme, .platforms, .dateTime, .notes, .search:
                return submitField(p.purpose, p.text)
            case .export:
                return submitExport(p.text)
            case .goToDate:
                let text = p.text.trimmingSpaces
                if let d = DatePhrase.parse(text, today: today) {
                    show(d)
                } else if let w = Week(iso: text, weekStart: plan.profile.weekStart) {
                    show(w.start)
                } else if !text.isEmpty {
                    message = StatusMessage("'\(text)' is not a date: try 2026-12-01, mon, next fri or 2026-W49", kind: .error)
                }
            }
        case .planReloaded(let new):
            replacePlan(new)
            message = StatusMessage("reloaded: the plan changed on disk")
        case .notify(let m):
            message = m
        case .idle, .editorInsert, .editorNewline, .editorBackspace, .editorDelete, .editorMove, .editorKill, .editorSwitchField, .editorClose:
            return []
        case .saved(let written):
            // What was written may hold another writer's changes, merged per post.
            if written != plan { replacePlan(written) }
            if unsavedReason != nil {
                unsavedReason = nil
                message = StatusMessage("saved: the plan on disk is up to date again", kind: .success)
                // Asked to quit, and the retry worked: nothing is lost by leaving now.
                if case .confirmingQuit = mode { mode = .normal; return [.quit] }
            }
        case .saveFailed(let reason):
            unsavedReason = reason.hasPrefix("not saved: ") ? String(reason.dropFirst("not saved: ".count)) : reason
            if case .confirmingQuit = mode { break }
            let text = reason.hasPrefix("not saved") ? reason : "not saved: " + reason
            message = StatusMessage(text + " (your edits are kept and saved with the next change)", kind: .error)
        case .create, .edit, .editExternally, .externalEditDone, .cycleStatus, .beginMove, .drop, .delete, .confirm, .undo, .redo,
             .beginConsent, .beginExport, .fillWeek, .copy, .paste:
            count = nil
            return applyWriting(action)
        case .beginField, .beginNewPost, .beginSearch, .searchNext, .toggleBacklog, .unschedule, .pickerMove, .pickerToggle, .pickerAccept:
            count = nil
            return applyMore(action)
        }
        return []
    }

    /// Selects a date, changing week if needed.
    mutating func show(_ date: CalendarDate) {
        week = Week(containing: date, weekStart: plan.profile.weekStart)
        dayIndex = week.start.days(until: date)
        itemIndex = 0
        clampSelection()
    }

    mutating func moveDay(_ delta: Int) {
        let target = selectedDate.adding(days: delta)
        let keepItem = itemIndex
        if week.contains(target) {
            dayIndex = week.start.days(until: target)
        } else {
            week = Week(containing: target, weekStart: plan.profile.weekStart)
            dayIndex = week.start.days(until: target)
        }
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
}
