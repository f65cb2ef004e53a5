import Foundation
import Testing
@testable import RoundsApp
import RoundsCore
import RoundsTestSupport

/// A large plan is read from a private mapped copy, its bodies on demand (README, Decisions).
@Suite("Large plans read from a private copy")
struct MappedPlanTests {
    @Test("another program rewriting the file in place cannot change or cut the bodies already read")
    func inPlaceRewrite() throws {
        let dir = TempFolder()
        let store = PlanStore(path: dir.file("plan.json"))
        let original = Fixtures.largePlan(posts: 3_000)
        _ = try store.create(original)
        let snapshot = try store.load(mapThreshold: 0)
        #expect(snapshot.plan.bodySources.count == 1)
        // Truncated and rewritten in place (as `cat other.json > plan.json` or an editor that
        // writes in place does): the same inode, other bytes, far shorter.
        let fd = open(store.path, O_WRONLY | O_TRUNC)
        #expect(fd >= 0)
        let other = PlanCodec.encode(Fixtures.fullWeekPlan())
        _ = other.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        #expect(snapshot.plan.posts.map(\.body) == original.posts.map(\.body))
        #expect(snapshot.plan == original)
        // Saving merges with what is there now: the other program's posts, none of ours lost
        // where we changed them.
        var ours = snapshot.plan
        var changed = ours.posts[7]
        changed.body = "ours, changed"
        ours.upsert(changed)
        let saved = try store.save(ours: ours, base: snapshot)
        #expect(saved.plan.posts.contains { $0.id == "a1" })
        #expect(saved.plan.posts.contains { $0.body == "ours, changed" })
        let reread = try store.load(mapThreshold: 0)
        #expect(reread.plan == saved.plan)
    }

    @Test("the mapped read gives the same plan and fingerprint as the read into memory; a read-only folder falls back")
    func sameAsMemory() throws {
        let dir = TempFolder()
        let store = PlanStore(path: dir.file("plan.json"))
        _ = try store.create(Fixtures.largePlan(posts: 2_000))
        let mapped = try store.load(mapThreshold: 0)
        let memory = try store.load(mapThreshold: .max)
        #expect(mapped.plan == memory.plan)
        #expect(mapped.fingerprint == memory.fingerprint)
        #expect(mapped.fingerprint == PlanStore.fingerprint(dir.bytes("plan.json") ?? []))
        // No temp file can be made in a read-only folder: read into memory instead.
        chmod(dir.path, 0o500)
        defer { chmod(dir.path, 0o700) }
        let fallback = try store.load(mapThreshold: 0)
        #expect(fallback.plan == memory.plan && fallback.fingerprint == memory.fingerprint)
        // Writing back a plan read from the mapping gives the file's bytes again.
        chmod(dir.path, 0o700)
        #expect(PlanCodec.encode(mapped.plan) == dir.bytes("plan.json"))
        // The private copy has no name: nothing is left beside the plan.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["plan.json", "plan.json.lock"])
    }
}
