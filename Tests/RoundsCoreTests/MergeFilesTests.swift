import Foundation
import Testing
import RoundsCore
import RoundsTestSupport

/// The merge driver's shortcut: three plan files merged by decoding only the posts that differ.
/// It must give the same file as decoding everything and merging the plans.
@Suite("Three-way merge of plan files")
struct MergeFilesTests {
    /// What the driver wrote before the shortcut: everything decoded, merged, encoded.
    static func full(_ base: [UInt8]?, _ ours: [UInt8], _ theirs: [UInt8]) throws -> (bytes: [UInt8], newConflicts: Int) {
        let b = try base.map { try PlanCodec.decode($0) }
        let outcome = GitMerge.merge(base: b, ours: try PlanCodec.decode(ours), theirs: try PlanCodec.decode(theirs))
        return (PlanCodec.encode(outcome.plan), outcome.newConflicts)
    }

    static func basePlan(_ rng: inout MergeTests.Rng, posts: Int) -> Plan {
        var base = Fixtures.emptyPlan()
        for i in 0..<posts {
            var p = Fixtures.post("p\(i)", "2026-11-\(23 + i % 7)", ["health-tip", "qa"][i % 2], title: "T\(i)", body: "B\(i) \"quoted\" \\ ünïcode")
            if rng.int(5) == 0 { p.date = nil }  // an idea: it lives in the file's `ideas`
            base.upsert(p)
        }
        return base
    }

    @Test("random edit scripts on both sides: byte for byte the file of the full merge, with the same conflict count, either side ours, with and without a base")
    func randomScripts() throws {
        var rng = MergeTests.Rng(state: 20_261_202)
        var shortcuts = 0
        for round in 0..<120 {
            let base = Self.basePlan(&rng, posts: 8 + rng.int(30))
            var a = base, b = base
            var ca: [String: (MergeTests.Field, String)] = [:], cb: [String: (MergeTests.Field, String)] = [:]
            var addsA: [String] = [], addsB: [String] = []
            MergeTests.edit(&a, rng: &rng, side: "a", changes: &ca, adds: &addsA)
            MergeTests.edit(&b, rng: &rng, side: "b", changes: &cb, adds: &addsB)
            if rng.int(4) == 0, let id = a.posts.first?.id, var p = a.post(id: id) {
                p.date = nil  // a post made an idea on one side
                a.upsert(p)
            }
            let (o, x, y) = (PlanCodec.encode(base), PlanCodec.encode(a), PlanCodec.encode(b))
            for (ours, theirs) in [(x, y), (y, x)] {
                for withBase in [true, false] {
                    let expected = try Self.full(withBase ? o : nil, ours, theirs)
                    let got = try #require(GitMerge.mergeFiles(base: withBase ? o : nil, ours: ours, theirs: theirs), "round \(round): no shortcut")
                    shortcuts += 1
                    #expect(got.newConflicts == expected.newConflicts, "round \(round): conflict count")
                    if got.bytes != expected.bytes {
                        Issue.record("round \(round) (base: \(withBase)): not the full merge's file:\n\(lineDiff(String(decoding: expected.bytes, as: UTF8.self), String(decoding: got.bytes, as: UTF8.self)))")
                        return
                    }
                }
            }
        }
        #expect(shortcuts == 480)
    }

    @Test("files written another way (one line, no spaces) merge to the same plan")
    func otherFormatting() throws {
        var rng = MergeTests.Rng(state: 7)
        let base = Self.basePlan(&rng, posts: 20)
        var a = base, b = base
        var t = try #require(a.posts.first)
        t.title = "Ours"
        a.upsert(t)
        var s = try #require(b.posts.last)
        s.status = .ready
        b.upsert(s)
        let compactBase = JSONWriter.compact(.object(PlanCodec.planValue(base)))
        let compactTheirs = JSONWriter.compact(.object(PlanCodec.planValue(b)))
        let compactOurs = JSONWriter.compact(.object(PlanCodec.planValue(a)))
        let got = try #require(GitMerge.mergeFiles(base: compactBase, ours: compactOurs, theirs: compactTheirs).map { $0 })
        let expected = GitMerge.merge(base: base, ours: a, theirs: b).plan
        #expect(try PlanCodec.decode(got.bytes) == expected)
    }

    @Test("what the shortcut leaves to the full merge: changed themes, a file that is not a plan, a newer version, a repeated id")
    func fallsBack() throws {
        var rng = MergeTests.Rng(state: 11)
        let base = Self.basePlan(&rng, posts: 6)
        var a = base
        a.themes.removeAll { $0.id == "qa" }  // the theme's posts on the other side bring it back
        let o = PlanCodec.encode(base), b = PlanCodec.encode(base)
        #expect(GitMerge.mergeFiles(base: o, ours: PlanCodec.encode(a), theirs: b).map { _ in true } == nil)
        #expect(GitMerge.mergeFiles(base: o, ours: Array("<<<<<<< ours\n".utf8), theirs: b).map { _ in true } == nil)
        #expect(GitMerge.mergeFiles(base: o, ours: Array("{\"posts\": [".utf8), theirs: b).map { _ in true } == nil)
        let newer = String(decoding: o, as: UTF8.self).replacingOccurrences(of: "\"version\": \(Plan.currentVersion)", with: "\"version\": 99")
        #expect(newer != String(decoding: o, as: UTF8.self))
        #expect(GitMerge.mergeFiles(base: o, ours: Array(newer.utf8), theirs: b).map { _ in true } == nil)
        // The first dated post twice (the second copy changed, so it is not copied through).
        let text = String(decoding: o, as: UTF8.self)
        let start = try #require(text.range(of: "\"posts\": [\n    ")).upperBound
        let end = try #require(text.range(of: "\n    }", range: start..<text.endIndex)).upperBound
        let element = String(text[start..<end])
        let twice = text.replacingCharacters(in: start..<start, with: element.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"Changed ") + ",\n    ")
        #expect(throws: (any Error).self) { try PlanCodec.decode(Array(twice.utf8)) }
        #expect(GitMerge.mergeFiles(base: o, ours: Array(twice.utf8), theirs: b).map { _ in true } == nil)
    }
}
