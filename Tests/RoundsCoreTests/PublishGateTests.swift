import Testing
import RoundsCore
import RoundsTestSupport

/// A post with an unacknowledged error finding cannot go out: not ready, scheduled or posted,
/// not into a scheduler's import; a body over a platform's limit is a warning, an error once ready.
@Suite("Nothing flagged goes out")
struct PublishGateTests {
    static let flagged = "She was admitted on 14.03.2026 and is home now."

    @Test("ready, scheduled and posted are refused with the finding named; acknowledging it lets it through")
    func statusGate() throws {
        var plan = Fixtures.emptyPlan()
        try plan.add(Fixtures.post("p", "2026-11-23", "health-tip", body: Self.flagged), today: Fixtures.today)
        for status in [PostStatus.ready, .scheduled, .posted] {
            var p = try #require(plan.post(id: "p"))
            p.status = status
            do {
                try plan.update(p, today: Fixtures.today, now: Fixtures.now)
                Issue.record("\(status) allowed with an open phi.date")
            } catch {
                guard case .unacknowledgedFindings(let id, _, let s, let findings) = error else { Issue.record("wrong error \(error)"); continue }
                #expect(id == "p" && s == status)
                #expect(findings.map(\.rule) == ["phi.date"] && findings.map(\.excerpt) == ["14.03.2026"])
                #expect(error.description.contains("phi.date “14.03.2026”"))
            }
        }
        #expect(plan.post(id: "p")?.status == .draft)
        try plan.acknowledge(id: "p", rule: "phi.date", excerpt: "14.03.2026", note: "date changed in the story", today: Fixtures.today, now: Fixtures.now)
        var p = try #require(plan.post(id: "p"))
        p.status = .ready
        try plan.update(p, today: Fixtures.today, now: Fixtures.now)
        #expect(plan.post(id: "p")?.status == .ready)
    }

    @Test("adding a post as ready is refused too; as posted (history, an import) it is kept")
    func addGate() throws {
        var plan = Fixtures.emptyPlan()
        #expect(throws: PlanError.self) { try plan.add(Fixtures.post("r", "2026-11-23", "health-tip", status: .ready, body: Self.flagged), today: Fixtures.today) }
        try plan.add(Fixtures.post("h", "2026-11-16", "health-tip", status: .posted, body: Self.flagged), today: Fixtures.today)
        #expect(plan.post(id: "h") != nil)
    }

    @Test("platform.too-long: a warning while drafting, an error once ready, nothing once posted")
    func tooLong() throws {
        var plan = Fixtures.emptyPlan()
        var post = Fixtures.post("x", "2026-11-23", "health-tip", body: String(repeating: "Walk after meals. ", count: 20))
        post.platforms = ["linkedin", "x"]
        try plan.add(post, today: Fixtures.today)
        let draft = Linter.lint(try #require(plan.post(id: "x")), in: plan, today: Fixtures.today).filter { $0.rule == "platform.too-long" }
        #expect(draft.map(\.severity) == [.warning])
        #expect(draft.first?.message.contains("over X's limit of 280") == true)
        post = try #require(plan.post(id: "x"))
        post.status = .ready
        #expect(throws: PlanError.self) { try plan.update(post, today: Fixtures.today, now: Fixtures.now) }
        post.status = .posted
        #expect(Linter.lint(post, in: plan, today: Fixtures.today).filter { $0.rule == "platform.too-long" }.isEmpty)
    }

    @Test("the export gate names each post and problem: a finding, consent, a template placeholder")
    func exportGate() throws {
        var plan = Fixtures.emptyPlan()
        try plan.add(Fixtures.post("a", "2026-11-23", "health-tip", status: .posted, body: Self.flagged), today: Fixtures.today)
        let template = "One thing to try:\n\n[the tip, in one sentence]\n"
        let k = try #require(plan.themes.firstIndex { $0.id == "health-tip" })
        plan.themes[k].template = template
        let placeholder = "[the tip, in one sentence]"
        #expect(ExportGate.placeholder(in: "One thing to try: walk.", template: template) == nil)
        try plan.add(Fixtures.post("b", "2026-11-24", "health-tip", body: "One thing to try:\n\n" + placeholder), today: Fixtures.today)
        let problems = ExportGate.problems(plan, posts: plan.posts, today: Fixtures.today)
        #expect(problems.map(\.postID) == ["a", "b"])
        #expect(problems.first?.description.contains("unacknowledged phi.date “14.03.2026”") == true)
        #expect(problems.last?.description.contains("placeholder “\(placeholder)”") == true)
    }
}
