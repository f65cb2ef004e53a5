import RoundsCore

/// The selected slot in full: theme, day, status, platforms, consent, and the body wrapped.
enum DetailView {
    static func draw(_ state: AppState, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.height > 0, rect.width > 0 else { return }
        PaneTitle.draw("Details", focused: false, into: &buf, rect: rect, palette: palette)
        var lines: [(String, CellStyle)] = []
        let date = state.selectedDate
        let dayText = "\(date.weekday.shortName) \(date.day) \(date.shortMonthName)"
        let plan = state.plan
        switch state.selectedItem {
        case nil:
            lines.append(("\(dayText): nothing planned", palette.style(.title)))
            lines.append(("No themed slot on this day.", palette.style(.dim)))
            lines.append(("a adds a post here; P pastes a copied one.", palette.style(.dim)))
        case .slot(let slot) where slot.post == nil:
            lines.append(("\(slot.theme.name) · \(dayText) · empty", palette.theme(slot.theme.color)))
            if !slot.theme.description.isEmpty { lines.append((slot.theme.description, palette.style(.normal))) }
            lines.append(("", .plain))
            lines.append(("Enter or a writes it from the theme's template;", palette.style(.dim)))
            lines.append(("F fills every gap of the week with ideas.", palette.style(.dim)))
        case .slot(let slot):
            if let post = slot.post { postLines(post, plan: plan, today: state.today, flags: state.weekFlags, dayText: dayText, palette: palette, into: &lines) }
        case .extra(let post):
            postLines(post, plan: plan, today: state.today, flags: state.weekFlags, dayText: dayText, palette: palette, into: &lines)
        }
        var y = rect.y + 1
        for (text, style) in lines {
            for row in TextWidth.wrap(text, width: rect.width) {
                if y >= rect.maxY { return }
                buf.put(row, x: rect.x, y: y, style: style, maxWidth: rect.width)
                y += 1
            }
        }
    }

    static func postLines(_ post: Post, plan: Plan, today: CalendarDate, flags: [PlanFlag], dayText: String, palette: Palette, into lines: inout [(String, CellStyle)]) {
        let theme = plan.theme(id: post.themeID)
        var head = "\(theme?.name ?? post.themeID) · \(dayText)"
        if let t = post.time { head += " \(t)" }
        head += " · \(post.status.rawValue)"
        lines.append((head, theme.map { palette.theme($0.color) } ?? palette.style(.title)))
        lines.append((post.title, palette.style(.title)))
        let names = post.platforms.map { id in plan.profile.platforms.first { $0.id == id }?.name ?? id }
        lines.append(("Platforms: " + (names.isEmpty ? "none chosen" : names.joined(separator: ", ")) + " · id \(post.id)", palette.style(.normal)))
        if theme?.requiresConsent == true || post.consent != nil {
            if let problem = Plan.consentProblem(post, today: today) {
                lines.append(("Consent: ✗ " + problem, palette.style(.error)))
            } else if let c = post.consent {
                lines.append(("Consent: ✓ obtained \(c.obtainedOn.iso), ref \(c.reference)", palette.style(.success)))
            }
        }
        // The linter's findings come before the body: they are what needs doing. They are
        // read from the week's flags in the state, linted once per change, not per frame.
        for f in flags where f.postID == post.id {
            guard case .lint(_, let what, let excerpt, _) = f.detail else { continue }
            let mark = f.severity == .error ? "✗" : f.severity == .warning ? "!" : "i"
            lines.append(("\(mark) \(what)\(excerpt.isEmpty ? "" : " “\(excerpt)”") [\(f.rule)]", palette.severity(f.severity)))
        }
        if !post.notes.isEmpty { lines.append(("Notes: " + post.notes, palette.style(.dim))) }
        lines.append(("", .plain))
        lines.append((post.body.isEmpty ? "(no body yet)" : post.body, post.body.isEmpty ? palette.style(.dim) : palette.style(.normal)))
        // Every field of the post, from here (seen when the pane has room).
        lines.append(("", .plain))
        lines.append(("Enter text · e $EDITOR · s status · T theme · p platforms · D date · > notes · C consent · m move · d delete",
                      palette.style(.dim)))
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
