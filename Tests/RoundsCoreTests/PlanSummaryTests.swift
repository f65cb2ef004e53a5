import Testing
import RoundsCore
import RoundsTestSupport

/// The one-plan summary behind `rounds overview` and the board.
@Suite("Plan summary")
struct PlanSummaryTests {
    let today = Fixtures.today  // Wednesday 2026-11-25, week 48

    @Test("a fully planned week: posts against the goal, no gaps, the draft due, last posted, streak")
    func fullWeek() {
        let plan = Fixtures.fullWeekPlan()
        let s = PlanSummary(plan: plan, from: today, weeks: 2, today: today)
        #expect(s.name == "Dr. Ana Ruiz")
        #expect(s.specialty == "Family medicine")
        #expect(s.weeks.map(\.week.isoName) == ["2026-W48", "2026-W49"])
        #expect(s.weeks[0] == PlanSummary.WeekRow(week: Week(containing: today), posts: 3, min: 2, max: 3, gaps: 0, errors: 0))
        // Next week is empty: three gaps and the week-under error.
        #expect(s.weeks[1].posts == 0)
        #expect(s.weeks[1].gaps == 3)
        #expect(s.weeks[1].errors == 1)
        #expect(s.weeks[1].isUnder)
        #expect(s.errors == 1)
        #expect(s.due == 1, "Friday's story is a draft two days out (lead days 2)")
        #expect(s.lastPosted == Fixtures.date("2026-11-23"))
        #expect(s.streak == 1)
    }

    @Test("posts awaiting a required approval are counted over the weeks shown; an approval takes one off; the order puts them after drafts due")
    func awaitingApproval() throws {
        var plan = Fixtures.fullWeekPlan()
        #expect(PlanSummary(plan: plan, from: today, weeks: 2, today: today).awaitingApproval == 0, "approvals off")
        plan.approvals = ApprovalPolicy(required: true)
        plan.upsert(Fixtures.post("n1", "2026-12-02", "qa", title: "Next week's question", status: .draft))
        plan.upsert(Fixtures.post("far", "2027-01-06", "qa", title: "Far ahead", status: .draft))
        // Week 48's draft story (Fri) and next week's draft wait; the posted tip is history.
        let before = PlanSummary(plan: plan, from: today, weeks: 2, today: today)
        #expect(before.awaitingApproval == plan.awaitingApprovalCount(from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-12-06")))
        #expect(before.awaitingApproval >= 2)
        _ = try plan.approve(id: "n1", by: "Dr. Ruiz", user: "ruiz", now: Fixtures.now)
        let after = PlanSummary(plan: plan, from: today, weeks: 2, today: today)
        #expect(after.awaitingApproval == before.awaitingApproval - 1)
        var a = after, b = after
        a.name = "A"; b.name = "B"
        b.awaitingApproval += 1
        #expect(PlanSummary.needsAttentionFirst(b, a), "more awaiting approval comes first")
        b.due = a.due - 1
        #expect(PlanSummary.needsAttentionFirst(a, b), "drafts due weigh more than approvals")
    }

    @Test("errors of the week come from cadence, consent and the linter, as check counts them")
    func errors() {
        var plan = Fixtures.emptyPlan()
        // A ready story without consent (consent.missing error), a phone number (phi.phone error).
        plan.upsert(Fixtures.post("s1", "2026-11-27", "success-story", title: "Back to running", status: .ready))
        plan.upsert(Fixtures.post("s2", "2026-11-23", "health-tip", title: "Call us", status: .draft, body: "She is well now. Call her on (617) 555-0143."))
        let flags = Review.weekFlags(plan: plan, week: Week(containing: today), today: today)
        let s = PlanSummary(plan: plan, from: today, weeks: 1, today: today)
        #expect(s.weeks[0].errors == flags.filter { $0.severity == .error }.count)
        #expect(Set(flags.filter { $0.severity == .error }.map(\.rule)) == ["consent.missing", "phi.phone"])
        #expect(s.weeks[0].errors == 2)
        #expect(s.weeks[0].gaps == 1, "Wednesday's Q&A")
    }

    @Test("a merge conflict outside the weeks shown still counts in the total")
    func conflictElsewhere() {
        var plan = Fixtures.fullWeekPlan()
        var old = Fixtures.post("z9", "2026-01-05", "health-tip", title: "Old", status: .posted)
        old.conflicts = [MergeConflict(field: "title", side: .theirs, value: .string("Older"))]
        plan.upsert(old)
        let s = PlanSummary(plan: plan, from: today, weeks: 1, today: today)
        #expect(s.weeks[0].errors == 0)
        #expect(s.errors == 1)
    }

    @Test("a Sunday-start plan's weeks start on Sunday; past the calendar's end the weeks stop")
    func weekStarts() {
        let plan = Fixtures.emptyPlan(weekStart: .sunday)
        let s = PlanSummary(plan: plan, from: today, weeks: 2, today: today)
        #expect(s.weeks.map(\.week.start) == [Fixtures.date("2026-11-22"), Fixtures.date("2026-11-29")])
        let end = PlanSummary(plan: Fixtures.emptyPlan(), from: Fixtures.date("9999-12-20"), weeks: 5, today: today)
        #expect(end.weeks.count == 2)
        #expect(PlanSummary(plan: plan, from: today, weeks: 1000, today: today).weeks.count == PlanSummary.maxWeeks)
        #expect(s.lastPosted == nil)
        #expect(s.streak == 0)
    }

    @Test("needs attention first: errors, then drafts due, gaps, weeks under, a shorter streak, then the name")
    func order() {
        func summary(_ name: String, errors: Int = 0, due: Int = 0, gaps: Int = 0, posts: Int = 2, streak: Int = 0) -> PlanSummary {
            PlanSummary(name: name, specialty: "", weeks: [PlanSummary.WeekRow(week: Week(containing: today), posts: posts, min: 2, max: 3, gaps: gaps, errors: errors)],
                        errors: errors, due: due, lastPosted: nil, streak: streak)
        }
        let cases: [(String, PlanSummary, PlanSummary)] = [
            ("more errors first", summary("b", errors: 2), summary("a", errors: 1, due: 5, gaps: 5)),
            ("then more due", summary("b", due: 2), summary("a", due: 1, gaps: 5)),
            ("then more gaps", summary("b", gaps: 2), summary("a", gaps: 1, posts: 0)),
            ("then weeks under", summary("b", posts: 1), summary("a", posts: 2)),
            ("then a shorter streak", summary("b", streak: 1), summary("a", streak: 4)),
            ("then by name, any case", summary("Ana"), summary("bob")),
        ]
        for (label, first, second) in cases {
            #expect(PlanSummary.needsAttentionFirst(first, second), "\(label)")
            #expect(!PlanSummary.needsAttentionFirst(second, first), "\(label)")
        }
    }
}
