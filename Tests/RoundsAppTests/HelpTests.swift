import Foundation
import Testing
import RoundsCore
import RoundsUI
import RoundsTestSupport
@testable import RoundsApp

/// Every command's `--help`, asserted whole (as swift-argument-parser's `AssertHelp` does), so
/// a changed option, default or wording shows up as a reviewed diff. Snapshots live in
/// `__Snapshots__/help-NAME.txt`; a new command records its own on the first run.
@Suite("Help of every command")
struct HelpTests {
    static let commands: [String] = RoundsCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty }

    @Test("the top-level help, whole")
    func top() {
        let r = Spawn.rounds(["--help"], home: TempFolder().path, env: ["COLUMNS": "100"])
        #expect(r.status == 0)
        assertSnapshot(r.stdout, named: "help-rounds")
    }

    @Test("each command's help, whole", arguments: commands)
    func command(_ name: String) {
        let r = Spawn.rounds([name, "--help"], home: TempFolder().path, env: ["COLUMNS": "100"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("OVERVIEW: ") || r.stdout.hasPrefix("USAGE: "), "\(r.stdout)")
        assertSnapshot(r.stdout, named: "help-\(name)")
    }
}

/// The planner's clock and export paths, in the app (defects 5 and 8).
@Suite("The planner's host")
struct PlannerHostTests {
    @Test("5: the clock ticks today in the plan's time zone, not the machine's")
    func todayInPlanZone() throws {
        let home = TempFolder()
        var plan = Fixtures.emptyPlan()
        plan.profile.timeZone = "Asia/Tokyo"
        let store = PlanStore(path: home.file("plan.json"))
        let snapshot = try store.create(plan)
        let late = Timestamp(iso: "2026-11-25T20:00:00Z")!
        let session = PlannerSession(store: store, base: snapshot, clock: { late }, environment: ["TZ": "UTC"])
        #expect(session.tick(plan) == .tick(now: late, today: Fixtures.date("2026-11-26")), "05:00 in Tokyo is the next day")
        plan.profile.timeZone = "America/New_York"
        #expect(session.tick(plan) == .tick(now: late, today: Fixtures.date("2026-11-25")))
    }

    @Test("8: ~ is the home folder, a relative name is made full")
    func exportPaths() {
        #expect(ExportFile.fullPath("~/week.txt", environment: ["HOME": "/home/ana"]) == "/home/ana/week.txt")
        #expect(ExportFile.fullPath("~", environment: ["HOME": "/home/ana"]) == "/home/ana")
        #expect(ExportFile.fullPath("/tmp/w.md", environment: ["HOME": "/home/ana"]) == "/tmp/w.md")
        let relative = ExportFile.fullPath("week.txt", environment: ["HOME": "/home/ana"])
        #expect(relative.hasPrefix("/") && relative.hasSuffix("/week.txt"), "\(relative)")
    }
}
