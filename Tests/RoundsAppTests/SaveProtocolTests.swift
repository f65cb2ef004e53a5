import Foundation
import Testing
import RoundsTestSupport

/// One real save, traced with strace: the exact sequence the README's "How a save works" describes.
@Suite("The save protocol, traced")
struct SaveProtocolTests {
    @Test("temp file O_EXCL|O_NOFOLLOW|O_CLOEXEC 0600, every byte written, fsync, rename over the plan, fsync of the folder")
    func traced() throws {
        let home = TempFolder()
        let plan = home.file("plan.json")
        #expect(Spawn.rounds(["init"], home: home.path, env: ["ROUNDS_PLAN": plan]).status == 0)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let strace = path.split(separator: ":").map { "\($0)/strace" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let tool = try #require(strace, "strace is missing: apt-get install strace (.ci/run installs it)")
        let trace = home.file("trace.txt")
        let r = Spawn.run(tool, ["-f", "-o", trace, "-e", "trace=openat,open,creat,write,fsync,fdatasync,close,rename,renameat,renameat2,unlink,unlinkat",
                                 Spawn.roundsPath, "add", "--date", "2026-12-01", "--theme", "qa", "--title", "Traced"],
                          env: Spawn.environment(home: home.path, extra: ["ROUNDS_PLAN": plan,
                                                                          // LeakSanitizer cannot run under ptrace (.ci/sanitizers).
                                                                          "ASAN_OPTIONS": "detect_leaks=0"]))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = (home.text("trace.txt") ?? "").split(separator: "\n").map(String.init)
        func index(_ p: (String) -> Bool, after: Int = -1) -> Int? { lines.indices.first { $0 > after && p(lines[$0]) } }
        func fd(_ line: String) -> String? { line.split(separator: "=").last.map { $0.trimmingCharacters(in: .whitespaces) } }

        let dirOpen = try #require(index { $0.contains("openat(") && $0.contains("\"\(home.path)\"") && $0.contains("O_DIRECTORY") })
        let dirFD = try #require(fd(lines[dirOpen]))
        let tmpOpen = try #require(index({ $0.contains("openat(\(dirFD), \".plan.json.tmp-") }, after: dirOpen), "\(lines.suffix(20))")
        let open = lines[tmpOpen]
        for flag in ["O_WRONLY", "O_CREAT", "O_EXCL", "O_NOFOLLOW", "O_CLOEXEC"] { #expect(open.contains(flag), "\(open)") }
        #expect(open.contains(", 0600)"), "\(open)")
        let tmpFD = try #require(fd(open))
        let tmpName = try #require(open.split(separator: "\"").dropFirst().first.map(String.init))
        let writes = lines.indices.filter { $0 > tmpOpen && lines[$0].contains("write(\(tmpFD), ") }
        let lastWrite = try #require(writes.last)
        let written = writes.compactMap { fd(lines[$0]).flatMap(Int.init) }.reduce(0, +)
        #expect(written == (home.bytes("plan.json")?.count ?? -1), "every byte of the plan went into the temp file")
        let sync = try #require(index({ $0.contains("fsync(\(tmpFD))") }, after: lastWrite), "fsync after the last write")
        let close = try #require(index({ $0.contains("close(\(tmpFD))") }, after: sync))
        let rename = try #require(index({ $0.contains("rename") && $0.contains("\"\(tmpName)\"") && $0.contains("\"plan.json\"") }, after: close))
        _ = try #require(index({ $0.contains("fsync(\(dirFD))") }, after: rename), "the folder is fsynced after the rename")
        // The plan itself is never opened for writing.
        #expect(!lines.contains { $0.contains("\"\(plan)\"") && $0.contains("O_WRONLY") || $0.contains("\"plan.json\"") && $0.contains("openat") && $0.contains("O_WRONLY") })
    }
}
