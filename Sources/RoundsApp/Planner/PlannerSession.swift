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
    let editorCommand: String
    let environment: [String: String]

    init(store: PlanStore, base: PlanStore.Snapshot, clock: @escaping () -> Timestamp = { Timestamp(secondsSince1970: Int64(time(nil))) },
         editorCommand: String = "vi", environment: [String: String] = [:]) {
        self.store = store
        self.base = base
        self.clock = clock
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
            return .planReloaded(snapshot.plan)
        } catch {
            return .notify(StatusMessage("the plan on disk cannot be read now (\(error)); showing the last good version", kind: .error))
        }
    }

    func now() -> Timestamp { clock() }

    func perform(_ effect: Effect, state: AppState, backend: TerminalBackend) -> [Action] {
        switch effect {
        case .quit:
            return []
        case .save:
            do {
                let written = try store.save(ours: state.plan, base: base)
                base = written
                lastStat = PlannerSession.stamp(store.path)
                return [.saved(written.plan)]
            } catch {
                return [.saveFailed("\(error)")]
            }
        case .openExternalEditor(let id, let text):
            backend.suspend()
            defer { backend.resume() }
            switch ExternalEditor.edit(text, command: editorCommand, environment: environment) {
            case .edited(let new): return [.externalEditDone(postID: id, text: new)]
            case .failed(let why): return [.notify(StatusMessage("$EDITOR: \(why); the text was not changed", kind: .error))]
            }
        case .export(let format, let path, let from, let to):
            let (zone, zoneProblem) = AppEnvironment(variables: environment).zone(of: state.plan)
            if format == .ics, let zoneProblem { return [.notify(StatusMessage("not exported: " + zoneProblem, kind: .error))] }
            let result = Exporter.export(state.plan, from: from, to: to, format: format,
                                         options: ExportOptions(timeZone: zone), today: state.today)
            do {
                try ExportFile.write(result.text, to: path, planPath: store.path)
                let warn = result.warnings.isEmpty ? "" : " (" + result.warnings.joined(separator: "; ") + ")"
                return [.notify(StatusMessage("exported \(result.postCount) post\(result.postCount == 1 ? "" : "s") to \(path)\(warn)", kind: .success))]
            } catch let f as CLIFailure {
                return [.notify(StatusMessage(String(f.message.dropFirst("rounds: ".count)), kind: .error))]
            } catch {
                return [.notify(StatusMessage("not exported: \(error)", kind: .error))]
            }
        }
    }
}
