import Foundation
import Testing
import RoundsTestSupport

/// A terminal that goes away without a SIGHUP (a closed pty master): the planner must leave,
/// not spin on failing reads.
@Suite("The planner when its terminal disappears")
struct HangupTests {
    @Test("closing the pty ends the planner within a second, exit 0, the plan intact")
    func closedPty() throws {
        let home = TempFolder()
        #expect(Spawn.rounds(["init"], home: home.path, env: ["ROUNDS_PLAN": home.file("plan.json")]).status == 0)
        let before = home.bytes("plan.json")
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let python = path.split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let py = try #require(python, "python3 is missing (.ci/run installs it)")
        let script = """
        import os, pty, sys, time, subprocess, fcntl, termios, struct
        m, s = pty.openpty()
        fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
        env = dict(os.environ, TERM='xterm-256color', LANG='C.UTF-8', ROUNDS_PLAN=sys.argv[2], SWIFT_BACKTRACE='enable=no')
        p = subprocess.Popen([sys.argv[1]], stdin=s, stdout=s, stderr=s, env=env, start_new_session=True)
        os.close(s)
        out, deadline = b'', time.time() + 10
        while b'q quit' not in out and time.time() < deadline:
            out += os.read(m, 65536)
        os.close(m)
        t = time.time()
        try:
            p.wait(timeout=5)
            print('exit', p.returncode, 'fast' if time.time() - t < 1 else 'slow')
        except subprocess.TimeoutExpired:
            p.kill(); print('still running')
        """
        let r = Spawn.run(py, ["-c", script, Spawn.roundsPath, home.file("plan.json")],
                          env: Spawn.environment(home: home.path, extra: ["PATH": path]))
        #expect(r.stdout == "exit 0 fast\n", "\(r.stdout) \(r.stderr)")
        #expect(home.bytes("plan.json") == before)
    }
}
