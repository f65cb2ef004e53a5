import Foundation
import Testing
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
