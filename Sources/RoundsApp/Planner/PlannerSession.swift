import Glibc
import RoundsCore
import RoundsUI

/// The planner's link to the plan file: it watches for outside changes and, once editing
/// lands, saves. Saving merges with outside changes (see `PlanStore.save`).
final class PlannerSession: PlannerHost {
    let store: PlanStore
    private(set) var base: PlanStore.Snapshot
    private var lastStat: FileStamp?

    struct FileStamp: Equatable {
        var inode: UInt64
        var size: Int64
        var modified: Int64
        var modifiedNanos: Int64
    }

    init(store: PlanStore, base: PlanStore.Snapshot) {
        self.store = store
        self.base = base
        lastStat = PlannerSession.stamp(store.path)
    }

    static func stamp(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(inode: UInt64(st.st_ino), size: Int64(st.st_size), modified: Int64(st.st_mtim.tv_sec),
                         modifiedNanos: Int64(st.st_mtim.tv_nsec))
    }

    /// Cheap when nothing changed: one stat.
    func poll(_ state: AppState) -> Action? {
        let now = PlannerSession.stamp(store.path)
        guard now != lastStat else { return nil }
        lastStat = now
        do {
            let snapshot = try store.load()
            guard snapshot.fingerprint != base.fingerprint else { return nil }
            base = snapshot
            return .planReloaded(snapshot.plan)
        } catch {
            return .notify(StatusMessage("the plan on disk cannot be read now (\(error)); showing the last good version", kind: .error))
        }
    }

    func perform(_ effect: Effect, state: AppState) -> [Action] {
        switch effect {
        case .quit: return []
        }
    }
}
