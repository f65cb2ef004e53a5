import RoundsCore

/// Sharing the plan through git: settle a merge conflict, sync.
public enum ShareAction: Equatable, Sendable {
    /// Settle the selected post's merge conflicts: keep ours (the value shown) or take theirs.
    case resolve(MergeConflict.Side)
    /// Commit, pull (merging by post) and push; the outcome comes back as a message.
    case sync
}
