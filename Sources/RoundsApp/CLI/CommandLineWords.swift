import RoundsCore

/// The command line's words for what fixes a flag: the commands to run.
extension PlanFlag.Remedy {
    var commandLine: String {
        switch self {
        case .startPost(let day): "add one on \(day.name) (rounds add --date \(day.shortName.lowercased()) …), or run rounds plan-week"
        case .moveBack(let day): "move it back to \(day.name) (rounds edit ID --date \(day.shortName.lowercased())), or leave it"
        case .addPosts(let n): "add \(n) more (rounds add), or run rounds plan-week"
        case .moveToQuieterWeek: "move one to a quieter week (rounds edit ID --date D), or back to the ideas (--date none)"
        case .moveToOtherDay: "move one to another day (rounds edit ID --date D)"
        case .markPostedOrMove: "mark it posted (rounds edit ID --status posted), or move it (--date D)"
        case .finishAndMarkReady(let lead): "finish it and mark it ready (rounds edit ID --status ready); drafts should be ready \(lead) days ahead"
        case .recordConsent(let id): "record consent before it is ready: rounds consent \(id) --date D --ref TEXT"
        case .approve(let id): "an approver approves its text: rounds approve \(id) --by NAME (or rounds edit \(id) --status draft)"
        case .addPlatform(let p): "add \(p) to a post's platforms (rounds edit ID --platform \(p))"
        case .replacePlaceholders(let id): "write your own words in its place (rounds edit \(id) --body …)"
        case .planForObservance: "run rounds plan-week (its ideas name it), or mention it in a post"
        case .resolveConflict(let id, let field, let deletedBy):
            if let deletedBy {
                "rounds resolve \(id ?? "--field \(field)") --take \(deletedBy.rawValue) deletes it (--take \(deletedBy.other.rawValue) keeps it)"
            } else {
                "rounds resolve \(id.map { "\($0) --field \(field)" } ?? "--field \(field)") --take ours|theirs"
            }
        case .text, .planOn, .addBetween, .planSoon, .balanceThemes: description
        }
    }
}
