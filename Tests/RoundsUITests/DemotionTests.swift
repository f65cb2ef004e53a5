import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// A consented, ready story in the editor: a change consent does not cover sets it back to
/// draft; undoing the change by typing (x, then Backspace) brings it back to ready.
@Suite("Status demotion in the editor")
struct DemotionTests {
    @Test("x then Backspace in a consented ready story's editor leaves it ready")
    func typedAndUndone() {
        var s = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.date("2026-11-23"), now: Fixtures.now)
        _ = EditingReducerTests.play("llllaStory<Esc>", &s)
        _ = EditingReducerTests.play("C2026-11-20 form 114<Enter>", &s)
        _ = EditingReducerTests.play("s", &s)
        #expect(s.selectedPost?.status == .ready)
        _ = EditingReducerTests.play("<Enter>x", &s)
        _ = s.apply(.io(.idle))
        #expect(s.selectedPost?.status == .draft, "a change consent does not cover: back to draft")
        _ = EditingReducerTests.play("<BS>", &s)
        _ = s.apply(.io(.idle))
        _ = EditingReducerTests.play("<Esc>", &s)
        #expect(s.selectedPost?.title == "Story")
        #expect(s.selectedPost?.status == .ready, "the text is what consent covers again: \(s.message?.text ?? "")")
    }
}
