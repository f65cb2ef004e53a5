import Testing
import RoundsCore
import RoundsThemes
import RoundsTestSupport
@testable import RoundsUI

/// Health observances on the planner's screen: World Health Day on Wednesday 7 April 2027.
@Suite("Observances in the planner")
struct ObservanceRenderTests {
    static let today = Fixtures.date("2027-04-07")

    /// The default plan's doctor (no specialty, UTC: the `intl` observances), on 7 April 2027.
    static func state(keys: String = "", specialty: String = "") -> AppState {
        var plan = Fixtures.emptyPlan()
        plan.profile.specialty = specialty
        var s = AppState(plan: plan, today: today)
        let interest = ObservanceInterest(profile: plan.profile)
        s.setObservances(ObservanceSet.decode(ShippedObservances.file.bytes).observances.filter(interest.wants))
        _ = s.press(script: keys)
        return s
    }

    static func render(_ s: AppState, _ w: Int, _ h: Int) -> CellBuffer {
        Screen.render(s, size: Size(width: w, height: h), palette: .monochrome)
    }

    @Test("at 80×24: the Wednesday column names World Health Day, the details pane gives organiser and source")
    func at80x24() {
        let buf = Self.render(Self.state(), 80, 24)
        assertSnapshot(buf.text, named: "observances-80x24")
        let col = Layout(size: Size(width: 80, height: 24)).columns[2]
        #expect(buf.lines[2].contains("Wed 7 • ◆"))
        #expect(String(buf.lines[3].dropFirst(col.x).prefix(col.width)).hasPrefix("◆ World"))
        #expect(buf.text.contains("◆ World Health Day · 7 Apr · World      │"))
        #expect(buf.text.contains("\nHealth Organization "))
        #expect(buf.text.contains("\nwww.who.int/campaigns/world-health-day  │"))
    }

    @Test("at 160×50 the name fits in the column")
    func at160x50() {
        let buf = Self.render(Self.state(), 160, 50)
        assertSnapshot(buf.text, named: "observances-160x50")
        let col = Layout(size: Size(width: 160, height: 50)).columns[2]
        #expect(String(buf.lines[3].dropFirst(col.x).prefix(col.width)).hasPrefix("◆ World Health Day"))
    }

    @Test("month-long observances are in the header; a week without any day observance keeps its grid where it was")
    func monthsInHeader() {
        // Week 48 of 2027 (22–28 Nov): Movember in the header, AMR Awareness Week on Monday to Wednesday.
        let s = Self.state(keys: "g2027-11-24<Enter>")
        let buf = Self.render(s, 100, 30)
        #expect(buf.lines[1].contains("◆ Movember"), "\(buf.lines[1])")
        #expect(buf.lines[3].hasPrefix("◆ World AMR"))
        // A family doctor's choice (primary care, and `general` days) leaves Movember out.
        let family = Self.render(Self.state(keys: "g2027-11-24<Enter>", specialty: "Family medicine"), 100, 30)
        #expect(!family.lines[1].contains("Movember"))
        #expect(family.lines[3].hasPrefix("◆ World AMR"))
        let quiet = Self.render(Self.state(keys: "g2027-07-07<Enter>"), 80, 24)  // July 2027: no intl observance that week
        #expect(!quiet.text.contains("◆"))
    }

    @Test("o hides the observances and shows them again")
    func toggle() {
        var s = Self.state()
        _ = s.press(script: "o")
        let hidden = Self.render(s, 80, 24).text
        #expect(!hidden.contains("World Health Day"))
        #expect(hidden.contains("observances hidden"))
        _ = s.press(script: "o")
        #expect(Self.render(s, 80, 24).text.contains("◆ World Health Day · 7 Apr"))
    }

    @Test("F fills the week with ideas, and the Wednesday one names World Health Day")
    func fillWeekNamesIt() {
        var s = Self.state()
        _ = s.press(script: "F")
        let titles = s.plan.posts.map(\.title)
        #expect(titles.contains("World Health Day: Q&A (idea)"), "\(titles)")
        #expect(titles.contains("Health Tip (idea)"))
        // Ideas as the templates made them are planned, not written: the header counts none.
        let header = Self.render(s, 80, 24).lines[1]
        #expect(header.hasPrefix("0/3 posts · Health Tip ✗ · Q&A ✗ · Success Story ✗"), "\(header)")
    }
}
