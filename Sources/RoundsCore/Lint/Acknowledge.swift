/// Reviewing a linter finding: the doctor records why it is fine ("our clinic's public
/// number"), and it stays acknowledged while its excerpt is unchanged.
extension Plan {
    /// Acknowledges the post's unacknowledged findings of `rule` (only the one whose excerpt
    /// is `excerpt`, when given). Returns the acknowledged excerpts; throws when nothing matches,
    /// so a typo in a rule id never passes silently.
    @discardableResult
    public mutating func acknowledge(id: String, rule: String, excerpt: String?, note: String, today: CalendarDate,
                                     now: Timestamp) throws(PlanError) -> [String] {
        guard var post = post(id: id) else { throw .unknownPost(id) }
        if note.trimmingSpaces.isEmpty { throw .invalid("say why the finding is fine with --note (e.g. \"our clinic's public number\")") }
        let open = Linter.lint(post, in: self, today: today).filter { !$0.acknowledged && $0.rule == rule && $0.rule != "consent.missing" }
        let chosen = open.filter { excerpt == nil || $0.excerpt == excerpt }
        if chosen.isEmpty {
            if rule == "consent.missing" { throw .invalid("consent cannot be acknowledged: record it with rounds consent") }
            let all = Linter.lint(post, in: self, today: today).filter { !$0.acknowledged }
            let listed = all.map { "\($0.rule) “\($0.excerpt)”" }
            throw .invalid("'\(post.title)' has no open \(rule) finding\(excerpt.map { " “\($0)”" } ?? "")"
                + (listed.isEmpty ? "" : "; open findings: " + listed.joined(separator: ", ")))
        }
        var seen = Set<String>()
        for f in chosen where seen.insert(f.excerpt).inserted {
            post.acknowledgements.append(Acknowledgement(rule: rule, excerpt: f.excerpt, note: note.trimmingSpaces))
        }
        post.updated = now
        upsert(post)
        return Array(seen).sorted()
    }

    /// Removes the post's acknowledgements of `rule` (all rules when nil). Returns how many.
    @discardableResult
    public mutating func unacknowledge(id: String, rule: String?, now: Timestamp) throws(PlanError) -> Int {
        guard var post = post(id: id) else { throw .unknownPost(id) }
        let before = post.acknowledgements.count
        post.acknowledgements.removeAll { rule == nil || $0.rule == rule }
        let removed = before - post.acknowledgements.count
        if removed > 0 {
            post.updated = now
            upsert(post)
        }
        return removed
    }
}
