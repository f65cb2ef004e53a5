import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one program, for end-to-end tests as a person would run
/// them: type keys, read the screen, resize. Each instance has its own socket.
public final class TmuxSession {
    public let folder = TempFolder()
    private var socket: String { folder.file("tmux.sock") }
    private let name = "rounds"

    /// Starts `command` (argv) in a detached session of the given size.
    public init(width: Int, height: Int, command: [String], environment: [String: String]) {
        folder.write("tmux.conf", "set -g default-terminal tmux-256color\nset -g status off\nset -g escape-time 0\nset -g remain-on-exit off\n")
        var args = ["-S", socket, "-f", folder.file("tmux.conf"), "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        // A non-interactive shell reports the exit status and keeps the pane for reading. The
        // status goes on a line of its own, with a carriage return: after a kill -9 the terminal is
        // left as the program had it (no CR on newline, the cursor mid-line), and a bare echo there
        // wrapped "EXIT=137" over two lines at 80 columns.
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        args.append("\(quoted); s=$?; printf '\\r\\nEXIT=%s\\r\\n' \"$s\"; sleep 600")
        let r = tmux(args)
        precondition(r.status == 0, "tmux new-session failed: \(r.stderr)")
    }

    deinit { _ = tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ args: [String]) -> SpawnResult {
        Spawn.run("/usr/bin/tmux", ["-S", socket] + args.drop { $0 == "-S" || $0 == socket }, env: [
            "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": folder.path, "TERM": "xterm-256color",
        ])
    }

    /// Sends keys by tmux name (`Left`, `Escape`, `C-c`) or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) {
        tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Pastes text as a terminal does with bracketed paste on (`ESC[200~ … ESC[201~`).
    public func paste(_ text: String) {
        tmux(["set-buffer", "-b", "rounds-test", text])
        tmux(["paste-buffer", "-p", "-d", "-b", "rounds-test", "-t", name])
    }

    public func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text.
    public func screen() -> String {
        tmux(["capture-pane", "-p", "-t", name]).stdout
    }

    /// Polls the screen until `condition` holds (up to `seconds`); returns the last screen.
    @discardableResult
    public func waitFor(seconds: Double = 10, _ condition: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) {
                // A frame can be read half painted (the header drawn, the grid still arriving): the
                // condition holds on it, and what the caller asserts next is not there yet. A frame is
                // taken once it reads the same twice, 30 ms apart.
                usleep(30_000)
                let again = screen()
                if again == last { return (true, last) }
                last = again
                if Date() >= deadline, condition(last) { return (true, last) }
                continue
            }
            usleep(30_000)
        }
        return (false, last)
    }

    /// The pid of the program the pane's shell runs (its child), so a test signals its own
    /// planner and never another test's.
    public func programPID() -> pid_t? {
        guard let shell = panePID() else { return nil }
        for _ in 0..<100 {
            if let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
               let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return pid }
            usleep(20_000)
        }
        return nil
    }

    /// Sends a signal to this pane's program only (other tests run planners at the same time);
    /// false when there is no program under the pane.
    public func signalProgram(_ sig: Int32) -> Bool {
        guard let pid = programPID() else { return false }
        return kill(pid, sig) == 0
    }

    /// The pid of the program in the pane's shell.
    public func panePID() -> pid_t? {
        pid_t(tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
