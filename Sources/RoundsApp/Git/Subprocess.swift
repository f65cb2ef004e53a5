import Glibc

/// Runs a program (git) to completion: `posix_spawnp` with a clean signal mask and default
/// dispositions, output to files in a private temp folder (a pipe read to its end can hang
/// when a child leaves a descendant holding it, as `git gc --auto` may), then `waitpid`.
enum Subprocess {
    struct Result: Sendable {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var succeeded: Bool { status == 0 }
        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// The last non-empty line of stderr, for one-line messages.
        var lastError: String {
            stderr.split(separator: "\n").map { String($0).trimmingSpaces }.last { !$0.isEmpty } ?? ""
        }
    }

    /// `nil` when the program could not be started at all (not on PATH).
    /// `detach` puts the child in a session of its own, with no controlling terminal, so
    /// nothing it runs (ssh) can prompt on the planner's screen.
    static func run(_ program: String, _ args: [String], environment: [String: String], stdin: [UInt8]? = nil,
                    detach: Bool = false) -> Result? {
        let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/rounds-run-XXXXXX").utf8CString)
        guard let dirPointer = mkdtemp(&template) else { return nil }
        let dir = String(cString: dirPointer)
        let outPath = dir + "/out", errPath = dir + "/err", inPath = dir + "/in"
        defer {
            unlink(outPath); unlink(errPath); unlink(inPath)
            rmdir(dir)
        }
        if let stdin {
            guard (try? DurableFile.write(stdin, to: inPath)) != nil else { return nil }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin == nil ? "/dev/null" : inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attr, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if detach { flags |= 0x80 }  // POSIX_SPAWN_SETSID (glibc), not imported
        posix_spawnattr_setflags(&attr, Int16(flags))
        // C strings allocated and freed by Swift (see ExternalEditor).
        func cString(_ s: String) -> UnsafeMutablePointer<CChar> {
            let utf8 = Array(s.utf8CString)
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
            p.initialize(from: utf8, count: utf8.count)
            return p
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + args).map(cString) + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { cString("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { p?.deallocate() }
            for p in envp { p?.deallocate() }
        }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, program, &actions, &attr, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let code: Int32 = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = (try? DurableFile.read(outPath)) ?? []
        let err = (try? DurableFile.read(errPath)) ?? []
        return Result(status: code, stdout: out, stderr: String(decoding: err, as: UTF8.self))
    }
}
