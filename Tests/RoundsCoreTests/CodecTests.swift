import Testing
@testable import RoundsCore
import RoundsThemes
import RoundsTestSupport

@Suite("The plan file")
struct CodecTests {
    @Test("a plan round-trips, and saving it unchanged changes no byte")
    func roundTrip() throws {
        var plan = Fixtures.fullWeekPlan()
        var idea = Fixtures.post("d4", nil, "qa", title: "Ideas: \"quotes\", back\\slash, tab\there, émoji 🩺, 汉字")
        idea.body = "line 1\nline 2\r\n\u{1}control"
        idea.time = TimeOfDay("07:05")
        idea.acknowledgements = [Acknowledgement(rule: "phi.phone", excerpt: "555-0100", note: "clinic line")]
        plan.upsert(idea)
        plan.allowList = ["555-0100"]
        let bytes = PlanCodec.encode(plan)
        let decoded = try PlanCodec.decode(bytes)
        #expect(decoded == plan)
        #expect(try PlanCodec.decodeSlowly(bytes) == plan, "the fast and the slow decoder agree")
        #expect(PlanCodec.encode(decoded) == bytes)
    }

    @Test("the fast post writer writes exactly what the generic writer would")
    func fastWriterMatchesGeneric() throws {
        var plan = Fixtures.fullWeekPlan()
        var idea = Fixtures.post("d4", nil, "qa", title: "Idea with \"quotes\" and 汉字")
        idea.acknowledgements = [Acknowledgement(rule: "phi.phone", excerpt: "555-0100", note: "clinic")]
        idea.time = TimeOfDay("18:45")
        idea.hashtags = []
        plan.upsert(idea)
        plan.unknownFields["aaFirst"] = .object(["z": .number(1), "a": .array([.null, .bool(false)])])
        plan.unknownFields["zzLast"] = .string("kept")
        #expect(PlanCodec.encode(plan) == JSONWriter.write(.object(PlanCodec.planValue(plan))))
        let empty = Fixtures.emptyPlan()
        #expect(PlanCodec.encode(empty) == JSONWriter.write(.object(PlanCodec.planValue(empty))))
    }

    @Test("a large plan, written in parallel parts, is the same bytes as the generic writer's, and reads back")
    func largePlanParts() throws {
        // Over 8,192 posts the dated ones are written in two parts at once: 20,003 of them (an
        // odd count), with ideas, escapes and non-ASCII text across the boundary.
        var posts: [Post] = []
        let start = CalendarDate(year: 2001, month: 1, day: 1)!
        for k in 0..<20_003 {
            var p = Fixtures.post(String(format: "p%07d", k), start.adding(days: k / 2).iso, k % 3 == 0 ? "qa" : "health-tip",
                                  title: k % 97 == 0 ? "Quote \"\(k)\" \\ tab\there" : "Post \(k) é 汉字")
            p.body = "Line one\nline two \(k)"
            posts.append(p)
        }
        for k in 0..<5 { posts.append(Fixtures.post("idea\(k)", nil, "qa", title: "Idea \(k)")) }
        var plan = Fixtures.emptyPlan()
        plan.insertNew(contentsOf: posts.shuffled())
        let bytes = PlanCodec.encode(plan)
        #expect(bytes == JSONWriter.write(.object(PlanCodec.planValue(plan))))
        let back = try PlanCodec.decode(bytes)
        #expect(back.posts.count == 20_008)
        #expect(back.posts.map(\.id) == plan.posts.map(\.id))
        #expect(PlanCodec.encode(back) == bytes)
    }

    @Test("posts inserted in bulk land in file order (date, time, id), whatever order they came in")
    func bulkInsertOrder() {
        let start = CalendarDate(year: 2026, month: 1, day: 1)!
        var expected: [String] = []
        var posts: [Post] = []
        for day in 0..<40 {
            for id in ["c", "a", "b"] {
                posts.append(Fixtures.post("\(id)\(String(format: "%03d", day))", start.adding(days: day).iso, "qa"))
            }
        }
        for day in 0..<40 { for id in ["a", "b", "c"] { expected.append("\(id)\(String(format: "%03d", day))") } }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            var plan = Fixtures.emptyPlan()
            let returned = plan.insertNew(contentsOf: posts.shuffled(using: &rng))
            #expect(plan.posts.map(\.id) == expected)
            #expect(returned.map(\.id) == expected)
            // Into a plan that has posts: merged in order.
            var other = Fixtures.emptyPlan()
            other.insertNew(contentsOf: Array(posts[0..<60]).shuffled(using: &rng))
            other.insertNew(contentsOf: Array(posts[60...]).shuffled(using: &rng))
            #expect(other.posts.map(\.id) == expected)
        }
    }

    @Test("keys are sorted, posts ordered by date then id, ideas apart")
    func layout() throws {
        var plan = Fixtures.emptyPlan()
        plan.upsert(Fixtures.post("zz", "2026-11-23", "health-tip"))
        plan.upsert(Fixtures.post("aa", "2026-11-25", "qa"))
        plan.upsert(Fixtures.post("mm", "2026-11-23", "qa"))
        plan.upsert(Fixtures.post("ii", nil, "qa"))
        let text = String(decoding: PlanCodec.encode(plan), as: UTF8.self)
        let ids = text.split(separator: "\n").filter { $0.contains("\"id\": \"") && $0.count < 30 }.map { String($0).trimmingSpaces }
        // "ideas" sorts before "posts"; inside "posts", by date then id.
        #expect(Array(ids.prefix(4)) == ["\"id\": \"ii\",", "\"id\": \"mm\",", "\"id\": \"zz\",", "\"id\": \"aa\","])
        let top = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.split(separator: ":")[0]).trimmingSpaces }
        #expect(top == ["\"allowList\"", "\"allowedDomains\"", "\"cadence\"", "\"ideas\"", "\"posts\"", "\"profile\"", "\"themes\"", "\"version\""])
    }

    @Test("unknown keys are kept, not dropped")
    func unknownKeysKept() throws {
        let plan = Fixtures.emptyPlan()
        var text = String(decoding: PlanCodec.encode(plan), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 1,\n  \"zExtra\": {\"keep\": [1, 2.5, true, null]}")
        let decoded = try PlanCodec.decode(Array(text.utf8))
        #expect(decoded.unknownFields["zExtra"] != nil)
        let again = String(decoding: PlanCodec.encode(decoded), as: UTF8.self)
        #expect(again.contains("\"zExtra\""))
        #expect(again.contains("2.5"))
    }

    struct BadFile: Sendable, CustomTestStringConvertible {
        var name: String
        var edit: @Sendable (String) -> String
        var expected: String
        var testDescription: String { name }
    }

    @Test("malformed files are refused with line, column and what was expected", arguments: [
        BadFile(name: "truncated", edit: { String($0.prefix(40)) }, expected: "line 3, column 20: expected a value"),
        BadFile(name: "trailing comma", edit: { $0.replacingOccurrences(of: "\"allowList\": [],", with: "\"allowList\": [,],") }, expected: "line 2, column 17: expected a value"),
        BadFile(name: "bad date", edit: { $0.replacingOccurrences(of: "2026-11-23", with: "2026-02-30") }, expected: "(posts[0].date): expected a date YYYY-MM-DD that exists, found '2026-02-30'"),
        BadFile(name: "unknown theme", edit: { $0.replacingOccurrences(of: "\"theme\": \"qa\"", with: "\"theme\": \"qq\"") }, expected: "(posts[1].theme): unknown theme 'qq'"),
        BadFile(name: "wrong type", edit: { $0.replacingOccurrences(of: "\"minPerWeek\": 2", with: "\"minPerWeek\": \"two\"") }, expected: "(cadence.minPerWeek): expected a whole number, found a string"),
        BadFile(name: "duplicate id", edit: { $0.replacingOccurrences(of: "\"id\": \"b2\"", with: "\"id\": \"a1\"") }, expected: "post id 'a1' is used twice"),
        BadFile(name: "bad status", edit: { $0.replacingOccurrences(of: "\"status\": \"ready\"", with: "\"status\": \"done\"") }, expected: "expected one of 'idea', 'draft', 'ready', 'scheduled', 'posted', found 'done'"),
        BadFile(name: "not a plan", edit: { _ in "[1, 2]" }, expected: "expected an object"),
        BadFile(name: "no version", edit: { $0.replacingOccurrences(of: "\"version\": 1", with: "\"versio\": 1") }, expected: "missing 'version'"),
        BadFile(name: "invalid UTF-8", edit: { $0.replacingOccurrences(of: "Walk after meals", with: "Walk \u{FFFF}") }, expected: ""),
    ])
    func malformed(_ c: BadFile) throws {
        let text = c.edit(String(decoding: PlanCodec.encode(Fixtures.fullWeekPlan()), as: UTF8.self))
        if c.name == "invalid UTF-8" {
            var bytes = Array(text.utf8)
            let i = bytes.firstIndex(of: 0xEF)!
            bytes[i] = 0xFF
            #expect(throws: PlanDecodingError.self) { try PlanCodec.decode(bytes) }
            return
        }
        do {
            _ = try PlanCodec.decode(Array(text.utf8))
            Issue.record("decoded a bad file")
        } catch {
            #expect(error.description.contains(c.expected), "\(error.description)")
            #expect(!error.isNewerVersion)
        }
    }

    @Test("a newer version is refused as newer")
    func newer() {
        let text = String(decoding: PlanCodec.encode(Fixtures.emptyPlan()), as: UTF8.self)
            .replacingOccurrences(of: "\"version\": 1", with: "\"version\": 7")
        do {
            _ = try PlanCodec.decode(Array(text.utf8))
            Issue.record("decoded a newer file")
        } catch {
            #expect(error.isNewerVersion)
            #expect(error.description.contains("version 7, newer than this rounds understands (1)"))
        }
    }

    @Test("a version too large for any integer is refused as newer, not a crash (found by the fuzzer)")
    func hugeVersion() {
        let text = String(decoding: PlanCodec.encode(Fixtures.emptyPlan()), as: UTF8.self)
            .replacingOccurrences(of: "\"version\": 1", with: "\"version\": 77777777777777777777777777777777777777777777777777777777777777777777777771")
        do {
            _ = try PlanCodec.decode(Array(text.utf8))
            Issue.record("decoded a newer file")
        } catch {
            #expect(error.isNewerVersion)
            #expect(error.description.contains("version 7.777777777777778e+73, newer than this rounds understands (1)"), "\(error.description)")
        }
    }

    @Test("every prefix of a plan is refused, never a crash")
    func everyPrefix() {
        let bytes = PlanCodec.encode(Fixtures.fullWeekPlan())
        var refused = 0
        for n in 0..<bytes.count - 1 where (try? PlanCodec.decode(Array(bytes[0..<n]))) == nil { refused += 1 }
        // Every strict prefix except the one missing only the final newline.
        #expect(refused == bytes.count - 1)
    }

    @Test("deep nesting is refused, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }

    @Test("JSON strings: escapes, surrogate pairs, and what is not allowed")
    func strings() throws {
        #expect(try JSONParser.parse(Array(#"["a\u00e9\ud83e\ude7a\n\/"]"#.utf8)) == .array([.string("aé🩺\n/")]))
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#"["\ud83e"]"#.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array("[\"a\tb\"]".utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array(#"{"a":1,"a":2}"#.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Array("01".utf8)) }
        #expect(try JSONParser.parse(Array("-1.5e3".utf8)) == .number(-1500))
    }

    @Test("every shipped theme pack decodes and makes a plan that round-trips")
    func shippedPacks() throws {
        #expect(ShippedThemePacks.files.count >= 3)
        for file in ShippedThemePacks.files {
            let pack = try ThemePack.decode(file.bytes)
            #expect(!pack.themes.isEmpty)
            #expect(!pack.disclaimer.isEmpty)
            let plan = pack.makePlan(name: "Dr. Test")
            #expect(try PlanCodec.decode(PlanCodec.encode(plan)) == plan)
        }
        let def = try ThemePack.decode(ShippedThemePacks.files[0].bytes)
        #expect(def.id == "default")
        #expect(def.themes.map(\.id) == ["health-tip", "qa", "success-story"])
        #expect(def.themes.map(\.weekdays) == [[.monday], [.wednesday], [.friday]])
        #expect(def.themes[2].requiresConsent)
        #expect(def.cadence.minPerWeek == 2 && def.cadence.maxPerWeek == 3 && def.cadence.maxPerDay == 1)
        #expect(def.disclaimer == "The information shared here is for educational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment.")
    }

    @Test("a bad theme pack names its line and key")
    func badPack() {
        let text = #"{"version": 1, "id": "x", "name": "X", "disclaimer": "d", "themes": [{"id": "a", "name": "A", "weekdays": ["funday"]}]}"#
        do {
            _ = try ThemePack.decode(Array(text.utf8))
            Issue.record("decoded a bad pack")
        } catch {
            #expect(error.description.contains("themes[0].weekdays[0]"), "\(error.description)")
        }
    }
}

@Suite("Large plans")
struct LargePlanCodecTests {
    @Test("a large plan reads back exactly, in order")
    func parallelRoundTrip() throws {
        let plan = Fixtures.largePlan(posts: 4_000)
        let bytes = PlanCodec.encode(plan)
        #expect(bytes.count > 1_000_000)
        let back = try PlanCodec.decode(bytes)
        #expect(back == plan)
        #expect(back.posts.map(\.id) == plan.posts.map(\.id))
    }

    @Test("the same plan without our layout (one line) still reads back exactly")
    func otherLayout() throws {
        let plan = Fixtures.largePlan(posts: 4_000)
        let compact = JSONWriter.compact(.object(PlanCodec.planValue(plan)))
        #expect(try PlanCodec.decode(compact) == plan)
    }

    @Test("damage in the second half of a large plan is still reported with its line")
    func damagedSecondHalf() throws {
        var bytes = PlanCodec.encode(Fixtures.largePlan(posts: 4_000))
        let at = bytes.count * 3 / 4
        let quote = try #require(bytes[at...].firstIndex(of: UInt8(ascii: "\"")))
        bytes[quote] = UInt8(ascii: "?")
        #expect(throws: PlanDecodingError.self) { try PlanCodec.decode(bytes) }
    }
}
