// Benchmarks for Rounds, run in a release build:
//   swift run -c release rounds-bench [--quick]
// Each row is the median of several runs; targets come from the issues.
import Foundation
import RoundsCore
import RoundsUI
import RoundsApp


let quick = CommandLine.arguments.contains("--quick")
/// `--only NAME` runs one section: plan, cadence, lint, observances, export, import, render, git, tui.
let only: String? = CommandLine.arguments.firstIndex(of: "--only").flatMap { i in
    i + 1 < CommandLine.arguments.count ? CommandLine.arguments[i + 1] : nil
}
func section(_ name: String) -> Bool { only == nil || only == name }
let runs = quick ? 3 : 7

func nowSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Median wall time of `body`, in milliseconds.
func measure(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let t0 = nowSeconds()
        body()
        times.append((nowSeconds() - t0) * 1000)
    }
    return times.sorted()[times.count / 2]
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

struct Row {
    var name: String
    var value: Double
    var unit: String
    var target: Double?
}

/// Collects and prints result rows.
final class Reporter {
    var rows: [Row] = []
    func report(_ name: String, _ value: Double, unit: String = "ms", target: Double? = nil) {
        rows.append(Row(name: name, value: value, unit: unit, target: target))
        let t = target.map { value <= $0 ? "ok (≤ \($0))" : "MISSED (target ≤ \($0))" } ?? ""
        let padded = name.count >= 64 ? name : name + String(repeating: " ", count: 64 - name.count)
        print(padded + String(format: "%10.3f ", value) + unit + "  " + t)
        fflush(nil)  // rows appear as they are measured, even into a pipe
    }
}
let reporter = Reporter()
@MainActor func report(_ name: String, _ value: Double, unit: String = "ms", target: Double? = nil) {
    reporter.report(name, value, unit: unit, target: target)
}

let themes: [Theme] = [
    Theme(id: "health-tip", name: "Health Tip", label: "Tip", color: .green, weekdays: [.monday]),
    Theme(id: "qa", name: "Q&A", label: "Q&A", color: .cyan, weekdays: [.wednesday]),
    Theme(id: "success-story", name: "Success Story", label: "Story", color: .magenta, weekdays: [.friday], requiresConsent: true),
]

/// A plan of `count` posts, three a week (Mon, Wed, Fri) from 2000, like a real one grown old;
/// or, with `within`, spread evenly over those days (calcurse reads only years 1902 to 2037).
func makePlan(_ count: Int, within: ClosedRange<CalendarDate>? = nil) -> Plan {
    var posts: [Post] = []
    posts.reserveCapacity(count)
    var day = within?.lowerBound ?? CalendarDate(year: 2000, month: 1, day: 3)!
    let span = within.map { $0.lowerBound.days(until: $0.upperBound) + 1 } ?? 0
    let created = Timestamp(iso: "2026-01-01T09:00:00Z")!
    for i in 0..<count {
        let theme = themes[i % 3]
        let hex = String(i, radix: 16)
        if let within { day = within.lowerBound.adding(days: i * span / count) }
        posts.append(Post(id: String(repeating: "0", count: max(0, 8 - hex.count)) + hex, date: day, themeID: theme.id,
                          platforms: ["linkedin", "instagram"], title: "Post \(i): \(theme.name) about sleep and movement",
                          body: String(repeating: "Small daily habits add up: sleep, movement, food and company. ", count: 6),
                          status: PostStatus.allCases[i % 5], hashtags: ["health", "habits"], created: created))
        if within == nil { day = day.adding(days: i % 3 == 2 ? 3 : 2) }
    }
    return Plan(profile: Profile(name: "Dr. Bench", platforms: [Platform(id: "linkedin", name: "LinkedIn"), Platform(id: "instagram", name: "Instagram")],
                                 disclaimer: "Educational only."),
                themes: themes, cadence: CadenceGoals(), posts: posts)
}

// `--write-plan N PATH [FROM TO]` writes the benchmark's plan of N posts (spread over the days
// FROM to TO when given) and stops: the performance report (.ci/perf-report) measures the real
// binaries, and calcurse, on these files.
if let i = CommandLine.arguments.firstIndex(of: "--write-plan"), i + 2 < CommandLine.arguments.count,
   let count = Int(CommandLine.arguments[i + 1]) {
    let a = CommandLine.arguments
    let within = i + 4 < a.count ? CalendarDate(iso: a[i + 3]).flatMap { f in CalendarDate(iso: a[i + 4]).map { f...$0 } } : nil
    do {
        try DurableFile.write(PlanCodec.encode(makePlan(count, within: within)), to: CommandLine.arguments[i + 2])
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("rounds-bench: \(error)\n".utf8))
        exit(1)
    }
}

print("Rounds benchmarks (release build, median of \(runs) runs)")
print(String(repeating: "-", count: 100))

// Plan file: load and save.
for count in [1_000, 10_000, 100_000] where section("plan") {
    let plan = makePlan(count)
    let bytes = PlanCodec.encode(plan)
    let target: (load: Double?, save: Double?) = count == 10_000 ? (30, 30) : count == 100_000 ? (300, 300) : (nil, nil)
    report("plan: encode \(count) posts (\(bytes.count / 1024) KiB)", measure { _ = PlanCodec.encode(plan) }, target: target.save)
    report("plan: decode \(count) posts", measure { _ = try? PlanCodec.decode(bytes) }, target: target.load)
    let dir = NSTemporaryDirectory() + "rounds-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    report("plan: durable save, \(count) posts (encode, write, fsync, rename)", measure {
        try? DurableFile.write(PlanCodec.encode(plan), to: dir + "/plan.json", backupPath: dir + "/plan.json.bak")
    })
    report("plan: load from disk, \(count) posts (read + decode)", measure {
        _ = try? PlanStore(path: dir + "/plan.json").load()
    })
    try? FileManager.default.removeItem(atPath: dir)
}

// Cadence: gap analysis.
if section("cadence") {
    let plan = makePlan(100_000)
    let range = plan.datedRange!
    let today = range.upperBound.adding(days: -30)
    report("cadence: flags over the whole range, 100,000 posts", measure {
        _ = Cadence.flags(plan: plan, from: range.lowerBound, to: range.upperBound, today: today)
    }, target: 100)
    let week = Week(containing: today)
    report("cadence: flags for one week, 100,000 posts in plan", measure {
        for _ in 0..<100 { _ = Cadence.weekFlags(plan: plan, week: week, today: today) }
    } / 100, target: 1)
    report("cadence: streak, 100,000 posts", measure { _ = Cadence.streak(plan: plan, today: today) })
}

// Linter.
if section("lint") {
    // Mostly ordinary sentences, one in four with something to find: drafts as doctors write them.
    let sentences = [
        "Ten minutes of walking after meals can lower blood sugar spikes. ",
        "Sleep matters: seven to nine hours a night for most adults, and screens off before bed. ",
        "Flu season is here, and the vaccine takes about two weeks to work, so now is a good time. ",
        "Keep a list of your medications in your wallet, with doses, for emergencies. ",
        "Strength training twice a week protects bones as we age; bodyweight exercises count. ",
        "Handwashing for twenty seconds removes most germs, so sing happy birthday twice. ",
        "Dehydration signs include dark urine, headache and dizziness, so drink by the clock. ",
        "Your blood pressure goal is usually below 130/80 mmHg; check it at the same time each day. ",
        "Call Mrs. Diaz at 555-867-5309 about her appointment on March 3rd. ",
        "Adults need 600–800 IU of vitamin D a day; BP goal below 130/80 mmHg. ",
        "This miracle tea is guaranteed to cure arthritis. ",
        "Our patient, a 93-year-old teacher at Lincoln High, came in last week. ",
        "If you have chest pain, call 911. Always talk to your doctor before changing medication. ",
        "Email john.miller@gmail.com or see https://instagram.com/jane.doe.92 for photos. 🩺 睡眠と健康 ",
    ]
    var drafts: [String] = []
    for i in 0..<10_000 {
        var d = ""
        var k = i
        while d.unicodeScalars.count < 500 {
            d += sentences[k % sentences.count]
            k = k &* 31 &+ 7
        }
        drafts.append(d)
    }
    let context = LintContext(requiresDisclaimer: true, disclaimer: "This is not medical advice.")
    var total = 0
    report("lint: 10,000 drafts of ~500 characters", measure {
        total = 0
        for d in drafts { total += Linter.lint(d, context: context).count }
    }, target: 500)
    print("  (\(total) findings)")

    // Live linting as the planner runs it: a key typed into a 3,000-character body goes through
    // the reducer, which relints the post (title and body, in its plan) once per change.
    var body = ""
    var k = 3
    while body.count < 3000 {
        body += sentences[k % sentences.count]
        k = (k &* 31 &+ 7) & 0xffff
    }
    body = String(body.prefix(3000))
    let today = CalendarDate(year: 2026, month: 3, day: 2)!
    var plan = makePlan(0)
    plan.upsert(Post(id: "0000live", date: today, themeID: themes[0].id, platforms: ["linkedin"], title: "Ten minutes after meals",
                     body: body, status: .draft, hashtags: [], created: Timestamp(iso: "2026-01-01T09:00:00Z")!))
    let typed = Array("She was seen on 3/14 by Mr. Nowak, 91, at home. Call 555-867-5309. ")
    var keys = 0
    var findings = 0
    let perKey = measure {
        var state = AppState(plan: plan, today: today)
        var editor = Editor(post: plan.posts[0])
        editor.body = TextBuffer(body, cursor: body.count / 2)  // typing in the middle of the body
        state.mode = .editing(editor)
        keys = 0
        for _ in 0..<3 {
            for c in typed {
                _ = state.press(.char(c))
                keys += 1
            }
        }
        if case .editing(let e) = state.mode { findings = e.findings.count }
    } / Double(3 * typed.count)
    report("lint: live, a key typed into a 3,000-character body (relint)", perKey, target: 2)
    print("  (\(keys) keys a run, \(findings) open findings at the end)")
}

// Health observances: the shipped set read the way the binary reads it, then a year placed.
if section("observances") {
    let env = AppEnvironment(variables: ["HOME": "/nonexistent"])
    var set = ObservanceSet()
    report("observances: read the shipped set (\(env.observances().set.observances.count) entries)", measure {
        for _ in 0..<100 { set = env.observances().set }
    } / 100)
    var count = 0
    report("observances: place a year for every region", measure {
        for _ in 0..<100 { count = set.placed(from: CalendarDate(year: 2027, month: 1, day: 1)!, to: CalendarDate(year: 2027, month: 12, day: 31)!).count }
    } / 100, target: 1)
    print("  (\(count) placed)")
}

// Export and import.
if section("export") {
    let plan = makePlan(100_000)
    let range = plan.datedRange!
    let today = range.upperBound
    for format in [ExportFormat.text, .ics, .csv, .markdown, .json] {
        let options = ExportOptions(includeFlags: false)
        var size = 0
        let ms = measure {
            size = Exporter.export(plan, from: range.lowerBound, to: range.upperBound, format: format, options: options, today: today).text.utf8.count
        }
        let target: Double? = format == .text || format == .ics ? 500 : nil
        report("export: 100,000 posts to \(format.rawValue) (\(size / 1024) KiB, no flags)", ms, target: target)
    }
    let small = makePlan(10_000)
    let smallRange = small.datedRange!
    report("export: 10,000 posts to text with cadence and linter flags", measure {
        _ = Exporter.export(small, from: smallRange.lowerBound, to: smallRange.upperBound, format: .text, today: smallRange.upperBound)
    })
}

// Import through the binary, as a user runs it: `rounds import FILE` on a real plan file, with
// the real id generator (the row used to time an in-process import with counter ids).
if section("import") {
    let rounds = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rounds").path
    if !FileManager.default.isExecutableFile(atPath: rounds) {
        print("import: \(rounds) is missing: build it first with swift build -c release")
    } else {
        let dir = NSTemporaryDirectory() + "rounds-bench-import-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let empty = Plan(profile: Profile(name: "Dr. Bench", platforms: [Platform(id: "linkedin", name: "LinkedIn")], disclaimer: ""),
                         themes: themes, cadence: CadenceGoals())
        var perRow: [Double] = []
        for count in [10_000, 100_000] {
            // A spreadsheet: one post a day from 2000, in a shuffled order (cost must not depend on it).
            var lines = ["date,theme,title,body,platform,hashtags"]
            let start = CalendarDate(year: 2000, month: 1, day: 1)!
            var order = Array(0..<count)
            var rng = SystemRandomNumberGenerator()
            order.shuffle(using: &rng)
            for i in order {
                lines.append("\(start.adding(days: i).iso),qa,Question number \(i),\"An answer of a few words, row \(i).\",linkedin,health;sleep")
            }
            let csvPath = dir + "/rows-\(count).csv"
            try? DurableFile.write(lines.joined(separator: "\n") + "\n", to: csvPath)
            var added = ""
            let ms = measure {
                try? DurableFile.write(PlanCodec.encode(empty), to: dir + "/plan.json")
                added = runProcess(rounds, ["import", csvPath, "--plan", dir + "/plan.json"])
            }
            perRow.append(ms / Double(count))
            report("import: \(count) csv rows through rounds import (process, real file)", ms, target: count == 100_000 ? 1000 : 300)
            if !added.hasPrefix("Added \(count) posts") { print("  import failed: \(added.prefix(200))") }
        }
        print(String(format: "  (per row: %.2f µs at 10,000, %.2f µs at 100,000: linear when these agree)", perRow[0] * 1000, perRow[1] * 1000))
        try? FileManager.default.removeItem(atPath: dir)
    }
}

/// Runs a program to completion; returns the first line of its standard output.
func runProcess(_ path: String, _ args: [String]) -> String {
    let out = NSTemporaryDirectory() + "rounds-bench-out-\(getpid())"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return "" }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    unlink(out)
    return String(text.prefix { $0 != "\n" })
}

// Rendering.
if section("render") {
    for count in [10_000, 100_000] {
        let plan = makePlan(count)
        let today = plan.datedRange!.upperBound.adding(days: -3)
        var state = AppState(plan: plan, today: today)
        report("render: 200×60 frame into the buffer, \(count) posts", measure {
            for _ in 0..<100 { _ = Screen.render(state, size: Size(width: 200, height: 60)) }
        } / 100, target: 1)
        report("render: week jump (action + 80×24 frame), \(count) posts", measure {
            for i in 0..<100 {
                _ = state.press(i % 2 == 0 ? .char("]") : .char("["))
                _ = Screen.render(state, size: Size(width: 80, height: 24))
            }
        } / 100, target: 8)
    }
}

// The merge driver as git runs it: the release binary on three files (base, ours, theirs),
// two 10,000-post plans that each changed 100 posts (ours titles, theirs statuses and bodies).
if section("git") {
    let rounds = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rounds").path
    if !FileManager.default.isExecutableFile(atPath: rounds) {
        print("git: \(rounds) is missing: build it first with swift build -c release")
    } else {
        let base = makePlan(10_000)
        var ours = base, theirs = base
        for k in 0..<100 {
            var a = base.posts[k * 97]
            a.title += " (revised)"
            ours.upsert(a)
            var b = base.posts[k * 97 + 40]
            b.status = .ready
            b.body += " Updated."
            theirs.upsert(b)
        }
        let dir = NSTemporaryDirectory() + "rounds-bench-git-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? DurableFile.write(PlanCodec.encode(base), to: dir + "/O")
        try? DurableFile.write(PlanCodec.encode(theirs), to: dir + "/B")
        let oursBytes = PlanCodec.encode(ours)
        var times: [Double] = []
        var ok = true
        for _ in 0..<max(runs, 5) {
            try? DurableFile.write(oursBytes, to: dir + "/A")
            let argv = [rounds, "merge-driver", dir + "/O", dir + "/A", dir + "/B", "plan.json"]
            let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
            let envStrings: [String] = ["PATH=/usr/bin:/bin", "HOME=" + dir, "SWIFT_BACKTRACE=enable=no"]
            let cEnv: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
            var pid: pid_t = 0
            let start = nowSeconds()
            guard posix_spawn(&pid, rounds, nil, nil, cArgs, cEnv) == 0 else { ok = false; break }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            times.append((nowSeconds() - start) * 1000)
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
            if status != 0 { ok = false }
        }
        if let merged = try? PlanCodec.decode(DurableFile.read(dir + "/A")) {
            ok = ok && merged.posts.count == 10_000 && merged.conflictCount == 0
                && merged.posts.filter { $0.title.hasSuffix("(revised)") }.count == 100 && merged.posts.filter { $0.body.hasSuffix("Updated.") }.count == 100
        } else { ok = false }
        if ProcessInfo.processInfo.environment["ROUNDS_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(atPath: dir) } else { print("git: files kept in \(dir)") }
        if !ok { print("git: the merge driver failed or merged wrongly") }
        report("git: merge-driver, two 10,000-post plans that each changed 100 posts (the binary, as git runs it)", times.sorted()[times.count / 2], target: 100)
    }
}

// The real planner on a pseudo-terminal: launch to first frame, and key to repainted frame.
if section("tui") {
    let rounds = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rounds").path
    if !FileManager.default.isExecutableFile(atPath: rounds) {
        print("tui: \(rounds) is missing: build it first with swift build -c release")
    } else {
        for count in [10_000, 100_000] {
            let plan = makePlan(count)
            let dir = NSTemporaryDirectory() + "rounds-bench-tui-\(getpid())"
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try? DurableFile.write(PlanCodec.encode(plan), to: dir + "/plan.json")
            let today = plan.datedRange!.upperBound.adding(days: -3)
            var first: [Double] = []
            var keys: [Double] = []
            var refused: [Double] = []
            for _ in 0..<runs {
                guard let pty = PtySession(rounds, env: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(dir)", "ROUNDS_PLAN=\(dir)/plan.json",
                                                         "ROUNDS_NOW=\(today.iso)T09:00:00Z", "SWIFT_BACKTRACE=enable=no", "NO_COLOR=1"]) else { break }
                guard let t = pty.waitFor("q quit", timeout: 10) else {
                    print("tui: no first frame within 10 s; the screen showed: \(String(decoding: pty.seen.suffix(300), as: UTF8.self).debugDescription)")
                    pty.quit()
                    break
                }
                first.append(t)
                if count == 10_000, let second = PtySession(rounds, env: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(dir)", "ROUNDS_PLAN=\(dir)/plan.json",
                                                                        "SWIFT_BACKTRACE=enable=no", "NO_COLOR=1"]) {
                    // A second planner on the same plan: refused, naming the first, before any screen.
                    if let t = second.waitFor("already open in another planner", timeout: 5) { refused.append(t) }
                    second.quit()
                }
                for i in 0..<20 {
                    // Until the last byte of the repaint (ncurses sends only what changed).
                    guard let t = pty.pressAndSettle(i % 2 == 0 ? "]" : "[") else { break }
                    keys.append(t)
                }
                pty.quit()
            }
            // Typing into a 3,000-character body: key to repainted editor.
            var typing: [Double] = []
            if count == 10_000 {
                var p = plan
                let monday = Week(containing: plan.datedRange!.upperBound).start.adding(days: -7)
                for old in p.posts(from: monday, to: monday) { p.remove(id: old.id) }
                p.upsert(Post(id: "feedbeef", date: monday, themeID: "health-tip", platforms: ["linkedin"], title: "Long read",
                              body: String(repeating: "Sleep, movement, food and company matter. ", count: 72).prefix(3000).description,
                              status: .draft, created: Timestamp(secondsSince1970: 0)))
                try? DurableFile.write(PlanCodec.encode(p), to: dir + "/plan.json")
                if let pty = PtySession(rounds, env: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(dir)", "ROUNDS_PLAN=\(dir)/plan.json",
                                                      "ROUNDS_NOW=\(monday.iso)T09:00:00Z", "SWIFT_BACKTRACE=enable=no", "NO_COLOR=1"]),
                   pty.waitFor("q quit", timeout: 10) != nil {
                    _ = pty.pressAndSettle("\r")
                    for k in 0..<40 {
                        // Type words in the middle of the body, so the whole text rewraps.
                        if let t = pty.pressAndSettle(k % 6 == 5 ? " " : "w") { typing.append(t) }
                    }
                    _ = pty.pressAndSettle("\u{1B}")
                    pty.quit()
                }
            }
            // A tall 160×50 grid (cells with the first lines of their bodies) and the details
            // pane scrolled: key to repaint for scrolling it (J/K) and for a week jump.
            var scrolling: [Double] = []
            var tallJumps: [Double] = []
            if count == 10_000 {
                // Today's post has a long body, so its details pane has something to scroll.
                var p = plan
                // In the day's themed slot, where the selection starts.
                let slotTheme = p.posts(from: today, to: today).first?.themeID ?? "health-tip"
                for old in p.posts(from: today, to: today) { p.remove(id: old.id) }
                p.upsert(Post(id: "feedface", date: today, themeID: slotTheme, platforms: ["linkedin"], title: "Long read",
                              body: String(repeating: "Sleep, movement, food and company matter.\n", count: 70),
                              status: .draft, created: Timestamp(secondsSince1970: 0)))
                try? DurableFile.write(PlanCodec.encode(p), to: dir + "/plan.json")
                for _ in 0..<runs {
                    guard let pty = PtySession(rounds, env: ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=\(dir)", "ROUNDS_PLAN=\(dir)/plan.json",
                                                             "ROUNDS_NOW=\(today.iso)T09:00:00Z", "SWIFT_BACKTRACE=enable=no", "NO_COLOR=1"],
                                               columns: 160, rows: 50),
                          pty.waitFor("q quit", timeout: 10) != nil else { break }
                    // The details pane of today's long post, scrolled down a little first.
                    for _ in 0..<3 { _ = pty.pressAndSettle("J") }
                    for i in 0..<20 {
                        guard let t = pty.pressAndSettle(i % 2 == 0 ? "J" : "K") else {
                            print("tui: J/K repainted nothing; the screen showed: \(String(decoding: pty.seen.suffix(400), as: UTF8.self).debugDescription)")
                            break
                        }
                        scrolling.append(t)
                    }
                    for i in 0..<20 {
                        guard let t = pty.pressAndSettle(i % 2 == 0 ? "]" : "[") else { break }
                        tallJumps.append(t)
                    }
                    pty.quit()
                }
            }
            try? FileManager.default.removeItem(atPath: dir)
            func median(_ xs: [Double]) -> Double { xs.isEmpty ? .nan : xs.sorted()[xs.count / 2] }
            if count == 10_000 {
                report("tui: key to repaint, details pane scrolled (J/K), 160×50 tall grid (pty)", median(scrolling), target: 8)
                report("tui: key to repaint, week jump, 160×50 tall grid, details scrolled (pty)", median(tallJumps), target: 8)
            }
            if count == 10_000 { report("tui: typing into a 3,000-character body, key to repaint (pty)", median(typing), target: 8) }
            report("tui: launch to first painted frame, \(count) posts (pty 80×24)", median(first), target: count == 10_000 ? 30 : 200)
            if count == 10_000 { report("tui: a second planner refused, naming the holder, 10000 posts (pty)", median(refused), target: 100) }
            report("tui: key to repainted frame, week jump, \(count) posts (pty)", median(keys), target: 8)
        }
    }
}

print(String(repeating: "-", count: 100))
print(String(format: "peak memory: %.1f MiB", peakMemoryMiB()))
let missed = reporter.rows.filter { r in r.target.map { r.value > $0 } ?? false }
print(missed.isEmpty ? "all targets met" : "targets missed: \(missed.map(\.name).joined(separator: "; "))")
