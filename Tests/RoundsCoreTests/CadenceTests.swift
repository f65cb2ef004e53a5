import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

@Suite("Cadence goals and gap flags")
struct CadenceTests {
    static let week48 = Week(iso: "2026-W48")!

    struct RuleCase: Sendable, CustomTestStringConvertible {
        var name: String
        var posts: [Post]
        var today: String = "2026-11-25"
        var goals: CadenceGoals = CadenceGoals()
        var rule: String
        var severity: Severity?
        var message: String?
        var testDescription: String { name }
    }

    static func p(_ id: String, _ date: String?, _ theme: String, _ status: PostStatus = .draft, platforms: [String] = ["linkedin"]) -> Post {
        var post = Fixtures.post(id, date, theme, status: status)
        post.platforms = platforms
        return post
    }

    static let fired: [RuleCase] = [
        RuleCase(name: "slot-empty: Friday's Success Story", posts: [p("a", "2026-11-23", "health-tip", .posted), p("b", "2026-11-25", "qa", .ready)],
                 rule: "cadence.slot-empty", severity: .warning, message: "Friday's Success Story is empty"),
        RuleCase(name: "slot-empty: moved to another day is info", posts: [p("a", "2026-11-23", "health-tip", .posted), p("b", "2026-11-26", "qa", .ready), p("c", "2026-11-27", "success-story")],
                 rule: "cadence.slot-empty", severity: .info, message: "Wednesday's Q&A slot is empty (this week's is on Thursday)"),
        RuleCase(name: "week-under: one post", posts: [p("a", "2026-11-27", "health-tip")],
                 rule: "cadence.week-under", severity: .error, message: "1 of at least 2 posts planned this week"),
        RuleCase(name: "week-over: four posts", posts: [p("a", "2026-11-23", "health-tip", .posted), p("b", "2026-11-25", "qa", .ready), p("c", "2026-11-27", "health-tip", .ready), p("d", "2026-11-29", "qa", .ready)],
                 rule: "cadence.week-over", severity: .warning),
        RuleCase(name: "day-over: two on Friday", posts: [p("a", "2026-11-27", "health-tip"), p("b", "2026-11-27", "qa")],
                 rule: "cadence.day-over", severity: .warning, message: "2 posts on Friday 2026-11-27; the plan allows 1 a day"),
        RuleCase(name: "theme-missing: no Q&A for two weeks", posts: [p("x", "2026-11-09", "qa", .posted), p("a", "2026-11-16", "health-tip", .posted), p("b", "2026-11-23", "health-tip", .posted)],
                 rule: "cadence.theme-missing", severity: .warning, message: "no Q&A for 2 weeks (the goal is every week)"),
        RuleCase(name: "silence: six days between posts", posts: [p("a", "2026-11-17", "health-tip", .posted), p("b", "2026-11-24", "qa", .posted)],
                 rule: "cadence.silence", severity: .warning, message: "6 silent days before Tuesday 2026-11-24 (the goal is at most 4)"),
        RuleCase(name: "not-ready: Friday draft two days out", posts: [p("a", "2026-11-27", "health-tip", .draft)],
                 rule: "cadence.not-ready", severity: .warning, message: "goes out in 2 days and is still draft"),
        RuleCase(name: "not-ready: today is an error", posts: [p("a", "2026-11-25", "qa", .idea)],
                 rule: "cadence.not-ready", severity: .error, message: "goes out today and is still idea"),
        RuleCase(name: "overdue: Monday not posted", posts: [p("a", "2026-11-23", "health-tip", .scheduled)],
                 rule: "cadence.overdue", severity: .warning, message: "was due 2026-11-23 and is still scheduled"),
        RuleCase(name: "imbalance: tips are most posts", posts: [p("a", "2026-11-02", "health-tip", .posted), p("b", "2026-11-09", "health-tip", .posted), p("c", "2026-11-16", "health-tip", .posted), p("d", "2026-11-23", "health-tip", .posted), p("e", "2026-11-25", "qa", .ready)],
                 rule: "cadence.imbalance", severity: .info, message: "Health Tip is 4 of the last 5 posts over 4 weeks"),
        RuleCase(name: "platform-missing: X below its minimum", posts: [p("a", "2026-11-23", "health-tip", .posted)],
                 goals: CadenceGoals(platformMinimums: ["x": 1]), rule: "cadence.platform-missing", severity: .warning, message: "0 of at least 1 posts on X this week"),
        RuleCase(name: "consent.missing: draft story is a warning", posts: [p("a", "2026-11-27", "success-story", .draft)],
                 rule: "consent.missing", severity: .warning, message: "no consent record"),
        RuleCase(name: "consent.missing: ready story is an error", posts: [p("a", "2026-11-27", "success-story", .ready)],
                 rule: "consent.missing", severity: .error, message: "no consent record"),
    ]

    @Test("each rule fires where it should", arguments: fired)
    func ruleFires(_ c: RuleCase) {
        var plan = Fixtures.emptyPlan()
        plan.cadence = c.goals
        for post in c.posts { plan.upsert(post) }
        let flags = Cadence.weekFlags(plan: plan, week: Self.week48, today: Fixtures.date(c.today)).filter { $0.rule == c.rule }
        #expect(!flags.isEmpty, "no \(c.rule) flag")
        if let severity = c.severity { #expect(flags.contains { $0.severity == severity }, "\(flags.map(\.severity))") }
        if let message = c.message { #expect(flags.contains { $0.message.contains(message) }, "\(flags.map(\.message))") }
        #expect(flags.allSatisfy { !$0.fix.isEmpty && $0.week == Self.week48 })
    }

    @Test("a complete, ready, consented week has no warnings or errors")
    func cleanWeek() {
        var plan = Fixtures.fullWeekPlan()
        var b = plan.post(id: "b2")!
        b.status = .posted
        plan.upsert(b)
        var c = plan.post(id: "c3")!
        c.status = .ready
        plan.upsert(c)
        let flags = Cadence.weekFlags(plan: plan, week: Self.week48, today: Fixtures.date("2026-11-25"))
        #expect(flags.filter { $0.severity != .info }.isEmpty, "\(flags.map(\.message))")
    }

    @Test("consent becomes invalid when expired, revoked, or the text changed")
    func consentValidity() {
        let plan = Fixtures.fullWeekPlan()
        var story = plan.post(id: "c3")!
        #expect(Plan.consentProblem(story, today: Fixtures.today) == nil)
        story.body = "A different text"
        #expect(Plan.consentProblem(story, today: Fixtures.today) == "the text changed after consent was recorded")
        story = plan.post(id: "c3")!
        story.consent?.expiresOn = Fixtures.date("2026-11-24")
        #expect(Plan.consentProblem(story, today: Fixtures.today) == "consent expired on 2026-11-24")
        story.consent?.expiresOn = nil
        story.consent?.revoked = true
        #expect(Plan.consentProblem(story, today: Fixtures.today) == "consent was revoked")
    }

    @Test("the slot grid shows every post: slots filled by theme and day, the rest as extras")
    func grid() {
        var plan = Fixtures.fullWeekPlan()
        plan.upsert(Fixtures.post("e5", "2026-11-28", "qa", title: "Saturday extra"))
        let grid = WeekGrid(plan: plan, week: Self.week48)
        #expect(grid.slots.map { "\($0.date.weekday.shortName) \($0.theme.id) \($0.post?.id ?? "-")" } ==
                ["Mon health-tip a1", "Wed qa b2", "Fri success-story c3"])
        #expect(grid.extras.map(\.id) == ["e5"])
        #expect(grid.posts.count == 4)
    }

    @Test("a theme every 2 weeks has a slot in alternate weeks only")
    func everyTwoWeeks() {
        var plan = Fixtures.emptyPlan()
        plan.themes[2].everyWeeks = 2
        let due = (0..<6).map { WeekGrid(plan: plan, week: Self.week48.adding(weeks: $0)).slots.contains { $0.theme.id == "success-story" } }
        #expect(due == [true, false, true, false, true, false] || due == [false, true, false, true, false, true])
    }

    @Test("streak counts consecutive weeks at the minimum")
    func streak() {
        var plan = Fixtures.emptyPlan()
        for (i, monday) in ["2026-11-02", "2026-11-09", "2026-11-16"].enumerated() {
            let d = Fixtures.date(monday)
            plan.upsert(Fixtures.post("m\(i)", d.iso, "health-tip", status: .posted))
            plan.upsert(Fixtures.post("w\(i)", d.adding(days: 2).iso, "qa", status: .posted))
        }
        // This week has only one post so far: the streak counts back from last week.
        plan.upsert(Fixtures.post("now", "2026-11-23", "health-tip", status: .posted))
        #expect(Cadence.streak(plan: plan, today: Fixtures.today) == 3)
        plan.upsert(Fixtures.post("now2", "2026-11-25", "qa"))
        #expect(Cadence.streak(plan: plan, today: Fixtures.today) == 4)
        plan.remove(id: "w1")
        #expect(Cadence.streak(plan: plan, today: Fixtures.today) == 2)
    }

    @Test("flags over a range come grouped by week, most severe first")
    func ordering() {
        var plan = Fixtures.emptyPlan()
        plan.upsert(Fixtures.post("a", "2026-11-27", "success-story", status: .ready))
        let flags = Cadence.flags(plan: plan, from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-12-06"), today: Fixtures.today)
        let weeks = flags.map { $0.week!.isoName }
        #expect(weeks == weeks.sorted())
        for w in Set(weeks) {
            let severities = flags.filter { $0.week!.isoName == w }.map(\.severity)
            #expect(severities == severities.sorted())
        }
        #expect(flags.first?.severity == .error)
    }

    @Test("flags over a range equal each week's flags, in order")
    func rangeEqualsWeeks() {
        var plan = Fixtures.largePlan(posts: 600)
        for day in 100...107 { plan.remove(id: String(format: "%08x", day)) }  // a hole: a silence and empty slots
        plan.themes[2].everyWeeks = 2
        let range = plan.datedRange!
        let today = range.lowerBound.adding(days: 300)
        let all = Cadence.flags(plan: plan, from: range.lowerBound, to: range.upperBound, today: today)
        var expected: [PlanFlag] = []
        var week = Week(containing: range.lowerBound)
        while week.start <= range.upperBound {
            expected += Cadence.weekFlags(plan: plan, week: week, today: today)
            week = week.adding(weeks: 1)
        }
        #expect(all == expected)
        #expect(all.count > 100)
        #expect(Set(all.map(\.rule)).isSuperset(of: ["cadence.overdue", "cadence.silence", "cadence.slot-empty", "consent.missing"]))
    }

    @Test("plan-week fills empty slots with ideas from templates and is idempotent")
    func planWeek() {
        var plan = Fixtures.emptyPlan()
        plan.upsert(Fixtures.post("keep", "2026-11-30", "health-tip", title: "Mine"))
        var n = 0
        let added = plan.planWeek(Week(iso: "2026-W49")!, now: Fixtures.now) { _ in n += 1; return "new\(n)" }
        #expect(added.map(\.themeID) == ["qa", "success-story"])
        #expect(added.allSatisfy { $0.status == .idea })
        #expect(added[0].body == "Q:\n\nEducational only; not medical advice.\n")
        #expect(plan.post(id: "keep")?.title == "Mine")
        let again = plan.planWeek(Week(iso: "2026-W49")!, now: Fixtures.now) { _ in "x" }
        #expect(again.isEmpty)
        #expect(plan.posts.count == 3)
    }
}

@Suite("Hard rules the model enforces")
struct EnforcementTests {
    struct EditCase: Sendable, CustomTestStringConvertible {
        var name: String
        var change: @Sendable (inout Post) -> Void
        var force: Bool = false
        var error: PlanError?
        var testDescription: String { name }
    }

    @Test("edits are refused or allowed", arguments: [
        EditCase(name: "move onto a full day", change: { $0.date = CalendarDate(iso: "2026-11-25") }, error: .dayFull(CalendarDate(iso: "2026-11-25")!, max: 1)),
        EditCase(name: "move onto a full day with force", change: { $0.date = CalendarDate(iso: "2026-11-25") }, force: true),
        EditCase(name: "move to a free day", change: { $0.date = CalendarDate(iso: "2026-11-26") }),
        EditCase(name: "empty title", change: { $0.title = "  " }, error: .emptyTitle),
        EditCase(name: "unknown theme", change: { $0.themeID = "nope" }, error: .unknownTheme("nope", known: ["health-tip", "qa", "success-story"])),
        EditCase(name: "story ready with valid consent", change: { $0.status = .ready }),
    ])
    func edits(_ c: EditCase) {
        var plan = Fixtures.fullWeekPlan()
        var story = plan.post(id: "c3")!
        c.change(&story)
        do {
            try plan.update(story, today: Fixtures.today, now: Fixtures.now, force: c.force)
            #expect(c.error == nil, "allowed an edit that should be refused")
            #expect(plan.post(id: "c3") == { var s = story; s.updated = Fixtures.now; return s }())
        } catch {
            #expect(error == c.error)
            #expect(plan == Fixtures.fullWeekPlan(), "a refused edit changed the plan")
        }
    }

    @Test("a consent-requiring post cannot be ready without valid consent, even with force")
    func consentNeverForced() {
        var plan = Fixtures.emptyPlan()
        let story = Fixtures.post("s", "2026-11-27", "success-story", status: .ready)
        #expect(throws: PlanError.self) { try plan.add(story, today: Fixtures.today, force: true) }
        var draft = story
        draft.status = .draft
        try? plan.add(draft, today: Fixtures.today)
        for status in [PostStatus.ready, .scheduled, .posted] {
            var s = plan.post(id: "s")!
            s.status = status
            do {
                try plan.update(s, today: Fixtures.today, now: Fixtures.now, force: true)
                Issue.record("\(status) allowed without consent")
            } catch {
                guard case .consentRequired = error else { Issue.record("wrong error \(error)"); continue }
            }
        }
    }

    @Test("changing the text of a consented ready story sets it back to draft")
    func textChangeClearsReady() throws {
        var plan = Fixtures.fullWeekPlan()
        var story = plan.post(id: "c3")!
        story.status = .ready
        try plan.update(story, today: Fixtures.today, now: Fixtures.now)
        story = plan.post(id: "c3")!
        story.body = "Edited after consent"
        let notices = try plan.update(story, today: Fixtures.today, now: Fixtures.now)
        #expect(plan.post(id: "c3")?.status == .draft)
        #expect(notices.first?.contains("back to draft") == true)
        // And it cannot go ready again until consent is confirmed for the new text.
        story = plan.post(id: "c3")!
        story.status = .ready
        #expect(throws: PlanError.self) { try plan.update(story, today: Fixtures.today, now: Fixtures.now) }
        _ = try plan.recordConsent(id: "c3", obtainedOn: Fixtures.today, reference: "form 115", expiresOn: nil, now: Fixtures.now)
        story = plan.post(id: "c3")!
        story.status = .ready
        try plan.update(story, today: Fixtures.today, now: Fixtures.now)
        #expect(plan.post(id: "c3")?.status == .ready)
    }

    @Test("revoking consent sends a ready story back to draft")
    func revoke() throws {
        var plan = Fixtures.fullWeekPlan()
        var story = plan.post(id: "c3")!
        story.status = .scheduled
        try plan.update(story, today: Fixtures.today, now: Fixtures.now)
        let notices = try plan.revokeConsent(id: "c3", now: Fixtures.now)
        #expect(plan.post(id: "c3")?.status == .draft)
        #expect(plan.post(id: "c3")?.consent?.revoked == true)
        #expect(!notices.isEmpty)
    }

    @Test("ids resolve by unique prefix, like git")
    func prefixes() throws {
        var plan = Fixtures.emptyPlan()
        plan.upsert(Fixtures.post("abc123", "2026-11-23", "qa"))
        plan.upsert(Fixtures.post("abd456", "2026-11-24", "qa"))
        #expect(try plan.resolve(idPrefix: "abc").id == "abc123")
        #expect(try plan.resolve(idPrefix: "ABD4").id == "abd456")
        #expect(throws: PlanError.ambiguousPost("ab", ["abc123", "abd456"])) { try plan.resolve(idPrefix: "ab") }
        #expect(throws: PlanError.unknownPost("zz")) { try plan.resolve(idPrefix: "zz") }
    }

    @Test("three-way merge keeps our edits and theirs")
    func merge() {
        let base = Fixtures.fullWeekPlan()
        var ours = base
        var a = ours.post(id: "a1")!
        a.title = "Ours"
        ours.upsert(a)
        ours.remove(id: "b2")
        var theirs = base
        theirs.upsert(Fixtures.post("new", "2026-11-28", "qa", title: "Theirs, added by rounds add"))
        var c = theirs.post(id: "c3")!
        c.notes = "their note"
        theirs.upsert(c)
        let merged = Plan.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.post(id: "a1")?.title == "Ours")
        #expect(merged.post(id: "b2") == nil)
        #expect(merged.post(id: "new") != nil)
        #expect(merged.post(id: "c3")?.notes == "their note")
    }

    @Test("posts(from:to:) finds exactly the posts in the range")
    func rangeLookup() {
        let plan = Fixtures.largePlan(posts: 1000)
        let from = Fixtures.date("2000-03-01"), to = Fixtures.date("2000-03-10")
        let found = plan.posts(from: from, to: to).map(\.id)
        let expected = plan.posts.filter { $0.date.map { $0 >= from && $0 <= to } ?? false }.map(\.id)
        #expect(found == expected)
        #expect(found.count == 10)
        #expect(plan.posts(from: to, to: from).isEmpty)
    }
}
