import Testing
@testable import RoundsCore
import RoundsTestSupport

/// Bodies left in the file's bytes (`FileText`) read exactly as decoded ones, compare and
/// write back the same, and a bad body is still refused when the plan is read.
@Suite("Bodies read on demand")
struct LazyBodyTests {
    static let bodies = ["", "plain ASCII body", "quote \" backslash \\ slash / tab \t newline \n end",
                         "é 😀 नमस्ते العربية", "escaped \u{1}\u{1f} controls", String(repeating: "long ", count: 2_000)]

    static func plan() -> Plan {
        var plan = Fixtures.emptyPlan()
        for (k, body) in bodies.enumerated() {
            plan.upsert(Fixtures.post("p\(k)", "2026-12-0\(k + 1)", "qa", body: body))
        }
        plan.upsert(Fixtures.post("idea", nil, "qa", body: "an idea's body"))
        return plan
    }

    @Test("every body reads back as written, and the plan equals the one decoded eagerly")
    func sameAsEager() throws {
        let bytes = PlanCodec.encode(Self.plan())
        let eager = try PlanCodec.decode(bytes)
        let lazy = try PlanCodec.decode(PlanBytes(copying: bytes))
        #expect(lazy.posts.allSatisfy { if case .file = $0.bodyText { true } else { false } })
        #expect(lazy == eager)
        #expect(lazy.posts.map(\.body) == eager.posts.map(\.body))
        #expect(Set(lazy.posts.map(\.body)).isSuperset(of: Self.bodies))
        #expect(lazy.posts.map(\.hashValue) == eager.posts.map(\.hashValue))
        // Written back: the same bytes, bodies copied as they were in the file.
        #expect(PlanCodec.encode(lazy) == bytes)
    }

    @Test("a body changed after reading is the new text; the others stay in the file")
    func changedBody() throws {
        let bytes = PlanCodec.encode(Self.plan())
        var plan = try PlanCodec.decode(PlanBytes(copying: bytes))
        var post = try #require(plan.posts.first { $0.id == "p1" })
        post.body += " and more"
        plan.upsert(post)
        #expect(plan.posts.first { $0.id == "p1" }?.body == "plain ASCII body and more")
        #expect(plan != (try PlanCodec.decode(bytes)))
        let again = try PlanCodec.decode(PlanCodec.encode(plan))
        #expect(again.posts.first { $0.id == "p1" }?.body == "plain ASCII body and more")
        #expect(again.posts.first { $0.id == "p3" }?.body == Self.bodies[3])
    }

    @Test("a body that is not valid JSON text is refused with its line and column, as before")
    func badBodyRefused() throws {
        var bytes = PlanCodec.encode(Self.plan())
        // Break the UTF-8 of the non-ASCII body: a lone continuation byte.
        let target = Array("é 😀".utf8)
        let at = try #require((0..<(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target })
        bytes[at] = 0x80
        #expect(throws: PlanDecodingError.self) { try PlanCodec.decode(PlanBytes(copying: bytes)) }
        let message = try #require({ () -> String? in
            do { _ = try PlanCodec.decode(PlanBytes(copying: bytes)); return nil } catch { return "\(error)" }
        }())
        #expect(message.contains("UTF-8") && message.contains("line"), "\(message)")
        // A raw control character inside a body.
        var raw = PlanCodec.encode(Self.plan())
        let plain = Array("plain ASCII".utf8)
        let p = try #require((0..<(raw.count - plain.count)).first { Array(raw[$0..<($0 + plain.count)]) == plain })
        raw[p + 5] = 0x07
        #expect(throws: PlanDecodingError.self) { try PlanCodec.decode(PlanBytes(copying: raw)) }
    }

    @Test("values and keys written with escapes, odd spacing or unknown keys read the same on every path")
    func escapedForms() throws {
        var plain = PlanCodec.encode(Self.plan())
        let text = String(decoding: plain, as: UTF8.self)
            .replacingOccurrences(of: "\"status\": \"draft\"", with: "\"status\" :\"\\u0064raft\"")
            .replacingOccurrences(of: "\"date\": \"2026-12-02\"", with: "\"d\\u0061te\": \"2026\\u002d12-02\"")
            .replacingOccurrences(of: "\"time\": null", with: "\"time\": null, \"x-extra\": {\"k\": [1, \"é\"]}")
        plain = Array(text.utf8)
        #expect(text.contains("\\u0064raft") && text.contains("d\\u0061te"))
        let slow = try PlanCodec.decodeSlowly(plain)
        #expect(try PlanCodec.decode(plain) == slow)
        #expect(try PlanCodec.decode(PlanBytes(copying: plain)) == slow)
        #expect(slow.posts.contains { $0.date == CalendarDate(year: 2026, month: 12, day: 2) && $0.status == .draft })
    }
}
