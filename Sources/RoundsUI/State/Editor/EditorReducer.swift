import RoundsCore

/// The in-terminal editor: keys change the editor's buffers; the text reaches the plan (and
/// the file) when the keyboard is idle and when the editor closes, as one undo step.
extension AppState {
    /// Body width in the editor at a size (the view's layout; the reducer needs it to move up
    /// and down by screen line).
    public static func editorTextWidth(for size: Size) -> Int { max(10, size.width - 2) }

    mutating func applyEditor(_ action: EditorAction) -> [Effect] {
        guard case .editing(var e) = mode else { return [] }
        let textWidth = AppState.editorTextWidth(for: size)
        let before = (e.title.chars, e.body.chars)
        defer {
            if case .editing = mode {
                // Findings follow the text, computed here once per change, not per frame.
                if e.title.chars != before.0 || e.body.chars != before.1 { e.relint(plan: plan, today: today) }
                mode = .editing(e)
            }
        }
        switch action {
        case .insert(let text):
            e.current.insert(Self.pasteLines(text, title: e.field == .title))
            e.dirty = true
        case .newline:
            if e.field == .title {
                e.field = .body
            } else {
                e.body.insert("\n")
                e.dirty = true
            }
        case .backspace:
            e.current.backspace()
            e.dirty = true
        case .delete:
            e.current.deleteForward()
            e.dirty = true
        case .kill(let k):
            switch k {
            case .toLineEnd: e.current.killToLineEnd()
            case .toLineStart: e.current.killToLineStart()
            case .wordBack: e.current.killWordBack()
            }
            e.dirty = true
        case .clearField:
            e.current = TextBuffer("")
            e.dirty = true
            message = StatusMessage(e.field == .title ? "title cleared: type the new one" : "body cleared (u after closing brings it back)")
        case .move(let m):
            switch m {
            case .left: e.current.left()
            case .right: e.current.right()
            case .wordLeft: e.current.wordLeft()
            case .wordRight: e.current.wordRight()
            case .lineStart: e.current.lineHome()
            case .lineEnd: e.current.lineEnd()
            case .start: e.current.moveTo(0)
            case .end: e.current.moveTo(e.current.count)
            case .up:
                if e.field == .body {
                    let before = e.body.cursor
                    e.body.moveLine(-1, width: textWidth)
                    if before == 0 { e.field = .title }
                }
            case .down:
                if e.field == .title { e.field = .body } else { e.body.moveLine(1, width: textWidth) }
            }
        case .switchField:
            e.field = e.field == .title ? .body : .title
        case .toggleFindings:
            e.showingFindings.toggle()
        case .close:
            // A new post nobody wrote in leaves nothing behind.
            if e.isNew, e.title.count == 0, e.body.text == e.original.body, plan.post(id: e.postID) != nil {
                mode = .normal
                var p = plan
                p.remove(id: e.postID)
                replacePlan(p)
                if let last = undoStack.last, last.edits.count == 1, last.edits[0].id == e.postID, last.edits[0].before == nil {
                    undoStack.removeLast()
                }
                message = StatusMessage("nothing written: the new post was not kept")
                return [.save(plan)]
            }
            if !e.isNew, e.title.text.trimmingSpaces.isEmpty, plan.post(id: e.postID) != nil {
                e.field = .title
                message = StatusMessage("a post needs a title: type one (it stays '\(e.original.title)' until you do)", kind: .error)
                return []
            }
            let effects = writeEditor(&e, closing: true)
            mode = .normal
            return effects
        }
        return []
    }

    /// Puts the editor's text into the plan. While typing (not closing) it is saved without an
    /// undo step; closing records the whole session as one step.
    mutating func writeEditor(_ e: inout Editor, closing: Bool) -> [Effect] {
        guard let stored = plan.post(id: e.postID) else {
            message = StatusMessage("the post was deleted elsewhere; your text is kept only until you close the editor", kind: .error)
            return []
        }
        var post = e.post(from: stored)
        // A typed change undone (x, then Backspace) leaves the text consent covers: the status
        // an idle save set back to draft comes back, since consent covers the text again.
        // The same for an approval that covers the text again.
        if stored.status == .draft, e.original.status >= .ready, e.original.status < .posted {
            let consentOK = plan.theme(id: post.themeID)?.requiresConsent != true
                || post.consent.map { !$0.revoked && ConsentRecord.hash(of: post) == $0.textHash } == true
            let approvalOK = !plan.approvals.required || Plan.approvalIssue(post) == nil
            if consentOK, approvalOK { post.status = e.original.status }
        }
        e.dirty = false
        var p = plan
        var notices: [String] = []
        do {
            notices = try p.update(post, today: today, now: now, by: identity)
        } catch {
            message = StatusMessage("refused: \(error.planner)", kind: .error)
            return []
        }
        replacePlan(p)
        if closing {
            let final = plan.post(id: e.postID)
            if final != e.original {
                record(Change(label: "edited '\(post.title)'", edits: [PostEdit(id: e.postID, before: e.original, after: final)]))
                message = StatusMessage((["saved '\(post.title)'"] + notices).joined(separator: " · "), kind: .success)
            }
        } else if !notices.isEmpty {
            message = StatusMessage(notices.joined(separator: " · "))
        }
        return [.save(plan)]
    }

    /// The plan changed on disk while the editor is open: a field the editor has not touched
    /// takes the other writer's version at once; where both changed the same field, the typed
    /// text stays, the doctor is told, and undo after closing brings the other version back.
    mutating func mergeOutsideChange(into e: inout Editor, previous: Post?, current: Post?) {
        guard let current else {
            message = StatusMessage("the post was deleted elsewhere; your text is kept only until you close the editor", kind: .error)
            return
        }
        guard let previous else { return }
        var conflicts: [String] = []
        if current.title != previous.title {
            let untouched = e.isNew ? e.title.count == 0 : e.title.text == e.original.title
            if untouched {
                if !e.isNew { e.title = TextBuffer(current.title, cursor: min(e.title.cursor, current.title.count)) }
            } else {
                conflicts.append("title")
            }
            e.original.title = current.title
        }
        if current.body != previous.body {
            if e.body.text == e.original.body {
                e.body = TextBuffer(current.body, cursor: min(e.body.cursor, current.body.count))
            } else {
                conflicts.append("body")
            }
            e.original.body = current.body
        }
        // The other fields are not in the editor: the undo step compares against theirs.
        for field in PostFieldKey.allCases where field != .title && field != .body { field.copy(from: current, into: &e.original) }
        e.original.updated = current.updated
        e.relint(plan: plan, today: today)
        if !conflicts.isEmpty {
            let what = conflicts.joined(separator: " and ")
            message = StatusMessage("the \(what) also changed elsewhere: your text is kept; after closing, u brings theirs back", kind: .error)
            // What the editor shows must reach the file again.
            e.dirty = true
        } else {
            message = StatusMessage("reloaded: the plan changed on disk (taken into the editor)")
        }
    }
}

extension AppState {
    /// Typed or pasted text with CR LF and lone CR made line feeds; in a title, line breaks
    /// become spaces.
    static func pasteLines(_ text: String, title: Bool) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for s in text.unicodeScalars {
            if s == "\n" && afterCR { afterCR = false; continue }
            afterCR = s == "\r"
            out.append(s == "\r" || s == "\n" ? (title ? " " : "\n") : s)
        }
        return String(out)
    }
}
