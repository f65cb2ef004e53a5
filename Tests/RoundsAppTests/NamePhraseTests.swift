import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// Defect 9: the command line takes the words the planner takes (ids or names, any case).
@Suite("Names and phrases on the command line")
struct NamePhraseTests {
    let home = TempFolder()

    func rounds(_ args: [String]) -> SpawnResult { Spawn.rounds(args, home: home.path) }

    @Test("init takes a pack by name; add and edit take theme and platform names; --status in any case; --week next")
    func namesEverywhere() throws {
        let initR = rounds(["init", "--themes", "Default", "--week-start", "Sunday"])
        #expect(initR.status == 0, "\(initR.stderr)")
        let add = rounds(["add", "--date", "2026-11-27", "--theme", "Success Story", "--platform", "Instagram", "--platform", "linkedin",
                          "--title", "Back to running", "--status", "Idea"])
        #expect(add.status == 0, "\(add.stderr)")
        let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let show = rounds(["show", id, "--format", "json"])
        let post = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(post["theme"] as? String == "success-story")
        #expect(post["platforms"] as? [String] == ["instagram", "linkedin"])
        #expect(post["status"] as? String == "idea")
        #expect(rounds(["edit", id, "--theme", "q&a", "--platform", "X, LinkedIn"]).status == 0)
        let edited = try #require(try JSONSerialization.jsonObject(with: Data(rounds(["show", id, "--format", "json"]).stdout.utf8)) as? [String: Any])
        #expect(edited["theme"] as? String == "qa")
        #expect(edited["platforms"] as? [String] == ["x", "linkedin"])
        // A week phrase: the planner's g takes the same.
        let next = rounds(["list", "--week", "next"])
        #expect(next.status == 0, "\(next.stderr)")
        // Unknown names are refused with the names that exist.
        let bad = rounds(["add", "--date", "2026-11-27", "--theme", "Gossip", "--title", "x"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("unknown theme 'Gossip' (themes: Health Tip (health-tip), Q&A (qa), Success Story (success-story))"), "\(bad.stderr)")
        let badPlatform = rounds(["add", "--date", "2026-11-28", "--theme", "qa", "--platform", "MySpace", "--title", "x"])
        #expect(badPlatform.status == 2)
        #expect(badPlatform.stderr.contains("unknown platform 'myspace'"), "\(badPlatform.stderr)")
    }

    @Test("a pack by its name, in any case", arguments: ["Weekly three", "WEEKLY THREE", "default"])
    func packByName(_ name: String) {
        let r = rounds(["init", "--themes", name])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("with the 'Weekly three' themes"), "\(r.stdout)")
    }
}
