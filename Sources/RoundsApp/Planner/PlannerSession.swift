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

    let clock: () -> Timestamp
    /// A pinned today (tests), else today is computed from the clock in the plan's zone.
    let todayOverride: CalendarDate?
    let editorCommand: String
    let environment: [String: String]

    init(store: PlanStore, base: PlanStore.Snapshot, clock: @escaping () -> Timestamp = { Timestamp(secondsSince1970: Int64(time(nil))) },
         todayOverride: CalendarDate? = nil, editorCommand: String = "vi", environment: [String: String] = [:]) {
        self.store = store
        self.base = base
        self.clock = clock
        self.todayOverride = todayOverride
        self.editorCommand = editorCommand
        self.environment = environment
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
            return .io(.planReloaded(snapshot.plan))
        } catch {
            return .io(.reloadFailed(error))
        }
    }

    /// The clock as an action: now, and today in the plan's time zone (one function for both
    /// the planner and the commands: `PlanClock.today`).
    func tick(_ plan: Plan) -> Action {
        let now = clock()
        return .tick(now: now, today: todayOverride ?? PlanClock.today(at: now, timeZone: plan.profile.timeZone, environment: environment))
    }

    func perform(_ effect: Effect, state: AppState, backend: TerminalBackend) -> [Action] {
        switch effect {
        case .quit:
            return []
        case .save(let plan):
            do {
                let written = try store.save(ours: plan, base: base)
                base = written
                lastStat = PlannerSession.stamp(store.path)
                return [.io(.saved(written.plan))]
            } catch {
                return [.io(.saveFailed(error))]
            }
        case .openExternalEditor(let id, let text):
            backend.suspend()
            defer { backend.resume() }
            switch ExternalEditor.edit(text, command: editorCommand, environment: environment) {
            case .edited(let new): return [.io(.externalEditDone(postID: id, text: new))]
            case .failed(let why): return [.io(.externalEditFailed(why))]
            }
        case .export(let request):
            return [.io(ExportFile.perform(request, plan: state.plan, today: state.today, planPath: store.path, environment: environment))]
        }
    }
}
