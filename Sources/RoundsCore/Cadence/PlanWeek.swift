extension Plan {
    /// The body a new post of a theme starts with: the theme's template, and the plan's
    /// disclaimer when the theme needs one.
    public func starterBody(for themeID: String) -> String {
        guard let theme = theme(id: themeID) else { return "" }
        var body = theme.template
        if theme.requiresDisclaimer, !profile.disclaimer.isEmpty, !body.contains(profile.disclaimer) {
            if !body.isEmpty, !body.hasSuffix("\n") { body += "\n" }
            body += (body.isEmpty ? "" : "\n") + profile.disclaimer + "\n"
        }
        return body
    }
}

/// Fills a week's empty themed slots with `idea` posts from each theme's template, never
/// touching existing posts. Running it twice adds nothing the second time.
///
/// `observances` are those the doctor wants, placed around the week: an idea for a slot on or
/// near one names it ("World Heart Day: Health Tip (idea)") and starts with a note about it.
extension Plan {
    @discardableResult
    public mutating func planWeek(_ week: Week, now: Timestamp, observances: [PlacedObservance] = [], makeID: (Plan) -> String) -> [Post] {
        planWeekReport(week, now: now, observances: observances, makeID: makeID).added
    }

    /// The same, with the empty slots it could not fill and why (what `rounds check` still
    /// flags), so that the two never disagree in silence.
    public mutating func planWeekReport(_ week: Week, now: Timestamp, observances: [PlacedObservance] = [], makeID: (Plan) -> String)
        -> (added: [Post], skipped: [(date: CalendarDate, theme: Theme, reason: String)]) {
        let grid = WeekGrid(plan: self, week: week)
        var added: [Post] = []
        var skipped: [(CalendarDate, Theme, String)] = []
        let interest = observances.isEmpty ? nil : ObservanceInterest(profile: profile)
        // Observances a post of the week already mentions are not suggested again.
        let used = Set(observances.filter { p in grid.posts.contains { ObservanceFlags.mentions($0, p.observance) } }.map(\.observance.id))
        let open = grid.slots.filter { slot in slot.post == nil && !grid.posts.contains { $0.themeID == slot.theme.id } }.map(\.date)
        var chosen = observances.isEmpty ? [:] : ObservanceIdeas.assign(dates: open, from: observances, interest: interest, excluding: used)
        for slot in grid.slots where slot.post == nil {
            // A theme already placed on another day of this week counts as planned.
            if grid.posts.contains(where: { $0.themeID == slot.theme.id }) { continue }
            let sameDay = posts(from: slot.date, to: slot.date).count
            if sameDay >= cadence.maxPerDay {
                skipped.append((slot.date, slot.theme, "\(slot.date.weekday.name) \(slot.date.iso) already has \(sameDay) post\(sameDay == 1 ? "" : "s") (the plan allows \(cadence.maxPerDay) a day): move one, or add it with rounds add --force"))
                continue
            }
            var title = slot.theme.name + " (idea)", body = starterBody(for: slot.theme.id)
            if let o = chosen.removeValue(forKey: slot.date) {
                title = ObservanceIdeas.title(theme: slot.theme.name, observance: o.observance)
                body = ObservanceIdeas.note(o) + body
            }
            let post = Post(id: makeID(self), date: slot.date, themeID: slot.theme.id,
                            platforms: profile.platforms.filter(\.professional).map(\.id),
                            title: title, body: body, status: .idea, created: now)
            upsert(post)
            added.append(post)
        }
        return (added, skipped)
    }

    /// Records written consent for the post's current text.
    public mutating func recordConsent(id: String, obtainedOn: CalendarDate, reference: String, expiresOn: CalendarDate?, now: Timestamp) throws(PlanError) -> Post {
        guard var p = post(id: id) else { throw .unknownPost(id) }
        guard !reference.trimmingSpaces.isEmpty else { throw .invalid("a consent record needs a reference (where the signed form is kept)") }
        if let e = expiresOn, e < obtainedOn { throw .invalid("consent cannot expire (\(e.iso)) before it was obtained (\(obtainedOn.iso))") }
        p.consent = ConsentRecord(obtainedOn: obtainedOn, reference: reference.trimmingSpaces, expiresOn: expiresOn,
                                  textHash: ConsentRecord.hash(of: p))
        p.updated = now
        upsert(p)
        return p
    }

    /// Marks consent revoked; a post that was ready or scheduled goes back to draft.
    public mutating func revokeConsent(id: String, now: Timestamp) throws(PlanError) -> [String] {
        guard var p = post(id: id) else { throw .unknownPost(id) }
        guard p.consent != nil else { throw .invalid("'\(p.title)' has no consent record to revoke") }
        p.consent?.revoked = true
        var notices: [String] = []
        if p.status == .ready || p.status == .scheduled {
            p.status = .draft
            notices.append("'\(p.title)' is back to draft: consent was revoked")
        }
        if p.status == .posted {
            notices.append("'\(p.title)' was already posted: take it down on every platform")
        }
        p.updated = now
        upsert(p)
        return notices
    }
}
