import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// `rounds profile` through the binary: print, change each field, refuse bad values with the
/// file untouched.
@Suite("rounds profile")
struct ProfileCommandTests {
    let home = TempFolder()
    var plan: String { home.file("plan.json") }

    func rounds(_ args: String..., env: [String: String] = [:]) -> SpawnResult {
        Spawn.rounds(args, home: home.path, env: ["ROUNDS_PLAN": plan].merging(env) { $1 })
    }

    @Test("without options it prints the profile; init without --name says where to set it")
    func printsProfile() {
        #expect(rounds("init", "--time-zone", "Asia/Tokyo").status == 0)
        let r = rounds("profile")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            name:         (none yet: rounds profile --name "Dr. …")
            specialty:    (none)
            audience:     (none)
            disclaimer:   The information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment.
            time zone:    Asia/Tokyo
            default time: 09:00
            week start:   monday
            observances:  regions intl (from the time zone) · every tag (from the specialty)
            approval:     off (rounds profile --approval required)
            platforms:
              linkedin   LinkedIn   3000 characters, professional
              instagram  Instagram  2200 characters, professional
              facebook   Facebook   63206 characters, professional
              x          X          280 characters, professional

            """)
        // The exports say the same as the planner's header: there is no name yet.
        #expect(rounds("export").stdout.hasPrefix("Rounds · (your name: rounds profile --name) · "))
    }

    @Test("each field changes, and says what changed")
    func changes() throws {
        #expect(rounds("init").status == 0)
        let r = rounds("profile", "--name", "Dr. Ana Ruiz", "--specialty", "Cardiology", "--audience", "patients",
                       "--disclaimer", "Not medical advice.", "--time-zone", "America/New_York", "--default-time", "10:30",
                       "--week-start", "sunday")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            name: (none) → Dr. Ana Ruiz
            specialty: (none) → Cardiology
            audience: (none) → patients
            disclaimer: The information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment. → Not medical advice.
            time zone: UTC → America/New_York
            default time: 09:00 → 10:30
            week start: monday → sunday

            """)
        let json = rounds("profile", "--format", "json").stdout
        for needle in ["\"name\": \"Dr. Ana Ruiz\"", "\"timeZone\": \"America/New_York\"", "\"defaultTime\": \"10:30\"", "\"weekStart\": \"sunday\""] {
            #expect(json.contains(needle), "\(needle)")
        }
        #expect(rounds("profile", "--name", "Dr. Ana Ruiz").stdout == "The profile already says so; nothing changed.\n")
        let add = rounds("profile", "--platform-add", "threads", "--name", "Threads", "--limit", "500", "--personal")
        #expect(add.stdout == "platforms: added threads (Threads, 500 characters, personal)\n", "\(add.stderr)")
        #expect(rounds("profile").stdout.contains("  threads    Threads    500 characters, personal\n"))
        #expect(rounds("add", "--date", "mon", "--theme", "qa", "--title", "Q", "--platform", "threads").status == 0)
        let inUse = rounds("profile", "--platform-remove", "threads")
        #expect(inUse.status == 2)
        #expect(inUse.stderr.contains("1 post is planned for threads"), "\(inUse.stderr)")
        #expect(rounds("profile", "--platform-remove", "facebook").stdout == "platforms: removed facebook\n")
        #expect(!rounds("profile").stdout.contains("facebook"))
    }

    @Test("bad values are refused with exit 2 and the file untouched", arguments: [
        (["profile", "--time-zone", "Mars/Olympus"], "--time-zone: unknown time zone 'Mars/Olympus'"),
        (["profile", "--time-zone", "../../etc/passwd"], "unknown time zone"),
        (["profile", "--default-time", "25:00"], "default time: '25:00' is not a time"),
        (["profile", "--week-start", "friday"], "week start: 'friday' must be monday or sunday"),
        (["profile", "--name", "Dr. \u{1B}[2J"], "the name holds the control character ESC (U+001B) at character 5"),
        (["profile", "--name", "Dr. \u{202E}zeuR"], "the name holds a bidi override (U+202E)"),
        (["profile", "--platform-add", "threads"], "--platform-add needs --name"),
        (["profile", "--platform-add", "Thread s", "--name", "T"], "platform id 'Thread s' must be lowercase letters"),
        (["profile", "--platform-add", "x", "--name", "X again"], "the plan already has a platform 'x'"),
        (["profile", "--platform-add", "mastodon", "--name", "M", "--limit", "0"], "the character limit must be between 1 and 100000"),
        (["profile", "--platform-remove", "myspace"], "no platform 'myspace' (platforms: linkedin, instagram, facebook, x)"),
        (["profile", "--limit", "5"], "--limit goes with --platform-add"),
    ])
    func refusals(_ c: ([String], String)) {
        #expect(Spawn.rounds(["init"], home: home.path, env: ["ROUNDS_PLAN": plan]).status == 0)
        let before = home.bytes("plan.json")
        let r = Spawn.rounds(c.0, home: home.path, env: ["ROUNDS_PLAN": plan])
        #expect(r.status == 2)
        #expect(r.stderr.contains(c.1), "\(r.stderr)")
        #expect(home.bytes("plan.json") == before)
    }
}
