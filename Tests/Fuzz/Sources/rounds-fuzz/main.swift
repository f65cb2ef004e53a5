// Fuzz targets for Rounds, run by libFuzzer:
//   rounds-fuzz TARGET [libFuzzer options] [corpus folders]
// TARGET is loader, csv, ics, lint or keys. Each target checks a property beyond "does not
// crash"; a broken property traps, which libFuzzer reports as a crash with its input.
import CFuzzDriver
import Glibc
import RoundsCore
import RoundsTerminal
import RoundsUI

func eprint(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
    eprint("rounds-fuzz: property broken: \(message)")
    abort()
}

let themes: [Theme] = [
    Theme(id: "health-tip", name: "Health Tip", label: "Tip", color: .green, weekdays: [.monday], template: "Tip:\n"),
    Theme(id: "qa", name: "Q&A", label: "Q&A", color: .cyan, weekdays: [.wednesday]),
    Theme(id: "success-story", name: "Success Story", label: "Story", color: .magenta, weekdays: [.friday], requiresConsent: true),
]
let today = CalendarDate(year: 2026, month: 11, day: 25)!
let now = Timestamp(iso: "2026-11-25T09:00:00Z")!

/// A small plan like a doctor's: the three default themes and a week with two posts.
let basePlan: Plan = {
    var plan = Plan(profile: Profile(name: "Dr. Fuzz", platforms: [Platform(id: "linkedin", name: "LinkedIn", characterLimit: 3000),
                                                                   Platform(id: "x", name: "X", characterLimit: 280)],
                                     disclaimer: "Educational only."),
                    themes: themes, cadence: CadenceGoals())
    plan.upsert(Post(id: "a1b2c3d4", date: CalendarDate(year: 2026, month: 11, day: 23)!, themeID: "health-tip", platforms: ["linkedin"],
                     title: "Walk after meals", body: "Ten minutes helps.\n\nEducational only.", status: .draft, created: now))
    plan.upsert(Post(id: "e5f6a7b8", date: CalendarDate(year: 2026, month: 11, day: 27)!, themeID: "success-story", platforms: ["x"],
                     title: "Zoë's café ❤️ recovery", body: "Story:\n", status: .idea, created: now))
    return plan
}()

/// A plan that decoded must survive being written and read again, unchanged.
func checkRoundTrip(_ plan: Plan, _ what: String) {
    let bytes = PlanCodec.encode(plan)
    let again: Plan
    do { again = try PlanCodec.decode(bytes) } catch {
        if let path = getenv("ROUNDS_FUZZ_DUMP"), let f = fopen(path, "w") {  // the written plan, to look at
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
            fclose(f)
        }
        fail("\(what): the written plan does not read back: \(error)")
    }
    if again != plan { fail("\(what): the plan changed on a write and read") }
}

/// The plan file loader: never crashes; what it accepts round-trips.
func fuzzLoader(_ bytes: [UInt8]) {
    guard let plan = try? PlanCodec.decode(bytes) else { return }
    checkRoundTrip(plan, "loader")
}

/// An import (csv or ics) into the base plan: never crashes, and the plan stays writable.
func fuzzImport(_ bytes: [UInt8], _ format: ImportFormat) {
    var plan = basePlan
    var n = 0
    let outcome = Importer.run(bytes, format: format, into: &plan, options: ImportOptions(defaultTheme: "qa"), today: today, now: now) { _ in
        n += 1
        let hex = String(n, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
    _ = outcome
    checkRoundTrip(plan, "import")
}

/// The linter: never crashes; every finding lies inside the text.
func fuzzLint(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let scalars = text.unicodeScalars.count
    for f in Linter.lint(text) where !(0 <= f.start && f.start <= f.end && f.end <= scalars) {
        fail("lint: finding \(f.rule) at \(f.start)..<\(f.end) outside a text of \(scalars) scalars")
    }
}

let keyCodes = KeyCodes.codes.values.sorted()
let decoder = KeyCodes()

/// Bytes as a session at the keyboard: characters (UTF-8, or single bytes when invalid), key
/// codes, resizes, pastes, idle moments, and the answers of saves and of $EDITOR. The planner
/// must never crash, draw a frame at any size, and hold a plan that can be written.
let baseState = AppState(plan: basePlan, today: today, now: now)

func fuzzKeys(_ bytes: [UInt8]) {
    var state = baseState
    var size = Size(width: 80, height: 24)
    var i = 0
    func next() -> UInt8 {
        defer { i += 1 }
        return i < bytes.count ? bytes[i] : 0
    }
    var saveFails = false
    var resized = false
    var parser = InputParser()
    _ = state.apply(.resized(size))
    session: while i < bytes.count {
        let b = next()
        var effects: [Effect] = []
        switch b {
        case 0xF8:  // a resize, down to 1×1
            size = Size(width: Int(next()) % 200 + 1, height: Int(next()) % 70 + 1)
            effects = state.apply(.resized(size))
            resized = true
        case 0xF9:  // a pause: typed text is saved, and a pending Esc is a key
            for key in parser.feed(.timeout) { effects += state.press(key) }
            effects += state.apply(.io(.idle))
        case 0xFA:  // the next saves fail, or succeed again
            saveFails.toggle()
        case 0xFB:  // a bracketed paste
            let n = Int(next()) % 64
            var pasted: [UInt8] = []
            while pasted.count < n && i < bytes.count { pasted.append(next()) }
            effects = state.press(.paste(String(decoding: pasted, as: UTF8.self)))
        case 0xFC...0xFF:  // a function or cursor key
            effects = state.press(decoder.key(keyCodes[Int(next()) % keyCodes.count]))
        default:
            var scalar = UInt32(b)
            // A UTF-8 sequence when it is one; otherwise the byte alone.
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if length > 1, i + length - 1 <= bytes.count {
                let s = String(decoding: bytes[(i - 1)..<(i - 1 + length)], as: UTF8.self).unicodeScalars
                if s.count == 1, let v = s.first?.value, v != 0xFFFD {
                    scalar = v
                    i += length - 1
                }
            }
            // Through the parser the terminal uses: an Esc waits for what follows, as it does there.
            for key in parser.feed(.scalar(scalar)) { effects += state.press(key) }
        }
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            switch effect {
            case .quit: break session
            case .save(let plan):
                effects += state.apply(.io(saveFails ? .saveFailed(.notSaved(path: "/fuzz/plan.json", reason: "No space left on device")) : .saved(plan)))
            case .openExternalEditor(let id, let text): effects += state.apply(.io(.externalEditDone(postID: id, text: text + "\nEdited.")))
            case .export, .sync, .checkTimeZone: break
            }
        }
    }
    // One frame, at the last size, for sessions that resized: drawing is most of the cost of
    // an input under fuzzing instrumentation, and the pty monkey test draws every frame of its
    // sessions at random sizes.
    if resized {
        let frame = Screen.render(state, size: size, palette: .color)
        if frame.size != size { fail("keys: a \(size) screen drew a \(frame.size) frame") }
    }
    checkRoundTrip(state.plan, "keys")
}

nonisolated(unsafe) var target: ([UInt8]) -> Void = fuzzLoader
let targets: [String: ([UInt8]) -> Void] = [
    "loader": fuzzLoader,
    "csv": { fuzzImport($0, .csv) },
    "ics": { fuzzImport($0, .ics) },
    "lint": fuzzLint,
    "keys": fuzzKeys,
]

// The target is the first argument; libFuzzer's workers (-jobs) are started with the options
// alone, so the choice is also passed down in the environment.
var args = CommandLine.arguments
let inherited = getenv("ROUNDS_FUZZ_TARGET").map { String(cString: $0) }
if args.count >= 2, targets[args[1]] != nil {
    setenv("ROUNDS_FUZZ_TARGET", args[1], 1)
    target = targets[args.remove(at: 1)]!
} else if let name = inherited, let chosen = targets[name] {
    target = chosen
} else {
    eprint("usage: rounds-fuzz \(targets.keys.sorted().joined(separator: "|")) [libFuzzer options] [corpus folders]")
    exit(2)
}
var argc = Int32(args.count)
var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
let status = cArgs.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        target(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
exit(status)
