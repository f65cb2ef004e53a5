import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// No input a user can type aborts the program: the widest ranges, the
/// calendar's last week and the largest sizes, under a virtual-memory limit, so an allocation
/// proportional to the weeks (520,000 of them) fails the test instead of passing on a big machine.
@Suite("No input aborts")
struct ExtremeInputTests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    /// Runs `rounds` under `ulimit -v` (KiB) through the shell.
    func limited(_ args: [String], kib: Int = 600_000) -> SpawnResult {
        let quoted = args.map { "'" + $0 + "'" }.joined(separator: " ")
        return Spawn.run("/bin/sh", ["-c", "ulimit -v \(kib); exec '\(Spawn.roundsPath)' \(quoted)"],
                         env: Spawn.environment(home: home.path, extra: ["ROUNDS_PLAN": plan]))
    }

    func rounds(_ args: String...) -> SpawnResult { Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan]) }

    @Test("check, export and list over 0001-01-01 … 9999-12-31 finish in bounded memory",
          .disabled(if: ProcessInfo.processInfo.environment["ROUNDS_SANITIZER"] != nil,
                    "a sanitizer reserves terabytes of shadow memory, which ulimit -v forbids; the plain pass checks the bound"),
          arguments: [
        ["check", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["check", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "json"],
        ["export", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["export", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "markdown"],
        ["export", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "ics"],
        ["export", "--from", "0001-01-01", "--to", "9999-12-31", "--format", "csv"],
        ["export", "--all", "--format", "json", "--width", "1000"],
        ["list", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["check", "--week", "9999-W52"],
        ["export", "--week", "9999-12-31"],
        ["check", "--from", "-3650", "--to", "+3650"],
    ])
    func wideRanges(_ args: [String]) throws {
        #expect(rounds("init").status == 0)
        #expect(rounds("add", "--date", "0001-01-01", "--theme", "qa", "--title", "The first day").status == 0)
        #expect(rounds("add", "--date", "9999-12-31", "--theme", "qa", "--title", "The last day").status == 0)
        let r = limited(args)
        #expect(r.status == 0 || r.status == 1, "\(args): exit \(r.status), \(r.stderr.prefix(300))")
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("failed to allocate"), "\(r.stderr.prefix(300))")
        #expect(r.stdout.utf8.count < 200_000, "output proportional to the weeks: \(r.stdout.utf8.count) bytes")
        if args.first == "check", args.contains("0001-01-01"), !args.contains("json") {
            #expect(r.stdout.contains("0001-W14 to 9999-W51"), "the folded weeks are named: \(r.stdout.prefix(400))")
        }
        if args == ["export", "--from", "0001-01-01", "--to", "9999-12-31"] {
            #expect(r.stdout.contains("No posts in the 521709 weeks from 0001-W14 to 9999-W51"))
            #expect(r.stdout.contains("The first day") && r.stdout.contains("The last day"))
            // The calendar's last week has five days, each once.
            #expect(r.stdout.components(separatedBy: "FRIDAY 31 DECEMBER 9999").count == 2)
        }
    }

    @Test("the calendar's last week: plan-week fills its five days once, check names each slot once",
          .disabled(if: ProcessInfo.processInfo.environment["ROUNDS_SANITIZER"] != nil,
                    "it runs under ulimit -v, which a sanitizer's shadow memory cannot live under; the plain pass runs it"))
    func lastWeek() {
        #expect(rounds("init").status == 0)
        let r = limited(["plan-week", "9999-W52"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("9999-W52 · 27–31 Dec 9999: added 3 ideas"), "\(r.stdout)")
        let check = limited(["check", "--week", "9999-W52"])
        // Each flag once: the last week's Friday used to come three times (days past the 31st).
        let lines = check.stdout.split(separator: "\n").filter { $0.contains("[") }
        #expect(Set(lines).count == lines.count, "\(check.stdout)")
    }
}
