import Glibc

/// Writes a file so that a crash at any moment leaves either the old or the new version,
/// never a mix (the README, "How a save works"): exclusive 0600 temp file in the same folder, every byte
/// written, fsync, optional hard-link backup of the old file, rename, fsync of the folder.
public enum DurableFile {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var step: String
        public var errno: Int32
        public var description: String { "\(step): \(String(cString: strerror(errno)))" }
    }

    /// Replaces `path` with `bytes`. On any failure before the rename the old file is
    /// untouched and no temp file is left.
    public static func write(_ bytes: [UInt8], to path: String, backupPath: String? = nil) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { raw in
            do throws(Failure) { try write(raw, to: path, backupPath: backupPath) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// The same for text, written from its own storage (an export need not be copied first).
    public static func write(_ text: String, to path: String) throws(Failure) {
        var text = text
        var failure: Failure?
        text.withUTF8 { u in
            do throws(Failure) { try write(UnsafeRawBufferPointer(u), to: path, backupPath: nil) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    static func write(_ raw: UnsafeRawBufferPointer, to path: String, backupPath: String?) throws(Failure) {
        let (dir, name) = split(path)
        let dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dirfd >= 0 else { throw Failure(step: "open folder \(dir)", errno: errno) }
        defer { close(dirfd) }
        var tmpName = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            tmpName = ".\(name).tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
            fd = openat(dirfd, tmpName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw Failure(step: "create temp file in \(dir)", errno: errno) }
        func abandon(_ step: String, _ err: Int32) -> Failure {
            close(fd)
            unlinkat(dirfd, tmpName, 0)
            return Failure(step: step, errno: err)
        }
        // Exactly 0600 whatever the umask.
        if fchmod(fd, 0o600) != 0 { throw abandon("set permissions", errno) }
        var written = 0
        var ok: Int32 = 0
        while written < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                ok = errno
                break
            }
            written += n
        }
        if ok != 0 { throw abandon("write", ok) }
        if fsync(fd) != 0 { throw abandon("fsync", errno) }
        if close(fd) != 0 {
            let e = errno
            unlinkat(dirfd, tmpName, 0)
            throw Failure(step: "close", errno: e)
        }
        if let backupPath {
            // Best effort: the previous version, as a hard link (no copy, no extra write).
            let (_, bname) = split(backupPath)
            unlinkat(dirfd, bname, 0)
            linkat(dirfd, name, dirfd, bname, 0)
        }
        if renameat(dirfd, tmpName, dirfd, name) != 0 {
            let e = errno
            unlinkat(dirfd, tmpName, 0)
            throw Failure(step: "rename over \(path)", errno: e)
        }
        if fsync(dirfd) != 0 { throw Failure(step: "fsync folder \(dir)", errno: errno) }
    }

    /// Opens a file for reading, refusing anything that is not a regular file (a folder, a
    /// fifo, a device): the descriptor (the caller closes it) and its size.
    static func openRegular(_ path: String) throws(Failure) -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { throw Failure(step: "open", errno: errno) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw Failure(step: "stat", errno: e)
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw Failure(step: "open (not a regular file)", errno: EISDIR)
        }
        return (fd, Int(st.st_size))
    }

    /// Reads a whole file, refusing anything that is not a regular file.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let (fd, size) = try openRegular(path)
        defer { close(fd) }
        // Read straight into a buffer of the file's size; keep going if it grew meanwhile.
        var out = [UInt8]()
        var capacity = max(size + 1, 4096)
        var filled = 0
        while true {
            if filled == capacity { capacity *= 2 }
            var failure: Int32 = 0
            var atEnd = false
            let previous = out
            out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                if !previous.isEmpty { _ = buffer.initialize(from: previous) }
                var n = filled
                while n < capacity {
                    let r = Glibc.read(fd, buffer.baseAddress! + n, capacity - n)
                    if r < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if r == 0 { atEnd = true; break }
                    n += r
                }
                count = n
            }
            filled = out.count
            if failure != 0 { throw Failure(step: "read", errno: failure) }
            if atEnd { break }
        }
        return out
    }

    /// Folder and file name of a path.
    public static func split(_ path: String) -> (dir: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }

    /// Creates a folder and its parents; the last one 0700 (the plan is private).
    public static func makeFolder(_ path: String) throws(Failure) {
        var st = stat()
        if stat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw Failure(step: "\(path) is not a folder", errno: ENOTDIR) }
            return
        }
        let (parent, _) = split(path)
        if parent != path, parent != "/", parent != "." { try makeFolder(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw Failure(step: "create folder \(path)", errno: errno) }
        chmod(path, 0o700)
    }
}
