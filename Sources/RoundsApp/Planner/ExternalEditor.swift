import Glibc
import RoundsCore

/// Editing a draft in $VISUAL / $EDITOR, as the README's Reliability section says: the draft goes in a
/// fresh private folder (0700, under $XDG_RUNTIME_DIR when set), the editor string runs
/// through `/bin/sh -c '<editor> "$@"'` so it may carry arguments while the file name is only
/// ever `$1`, SIGINT and SIGQUIT are ignored while it runs, a non-zero exit discards the edit,
/// and the result is read back by path (editors may replace the file).
enum ExternalEditor {
    enum Outcome: Equatable {
        case edited(String)
        case failed(String)
    }

    /// `VISUAL`, then `EDITOR`, then `vi`.
    static func command(in env: [String: String]) -> String {
        for key in ["VISUAL", "EDITOR"] {
            if let v = env[key], !v.trimmingSpaces.isEmpty { return v }
        }
        return "vi"
    }

    static func edit(_ text: String, command: String, environment: [String: String]) -> Outcome {
        let base = environment["XDG_RUNTIME_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/rounds-edit-XXXXXX").utf8CString)
        guard let dirPointer = mkdtemp(&template) else { return .failed("cannot make a private folder in \(base)") }
        let dir = String(cString: dirPointer)
        chmod(dir, 0o700)
        let file = dir + "/draft.md"
        defer {
            unlink(file)
            rmdir(dir)
        }
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failed("cannot create the draft file") }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { close(fd); return .failed("cannot write the draft file") }
            offset += n
        }
        close(fd)
        bytes.removeAll()

        // The terminal is the editor's now; Ctrl-C there must not end the planner.
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        var oldInt = sigaction(), oldQuit = sigaction()
        sigaction(SIGINT, &ignore, &oldInt)
        sigaction(SIGQUIT, &ignore, &oldQuit)
        defer {
            sigaction(SIGINT, &oldInt, nil)
            sigaction(SIGQUIT, &oldQuit, nil)
        }
        let argv = ["/bin/sh", "-c", command + " \"$@\"", command, file]
        var pid: pid_t = 0
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        // The child gets default SIGINT/SIGQUIT back, and an empty signal mask.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // C strings allocated and freed by Swift (not strdup/free: under ThreadSanitizer with the
        // runtime linked in, a strdup'd pointer failed the sanitizer's free and ended the planner).
        func cString(_ s: String) -> UnsafeMutablePointer<CChar> {
            let utf8 = Array(s.utf8CString)
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
            p.initialize(from: utf8, count: utf8.count)
            return p
        }
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map(cString) + [nil]
        let cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { cString("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cArgs { p?.deallocate() }
            for p in cEnv { p?.deallocate() }
        }
        let rc = posix_spawn(&pid, "/bin/sh", nil, &attr, cArgs, cEnv)
        posix_spawnattr_destroy(&attr)
        guard rc == 0 else { return .failed("cannot start /bin/sh (\(String(cString: strerror(rc))))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else {
            return .failed(exited ? "'\(command)' exited with status \(code)" : "'\(command)' was stopped by a signal")
        }
        guard let back = try? DurableFile.read(file) else { return .failed("the draft file is gone") }
        guard let edited = String(validating: back, as: UTF8.self) else { return .failed("the edited text is not UTF-8") }
        return .edited(edited)
    }
}
