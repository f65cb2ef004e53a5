import RoundsCore

extension AppState {
    mutating func applyShare(_ action: ShareAction) -> [Effect] {
        switch action {
        case .resolve(let side):
            guard let post = selectedPost else {
                message = StatusMessage("no post here; a merge conflict is resolved on its post", kind: .error)
                return []
            }
            guard !post.conflicts.isEmpty else {
                message = StatusMessage("'\(post.title)' has no merge conflict")
                return []
            }
            let what = side == .ours ? "kept ours" : "took theirs"
            let n = post.conflicts.count
            return commit("\(what) for \(n) merge conflict\(n == 1 ? "" : "s") of '\(post.title)'", ids: [post.id]) { (p: inout Plan) throws(PlanError) -> [String] in
                try p.resolveConflicts(postID: post.id, field: nil, take: side)
                return []
            }
        case .sync:
            message = StatusMessage("syncing with git…")
            return [.sync]
        }
    }
}
