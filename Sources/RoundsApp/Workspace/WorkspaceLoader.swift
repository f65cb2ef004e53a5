import Dispatch
import Glibc
import RoundsCore

/// One plan of a workspace as loaded: the plan, or why it cannot be opened. One bad plan never
/// stops the rest: every entry gets its own result.
public struct WorkspacePlan: Sendable {
    public enum State: Sendable {
        /// Read and decoded; no planner has it open.
        case loaded(PlanStore.Snapshot)
        /// Read and decoded, but a planner holds its session lock (`holder`: "pid 123 on host"):
        /// commands still read it and write under its write lock, and a second planner may only
        /// open it read-only.
        case openElsewhere(PlanStore.Snapshot, holder: String)
        /// Cannot be read: missing, malformed (with line and column), a newer format, git
        /// conflict markers, a dangling link.
        case unopenable(StoreError)
    }

    public var entry: Workspace.Entry
    public var state: State

    public init(entry: Workspace.Entry, state: State) {
        self.entry = entry
        self.state = state
    }

    public var snapshot: PlanStore.Snapshot? {
        switch state {
        case .loaded(let s), .openElsewhere(let s, _): s
        case .unopenable: nil
        }
    }

    public var plan: Plan? { snapshot?.plan }

    /// The planner holding the plan's session lock, if one does.
    public var openIn: String? {
        if case .openElsewhere(_, let holder) = state { return holder }
        return nil
    }

    public var problem: StoreError? {
        if case .unopenable(let e) = state { return e }
        return nil
    }

    /// The doctor's name from the plan, else the entry's file name.
    public var displayName: String {
        guard let name = plan?.profile.name, !name.trimmingSpaces.isEmpty else { return entry.name }
        return name
    }

    /// The problem in one line, for a row of a table (`malformed: line 3, column 5: …`).
    public var problemLine: String? {
        guard let problem else { return nil }
        switch problem {
        case .corrupt(_, let e): return "malformed: " + e.description.split(separator: "\n").joined(separator: " ")
        case .newerVersion(_, let message): return "newer version: " + message
        case .gitConflict: return "holds git conflict markers: run rounds resolve --plan \(entry.path)"
        case .notFound: return "not found"
        case .unreadable(_, let reason): return "cannot be read: " + reason
        case .locked(_, let holder): return "locked by \(holder)"
        case .notSaved(_, let reason), .readOnly(_, let reason): return reason
        }
    }
}

extension Workspace {
    /// Loads one plan: read without any lock (as `rounds list` does), and the session lock
    /// probed, not taken.
    public static func load(_ entry: Workspace.Entry) -> WorkspacePlan {
        let store = entry.store
        do {
            // Not `store.load()`: its heap preparation for large files is for one plan per process.
            let snapshot = try store.load(mapThreshold: PlanSource.mapThreshold)
            if let holder = PlanLock.holder(of: store.sessionLockPath) {
                return WorkspacePlan(entry: entry, state: .openElsewhere(snapshot, holder: holder))
            }
            return WorkspacePlan(entry: entry, state: .loaded(snapshot))
        } catch {
            return WorkspacePlan(entry: entry, state: .unopenable(error))
        }
    }

    /// Every plan, in the workspace's order, decoded on all cores (plans share nothing, and
    /// glibc gives each thread its own heap arena).
    public func loadAll() -> [WorkspacePlan] {
        let entries = self.entries
        let results = LoadResults(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { i in
            results.set(i, Workspace.load(entries[i]))
        }
        return results.values.enumerated().map { i, r in r ?? WorkspacePlan(entry: entries[i], state: .unopenable(.notFound(path: entries[i].path))) }
    }

    /// The plan `--doctor` names: a file name (`ruiz`, `ruiz.json`, `ruiz/plan.json`) or a
    /// doctor's name (`Dr. Ana Ruiz`, or without the title: `Ana Ruiz`), whole or as a unique
    /// prefix; case and accents are ignored. A whole name beats prefixes of others (`ana`
    /// picks `ana.json` beside `anabel.json`). `loaded` are the plans already loaded (their
    /// doctors' names), or nil to load them when the file names alone do not decide.
    public func pick(doctor query: String, loaded: [WorkspacePlan]? = nil) throws(WorkspaceError) -> Entry {
        let q = query.trimmingSpaces.searchFolded
        guard !q.isEmpty else { throw .noDoctor(query: query, folder: folder, candidates: entries.map(\.relativePath)) }
        // File names first: a whole file name needs no plan to be read; also as `init --doctor`
        // made it (`my doc` is the file `my-doc.json`).
        let madeSafe = ExportFile.safeName(query.trimmingSpaces).searchFolded
        let byFile = entries.filter { Workspace.fileKeys($0).contains(q) || Workspace.fileKeys($0).contains(madeSafe) }
        if byFile.count == 1 { return byFile[0] }
        let plans = loaded ?? loadAll()
        func keys(_ p: WorkspacePlan) -> [String] {
            Workspace.fileKeys(p.entry) + (p.plan.map { Workspace.nameKeys($0.profile.name) } ?? [])
        }
        let whole = plans.filter { keys($0).contains(q) }
        if whole.count == 1 { return whole[0].entry }
        if whole.count > 1 { throw .ambiguousDoctor(query: query, folder: folder, candidates: whole.map(Workspace.candidate)) }
        let prefixed = plans.filter { keys($0).contains { $0.hasPrefix(q) } }
        if prefixed.count == 1 { return prefixed[0].entry }
        if prefixed.isEmpty { throw .noDoctor(query: query, folder: folder, candidates: plans.map(Workspace.candidate)) }
        throw .ambiguousDoctor(query: query, folder: folder, candidates: prefixed.map(Workspace.candidate))
    }

    /// `ruiz.json (Dr. Ana Ruiz)`, as the errors list them.
    public static func candidate(_ p: WorkspacePlan) -> String {
        guard let name = p.plan?.profile.name, !name.trimmingSpaces.isEmpty else {
            return p.entry.relativePath + (p.problem == nil ? "" : " (cannot be opened)")
        }
        return "\(p.entry.relativePath) (\(ControlCharacters.escaped(name, multiline: false)))"
    }

    static func fileKeys(_ e: Entry) -> [String] {
        [e.name.searchFolded, e.relativePath.searchFolded]
    }

    /// The name, and the name without a leading title (`Dr.`, `Dr`, `Doctor`, `Prof.`).
    static func nameKeys(_ name: String) -> [String] {
        let n = name.trimmingSpaces.searchFolded
        guard !n.isEmpty else { return [] }
        var keys = [n]
        for title in ["dr. ", "dr ", "doctor ", "prof. ", "prof ", "professor "] where n.hasPrefix(title) {
            keys.append(String(n.dropFirst(title.count)).trimmingSpaces)
        }
        return keys
    }
}

/// Results written by index from `concurrentPerform`'s threads, each index by one thread
/// only, and read after it returns (which waits for them all): no two threads touch one slot.
private final class LoadResults: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<WorkspacePlan?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func set(_ i: Int, _ value: WorkspacePlan) { slots[i] = value }

    var values: [WorkspacePlan?] { Array(slots) }
}
