import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// The editor's last rows at 80×24: the character count against each platform, and the findings
/// with F2 to read them whole.
@Suite("The editor's counts and findings")
struct EditorFooterTests {
    static func editing(body: String, platforms: [String]) -> AppState {
        var plan = Fixtures.emptyPlan()
        plan.profile.platforms += [Platform(id: "instagram", name: "Instagram", characterLimit: 2200),
                                   Platform(id: "facebook", name: "Facebook", characterLimit: 63206),
                                   Platform(id: "threads", name: "Threads", characterLimit: 500),
                                   Platform(id: "mastodon", name: "Mastodon", characterLimit: 500)]
        var p = Fixtures.post("e1", "2026-11-23", "health-tip", title: "Walk after meals", body: body)
        p.platforms = platforms
        plan.upsert(p)
        var s = AppState(plan: plan, today: Fixtures.date("2026-11-23"), now: Fixtures.now)
        _ = s.apply(.resized(Size(width: 80, height: 24)))
        _ = s.press(script: "<Enter>")
        return s
    }

    static func screen(_ s: AppState) -> CellBuffer { Screen.render(s, size: Size(width: 80, height: 24), palette: .monochrome) }

    @Test("a platform over its limit shows on the count line at 80×24 even when it is the last of six")
    func overLimitShows() throws {
        let body = String(repeating: "Ten minutes of walking after a meal helps. ", count: 7)  // over 280 with the title
        let s = Self.editing(body: body, platforms: ["linkedin", "facebook", "instagram", "threads", "mastodon", "x"])
        let text = Self.screen(s).text
        let line = try #require(text.split(separator: "\n").first { $0.contains("characters") || $0.contains("chars") }, "no count line:\n\(text)")
        #expect(line.contains("X 3"), "the over-limit platform is hidden: \(line)")
        #expect(line.contains("/280 over"), "\(line)")
    }

    @Test("F2 shows every finding whole with its rule, over the body; F2 again is back to the text")
    func findingsWhole() throws {
        let body = "Call 555-867-5309 or email jane.doe@gmail.com. My patient Mr. Kowalski, 93, is doing great. This miracle cure is guaranteed to work. SSN 123-45-6789."
        var s = Self.editing(body: body, platforms: ["linkedin"])
        let before = Self.screen(s).text
        #expect(before.contains("more (F2 shows every finding whole)"), "\(before)")
        #expect(before.contains("Call 555-867-5309"))
        _ = s.press(script: "<F2>")
        let whole = Self.screen(s).text
        #expect(whole.contains("Findings ("), "\(whole)")
        #expect(whole.contains("F2 back to the text"))
        for rule in ["phi.phone", "phi.email", "phi.ssn", "claim.unverified"] {
            #expect(whole.contains("[\(rule)]"), "\(rule) not listed whole:\n\(whole)")
        }
        #expect(!whole.contains("Call 555-867-5309 or"), "the body is still drawn under the findings")
        _ = s.press(script: "<F2>")
        let back = Self.screen(s).text
        #expect(back.contains("Call 555-867-5309"))
        #expect(!back.contains("F2 back to the text"))
    }
}
