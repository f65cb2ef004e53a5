import Glibc
import RoundsCore

/// An exclusive `flock` on a sidecar file (the README, "How a save works"). The kernel drops it when the
/// holder exits, even on SIGKILL, so a lock can never be stale. The file is never unlinked;
/// it holds "pid N on HOST" so that the next process can say who is in the way.
public final class PlanLock {
    private let fd: Int32
    public let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Takes the lock, waiting up to `timeoutMilliseconds` (0: do not wait).
    public static func acquire(_ path: String, timeoutMilliseconds: Int) throws(StoreError) -> PlanLock {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw .unreadable(path: path, reason: "cannot open lock file: \(String(cString: strerror(errno)))")
        }
        fchmod(fd, 0o600)
        var waited = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            if e == EINTR { continue }
            guard e == EWOULDBLOCK, waited < timeoutMilliseconds else {
                let holder = readHolder(fd)
                close(fd)
                if e != EWOULDBLOCK {
                    throw .unreadable(path: path, reason: "cannot lock: \(String(cString: strerror(e)))")
                }
                throw .locked(path: path, holder: holder)
            }
            usleep(2_000)
            waited += 2
        }
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, 255)
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let note = Array("pid \(getpid()) on \(hostName)\n".utf8)
        ftruncate(fd, 0)
        _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return PlanLock(fd: fd, path: path)
    }

    /// Who holds the lock at `path`, or nil when nobody does (or there is no lock file): a
    /// probe that takes nothing a holder could miss. It opens the file read-only (never creating
    /// it) and asks for a shared lock without waiting, released at once; a holder's exclusive
    /// lock refuses it. (A planner starting in that instant is told the plan is open, as if
    /// another planner had it, and can simply start again.)
    public static func holder(of path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        while flock(fd, LOCK_SH | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            return errno == EWOULDBLOCK ? readHolder(fd) : nil
        }
        flock(fd, LOCK_UN)
        return nil
    }

    private static func readHolder(_ fd: Int32) -> String {
        var buf = [UInt8](repeating: 0, count: 200)
        let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return "another process" }
        let text = String(decoding: buf[0..<n], as: UTF8.self).trimmingSpaces
        return text.isEmpty ? "another process" : text
    }
}
