import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program without Foundation's `Process` (which can hang on inherited descriptors):
/// posix_spawn with a clean signal mask, output to temp files, waitpid.
public struct SpawnResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum Spawn {
    /// The built `rounds` binary, next to the test bundle.
    public static var roundsPath: String {
        let products = Bundle.main.bundleURL.path
        for candidate in [products + "/rounds", products + "/../rounds"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        // Fall back to the build folder of this package.
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return here.path + "/.build/debug/rounds"
    }

    /// Base environment for the binary: pinned clock, locale, HOME and XDG in `home`.
    public static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var env: [String: String] = [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "XDG_DATA_HOME": home + "/data",
            "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8", "TERM": "xterm-256color",
            "ROUNDS_NOW": "2026-11-25T10:00:00Z", "SWIFT_BACKTRACE": "enable=no", "TZ": "UTC",
        ]
        for (k, v) in extra { env[k] = v }
        return env
    }

    /// Starts a program and returns its pid; output goes to the given files.
    public static func start(_ path: String, _ args: [String], env: [String: String], stdin: String? = nil,
                             stdoutPath: String, stderrPath: String) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attr, argv, envp)
        precondition(rc == 0, "posix_spawn \(path) failed: \(rc)")
        return pid
    }

    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }

    /// Runs a program to completion.
    public static func run(_ path: String, _ args: [String], env: [String: String], stdinText: String? = nil) -> SpawnResult {
        let dir = TempFolder()
        var stdinPath: String?
        if let stdinText {
            dir.write("stdin", stdinText)
            stdinPath = dir.file("stdin")
        }
        let pid = start(path, args, env: env, stdin: stdinPath, stdoutPath: dir.file("out"), stderrPath: dir.file("err"))
        let status = wait(pid)
        return SpawnResult(status: status, stdout: dir.text("out") ?? "", stderr: dir.text("err") ?? "")
    }

    /// Runs the built `rounds`.
    public static func rounds(_ args: [String], home: String, env extra: [String: String] = [:], stdin: String? = nil) -> SpawnResult {
        run(roundsPath, args, env: environment(home: home, extra: extra), stdinText: stdin)
    }
}
