import RoundsCore
import RoundsThemes
import RoundsTestSupport
import Testing

/// A small seeded generator, so a failure names an input that can be made again.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Damaged copies of a file: single bit flips, NUL bytes put in or written over a byte, and
/// chunks cut out, at seeded random places.
func damaged(_ bytes: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
    var rng = SeededRandom(state: seed)
    return (0..<count).map { k in
        var b = bytes
        let at = Int.random(in: 0..<b.count, using: &rng)
        switch k % 4 {
        case 0: b[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
        case 1: b.insert(0, at: at)
        case 2: b[at] = 0
        default: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...40, using: &rng)))
        }
        return b
    }
}

@Suite("Malformed input")
struct MalformedInputTests {
    /// Refused with a place (line and column, or the key), or read as a plan that saves and
    /// reads back the same: never a crash, never a silent half-read.
    func checkPlan(_ bytes: [UInt8]) -> Bool {
        do {
            let plan = try PlanCodec.decode(bytes)
            return (try? PlanCodec.decode(PlanCodec.encode(plan))) == plan
        } catch {
            return error.position != nil || error.keyPath != nil || error.isNewerVersion
        }
    }

    @Test("bit flips, NUL bytes and cuts in a plan: refused with a place, or read whole")
    func planDamage() {
        let bytes = PlanCodec.encode(Fixtures.fullWeekPlan())
        var refused = 0
        for (k, b) in damaged(bytes, count: 3_000, seed: 1).enumerated() {
            #expect(checkPlan(b), "damaged copy \(k)")
            if (try? PlanCodec.decode(b)) == nil { refused += 1 }
        }
        // Most damage is refused; some (a flipped letter inside a title) is still a valid plan.
        #expect(refused > 2_000, "\(refused) of 3,000 refused")
    }

    @Test("every prefix, bit flips and NUL bytes in a theme pack: refused with a place, never a crash")
    func packDamage() {
        let bytes = ShippedThemePacks.files[0].bytes
        var inputs = damaged(bytes, count: 1_000, seed: 2)
        for n in stride(from: 0, to: bytes.count - 1, by: 7) { inputs.append(Array(bytes[0..<n])) }
        for (k, b) in inputs.enumerated() {
            do {
                let pack = try ThemePack.decode(b)
                let plan = pack.makePlan(name: "Dr. Test")
                #expect((try? PlanCodec.decode(PlanCodec.encode(plan))) == plan, "input \(k)")
            } catch {
                #expect(error.position != nil || error.keyPath != nil, "input \(k): \(error.description)")
            }
        }
    }

    @Test("every prefix, bit flips and NUL bytes in csv, ics and json imports: issues with their lines, a plan that still saves",
          arguments: [ExportFormat.csv, .ics, .json])
    func importDamage(_ format: ExportFormat) throws {
        let source = Fixtures.fullWeekPlan()
        let week = Fixtures.today
        let file = Array(Exporter.export(source, from: week.adding(days: -7), to: week.adding(days: 14), format: format, today: week).text.utf8)
        let importFormat: ImportFormat = format == .csv ? .csv : format == .ics ? .ics : .json
        var inputs = damaged(file, count: 600, seed: 3)
        for n in stride(from: 0, to: file.count, by: 5) { inputs.append(Array(file[0..<n])) }
        for (k, b) in inputs.enumerated() {
            var plan = Fixtures.emptyPlan()
            var n = 0
            let outcome = Importer.run(b, format: importFormat, into: &plan, options: ImportOptions(), today: week, now: Fixtures.now) { _ in
                n += 1
                return "i\(n)"
            }
            // Lines as the readers count them: CR LF, a lone CR or a lone LF ends one.
            var lines = 1
            for (i, c) in b.enumerated() where c == 0x0A || (c == 0x0D && (i + 1 == b.count || b[i + 1] != 0x0A)) { lines += 1 }
            for issue in outcome.invalid where issue.line > lines {
                Issue.record("input \(k): issue on line \(issue.line) of a \(lines)-line file: \(issue.message)")
            }
            #expect((try? PlanCodec.decode(PlanCodec.encode(plan))) == plan, "input \(k)")
        }
    }
}
