import Foundation
import Testing
import RoundsTestSupport

/// Random keys on a pty (Monkey/monkey.py): letters, UTF-8 (CJK, emoji, ZWJ, combining),
/// arrows, function keys, Esc sequences, control keys, an invalid byte and bracketed pastes,
/// with about 1% resizes down to 1×1 and a non-interactive $EDITOR. After the quit keys the
/// planner must exit 0 with the terminal restored and the plan valid.
@Suite("Monkey test on a pty", .serialized)
struct MonkeyTests {
    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Monkey/monkey.py").path
    }

    func python() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        return try #require(found, "python3 is missing (.ci/run installs it)")
    }

    func monkey(_ program: String, seed: Int, keys: Int, home: TempFolder) throws -> String {
        let env = Spawn.environment(home: home.path, extra: [
            "ROUNDS_PLAN": home.file("plan.json"), "EDITOR": "true", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ])
        return Spawn.run(try python(), [Self.script, program, "\(seed)", "\(keys)", home.path], env: env).stdout
    }

    /// 5 seeds in CI; .ci/release-check asks for 20 with ROUNDS_MONKEY_SEEDS.
    static let seedList: [Int] = (1...(Int(ProcessInfo.processInfo.environment["ROUNDS_MONKEY_SEEDS"] ?? "") ?? 5)).map { $0 * 11 }

    @Test("seeds × 10,000 random keys: exit 0, terminal restored, plan valid", arguments: seedList)
    func seeds(_ seed: Int) throws {
        let home = TempFolder()
        #expect(Spawn.rounds(["init", "--name", "Dr. Monkey"], home: home.path, env: ["ROUNDS_PLAN": home.file("plan.json")]).status == 0)
        let out = try monkey(Spawn.roundsPath, seed: seed, keys: 10_000, home: home)
        #expect(out.hasPrefix("ok seed \(seed)"), "\(out)")
    }

    @Test("the harness catches a program that leaves the terminal raw and the alternate screen on")
    func plantedBug() throws {
        let home = TempFolder()
        home.write("broken.sh", "#!/bin/bash\nprintf '\\033[?1049h'\nstty raw -echo\nwhile IFS= read -r -n1 c; do [ \"$c\" = q ] && exit 0; done\n")
        chmod(home.file("broken.sh"), 0o700)
        let out = try monkey(home.file("broken.sh"), seed: 1, keys: 200, home: home)
        #expect(out.hasPrefix("FAIL"), "\(out)")
        #expect(out.contains("termios not restored"))
        #expect(out.contains("alternate screen not left"))
    }
}
