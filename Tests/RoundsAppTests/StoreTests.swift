import Foundation
import Testing
import RoundsApp
import RoundsCore
import RoundsTestSupport

@Suite("The durable plan store")
struct StoreTests {
    func mode(_ path: String) -> Int {
        var st = stat()
        stat(path, &st)
        return Int(st.st_mode & 0o777)
    }

    @Test("a new plan is created 0600 in a 0700 folder, whatever the umask")
    func permissions() throws {
        let dir = TempFolder()
        for mask in [0o000, 0o022] {
            let old = umask(mode_t(mask))
            defer { umask(old) }
            let path = dir.file("data\(mask)/rounds/plan.json")
            let store = PlanStore(path: path)
            _ = try store.create(Fixtures.fullWeekPlan())
            #expect(mode(path) == 0o600)
            #expect(mode(dir.file("data\(mask)/rounds")) == 0o700)
            _ = try store.save(ours: Fixtures.emptyPlan(), base: try store.load())
            #expect(mode(path) == 0o600)
            #expect(mode(store.lockPath) == 0o600)
            #expect(mode(store.backupPath) == 0o600)
        }
    }

    @Test("a group-readable plan is reported and tightened on the next save")
    func exposedFixed() throws {
        let dir = TempFolder()
        let store = PlanStore(path: dir.file("plan.json"))
        _ = try store.create(Fixtures.emptyPlan())
        chmod(store.path, 0o644)
        #expect(store.isExposed())
        _ = try store.save(ours: Fixtures.fullWeekPlan(), base: try store.load())
        #expect(!store.isExposed())
    }

    @Test("create refuses to replace an existing plan")
    func createRefuses() throws {
        let dir = TempFolder()
        let store = PlanStore(path: dir.file("plan.json"))
        _ = try store.create(Fixtures.fullWeekPlan())
        let before = dir.bytes("plan.json")
        #expect(throws: StoreError.self) { try store.create(Fixtures.emptyPlan()) }
        #expect(dir.bytes("plan.json") == before)
    }

    @Test("a symlink planted at the temp path or the backup is not followed")
    func symlinks() throws {
        let dir = TempFolder()
        let store = PlanStore(path: dir.file("plan.json"))
        _ = try store.create(Fixtures.emptyPlan())
        dir.write("victim", "do not touch")
        // Plant links at every temp name this process could pick is impossible; the temp is
        // created O_EXCL|O_NOFOLLOW, so a link at the chosen name fails instead of writing
        // through it. Check the backup link and that the victim is untouched after saves.
        symlink(dir.file("victim"), dir.file("plan.json.bak"))
        for _ in 0..<20 { _ = try store.save(ours: Fixtures.fullWeekPlan(), base: try store.load()) }
        #expect(dir.text("victim") == "do not touch")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test("a temp file is created with O_EXCL and O_NOFOLLOW: a planted link makes the write fail, not follow")
    func tempNoFollow() throws {
        let dir = TempFolder()
        dir.write("victim", "do not touch")
        // Plant a link at a fixed name and write through DurableFile with that exact name by
        // making the target the link itself: renameat would replace the link, never write into it.
        symlink(dir.file("victim"), dir.file("plan.json"))
        try DurableFile.write(Array("new".utf8), to: dir.file("plan.json"))
        #expect(dir.text("victim") == "do not touch")
        #expect(dir.text("plan.json") == "new")
    }

    @Test("malformed and newer-version files are refused and left byte-for-byte untouched", arguments: [
        ("{\"version\": 1,", "line 1, column 15"),
        ("", "line 1, column 1: expected a value"),
        ("{\"version\": 99, \"themes\": []}", "newer than this rounds"),
        ("\u{0}\u{0}\u{0}", "line 1, column 1"),
    ])
    func refused(_ c: (String, String)) throws {
        let dir = TempFolder()
        dir.write("plan.json", c.0)
        let before = dir.bytes("plan.json")
        let store = PlanStore(path: dir.file("plan.json"))
        do {
            _ = try store.load()
            Issue.record("loaded a bad file")
        } catch {
            #expect(error.description.contains(dir.file("plan.json")))
            #expect(error.description.contains(c.1), "\(error.description)")
        }
        #expect(throws: (any Error).self) { try store.modify { $0.allowList = ["x"] } }
        #expect(dir.bytes("plan.json") == before)
    }

    @Test("a folder where the plan should be is refused clearly")
    func folderAsPlan() throws {
        let dir = TempFolder()
        try FileManager.default.createDirectory(atPath: dir.file("plan.json"), withIntermediateDirectories: false)
        #expect(throws: StoreError.self) { try PlanStore(path: dir.file("plan.json")).load() }
    }

    @Test("saving over an outside change merges instead of overwriting")
    func compareBeforeSave() throws {
        let dir = TempFolder()
        let store = PlanStore(path: dir.file("plan.json"))
        let base = try store.create(Fixtures.fullWeekPlan())
        // Another process adds a post.
        try store.modify { plan in plan.upsert(Fixtures.post("outside", "2026-11-28", "qa", title: "From rounds add")) }
        // The planner, still on its old base, edits a title and saves.
        var ours = base.plan
        var a = ours.post(id: "a1")!
        a.title = "Edited in the planner"
        ours.upsert(a)
        let saved = try store.save(ours: ours, base: base)
        let onDisk = try store.load().plan
        #expect(onDisk == saved.plan)
        #expect(onDisk.post(id: "outside")?.title == "From rounds add")
        #expect(onDisk.post(id: "a1")?.title == "Edited in the planner")
    }

    @Test("the lock names its holder, and is free again when the holder is gone")
    func lock() throws {
        let dir = TempFolder()
        let path = dir.file("plan.json.lock")
        var first: PlanLock? = try PlanLock.acquire(path, timeoutMilliseconds: 0)
        do {
            _ = try PlanLock.acquire(path, timeoutMilliseconds: 0)
            Issue.record("took a held lock")
        } catch {
            #expect(error.description.contains("pid \(getpid())"), "\(error.description)")
        }
        withExtendedLifetime(first) {}
        first = nil
        _ = try PlanLock.acquire(path, timeoutMilliseconds: 0)
    }
}
