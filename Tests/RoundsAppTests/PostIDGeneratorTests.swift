import Testing
import RoundsApp
import RoundsCore
import RoundsTestSupport

/// New ids are what `rounds import`, `add` and the planner give posts: they must never clash
/// with an id in the plan, nor be a prefix of one or extend one (every id stays a unique
/// prefix, as git's short hashes are).
@Suite("Post ids")
struct PostIDGeneratorTests {
    static func plan(ids: [String]) -> Plan {
        var plan = Fixtures.emptyPlan()
        for id in ids {
            plan.upsert(Post(id: id, date: nil, themeID: "qa", title: "Post \(id)", created: Timestamp(secondsSince1970: 0)))
        }
        return plan
    }

    @Test("100,000 ids from one generator (sized for them) are distinct, 8 hex digits, and clash with none of the plan's")
    func distinct() {
        let existing = ["0123abcd", "deadbeef", "ffff0000"]
        let generator = PostIDGenerator(plan: Self.plan(ids: existing), expecting: 100_000)
        var made = Set<String>()
        for _ in 0..<100_000 {
            let id = generator.next()
            #expect(id.utf8.count == 8 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }, "\(id)")
            #expect(made.insert(id).inserted, "\(id) made twice")
        }
        #expect(made.isDisjoint(with: existing))
    }

    @Test("an id never extends a shorter id of the plan: with ids 0…e and f0…fe taken, every new id starts with ff")
    func prefixes() {
        let digits = Array("0123456789abcdef").map(String.init)
        let short = digits.dropLast() + digits.dropLast().map { "f" + $0 }
        let generator = PostIDGenerator(plan: Self.plan(ids: Array(short)))
        for _ in 0..<2_000 {
            let id = generator.next()
            #expect(id.hasPrefix("ff"), "\(id) extends one of the plan's shorter ids")
        }
    }
}
