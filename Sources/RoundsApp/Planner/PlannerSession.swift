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
    /// Reads the health observances (after the first frame): the list and any problems.
    var loadObservances: () -> (list: [Observance], problems: [String]) = { ([], []) }

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

    /// The clock as an action: now, and today in the plan's time zone.
    func tick(_ plan: Plan) -> Action {
        let now = clock()
        return .tick(now: now, today: todayOverride ?? zone(of: plan).zone.today(at: now))
    }

    /// The plan's zone, read from tzdata once per name (the clock ticks several times a second).
    private var zoneCache: (name: String, zone: (zone: TimeZoneRules, problem: String?))?

    func zone(of plan: Plan) -> (zone: TimeZoneRules, problem: String?) {
        if let c = zoneCache, c.name == plan.profile.timeZone { return c.zone }
        let z = AppEnvironment(variables: environment).zone(of: plan)
        zoneCache = (plan.profile.timeZone, z)
        return z
    }

    func afterFirstFrame(_ state: AppState) -> [Action] {
        let (list, problems) = loadObservances()
        var actions: [Action] = [.io(.observancesLoaded(list))]
        if let first = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more: rounds observances lists them)" : ""
            actions.append(.io(.notify(StatusMessage("observances: " + first + more, kind: .error))))
        }
        return actions
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
            return [.io(ExportFile.perform(request, plan: state.plan, zone: zone(of: state.plan), today: state.today, planPath: store.path,
                                           environment: environment))]
        case .sync:
            // In a session of its own: nothing git runs (ssh) can prompt on the planner's screen.
            let outcome = PlanSync.run(planPath: store.path, environment: environment, detach: true)
            let kind: StatusMessage.Kind = outcome.status == .synced ? (outcome.conflicts > 0 ? .error : .success) : .error
            return [.io(.notify(StatusMessage(outcome.line, kind: kind)))]
        case .checkTimeZone(let typed):
            // The same lookup as rounds profile --time-zone: tzdata's name, or why not.
            do {
                let zone = try AppEnvironment(variables: environment).zone(named: typed)
                return [.io(.timeZoneChecked(typed: typed, name: zone.name, problem: nil))]
            } catch {
                return [.io(.timeZoneChecked(typed: typed, name: nil, problem: "\(error)"))]
            }
        }
    }
}
