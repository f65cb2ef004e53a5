import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// The planner's settings (`,`) in the real binary, in tmux: what is typed there is what
/// `rounds profile` then prints, and a zone tzdata does not know is refused.
@Suite("Settings in a terminal", .serialized)
struct SettingsTmuxTests {
    @Test("`,` changes the name and the time zone, refuses an unknown zone, and rounds profile agrees",
          arguments: [(80, 24, false), (120, 40, true)])
    func settings(_ c: (Int, Int, Bool)) {
        let home = TempFolder()
        _ = Spawn.rounds(["init", "--name", "Dr. Ana Ruiz", "--time-zone", "UTC"], home: home.path, env: ["ROUNDS_NOW": "2026-11-25T09:00:00Z"])
        var env = Spawn.environment(home: home.path, extra: ["ROUNDS_NOW": "2026-11-25T09:00:00Z"])
        env["TERM"] = c.2 ? "xterm-256color" : nil
        let t = TmuxSession(width: c.0, height: c.1, command: [Spawn.roundsPath], environment: env)
        #expect(t.waitFor { $0.contains("Dr. Ana Ruiz") && $0.contains("Week 48") }.ok)
        t.send(",")
        let list = t.waitFor { $0.contains("Settings") && $0.contains("time zone: UTC") && $0.contains("add a platform") }
        #expect(list.ok, "\(list.screen)")
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Your name") }.ok)
        t.send("C-u")
        t.send("Dr. Lee Chen", literal: true)
        t.send("Enter")
        let named = t.waitFor { $0.contains("Rounds · Dr. Lee Chen") && $0.contains("name: Dr. Ana Ruiz → Dr. Lee Chen") }
        #expect(named.ok, "\(named.screen)")
        t.send(",")
        #expect(t.waitFor { $0.contains("add a platform") }.ok)
        t.send("j", "j", "j", "j", "Enter")
        #expect(t.waitFor { $0.contains("Time zone (IANA") }.ok)
        t.send("C-u")
        t.send("Mars/Olympus", literal: true)
        t.send("Enter")
        let refused = t.waitFor { $0.contains("unknown time zone 'Mars/Olympus'") }
        #expect(refused.ok, "\(refused.screen)")
        t.send(",")
        #expect(t.waitFor { $0.contains("add a platform") }.ok)
        t.send("j", "j", "j", "j", "Enter")
        #expect(t.waitFor { $0.contains("Time zone (IANA") }.ok)
        t.send("C-u")
        t.send("Asia/Tokyo", literal: true)
        t.send("Enter")
        let zoned = t.waitFor { $0.contains("time zone: UTC → Asia/Tokyo") }
        #expect(zoned.ok, "\(zoned.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("EXIT=0") }.ok)
        let shown = Spawn.rounds(["profile"], home: home.path)
        #expect(shown.stdout.contains("name:         Dr. Lee Chen"), "\(shown.stdout)")
        #expect(shown.stdout.contains("time zone:    Asia/Tokyo"), "\(shown.stdout)")
    }
}
