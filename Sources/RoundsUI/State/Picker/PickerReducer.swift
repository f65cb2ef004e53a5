import RoundsCore

/// Lists over the week: a theme, platforms (ticked with Space), a new post's theme.
extension AppState {
    mutating func applyPicker(_ action: PickerAction) -> [Effect] {
        switch action {
        case .open(let kind):
            if kind == .settings { return openSettings() }
            guard let post = selectedPost else { message = StatusMessage("no post here"); return [] }
            switch kind {
            case .theme:
                var picker = Picker(purpose: .theme(postID: post.id), items: plan.themes.map { ($0.id, $0.name) })
                picker.index = plan.themes.firstIndex { $0.id == post.themeID } ?? 0
                mode = .picking(picker)
            case .platforms:
                let items = plan.profile.platforms.map { p in (p.id, p.name + (p.characterLimit.map { " (\($0) characters)" } ?? "")) }
                mode = .picking(Picker(purpose: .platforms(postID: post.id), items: items, chosen: Set(post.platforms)))
            case .settings:
                break
            }
            return []
        case .move(let delta):
            guard case .picking(var p) = mode, !p.items.isEmpty else { return [] }
            p.index = min(max(0, p.index + delta), p.items.count - 1)
            mode = .picking(p)
            return []
        case .toggle:
            guard case .picking(var p) = mode, p.isMultiple, p.items.indices.contains(p.index) else { return [] }
            let id = p.items[p.index].id
            if p.chosen.contains(id) { p.chosen.remove(id) } else { p.chosen.insert(id) }
            mode = .picking(p)
            return []
        case .accept:
            guard case .picking(let p) = mode, p.items.indices.contains(p.index) else { return [] }
            mode = .normal
            switch p.purpose {
            case .settings:
                return beginSetting(p.items[p.index].id)
            case .newPost:
                return createPost(themeID: p.items[p.index].id, on: selectedDate)
            case .theme(let id):
                return submitField(.theme(postID: id), p.items[p.index].id)
            case .platforms(let id):
                // In the plan's order.
                let ids = plan.profile.platforms.map(\.id).filter(p.chosen.contains)
                return submitField(.platforms(postID: id), ids.joined(separator: ","))
            }
        }
    }
}
