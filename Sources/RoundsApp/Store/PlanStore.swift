import CHeap
import Glibc
import RoundsCore

/// The plan file on disk: load with clear refusals, save durably under the write lock, and
/// never overwrite changes made by someone else since we loaded.
public struct PlanStore: Sendable {
    public let path: String
    public var lockPath: String { path + ".lock" }
    /// Held by an interactive planner for its whole session; CLI writers never take it.
    public var sessionLockPath: String { path + ".session" }
    public var backupPath: String { path + ".bak" }

    /// The path as the user gave it (a link stays a link: saves go to what it leads to).
    public let givenPath: String

    /// A plan path that is a symbolic link is resolved once, here (the README, "Where data lives"): saves
    /// write a temp file beside the target and rename it over the target, never over the link,
    /// and the locks are taken beside the target, so two names for one plan share one lock.
    /// A link that leads nowhere or loops is kept as given, and every command refuses it.
    public init(path: String) {
        givenPath = path
        self.path = PlanStore.resolvingLinks(path)
    }

    /// `realpath` when the path (or a folder on it) is a link to something that exists.
    static func resolvingLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A loaded plan and the fingerprint of the bytes it came from.
    public struct Snapshot: Sendable {
        public var plan: Plan
        public var fingerprint: UInt64
    }

    /// Whether anything is at the path: a file, a folder, or a link even if it leads nowhere
    /// (a dangling or looping link is the user's, and is never replaced by a new plan).
    public var exists: Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    public func load() throws(StoreError) -> Snapshot {
        var st = stat()
        if stat(path, &st) == 0, st.st_size > 0 { rounds_heap_prepare(Int(st.st_size)) }
        return try load(mapThreshold: PlanSource.mapThreshold)
    }

    /// Reads the plan (`PlanSource`): from a mapped copy of our own, its posts' bodies left in
    /// it, when the file is at least `mapThreshold` bytes; else into memory, decoded whole.
    func load(mapThreshold: Int) throws(StoreError) -> Snapshot {
        let read: PlanSource.Read
        do {
            read = try PlanSource.read(path, mapThreshold: mapThreshold)
        } catch {
            if error.errno == ENOENT, !exists { throw .notFound(path: path) }
            if error.errno == ENOENT { throw .unreadable(path: path, reason: "it is a symbolic link to a file that does not exist") }
            throw .unreadable(path: path, reason: error.description)
        }
        guard let mapped = read.bytes else { return Snapshot(plan: try decode(read.eager), fingerprint: read.fingerprint) }
        do {
            return Snapshot(plan: try PlanCodec.decode(mapped, progress: read.progress), fingerprint: read.fingerprint)
        } catch {
            throw refusal(error, bytes: Array(mapped.buffer))
        }
    }

    func readBytes() throws(StoreError) -> [UInt8] {
        do {
            return try DurableFile.read(path)
        } catch {
            if error.errno == ENOENT, !exists { throw .notFound(path: path) }
            if error.errno == ENOENT { throw .unreadable(path: path, reason: "it is a symbolic link to a file that does not exist") }
            throw .unreadable(path: path, reason: error.description)
        }
    }

    func decode(_ bytes: [UInt8]) throws(StoreError) -> Plan {
        do {
            return try PlanCodec.decode(bytes)
        } catch {
            throw refusal(error, bytes: bytes)
        }
    }

    private func refusal(_ error: PlanDecodingError, bytes: [UInt8]) -> StoreError {
        if error.isNewerVersion { return .newerVersion(path: path, message: error.message) }
        if ConflictMarkers.found(in: bytes) { return .gitConflict(path: path) }
        return .corrupt(path: path, error)
    }

    /// The fingerprint of the file now, or nil when there is none.
    public func currentFingerprint() -> UInt64? {
        (try? DurableFile.read(path)).map(PlanStore.fingerprint)
    }

    /// Creates a new plan file; refuses to replace an existing one.
    public func create(_ plan: Plan) throws(StoreError) -> Snapshot {
        let (dir, _) = DurableFile.split(path)
        do { try DurableFile.makeFolder(dir) } catch { throw .notSaved(path: path, reason: error.description) }
        let lock = try PlanLock.acquire(lockPath, timeoutMilliseconds: 5_000)
        defer { withExtendedLifetime(lock) {} }
        if exists { throw .notSaved(path: path, reason: "a plan already exists there") }
        return try write(plan)
    }

    /// Why the plan cannot be saved as the permission bits stand, or nil: the file without its
    /// owner's write permission (`chmod 444`), or its folder (`chmod 500`: no temp file can go
    /// there). Bits, not `access`, so that root is refused too: a save must never replace a
    /// file by a rename its permissions forbid (the README, "Where data lives").
    /// `planner`: worded for the planner, which opens read-only instead of refusing.
    public func readOnlyReason(planner: Bool = false) -> String? {
        let or = planner ? " to save changes" : ", or open it with rounds --read-only"
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & S_IWUSR == 0 {
            return "\(path) is read-only: make it writable (chmod u+w \(path))\(or)"
        }
        let (dir, _) = DurableFile.split(path)
        var ds = stat()
        if stat(dir, &ds) == 0, ds.st_mode & S_IWUSR == 0 || access(dir, W_OK) != 0 {
            return "the folder \(dir) is read-only, so \(path) cannot be saved: make the folder writable (chmod u+w \(dir))\(or)"
        }
        return nil
    }

    /// Read-modify-write under the lock: what every CLI command that changes the plan uses.
    /// `lockTimeoutMilliseconds`: how long to wait for another writer (bulk commands wait less,
    /// and report the plan as locked).
    @discardableResult
    public func modify<T>(lockTimeoutMilliseconds: Int = 10_000, _ change: (inout Plan) throws -> T) throws -> (T, Snapshot) {
        if exists, let reason = readOnlyReason() {
            _ = try load()  // a missing or broken plan says so first
            throw StoreError.readOnly(path: path, reason: reason)
        }
        // No plan yet (a new machine, `rounds add` before `rounds init`): say so and how to make
        // one, before the lock (its folder may not exist, and its error would say only that).
        if !exists { _ = try load() }
        let lock = try PlanLock.acquire(lockPath, timeoutMilliseconds: lockTimeoutMilliseconds)
        defer { withExtendedLifetime(lock) {} }
        let before = try load()
        var plan = before.plan
        let result = try change(&plan)
        // A command that changed nothing writes nothing: a save would rotate the backup, and
        // the backup of the last real change (a post removed by mistake) would be lost.
        if plan == before.plan { return (result, before) }
        return (result, try write(plan))
    }

    /// Saves the planner's plan. If the file changed since `base` was loaded, merges per post
    /// (ours where we changed, theirs elsewhere) instead of overwriting. Returns what was
    /// written, which becomes the new base.
    public func save(ours: Plan, base: Snapshot) throws(StoreError) -> Snapshot {
        let lock = try PlanLock.acquire(lockPath, timeoutMilliseconds: 2_000)
        defer { withExtendedLifetime(lock) {} }
        var toWrite = ours
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.read(path)
        } catch {
            if error.errno != ENOENT { throw .notSaved(path: path, reason: error.description) }
            bytes = []
        }
        if !bytes.isEmpty, PlanStore.fingerprint(bytes) != base.fingerprint {
            let theirs: Plan
            do { theirs = try decode(bytes) } catch {
                throw .notSaved(path: path, reason: "the file changed on disk and cannot be read (\(error)); edits kept in memory")
            }
            toWrite = Plan.merge(base: base.plan, ours: ours, theirs: theirs)
        }
        return try write(toWrite)
    }

    /// Writes durably (caller holds the lock).
    func write(_ plan: Plan) throws(StoreError) -> Snapshot {
        if let reason = readOnlyReason() { throw .readOnly(path: path, reason: reason) }
        let bytes = PlanCodec.encode(plan)
        // Encoding read every body still in a mapped copy: those pages go back to the system.
        for source in plan.bodySources { source.trimResident() }
        do {
            try DurableFile.write(bytes, to: path, backupPath: backupPath)
        } catch {
            throw .notSaved(path: path, reason: error.description)
        }
        return Snapshot(plan: plan, fingerprint: PlanStore.fingerprint(bytes))
    }

    /// A hash of the bytes, eight at a time (FNV-style multiply and xor-shift): enough to see
    /// that the file changed, and about eight times faster than byte-wise FNV-1a on a 7 MB plan.
    public static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { fingerprint($0, progress: nil) }
    }

    /// `progress` is told every megabyte how far the hash has read (the mapped reader gives
    /// back the pages behind it).
    static func fingerprint(_ raw: UnsafeRawBufferPointer, progress: ((Int) -> Void)?) -> UInt64 {
        // Four independent lanes, so the multiplies overlap instead of waiting on each other.
        var h: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x8422_2325_cbf2_9ce4, 0x9ce4_cbf2_2325_8422, 0x2325_8422_9ce4_cbf2)
        let prime: UInt64 = 0x100_0000_01b3
        var tail: UInt64 = 0xcbf2_9ce4_8422_2325
        do {
            let blocks = raw.count / 32
            for i in 0..<blocks {
                if let progress, i & 0x7FFF == 0x7FFF { progress(i * 32) }
                let o = i * 32
                h.0 = (h.0 ^ raw.loadUnaligned(fromByteOffset: o, as: UInt64.self)) &* prime
                h.1 = (h.1 ^ raw.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self)) &* prime
                h.2 = (h.2 ^ raw.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self)) &* prime
                h.3 = (h.3 ^ raw.loadUnaligned(fromByteOffset: o + 24, as: UInt64.self)) &* prime
                h.0 ^= h.0 >> 29; h.1 ^= h.1 >> 29; h.2 ^= h.2 >> 29; h.3 ^= h.3 >> 29
            }
            for i in (blocks * 32)..<raw.count { tail = (tail ^ UInt64(raw[i])) &* prime }
        }
        var out = h.0
        for x in [h.1, h.2, h.3, tail] { out = ((out ^ x) &* prime) ^ (out >> 31) }
        return out ^ UInt64(raw.count)
    }

    /// True when group or others can read the plan (it is fixed on the next save).
    public func isExposed() -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return st.st_mode & 0o077 != 0
    }
}
