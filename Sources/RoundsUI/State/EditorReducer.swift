import RoundsCore

/// The in-terminal editor: keys change the editor's buffers; the text reaches the plan (and
/// the file) when the keyboard is idle and when the editor closes, as one undo step.
extension AppState {
    /// Body width in the editor at the current size (set by the view's layout; the reducer
    /// needs it to move up and down by screen line).
    public static func editorTextWidth(for size: Size) -> Int { max(10, size.width - 2) }

    mutating func applyEditor(_ action: Action, textWidth: Int) -> [Effect] {
        guard case .editing(var e) = mode else { return [] }
        let before = (e.title.chars, e.body.chars)
        defer {
            if case .editing = mode {
                // Findings follow the text, computed here once per change, not per frame.
                if e.title.chars != before.0 || e.body.chars != before.1 { e.relint(plan: plan, today: today) }
                mode = .editing(e)
            }
        }
        switch action {
        case .editorInsert(let text):
            e.current.insert(Self.pasteLines(text, title: e.field == .title))
            e.dirty = true
        case .editorNewline:
            if e.field == .title {
                e.field = .body
            } else {
                e.body.insert("\n")
                e.dirty = true
            }
        case .editorBackspace:
            e.current.backspace()
            e.dirty = true
        case .editorDelete:
            e.current.deleteForward()
            e.dirty = true
        case .editorKill(let k):
            switch k {
            case .toLineEnd: e.current.killToLineEnd()
            case .toLineStart: e.current.killToLineStart()
            case .wordBack: e.current.killWordBack()
            }
            e.dirty = true
        case .editorMove(let m):
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
        case .editorSwitchField:
            e.field = e.field == .title ? .body : .title
        case .editorClose:
            let effects = writeEditor(&e, closing: true)
            mode = .normal
            return effects
        case .idle:
            guard e.dirty else { return [] }
            return writeEditor(&e, closing: false)
        default:
            break
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
        let post = e.post(from: stored)
        e.dirty = false
        var p = plan
        var notices: [String] = []
        do {
            notices = try p.update(post, today: today, now: now)
        } catch {
            message = StatusMessage("refused: \(error)", kind: .error)
            return []
        }
        replacePlan(p)
        if closing {
            let final = plan.post(id: e.postID)
            if final != e.original {
                undoStack.append(Change(label: "edited '\(post.title)'", before: [Change.PostState(id: e.postID, post: e.original)],
                                        after: [Change.PostState(id: e.postID, post: final)]))
                if undoStack.count > AppState.undoLimit { undoStack.removeFirst() }
                redoStack.removeAll()
                message = StatusMessage((["saved '\(post.title)'"] + notices).joined(separator: " · "), kind: .success)
            }
        } else if !notices.isEmpty {
            message = StatusMessage(notices.joined(separator: " · "))
        }
        return [.save]
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
