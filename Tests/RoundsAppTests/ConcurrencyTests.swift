import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

@Suite("Crashes and concurrent writers", .serialized)
struct ConcurrencyTests {
    @Test("20 rounds add at once: every reported id is in the file, and the file parses")
    func concurrentAdds() throws {
        let home = TempFolder()
        let env = Spawn.environment(home: home.path, extra: ["ROUNDS_PLAN": home.file("plan.json")])
        #expect(Spawn.run(Spawn.roundsPath, ["init"], env: env).status == 0)
        var pids: [pid_t] = []
        for i in 0..<20 {
            pids.append(Spawn.start(Spawn.roundsPath, ["add", "--theme", "qa", "--title", "Concurrent \(i)", "--date", "2026-12-01", "--force"],
                                    env: env, stdoutPath: home.file("out\(i)"), stderrPath: home.file("err\(i)")))
        }
        let statuses = pids.map(Spawn.wait)
        let plan = try PlanCodec.decode(home.bytes("plan.json") ?? [])
        var reported = 0
        for i in 0..<20 where statuses[i] == 0 {
            let id = (home.text("out\(i)") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(plan.post(id: id)?.title == "Concurrent \(i)")
            reported += 1
        }
        #expect(reported == 20, "\(statuses) \((0..<20).map { home.text("err\($0)") ?? "" })")
        #expect(plan.posts.count == 20)
    }

    /// Kills a save loop `rounds` times; returns (kills, corrupt, lost, acknowledged, leftovers).
    static func killLoop(rounds: Int, extra: [String] = []) throws -> (kills: Int, corrupt: Int, lost: Int, acknowledged: Int, leftovers: Int) {
        let home = TempFolder()
        let planPath = home.file("plan.json")
        let env = Spawn.environment(home: home.path, extra: ["ROUNDS_PLAN": planPath])
        #expect(Spawn.run(Spawn.roundsPath, ["init"], env: env).status == 0)
        var kills = 0, corrupt = 0, lost = 0, acknowledged = 0, lastAck = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<rounds {
            let out = "acks\(round % 2)"
            let pid = Spawn.start(Spawn.roundsPath, ["_save-loop", "--count", "100000"] + extra, env: env, stdoutPath: home.file(out), stderrPath: home.file("err"))
            // A random moment of the save loop: 0-60 ms after it starts saving (an ack every
            // few ms), so the kill lands before, inside and between saves.
            let started = Date()
            while !(home.text(out) ?? "").hasPrefix("start\n"), Date().timeIntervalSince(started) < 10 { usleep(500) }
            usleep(UInt32.random(in: 0...60_000, using: &generator))
            kill(pid, SIGKILL)
            _ = Spawn.wait(pid)
            kills += 1
            let acks = (home.text(out) ?? "").split(separator: "\n").compactMap { $0.hasPrefix("ack ") ? Int($0.dropFirst(4)) : nil }
            lastAck = acks.last ?? lastAck
            acknowledged += acks.count
            guard let bytes = home.bytes("plan.json"), let plan = try? PlanCodec.decode(bytes) else {
                corrupt += 1
                continue
            }
            // Each saved state n has audience "save n" and a body matching n.
            let audience = plan.profile.audience
            if audience.isEmpty { if lastAck > 0 { lost += 1 }; continue }
            let n = Int(audience.dropFirst(5)) ?? -1
            // The file holds the last acknowledged state, or the one after it (saved, not yet acked).
            if n < lastAck || n > lastAck + 1 { lost += 1 }
            lastAck = n
            let body = plan.post(id: "loop")?.body ?? ""
            if body != String(repeating: "state \(n) ", count: 50 + n % 200) { corrupt += 1 }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.contains(".tmp-") }
        return (kills, corrupt, lost, acknowledged, leftovers.count)
    }

    @Test("SIGKILL during continuous saves: the plan always parses and is never older than the last ack")
    func killLoop() throws {
        // 200 in CI; .ci/release-check asks for 1,000.
        let rounds = Int(ProcessInfo.processInfo.environment["ROUNDS_KILL_ROUNDS"] ?? "") ?? 200
        let r = try Self.killLoop(rounds: rounds)
        print("kill loop: \(r.kills) kills, \(r.corrupt) corrupt, \(r.lost) lost, \(r.acknowledged) acknowledged saves")
        #expect(r.kills == rounds)
        #expect(r.corrupt == 0)
        #expect(r.lost == 0)
        #expect(r.acknowledged > 200, "the loop barely saved: \(r.acknowledged) acks")
        // A kill between create and rename can leave a temp file; it is never the plan.
        #expect(r.leftovers <= r.kills)
    }

    @Test("negative control: the same kill loop catches a writer that rewrites the plan in place")
    func killLoopCatchesInPlaceWriter() throws {
        let r = try Self.killLoop(rounds: 60, extra: ["--unsafe-in-place"])
        #expect(r.corrupt + r.lost > 0, "the harness missed an unsafe writer: \(r)")
    }
}
