/// What changed between two versions of a plan, post by post, in the words a commit message
/// and `rounds log` use ("status draft → ready", "consent recorded 2026-11-20 (form 114)").
public enum PlanChanges {
    public enum Kind: String, Sendable { case added, changed, removed }

    public struct PostChange: Sendable, Equatable {
        public var kind: Kind
        public var id: String
        /// The post after the change (before it, for a removal).
        public var post: Post
        /// One line per field that changed (empty for added/removed).
        public var details: [String]
    }

    /// Posts added, changed and removed from `old` to `new`, in the new plan's order.
    public static func posts(from old: Plan?, to new: Plan) -> [PostChange] {
        var oldByID: [String: Int] = [:]
        if let old { for i in old.posts.indices { oldByID[old.posts[i].id] = i } }
        var out: [PostChange] = []
        var present = Set<String>()
        for p in new.posts {
            present.insert(p.id)
            guard let i = oldByID[p.id], let before = old?.posts[i] else {
                out.append(PostChange(kind: .added, id: p.id, post: p, details: []))
                continue
            }
            if before != p { out.append(PostChange(kind: .changed, id: p.id, post: p, details: details(before, p))) }
        }
        if let old {
            for p in old.posts where !present.contains(p.id) { out.append(PostChange(kind: .removed, id: p.id, post: p, details: [])) }
        }
        return out
    }

    /// "Mon 7 Dec Health Tip" (or "idea Health Tip" in the backlog).
    public static func label(_ p: Post, plan: Plan) -> String {
        let theme = plan.theme(id: p.themeID)?.name ?? p.themeID
        guard let d = p.date else { return "idea \(theme)" }
        return "\(d.weekday.shortName) \(d.day) \(d.shortMonthName) \(theme)"
    }

    /// The commit message `rounds sync` writes: "rounds: 2 posts changed: Mon 7 Dec Health Tip, Wed 9 Dec Q&A".
    public static func commitMessage(from old: Plan?, to new: Plan) -> String {
        let changes = posts(from: old, to: new)
        if changes.isEmpty { return "rounds: plan settings changed" }
        var counts: [String] = []
        for kind in [Kind.added, .changed, .removed] {
            let n = changes.filter { $0.kind == kind }.count
            guard n > 0 else { continue }
            counts.append(counts.isEmpty ? "\(n) post\(n == 1 ? "" : "s") \(kind.rawValue)" : "\(n) \(kind.rawValue)")
        }
        let names = changes.prefix(5).map { label($0.post, plan: $0.kind == .removed ? (old ?? new) : new) }
        let more = changes.count > 5 ? ", and \(changes.count - 5) more" : ""
        var message = "rounds: " + counts.joined(separator: ", ") + ": " + names.joined(separator: ", ") + more
        // The body lists every change, one a line, for the log.
        message += "\n\n" + changes.map { c in
            let what = c.kind == .changed ? c.details.joined(separator: "; ") : c.kind.rawValue
            return "\(c.id) \(label(c.post, plan: c.kind == .removed ? (old ?? new) : new)) '\(c.post.title)': \(what)"
        }.joined(separator: "\n")
        return message
    }

    /// One line per field that differs.
    public static func details(_ a: Post, _ b: Post) -> [String] {
        var out: [String] = []
        if a.status != b.status { out.append("status \(a.status.rawValue) → \(b.status.rawValue)") }
        if a.date != b.date || a.time != b.time {
            func when(_ p: Post) -> String {
                guard let d = p.date else { return "the backlog" }
                return "\(d.weekday.shortName) \(d.iso)" + (p.time.map { " \($0)" } ?? "")
            }
            out.append("moved \(when(a)) → \(when(b))")
        }
        if a.consent != b.consent {
            switch (a.consent, b.consent) {
            case (_, let c?) where c.revoked && a.consent?.revoked != true: out.append("consent revoked (\(c.reference))")
            case (_, let c?): out.append("consent recorded \(c.obtainedOn.iso) (\(c.reference))" + (c.expiresOn.map { ", until \($0.iso)" } ?? ""))
            case (_?, nil): out.append("consent removed")
            case (nil, nil): break
            }
        }
        if a.approval != b.approval {
            switch (a.approval, b.approval) {
            case (_, let x?) where x.revoked && a.approval?.revoked != true: out.append("approval by \(x.by) revoked")
            case (_, let x?): out.append("approved by \(x.by)" + (x.user.isEmpty ? "" : " (\(x.user))") + (x.note.isEmpty ? "" : ": “\(x.note)”"))
            case (_?, nil): out.append("approval removed")
            case (nil, nil): break
            }
        }
        if a.title != b.title { out.append("title '\(a.title)' → '\(b.title)'") }
        if a.body != b.body { out.append("body changed") }
        if a.themeID != b.themeID { out.append("theme \(a.themeID) → \(b.themeID)") }
        if a.platforms != b.platforms { out.append("platforms \(a.platforms.joined(separator: ",")) → \(b.platforms.joined(separator: ","))") }
        if a.hashtags != b.hashtags { out.append("hashtags changed") }
        if a.notes != b.notes { out.append("notes changed") }
        if a.acknowledgements != b.acknowledgements { out.append("acknowledgements changed") }
        if a.conflicts != b.conflicts {
            out.append(b.conflicts.count > a.conflicts.count ? "merge conflict recorded" : "merge conflict resolved")
        }
        return out
    }

    /// A line diff of two texts (`- old`, `+ new` lines; common lines left out).
    public static func lineDiff(_ a: String, _ b: String) -> [String] {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence; bodies are short, and a cap keeps it cheap anyway.
        guard x.count * y.count <= 250_000 else { return x.map { "- " + $0 } + y.map { "+ " + $0 } }
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] { i += 1; j += 1 }
            else if j < y.count, i == x.count || lcs[i][j + 1] >= lcs[i + 1][j] { out.append("+ " + y[j]); j += 1 }
            else { out.append("- " + x[i]); i += 1 }
        }
        return out
    }
}
