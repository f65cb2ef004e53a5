import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Approvals locked to the text, in the core: the rules, the file format and the git merge.
@Suite("Approvals locked to the text")
struct ApprovalTests {
    static let nurse = Identity(name: "Nurse Kim", user: "kim")
    static let doctor = Identity(name: "Dr. Ana Ruiz", user: "ana")

    /// A plan that requires approvals by Dr. Ana Ruiz or Dr. Lee, with Wednesday's Q&A as a
    /// draft the nurse wrote.
    static func plan(differ: Bool = false) throws -> Plan {
        var plan = Fixtures.emptyPlan()
        try plan.apply(.approvalRequired(true))
        try plan.apply(.approvers(["Dr. Ana Ruiz", "Dr. Lee"]))
        try plan.apply(.approversDiffer(differ))
        try plan.add(Fixtures.post("b2", "2026-11-25", "qa", title: "Is a fever always bad?", status: .draft, body: "Mostly not."),
                     today: Fixtures.today, by: nurse)
        return plan
    }

    static func status(_ plan: inout Plan, _ id: String, _ status: PostStatus) throws(PlanError) -> [String] {
        guard var p = plan.post(id: id) else { throw .unknownPost(id) }
        p.status = status
        return try plan.update(p, today: Fixtures.today, now: Fixtures.now)
    }

    @Test("required: ready, scheduled and posted are refused until an approver approves the exact text")
    func gate() throws {
        var plan = try Self.plan()
        #expect(plan.awaitsApproval(try #require(plan.post(id: "b2"))))
        #expect(plan.awaitingApprovalCount(from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29")) == 1)
        for s in [PostStatus.ready, .scheduled, .posted] {
            #expect(throws: PlanError.approvalRequired(id: "b2", title: "Is a fever always bad?", status: s, problem: .missing)) {
                _ = try Self.status(&plan, "b2", s)
            }
        }
        #expect(plan.post(id: "b2")?.status == .draft)
        let approved = try plan.approve(id: "b2", by: "dr. ana ruiz", user: "ana", note: "fine", now: Fixtures.now)
        // Stored as the list spells the name, with the system user, the time and the text's hash.
        #expect(approved.approval == ApprovalRecord(by: "Dr. Ana Ruiz", user: "ana", at: Fixtures.now,
                                                   textHash: ConsentRecord.hash(of: approved), note: "fine"))
        #expect(!plan.awaitsApproval(approved))
        #expect(plan.awaitingApprovalCount(from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29")) == 0)
        #expect(try Self.status(&plan, "b2", .ready).isEmpty)
        #expect(plan.post(id: "b2")?.status == .ready)
    }

    @Test("not required: nothing is gated and nothing awaits approval")
    func off() throws {
        var plan = try Self.plan()
        try plan.apply(.approvalRequired(false))
        _ = try Self.status(&plan, "b2", .ready)
        #expect(plan.post(id: "b2")?.status == .ready)
        #expect(plan.awaitingApprovalCount(from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29")) == 0)
        #expect(!plan.awaitsApproval(try #require(plan.post(id: "b2"))))
    }

    @Test("any change to the title or body leaves the approval behind, says so, and a ready post goes back to draft")
    func clearedByEdit() throws {
        var plan = try Self.plan()
        try plan.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        var p = try #require(plan.post(id: "b2"))
        p.body = "Mostly not, said differently."
        let notices = try plan.update(p, today: Fixtures.today, now: Fixtures.now, by: Self.nurse)
        #expect(notices == ["the text changed after Dr. Lee approved it: the approval no longer covers 'Is a fever always bad?'"])
        #expect(Plan.approvalIssue(try #require(plan.post(id: "b2"))) == .textChanged(by: "Dr. Lee"))
        #expect(plan.post(id: "b2")?.lastEdit == LastEdit(name: "Nurse Kim", user: "kim", textHash: ConsentRecord.hash(of: try #require(plan.post(id: "b2")))))

        // Approved again and ready: a title change takes it back to draft.
        try plan.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        _ = try Self.status(&plan, "b2", .ready)
        p = try #require(plan.post(id: "b2"))
        p.title = "Is a fever bad?"
        let back = try plan.update(p, today: Fixtures.today, now: Fixtures.now)
        #expect(back == ["the text changed and no approval covers it: 'Is a fever bad?' is back to draft; approve it again"])
        #expect(plan.post(id: "b2")?.status == .draft)
        // The old words again: the approval covers them, and it may be ready again.
        p = try #require(plan.post(id: "b2"))
        p.title = "Is a fever always bad?"
        _ = try plan.update(p, today: Fixtures.today, now: Fixtures.now)
        #expect(Plan.approvalIssue(try #require(plan.post(id: "b2"))) == nil)
    }

    @Test("approvers must differ: the last editor's name or system user is refused; another approver is not")
    func sameEditor() throws {
        var plan = try Self.plan(differ: true)
        // Dr. Ruiz edits the text herself.
        var p = try #require(plan.post(id: "b2"))
        p.body = "Mostly not. Dr. Ruiz's words."
        try plan.update(p, today: Fixtures.today, now: Fixtures.now, by: Self.doctor)
        let editor = LastEdit(name: "Dr. Ana Ruiz", user: "ana", textHash: ConsentRecord.hash(of: try #require(plan.post(id: "b2"))))
        #expect(throws: PlanError.approverIsEditor(title: "Is a fever always bad?", name: "Dr. Ana Ruiz", editor: editor)) {
            try plan.approve(id: "b2", by: "DR. ANA RUIZ", user: "front-desk", now: Fixtures.now)
        }
        // Another name from the same system account is the same person at the keyboard.
        #expect(throws: PlanError.approverIsEditor(title: "Is a fever always bad?", name: "Dr. Lee", editor: editor)) {
            try plan.approve(id: "b2", by: "Dr. Lee", user: "ana", now: Fixtures.now)
        }
        #expect(plan.post(id: "b2")?.approval == nil)
        try plan.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        #expect(plan.post(id: "b2")?.approval?.by == "Dr. Lee")
        // Without the rule, the editor may approve her own words.
        var lenient = try Self.plan(differ: false)
        var q = try #require(lenient.post(id: "b2"))
        q.body = "Mine."
        try lenient.update(q, today: Fixtures.today, now: Fixtures.now, by: Self.doctor)
        try lenient.approve(id: "b2", by: "Dr. Ana Ruiz", user: "ana", now: Fixtures.now)
        #expect(Plan.approvalIssue(try #require(lenient.post(id: "b2"))) == nil)
    }

    @Test("a last-editor record about other words says nothing: the text was changed since by something that did not record who")
    func staleEditor() throws {
        var plan = try Self.plan(differ: true)
        var p = try #require(plan.post(id: "b2"))
        p.body = "Changed without a record."
        try plan.update(p, today: Fixtures.today, now: Fixtures.now)  // no identity: an older writer
        #expect(plan.post(id: "b2")?.lastEdit?.name == "Nurse Kim")
        try plan.approve(id: "b2", by: "Dr. Ana Ruiz", user: "kim", now: Fixtures.now)
        #expect(Plan.approvalIssue(try #require(plan.post(id: "b2"))) == nil)
    }

    @Test("a name that is not on the plan's list is refused; an empty list lets anyone approve")
    func notAnApprover() throws {
        var plan = try Self.plan()
        #expect(throws: PlanError.notAnApprover(name: "Nurse Kim", approvers: ["Dr. Ana Ruiz", "Dr. Lee"])) {
            try plan.approve(id: "b2", by: "Nurse Kim", user: "kim", now: Fixtures.now)
        }
        #expect(throws: PlanError.invalid("an approval needs the approver's name")) {
            try plan.approve(id: "b2", by: "  ", user: "kim", now: Fixtures.now)
        }
        try plan.apply(.approvers([]))
        try plan.approve(id: "b2", by: "Nurse Kim", user: "kim", now: Fixtures.now)
        #expect(plan.post(id: "b2")?.approval?.by == "Nurse Kim")
    }

    @Test("revoking: the record stays, revoked; a ready post goes back to draft; nothing to revoke is refused")
    func revoke() throws {
        var plan = try Self.plan()
        #expect(throws: PlanError.invalid("'Is a fever always bad?' has no approval to revoke")) {
            _ = try plan.revokeApproval(id: "b2", now: Fixtures.now)
        }
        try plan.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        _ = try Self.status(&plan, "b2", .scheduled)
        let notices = try plan.revokeApproval(id: "b2", now: Fixtures.now)
        #expect(notices == ["'Is a fever always bad?' is back to draft: its approval was revoked"])
        let p = try #require(plan.post(id: "b2"))
        #expect(p.status == .draft)
        #expect(p.approval?.revoked == true)
        #expect(Plan.approvalIssue(p) == .revoked(by: "Dr. Lee"))
        #expect(plan.awaitsApproval(p))
    }

    @Test("check: a post ready without a valid approval is an error with a remedy; ideas and posted posts are not counted")
    func flag() throws {
        var plan = Fixtures.fullWeekPlan()  // Wednesday's Q&A is ready, from before approvals were asked for
        try plan.apply(.approvalRequired(true))
        let flags = Cadence.flags(plan: plan, from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29"), today: Fixtures.today)
            .filter { $0.rule == "approval.missing" }
        #expect(flags.count == 1)
        #expect(flags.first?.severity == .error)
        #expect(flags.first?.postID == "b2")
        #expect(flags.first?.message == "Wednesday's Q&A 'Is a fever always bad?' is ready without a valid approval: not approved yet")
        #expect(flags.first?.shortMessage == "Wed · ready, not approved · 'Is a fever always bad?'")
        #expect(flags.first?.detail.remedy == .approve(postID: "b2"))
        // Monday's tip went out (posted): history, not awaiting. Friday's story is a draft: awaiting.
        #expect(plan.awaitingApprovalCount(from: Fixtures.date("2026-11-23"), to: Fixtures.date("2026-11-29")) == 2)
        var idea = Fixtures.post("i1", nil, "qa", status: .draft)
        idea.body = "An idea."
        plan.upsert(idea)
        #expect(!plan.awaitsApproval(idea))
    }

    @Test("rounds log's lines: who approved, and a revocation")
    func logLines() throws {
        var plan = try Self.plan()
        let before = try #require(plan.post(id: "b2"))
        try plan.approve(id: "b2", by: "Dr. Lee", user: "lee", note: "ok", now: Fixtures.now)
        let approved = try #require(plan.post(id: "b2"))
        #expect(PlanChanges.details(before, approved) == ["approved by Dr. Lee (lee): “ok”"])
        _ = try plan.revokeApproval(id: "b2", now: Fixtures.now)
        #expect(PlanChanges.details(approved, try #require(plan.post(id: "b2"))) == ["approval by Dr. Lee revoked"])
    }

    // MARK: - The file

    static func approvedPlan() throws -> Plan {
        var plan = try Self.plan(differ: true)
        try plan.approve(id: "b2", by: "Dr. Lee", user: "lee", note: "ok, “quoted” and 汉字", now: Fixtures.now)
        var c = Fixtures.post("c3", "2026-11-27", "health-tip", title: "Revoked one")
        c.approval = ApprovalRecord(by: "Dr. Lee", user: "", at: Fixtures.now, textHash: "0123456789abcdef", revoked: true)
        plan.upsert(c)
        return plan
    }

    @Test("approval records, last editors and the plan's rule round-trip, fast and slow, byte-stable")
    func codec() throws {
        let plan = try Self.approvedPlan()
        let bytes = PlanCodec.encode(plan)
        #expect(bytes == JSONWriter.write(.object(PlanCodec.planValue(plan))), "the fast writer writes what the generic one does")
        let back = try PlanCodec.decode(bytes)
        #expect(back == plan)
        #expect(try PlanCodec.decodeSlowly(bytes) == plan)
        #expect(PlanCodec.encode(back) == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("""
              "approvals": {
                "approvers": [
                  "Dr. Ana Ruiz",
                  "Dr. Lee"
                ],
                "approversDiffer": true,
                "required": true
              },
            """))
        #expect(text.contains("\"approval\": {\n        \"at\": \"2026-11-25T10:00:00Z\",\n        \"by\": \"Dr. Lee\",\n        \"note\""))
        #expect(text.contains("\"lastEdit\": {\n        \"name\": \"Nurse Kim\",\n        \"textHash\": \""))
    }

    @Test("a plan from before approvals loads with none, and saves back byte for byte")
    func oldFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/Corpus/loader/week-plan.json")
        let bytes = Array(try Data(contentsOf: url))
        let plan = try PlanCodec.decode(bytes)
        #expect(plan.approvals == ApprovalPolicy())
        #expect(plan.posts.allSatisfy { $0.approval == nil && $0.lastEdit == nil })
        #expect(PlanCodec.encode(plan) == bytes)
        #expect(try PlanCodec.decodeSlowly(bytes) == plan)
        #expect(!String(decoding: PlanCodec.encode(Fixtures.fullWeekPlan()), as: UTF8.self).contains("approv"))
    }

    @Test("a bad approval record is refused with its key path")
    func badRecord() throws {
        var text = String(decoding: PlanCodec.encode(try Self.approvedPlan()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"at\": \"2026-11-25T10:00:00Z\"", with: "\"at\": \"yesterday\"")
        #expect(throws: PlanDecodingError.self) { try PlanCodec.decode(Array(text.utf8)) }
        do {
            _ = try PlanCodec.decode(Array(text.utf8))
        } catch {
            #expect(error.keyPath?.hasSuffix(".approval.at") == true, "\(error.description)")
        }
    }

    // MARK: - git merge

    /// Merged both ways: the same bytes (or, where a conflict is recorded, the same plan up to
    /// which value sits in place).
    static func merged(_ base: Plan, _ a: Plan, _ b: Plan, conflicts: Bool = false) -> Plan {
        let ab = GitMerge.merge(base: base, ours: a, theirs: b).plan
        let ba = GitMerge.merge(base: base, ours: b, theirs: a).plan
        if conflicts {
            #expect(MergeTests.normalized(ab) == MergeTests.normalized(ba), "the merge depends on which side is ours")
        } else {
            #expect(PlanCodec.encode(ab) == PlanCodec.encode(ba), "the merge depends on which side is ours")
        }
        return ab
    }

    @Test("merge: an approval on one side and a text edit on the other does not count, and the ready post goes back to draft")
    func mergeApprovalAgainstEdit() throws {
        var base = try Self.plan()
        try base.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        _ = try Self.status(&base, "b2", .ready)
        var a = base, b = base
        // Ours: the doctor re-approves with a note (same text). Theirs: the nurse edits the body.
        try a.approve(id: "b2", by: "Dr. Ana Ruiz", user: "ana", note: "checked", now: Timestamp(iso: "2026-11-25T11:00:00Z")!)
        var p = try #require(b.post(id: "b2"))
        p.body = "Mostly not. Edited on the other side."
        p.status = .ready
        _ = try b.update(p, today: Fixtures.today, now: Fixtures.now, by: Self.nurse)
        #expect(b.post(id: "b2")?.status == .draft, "the edit alone takes it back to draft")
        var b2 = b  // and someone marks it ready again on that side, from an older rounds
        var q = try #require(b2.post(id: "b2"))
        q.status = .ready
        b2.upsert(q)
        let m = Self.merged(base, a, b2)
        let post = try #require(m.post(id: "b2"))
        #expect(post.body == "Mostly not. Edited on the other side.")
        #expect(post.approval?.by == "Dr. Ana Ruiz", "the approval is kept in the file")
        #expect(Plan.approvalIssue(post) == .textChanged(by: "Dr. Ana Ruiz"), "but it approved other words")
        #expect(post.status == .draft)
        #expect(post.lastEdit?.name == "Nurse Kim", "the last editor is the one whose record is about the merged text")
        #expect(m.awaitsApproval(post))
        #expect(post.conflicts.isEmpty)
    }

    @Test("merge: a revocation on one side and 'scheduled' on the other: draft, and no conflict between two equal values")
    func mergeRevocationAgainstSchedule() throws {
        var base = try Self.plan()
        try base.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        _ = try Self.status(&base, "b2", .ready)
        var a = base, b = base
        _ = try a.revokeApproval(id: "b2", now: Fixtures.now)
        #expect(a.post(id: "b2")?.status == .draft)
        _ = try Self.status(&b, "b2", .scheduled)
        let m = Self.merged(base, a, b, conflicts: true)
        let post = try #require(m.post(id: "b2"))
        #expect(post.approval?.revoked == true, "the revocation stays")
        #expect(post.status == .draft, "nothing unapproved stays scheduled")
        #expect(!post.conflicts.contains { $0.field == "status" && $0.value == .string("draft") },
                "a conflict record whose value is the one in place: \(post.conflicts)")
        let flags: [PlanFlag] = ConflictFlags.flags(plan: m, posts: m.posts[...], week: nil)
        #expect(!flags.contains { (flag: PlanFlag) in flag.message.contains("ours “draft”, theirs “draft”") }, "\(flags.map(\.message))")
    }

    @Test("merge: a revocation on one side stays revoked against a note on the other; the rule merges key by key")
    func mergeRevocationAndRule() throws {
        var base = try Self.plan()
        try base.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        var a = base, b = base
        _ = try a.revokeApproval(id: "b2", now: Fixtures.now)
        try b.approve(id: "b2", by: "Dr. Lee", user: "lee", note: "again", now: Timestamp(iso: "2026-11-25T12:00:00Z")!)
        try a.apply(.approvers(["Dr. Ana Ruiz", "Dr. Lee", "Dr. Moss"]))
        try b.apply(.approversDiffer(true))
        let m = Self.merged(base, a, b, conflicts: true)
        let post = try #require(m.post(id: "b2"))
        #expect(post.approval?.revoked == true)
        #expect(m.approvals == ApprovalPolicy(required: true, approvers: ["Dr. Ana Ruiz", "Dr. Lee", "Dr. Moss"], approversDiffer: true))
        #expect(try PlanCodec.decode(PlanCodec.encode(m)) == m)
    }

    @Test("the merge driver on the files: the rule turned on one side and an approval on the other give what the full merge gives")
    func mergeFiles() throws {
        var base = Fixtures.fullWeekPlan()
        var other = Fixtures.post("d4", "2026-11-28", "qa", title: "Untouched", status: .draft)
        other.body = "Same in all three."
        base.upsert(other)
        var a = base, b = base
        try a.apply(.approvalRequired(true))
        try a.apply(.approvers(["Dr. Lee"]))
        try b.approve(id: "b2", by: "Dr. Lee", user: "lee", now: Fixtures.now)
        let (o, x, y) = (PlanCodec.encode(base), PlanCodec.encode(a), PlanCodec.encode(b))
        let got = try #require(GitMerge.mergeFiles(base: o, ours: x, theirs: y))
        let expected = GitMerge.merge(base: base, ours: a, theirs: b).plan
        #expect(got.bytes == PlanCodec.encode(expected))
        let merged = try PlanCodec.decode(got.bytes)
        #expect(merged.approvals == ApprovalPolicy(required: true, approvers: ["Dr. Lee"]))
        #expect(Plan.approvalIssue(try #require(merged.post(id: "b2"))) == nil)
        #expect(merged.post(id: "b2")?.status == .ready)
        #expect(got.newConflicts == 0)
    }
}
