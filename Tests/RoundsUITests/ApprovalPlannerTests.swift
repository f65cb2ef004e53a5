import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// Approvals in the planner, through the reducer: `v` approves the selected post's text (or
/// revokes), `s` is refused without an approval, an edit leaves it behind and says so, undo
/// takes it back field by field, and the details pane says who approved and when.
@Suite("Approvals in the planner")
struct ApprovalPlannerTests {
    static let doctor = Identity(name: "Dr. Ana Ruiz", user: "ana")

    /// Wednesday's Q&A as a draft (Wednesday is today, so it is selected), approvals required.
    static func plan(approvers: [String] = ["Dr. Ana Ruiz"], differ: Bool = false) -> Plan {
        var plan = Fixtures.emptyPlan()
        plan.approvals = ApprovalPolicy(required: true, approvers: approvers, approversDiffer: differ)
        plan.upsert(Fixtures.post("b2", "2026-11-25", "qa", title: "Is a fever always bad?", status: .draft, body: "Mostly not."))
        return plan
    }

    static func play(_ keys: String, plan: Plan = plan(), identity: Identity? = doctor) -> (AppState, [Effect]) {
        var s = AppState(plan: plan, today: Fixtures.today, now: Fixtures.now)
        s.identity = identity
        let effects = s.press(script: keys)
        return (s, effects)
    }

    @Test("s is refused without an approval, naming the key; v offers the one approver, Enter approves, then s works")
    func approveThenReady() throws {
        let (refused, effects) = Self.play("s")
        #expect(refused.plan.post(id: "b2")?.status == .draft)
        #expect(effects.isEmpty)
        #expect(refused.message?.text == "refused: 'Is a fever always bad?' cannot be ready without an approval of its text: not approved yet (an approver presses v)")

        let (asking, _) = Self.play("v")
        #expect(asking.prompt?.text == "Dr. Ana Ruiz", "the plan's one approver is offered")
        #expect(asking.prompt?.purpose == .approval(postID: "b2"))

        let (approved, saved) = Self.play("v<Enter>")
        let a = try #require(approved.plan.post(id: "b2")?.approval)
        #expect(a == ApprovalRecord(by: "Dr. Ana Ruiz", user: "ana", at: Fixtures.now, textHash: ConsentRecord.hash(of: try #require(approved.plan.post(id: "b2")))))
        #expect(approved.message?.text == "approved by Dr. Ana Ruiz")
        #expect(saved.contains { if case .save = $0 { true } else { false } })

        let (ready, _) = Self.play("v<C-u>dr. ana ruiz: checked the dose<Enter>s")
        #expect(ready.plan.post(id: "b2")?.status == .ready)
        #expect(ready.plan.post(id: "b2")?.approval?.note == "checked the dose")
    }

    @Test("undo takes back the status, then the approval; redo brings it back")
    func undo() {
        let (s, _) = Self.play("v<Enter>su")
        #expect(s.plan.post(id: "b2")?.status == .draft)
        #expect(s.plan.post(id: "b2")?.approval != nil)
        let (u2, _) = Self.play("v<Enter>suu")
        #expect(u2.plan.post(id: "b2")?.approval == nil)
        #expect(u2.message?.text.contains("approval by Dr. Ana Ruiz taken back") == true, "\(u2.message?.text ?? "")")
        let (redo, _) = Self.play("v<Enter>suu<C-r>")
        #expect(redo.plan.post(id: "b2")?.approval?.by == "Dr. Ana Ruiz")
    }

    @Test("an edit in the editor leaves the approval behind and says so in the status bar; the editor records who typed")
    func clearedByEdit() throws {
        let (s, _) = Self.play("v<Enter>s<Enter>!<Esc>")
        let p = try #require(s.plan.post(id: "b2"))
        #expect(p.body == "!Mostly not." || p.body == "Mostly not.!", "\(p.body)")
        #expect(p.status == .draft)
        #expect(Plan.approvalIssue(p) == .textChanged(by: "Dr. Ana Ruiz"))
        #expect(s.message?.text.contains("the text changed and no approval covers it: 'Is a fever always bad?' is back to draft; approve it again") == true,
                "\(s.message?.text ?? "")")
        #expect(p.lastEdit == LastEdit(name: "Dr. Ana Ruiz", user: "ana", textHash: ConsentRecord.hash(of: p)))
    }

    @Test("approvers must differ: the one who last typed the text is refused, with who did")
    func sameEditor() {
        let plan = Self.plan(approvers: [], differ: true)
        let (s, _) = Self.play("<Enter>!<Esc>v<Enter>", plan: plan)
        #expect(s.plan.post(id: "b2")?.approval == nil)
        #expect(s.message?.kind == .error)
        #expect(s.message?.text == "refused: Dr. Ana Ruiz cannot approve 'Is a fever always bad?': Dr. Ana Ruiz (ana) last changed its text, and this plan's approvers must differ from the last editor; another approver presses v",
                "\(s.message?.text ?? "")")
        // Someone else, at another account, may.
        let (other, _) = Self.play("<Enter>!<Esc>", plan: plan)
        var next = other
        next.identity = Identity(name: "Dr. Lee", user: "lee")
        _ = next.press(script: "v<C-u>Dr. Lee<Enter>")
        #expect(next.plan.post(id: "b2")?.approval?.by == "Dr. Lee")
    }

    @Test("a name not on the plan's list is refused; revoke takes the approval back and says so")
    func notApproverAndRevoke() {
        let (s, _) = Self.play("v<C-u>Nurse Kim<Enter>")
        #expect(s.plan.post(id: "b2")?.approval == nil)
        #expect(s.message?.text == "refused: Nurse Kim is not an approver of this plan (approvers: Dr. Ana Ruiz)")
        let (r, _) = Self.play("v<Enter>sv<C-u>revoke<Enter>")
        #expect(r.plan.post(id: "b2")?.approval?.revoked == true)
        #expect(r.plan.post(id: "b2")?.status == .draft)
        #expect(r.message?.text == "approval revoked · 'Is a fever always bad?' is back to draft: its approval was revoked")
        let (none, _) = Self.play("v<C-u>revoke<Enter>")
        #expect(none.message?.text == "refused: 'Is a fever always bad?' has no approval to revoke")
    }

    @Test("a read-only planner has no v; help lists it")
    func helpAndReadOnly() {
        #expect(Keymap.action(for: .char("v"), in: .grid, pendingCount: false) == .prompt(.begin(.approval)))
        #expect(Action.prompt(.begin(.approval)).changesPlan)
        var s = AppState(plan: Self.plan(), today: Fixtures.today, readOnly: true)
        _ = s.press(script: "v")
        #expect(s.prompt == nil)
        let lines = HelpView.lines().joined(separator: "\n")
        #expect(lines.contains("approve the post's exact text (as the approver's name), or revoke the approval"), "\(lines)")
    }

    @Test("the details pane says who approved and when, or that the post awaits approval")
    func details() throws {
        let (waiting, _) = Self.play("")
        let w = DetailView.rows(waiting, width: 120, palette: .monochrome).map(\.0).joined(separator: "\n")
        #expect(w.contains("Approval: ✗ awaiting approval (press v to approve the text)"), "\(w)")
        let (approved, _) = Self.play("v<C-u>Dr. Ana Ruiz: fine<Enter>")
        let a = DetailView.rows(approved, width: 120, palette: .monochrome).map(\.0).joined(separator: "\n")
        #expect(a.contains("Approval: ✓ approved by Dr. Ana Ruiz on 2026-11-25 10:00 UTC: “fine”"), "\(a)")
        assertSnapshot(Screen.render(approved, size: Size(width: 160, height: 50), palette: .monochrome).snapshot, named: "approval-160x50")
        // Changed after approval: what is wrong, and the key.
        let (changed, _) = Self.play("v<Enter><Enter>!<Esc>")
        let c = DetailView.rows(changed, width: 120, palette: .monochrome).map(\.0).joined(separator: "\n")
        #expect(c.contains("Approval: ✗ awaiting approval: the text changed after Dr. Ana Ruiz approved it (press v to approve it again)"), "\(c)")
    }

    @Test("the flags panel lists a ready post without a valid approval as an error, with the planner's fix")
    func flagInPanel() throws {
        var plan = Fixtures.fullWeekPlan()  // Wednesday's Q&A is ready from before approvals
        plan.approvals = ApprovalPolicy(required: true)
        let (s, _) = Self.play("", plan: plan)
        let flag = try #require(s.weekFlags.first { $0.rule == "approval.missing" })
        #expect(flag.severity == .error)
        #expect(flag.detail.remedy.planner == "an approver presses v to approve its text (or S sets it back)")
        let narrow = Screen.render(s, size: Size(width: 80, height: 24), palette: .monochrome).text
        #expect(narrow.contains("✗ Wed · ready, not approved · 'Is a fe…"), "\(narrow)")
        let wide = Screen.render(s, size: Size(width: 160, height: 50), palette: .monochrome).text
        #expect(wide.contains("✗ Wednesday's Q&A 'Is a fever always bad?' is ready without a valid ap…"), "\(wide)")
    }

    @Test("at 80×24 a prompt with a long label still shows the value it offers, and what is typed after it", arguments: [80, 100])
    func longLabelPromptShowsValue(width: Int) {
        // The approvers row's prompt: its label is longer than 80 columns leave beside the hints.
        let (s, _) = Self.play(",jjjjjjjjjjj<Enter>", plan: Self.plan(approvers: ["Dr. Ana Ruiz", "Dr. Lee"]))
        #expect(s.prompt?.text == "Dr. Ana Ruiz, Dr. Lee")
        let line = Screen.render(s, size: Size(width: width, height: 24), palette: .monochrome).text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[23]
        #expect(line.contains("Dr. Ana Ruiz, Dr. Lee▏"), "the offered value is hidden: \(line)")
        #expect(line.hasPrefix("Who may approve"), "\(line)")
        #expect(TextWidth.width(of: line) <= width)
        var typed = s
        _ = typed.press(script: ", Dr. Kim")
        let after = Screen.render(typed, size: Size(width: width, height: 24), palette: .monochrome).text
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[23]
        #expect(after.contains("Dr. Kim▏"), "\(after)")
    }

    @Test("settings (,): the approval rows after the platforms, edited as rounds profile edits them, undone with u")
    func settings() {
        let off = Fixtures.emptyPlan()
        // Rows: 7 fields, linkedin, x, add a platform, then approval, approvers, approvers differ.
        let (s, effects) = Self.play(",jjjjjjjjjj<Enter><C-u>required<Enter>", plan: off)
        #expect(s.plan.approvals.required)
        #expect(s.message?.text == "approval: off → required (u undoes)")
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        let (names, _) = Self.play(",jjjjjjjjjjj<Enter><C-u>Dr. Ana Ruiz, Dr. Lee<Enter>", plan: off)
        #expect(names.plan.approvals.approvers == ["Dr. Ana Ruiz", "Dr. Lee"])
        let (differ, _) = Self.play(",jjjjjjjjjjjj<Enter><C-u>yes<Enter>", plan: off)
        #expect(differ.plan.approvals.approversDiffer)
        let (bad, _) = Self.play(",jjjjjjjjjjjj<Enter><C-u>maybe<Enter>", plan: off)
        #expect(bad.message?.text == "approvers differ: 'maybe' must be yes or no")
        let (undone, _) = Self.play(",jjjjjjjjjj<Enter><C-u>required<Enter><Esc>u", plan: off)
        #expect(!undone.plan.approvals.required, "\(undone.message?.text ?? "")")
        let frame = Screen.render(Self.play(",", plan: Self.plan()).0, size: Size(width: 100, height: 30), palette: .monochrome).text
        #expect(frame.contains("approval: required"), "\(frame)")
        #expect(frame.contains("approvers: Dr. Ana Ruiz"))
    }
}
