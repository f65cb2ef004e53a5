import RoundsCore

/// The planner's words for what fixes a problem: the keys to press, from the keymap.
extension PlanFlag.Remedy {
    var planner: String {
        func key(_ a: Action) -> String { Key.shortName(Keymap.key(for: a) ?? "?") }
        switch self {
        case .startPost(let day): return "press \(key(.write(.create))) on \(day.name) to start one, or \(key(.write(.fillWeek))) to fill the week with ideas"
        case .moveBack(let day): return "move it back to \(day.name) with \(key(.write(.beginMove))), or leave it"
        case .addPosts(let n): return "add \(n) more (\(key(.write(.create))) on an empty slot, \(key(.write(.fillWeek))) fills the week)"
        case .moveToQuieterWeek: return "move one to a quieter week (\(key(.write(.beginMove)))), or back to the ideas (\(key(.write(.unschedule))))"
        case .moveToOtherDay: return "move one to another day (\(key(.write(.beginMove))))"
        case .markPostedOrMove: return "mark it posted (\(key(.write(.cycleStatus(1))))), or move it to a new day (\(key(.write(.beginMove))))"
        case .finishAndMarkReady(let lead): return "finish it and mark it ready (\(key(.write(.cycleStatus(1))))); drafts should be ready \(lead) days ahead"
        case .recordConsent: return "press \(key(.prompt(.begin(.consent)))) to record the written consent before it is ready"
        case .approve: return "an approver presses \(key(.prompt(.begin(.approval)))) to approve its text (or \(key(.write(.cycleStatus(-1)))) sets it back)"
        case .addPlatform(let p): return "add \(p) to a post's platforms (\(key(.picker(.open(.platforms)))))"
        case .replacePlaceholders: return "write your own words in its place (\(key(.navigate(.activate))))"
        case .planForObservance: return "press \(key(.write(.fillWeek))) to fill the week with ideas that name it, or mention it in a post"
        case .resolveConflict(_, _, let deletedBy?):
            return "\(key(.share(.resolve(.ours)))) keeps ours, \(key(.share(.resolve(.theirs)))) takes theirs (the post was deleted by \(deletedBy.rawValue))"
        case .resolveConflict:
            return "\(key(.share(.resolve(.ours)))) keeps ours, \(key(.share(.resolve(.theirs)))) takes theirs"
        case .text, .planOn, .addBetween, .planSoon, .balanceThemes: return description
        }
    }
}

extension ConsentProblem {
    /// The problem and, where a key fixes it, the key.
    var planner: String {
        let c = Key.shortName(Keymap.key(for: .prompt(.begin(.consent))) ?? "C")
        switch self {
        case .missing: return "\(description) (press \(c) to record it)"
        case .revoked, .expired, .expiresBeforePost, .textChanged: return "\(description) (press \(c) to record it again)"
        }
    }
}

extension ApprovalProblem {
    /// The problem and the key that fixes it.
    var planner: String {
        let v = Key.shortName(Keymap.key(for: .prompt(.begin(.approval))) ?? "v")
        switch self {
        case .missing: return "awaiting approval (press \(v) to approve the text)"
        case .revoked, .textChanged: return "awaiting approval: \(description) (press \(v) to approve it again)"
        }
    }
}

extension PlanError {
    /// The refusal in the planner's words: where a key fixes it, which.
    var planner: String {
        let v = Key.shortName(Keymap.key(for: .prompt(.begin(.approval))) ?? "v")
        switch self {
        case .approvalRequired: return description + " (an approver presses \(v))"
        case .approverIsEditor: return description + "; another approver presses \(v)"
        case .unknownPost, .ambiguousPost, .unknownTheme, .emptyTitle, .dayFull, .consentRequired, .unacknowledgedFindings,
             .notAnApprover, .invalid:
            return description
        }
    }
}
