import RoundsCore

/// The ideas backlog (b): undated posts, to schedule on the selected day with Enter.
enum BacklogView {
    static func draw(_ state: AppState, into buf: inout CellBuffer, rect: Rect, palette: Palette) {
        guard rect.height > 0, rect.width > 0 else { return }
        let ideas = state.plan.ideas
        let focused = state.focus == .backlog
        PaneTitle.draw("Backlog (\(ideas.count)) · Enter schedules on \(state.selectedDate.weekday.shortName) \(state.selectedDate.day)",
                       focused: focused, into: &buf, rect: rect, palette: palette)
        guard rect.height > 1 else { return }
        if ideas.isEmpty {
            buf.put("No ideas yet: B sends a post here.", x: rect.x, y: rect.y + 1, style: palette.style(.dim), maxWidth: rect.width)
            return
        }
        let rows = rect.height - 1
        let first = max(0, min(state.backlogIndex - rows + 1, ideas.count - rows))
        for (k, idea) in ideas.dropFirst(first).prefix(rows).enumerated() {
            let index = first + k
            let theme = state.plan.theme(id: idea.themeID)
            let text = "\(theme?.label ?? idea.themeID) · \(idea.title)"
            let style = focused && index == state.backlogIndex ? palette.style(.selected) : palette.style(.normal)
            buf.put(text, x: rect.x, y: rect.y + 1 + k, style: style, maxWidth: rect.width)
        }
    }
}
