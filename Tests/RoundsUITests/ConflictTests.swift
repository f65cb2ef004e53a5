import Testing
import RoundsCore
import RoundsUI
import RoundsTestSupport

/// Merge conflicts in the planner: the flags panel and the details pane show both values;
/// `r` keeps ours, `R` takes theirs (undoable, saved); `G` asks the app to sync.
@Suite("Merge conflicts in the planner")
struct ConflictTests {
    static func conflicted() -> AppState {
        var plan = Fixtures.fullWeekPlan()
        var p = plan.post(id: "a1")!
        p.title = "Walk after meals"
        p.conflicts = [MergeConflict(field: "title", side: .theirs, value: .string("Walk ten minutes after meals"))]
        plan.upsert(p)
        var s = AppState(plan: plan, today: Fixtures.date("2026-11-23"), now: Fixtures.now)
        _ = s.apply(.resized(Size(width: 120, height: 40)))
        return s
    }

    @Test("both values in the details pane and the flags panel; r keeps ours, R takes theirs, u undoes")
    func resolveKeys() throws {
        var s = ConflictTests.conflicted()
        let screen = Screen.render(s, size: Size(width: 120, height: 40), palette: .monochrome).text
        #expect(screen.contains("✗ merge conflict in title: ours “Walk after meals” · theirs “Walk │"), "\(screen)")
        #expect(screen.contains("\nten minutes after meals”  "))
        #expect(screen.contains("r keeps ours, R takes theirs, Enter edits"))
        #expect(screen.contains("conflict in title"), "the flags panel lists it: \(screen)")
        #expect(s.weekFlags.contains { $0.rule == "merge.conflict" && $0.severity == .error })
        var theirs = s
        let effects = theirs.press(script: "R")
        #expect(theirs.plan.post(id: "a1")?.title == "Walk ten minutes after meals")
        #expect(theirs.plan.post(id: "a1")?.conflicts == [])
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        #expect(!theirs.weekFlags.contains { $0.rule == "merge.conflict" })
        _ = theirs.press(script: "u")
        #expect(theirs.plan.post(id: "a1")?.conflicts.count == 1, "u brings the conflict back")
        _ = s.press(script: "r")
        #expect(s.plan.post(id: "a1")?.title == "Walk after meals" && s.plan.post(id: "a1")?.conflicts == [])
        _ = s.press(script: "r")
        #expect(s.message?.text == "'Walk after meals' has no merge conflict")
    }

    @Test("G asks the app to sync; read-only refuses it")
    func syncKey() {
        var s = ConflictTests.conflicted()
        #expect(s.press(script: "G") == [.sync])
        #expect(s.message?.text == "syncing with git…")
        var ro = AppState(plan: Fixtures.fullWeekPlan(), today: Fixtures.date("2026-11-23"), readOnly: true, now: Fixtures.now)
        _ = ro.apply(.resized(Size(width: 80, height: 24)))
        #expect(ro.press(script: "G") == [])
    }
}
