import Foundation
import Glibc

/// The real binary on a pseudo-terminal, to time what a person sees: bytes are read from the
/// master side until a text appears on screen.
final class PtySession {
    let master: Int32
    let pid: pid_t
    var seen: [UInt8] = []

    init?(_ path: String, env: [String], columns: UInt16 = 80, rows: UInt16 = 24) {
        var m: Int32 = 0, s: Int32 = 0
        var ws = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &ws) == 0 else { return nil }
        master = m
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        for fd in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, s, fd) }
        posix_spawn_file_actions_addclose(&actions, m)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        posix_spawnattr_setflags(&attr, 0x80)  // POSIX_SPAWN_SETSID (glibc), not imported: a session of its own
        var child: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        // The clock starts before the spawn: the child may run to its first output before
        // posix_spawn returns to this process.
        let start = PtySession.now()
        let rc = posix_spawn(&child, path, &actions, &attr, argv, envp)
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attr)
        close(s)
        guard rc == 0 else { close(m); return nil }
        pid = child
        startTime = start
    }

    private var startTime: Double

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Milliseconds from launch until `text` has been drawn, or nil after `timeout` seconds.
    func waitFor(_ text: String, timeout: Double) -> Double? {
        read(until: Array(text.utf8), from: 0, deadline: startTime + timeout).map { ($0 - startTime) * 1000 }
    }

    /// Writes a key and returns the milliseconds until `text` is drawn after it.
    func press(_ key: String, waitFor text: String) -> Double? {
        let from = seen.count
        let t0 = PtySession.now()
        _ = key.withCString { write(master, $0, strlen($0)) }
        return read(until: Array(text.utf8), from: from, deadline: t0 + 5).map { ($0 - t0) * 1000 }
    }

    /// Writes a key and returns the milliseconds until the last byte of the terminal's answer
    /// (the end of the repaint: nothing more arrives for 50 ms).
    func pressAndSettle(_ key: String) -> Double? {
        let t0 = PtySession.now()
        _ = key.withCString { write(master, $0, strlen($0)) }
        var last: Double?
        var buf = [UInt8](repeating: 0, count: 65536)
        while PtySession.now() < t0 + 5 {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 50) <= 0 {
                if last != nil { break }
                continue
            }
            let n = buf.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            seen.append(contentsOf: buf[0..<n])
            last = PtySession.now()
        }
        return last.map { ($0 - t0) * 1000 }
    }

    private func read(until needle: [UInt8], from: Int, deadline: Double) -> Double? {
        var buf = [UInt8](repeating: 0, count: 65536)
        while PtySession.now() < deadline {
            if seen.count >= from + needle.count, contains(needle, after: from) { return PtySession.now() }
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) > 0 else { continue }
            let n = buf.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            seen.append(contentsOf: buf[0..<n])
            if contains(needle, after: from) { return PtySession.now() }
        }
        return nil
    }

    private func contains(_ needle: [UInt8], after from: Int) -> Bool {
        guard seen.count - from >= needle.count else { return false }
        var i = max(from, 0)
        while i + needle.count <= seen.count {
            if seen[i] == needle[0], Array(seen[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }

    func quit() {
        _ = "q".withCString { write(master, $0, 1) }
        var status: Int32 = 0
        let deadline = PtySession.now() + 5
        while waitpid(pid, &status, WNOHANG) == 0 {
            if PtySession.now() > deadline { kill(pid, SIGKILL) }
            var buf = [UInt8](repeating: 0, count: 4096)
            _ = buf.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            usleep(1000)
        }
        close(master)
    }
}
