/// A theme template's placeholders (`[the tip, in one sentence]`): the parts a doctor must
/// replace. A body that still holds one is not finished: it cannot be `ready`, it is flagged,
/// and an idea that holds one (what `F` and `plan-week` make) is not a post for cadence counts
/// or streaks until the doctor writes it.
public enum Placeholders {
    /// The `[…]` segments of a template, in order (a `[…](…)` link is not one).
    public static func segments(of template: String) -> [String] {
        var out: [String] = []
        let u = Array(template.utf8)
        var i = 0
        while i < u.count {
            guard u[i] == UInt8(ascii: "["), let close = u[(i + 1)...].firstIndex(of: UInt8(ascii: "]")) else { i += 1; continue }
            let inner = u[(i + 1)..<close]
            if !inner.isEmpty, !inner.contains(UInt8(ascii: "[")), !inner.contains(0x0A),
               close + 1 >= u.count || u[close + 1] != UInt8(ascii: "(") {
                out.append(String(decoding: u[i...close], as: UTF8.self))
            }
            i = close + 1
        }
        return out
    }
}

extension Plan {
    /// The placeholders of the post's theme template still in its body.
    public func placeholders(in post: Post) -> [String] {
        guard post.bodyText.mayHoldBracket, let template = theme(id: post.themeID)?.template else { return [] }
        return Placeholders.segments(of: template).filter { post.body.containsBytes($0) }
    }

    /// An idea still as the template made it: not a post for the week's count or the streak.
    public func isUntouchedIdea(_ post: Post) -> Bool {
        guard post.status == .idea else { return false }
        if !placeholders(in: post).isEmpty { return true }
        let name = theme(id: post.themeID)?.name ?? post.themeID
        // The title first: the starter body is built per call, and the streak asks this of
        // every idea in the plan's history (a 100,000-idea plan spent 0.3 s of its launch here).
        guard post.title.hasSuffix(name + " (idea)") else { return false }
        if post.body.trimmingSpaces.isEmpty { return true }
        // An idea that names an observance ("World Health Day: Q&A (idea)") starts with a note
        // about it before the template: still untouched.
        let starter = starterBody(for: post.themeID)
        return post.body == starter || (!starter.isEmpty && post.body.hasSuffix(starter))
    }

    /// How many posts of `range` (indices in `posts`) count for cadence.
    func countedPosts(_ range: Range<Int>) -> Int {
        var n = 0
        for k in range where !isUntouchedIdea(posts[k]) { n += 1 }
        return n
    }

    /// How many posts dated within `from...to` count for cadence.
    public func countedPosts(from: CalendarDate, to: CalendarDate) -> Int { countedPosts(postIndices(from: from, to: to)) }
}
