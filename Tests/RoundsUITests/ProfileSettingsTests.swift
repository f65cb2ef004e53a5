import Testing
import RoundsCore
import RoundsTestSupport
@testable import RoundsUI

/// The planner's settings (`,`): the same profile fields as `rounds profile`, read by the same
/// core parsers, refused with the same words. Rows: name, specialty, audience, disclaimer,
/// time zone, default time, week start, one per platform, then "add a platform".
@Suite("Profile settings in the planner")
struct ProfileSettingsTests {
    static func play(_ keys: String, plan: Plan = Fixtures.emptyPlan()) -> (AppState, [Effect]) {
        var s = AppState(plan: plan, today: Fixtures.today)
        let effects = s.press(script: keys)
        return (s, effects)
    }

    @Test("`,` lists the profile as rounds profile prints it, and help names the key")
    func opens() {
        let (s, _) = Self.play(",")
        let frame = Screen.render(s, size: Size(width: 100, height: 30), palette: .color).lines.joined(separator: "\n")
        for row in ["name: Dr. Ana Ruiz", "specialty: Family medicine", "audience: (none)", "disclaimer: Educational only",
                    "time zone: UTC", "default time: 09:00", "week start: monday", "linkedin: LinkedIn", "x: X", "add a platform"] {
            #expect(frame.contains(row), "\(row)\n\(frame)")
        }
        #expect(frame.contains("Settings"))
        // Esc closes it with nothing changed.
        let (closed, effects) = Self.play(",<Esc>")
        #expect(closed.plan == Fixtures.emptyPlan())
        #expect(effects.isEmpty)
        #expect(!Screen.render(closed, size: Size(width: 100, height: 30), palette: .color).lines.joined().contains("add a platform"))
        // ? lists it among the grid's keys.
        var help = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.today)
        _ = help.press(script: "?")
        let text = HelpView.lines().joined(separator: "\n")
        #expect(text.contains("settings"), "\(text)")
    }

    @Test("the status bar offers Space to tick only in the platforms list, not in the settings list")
    func tickHint() {
        let last = { (s: AppState) in Screen.render(s, size: Size(width: 100, height: 30), palette: .monochrome).lines.last ?? "" }
        let (settings, _) = Self.play(",")
        #expect(!last(settings).contains("Space tick"), "\(last(settings))")
        #expect(last(settings).contains("Enter accept"))
        let (platforms, _) = Self.play("p", plan: Fixtures.fullWeekPlan())
        #expect(last(platforms).contains("Space tick"), "\(last(platforms))")
    }

    @Test("a text field: Enter edits it in the prompt, Enter saves, the header shows it, u undoes it")
    func name() {
        let (s, effects) = Self.play(",<Enter><C-u>Dr. Lee Chen<Enter>")
        #expect(s.plan.profile.name == "Dr. Lee Chen")
        #expect(effects.contains { if case .save(let p) = $0 { p.profile.name == "Dr. Lee Chen" } else { false } })
        #expect(s.message?.text.contains("name: Dr. Ana Ruiz → Dr. Lee Chen") == true, "\(s.message?.text ?? "")")
        let top = Screen.render(s, size: Size(width: 100, height: 30), palette: .color).lines[0]
        #expect(top.contains("Dr. Lee Chen"), "\(top)")
        var undone = s
        _ = undone.press(script: "u")
        #expect(undone.plan.profile.name == "Dr. Ana Ruiz")
        _ = undone.press(script: "<C-r>")
        #expect(undone.plan.profile.name == "Dr. Lee Chen")
        // The specialty and audience the same way; the prompt starts with the value as it is.
        let (sp, _) = Self.play(",j<Enter>")
        #expect(sp.prompt?.text == "Family medicine")
        let (aud, _) = Self.play(",jj<Enter>Adults with diabetes<Enter>")
        #expect(aud.plan.profile.audience == "Adults with diabetes")
        let (disc, _) = Self.play(",jjj<Enter><C-u>Not advice.<Enter>")
        #expect(disc.plan.profile.disclaimer == "Not advice.")
    }

    @Test("what rounds profile refuses, the settings refuse in the same words, and nothing changes")
    func refusals() {
        let (time, e1) = Self.play(",jjjjj<Enter><C-u>25:00<Enter>")
        #expect(time.plan == Fixtures.emptyPlan())
        #expect(e1.isEmpty)
        #expect(time.message?.kind == .error)
        #expect(time.message?.text.contains("default time: '25:00' is not a time (use HH:MM, such as 09:00)") == true, "\(time.message?.text ?? "")")
        let (week, _) = Self.play(",jjjjjj<Enter><C-u>friday<Enter>")
        #expect(week.plan == Fixtures.emptyPlan())
        #expect(week.message?.text.contains("week start: 'friday' must be monday or sunday") == true, "\(week.message?.text ?? "")")
        // A control character in the name: the core's message, naming it.
        var s = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.today)
        _ = s.press(script: ",<Enter><C-u>")
        _ = s.apply(.prompt(.insert("Dr. \u{1B}[2J")))
        _ = s.press(script: "<Enter>")
        #expect(s.plan == Fixtures.emptyPlan())
        #expect(s.message?.kind == .error)
        #expect(s.message?.text.contains("the name holds the control character ESC (U+001B) at character 5") == true, "\(s.message?.text ?? "")")
        // Too long.
        let (long, _) = Self.play(",<Enter><C-u>" + String(repeating: "a", count: 201) + "<Enter>")
        #expect(long.plan == Fixtures.emptyPlan())
        #expect(long.message?.text.contains("at most 200") == true, "\(long.message?.text ?? "")")
    }

    @Test("default time and week start: the week turns to start on Sunday")
    func timeAndWeekStart() {
        let (time, _) = Self.play(",jjjjj<Enter><C-u>7:30<Enter>")
        #expect(time.plan.profile.defaultTime == TimeOfDay(hour: 7, minute: 30))
        let (week, _) = Self.play(",jjjjjj<Enter><C-u>Sunday<Enter>")
        #expect(week.plan.profile.weekStart == .sunday)
        #expect(week.week.start.weekday == .sunday)
        #expect(week.selectedDate == Fixtures.today)
    }

    @Test("platforms: add with id, name, limit and personal; remove one no post uses; a used one is refused")
    func platforms() {
        let (added, effects) = Self.play(",jjjjjjjjj<Enter>threads Threads Social 500<Enter>")
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        #expect(added.plan.profile.platforms.last == Platform(id: "threads", name: "Threads Social", professional: true, characterLimit: 500))
        let (personal, _) = Self.play(",jjjjjjjjj<Enter>instagram Instagram personal<Enter>")
        #expect(personal.plan.profile.platforms.last == Platform(id: "instagram", name: "Instagram", professional: false, characterLimit: nil))
        let (dup, _) = Self.play(",jjjjjjjjj<Enter>linkedin Other<Enter>")
        #expect(dup.plan == Fixtures.emptyPlan())
        #expect(dup.message?.text.contains("the plan already has a platform 'linkedin'") == true, "\(dup.message?.text ?? "")")
        let (noName, _) = Self.play(",jjjjjjjjj<Enter>threads<Enter>")
        #expect(noName.plan == Fixtures.emptyPlan())
        #expect(noName.message?.kind == .error)
        // Remove x (no post uses it): Enter asks, Enter again removes.
        let (removed, _) = Self.play(",jjjjjjjj<Enter><Enter>")
        #expect(removed.plan.profile.platforms.map(\.id) == ["linkedin"])
        let (kept, _) = Self.play(",jjjjjjjj<Enter><Esc>")
        #expect(kept.plan.profile.platforms.map(\.id) == ["linkedin", "x"])
        // linkedin is used by the week's posts: refused with the core's reason.
        let (used, _) = Self.play(",jjjjjjj<Enter><Enter>", plan: Fixtures.fullWeekPlan())
        #expect(used.plan.profile.platforms.map(\.id) == ["linkedin", "x"])
        #expect(used.message?.text.contains("planned for linkedin") == true, "\(used.message?.text ?? "")")
    }

    @Test("time zone: the app looks the name up in tzdata; a known zone is set, an unknown one refused as rounds profile refuses it")
    func timeZone() {
        var s = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.today)
        let asked = s.press(script: ",jjjj<Enter><C-u>Asia/Tokyo<Enter>")
        #expect(asked == [.checkTimeZone("Asia/Tokyo")])
        #expect(s.plan.profile.timeZone == "UTC", "nothing changes before the app answers")
        let saved = s.apply(.io(.timeZoneChecked(typed: "Asia/Tokyo", name: "Asia/Tokyo", problem: nil)))
        #expect(s.plan.profile.timeZone == "Asia/Tokyo")
        #expect(saved.contains { if case .save(let p) = $0 { p.profile.timeZone == "Asia/Tokyo" } else { false } })
        #expect(s.message?.text.contains("time zone: UTC → Asia/Tokyo") == true, "\(s.message?.text ?? "")")
        var bad = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.today)
        _ = bad.press(script: ",jjjj<Enter><C-u>Mars/Olympus<Enter>")
        let none = bad.apply(.io(.timeZoneChecked(typed: "Mars/Olympus", name: nil, problem: "unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/London, America/New_York, Asia/Tokyo, or UTC)")))
        #expect(none.isEmpty)
        #expect(bad.plan == Fixtures.emptyPlan())
        #expect(bad.message?.kind == .error)
        #expect(bad.message?.text.contains("unknown time zone 'Mars/Olympus'") == true)
    }

    @Test("a read-only planner shows no settings to change")
    func readOnly() {
        var s = AppState(plan: Fixtures.emptyPlan(), today: Fixtures.today, readOnly: true)
        let effects = s.press(script: ",")
        #expect(effects.isEmpty)
        #expect(s.keyContext == .grid)
        #expect(s.message?.text.contains("read-only") == true)
    }
}
