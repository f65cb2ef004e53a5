import Glibc
import RoundsCore

/// The git work tree a plan lives in, driven through the `git` on PATH (never a git library
/// of our own). Every call is `git -C <root> …`.
struct GitRepository {
    /// The work tree's top folder (real path).
    let root: String
    /// The plan's path relative to `root`.
    let planPath: String
    let environment: [String: String]

    /// The environment git runs with: the user's, without prompts for passwords (a prompt
    /// would wait on a terminal the caller may own) and in a stable language for parsing.
    static func gitEnvironment(_ env: [String: String]) -> [String: String] {
        var e = env
        e["GIT_TERMINAL_PROMPT"] = "0"
        e["LC_ALL"] = "C"
        e["LANGUAGE"] = "C"
        e["GIT_OPTIONAL_LOCKS"] = "0"
        return e
    }

    enum FindError: Error {
        case noGit
        case notARepository(String)
    }

    /// The repository holding `planFile`, or why there is none.
    static func find(planFile: String, environment: [String: String]) throws(FindError) -> GitRepository {
        let real = realPath(planFile) ?? planFile
        let (dir, name) = DurableFile.split(real)
        let env = gitEnvironment(environment)
        guard let r = Subprocess.run("git", ["-C", dir, "rev-parse", "--show-toplevel"], environment: env) else { throw .noGit }
        guard r.succeeded else { throw .notARepository(dir) }
        let top = r.text.trimmingSpaces
        let rootReal = realPath(top) ?? top
        var rel = name
        if dir != rootReal {
            guard dir.hasPrefix(rootReal + "/") else { throw .notARepository(dir) }
            rel = String(dir.dropFirst(rootReal.count + 1)) + "/" + name
        }
        return GitRepository(root: rootReal, planPath: rel, environment: env)
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else {
            // The file may not exist yet: resolve its folder.
            let (dir, name) = DurableFile.split(path)
            guard let d = realpath(dir, nil) else { return nil }
            defer { free(d) }
            return String(cString: d) + "/" + name
        }
        defer { free(p) }
        return String(cString: p)
    }

    var absolutePlanPath: String { root + "/" + planPath }

    /// Runs `git -C root <config…> args`.
    @discardableResult
    func git(_ args: [String], config: [String] = [], stdin: [UInt8]? = nil, detach: Bool = false) -> Subprocess.Result {
        var full = ["-C", root]
        for c in config { full += ["-c", c] }
        full += args
        return Subprocess.run("git", full, environment: environment, stdin: stdin, detach: detach)
            ?? Subprocess.Result(status: 127, stdout: [], stderr: "git could not be started")
    }

    func configValue(_ key: String) -> String? {
        let r = git(["config", "--get", key])
        guard r.succeeded else { return nil }
        let v = r.text.trimmingSpaces
        return v.isEmpty ? nil : v
    }

    /// The bytes of `path` at a revision or an index stage (`HEAD`, `:1`), or nil.
    func show(_ spec: String) -> [UInt8]? {
        let r = git(["show", spec])
        return r.succeeded ? r.stdout : nil
    }

    /// The driver line git runs: this very binary, so it works wherever it was installed.
    static func driverCommand(binary: String) -> String {
        "'" + binary.replacingAll("'", with: "'\\''") + "' merge-driver %O %A %B %P"
    }

    /// The path of the running `rounds`.
    static var currentBinary: String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return "rounds" }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `-c` settings that make this one git command merge the plan with our driver, whether
    /// or not `rounds git setup` ran: the driver, and an attributes file naming the plan
    /// (after the user's own, whose lines still apply).
    func driverConfig(attributesFile: String) -> [String] {
        ["merge.rounds.name=Rounds plan (by post and field)",
         "merge.rounds.driver=" + GitRepository.driverCommand(binary: GitRepository.currentBinary),
         "core.attributesFile=" + attributesFile]
    }

    /// Writes the attributes file `driverConfig` names: the user's global one, then ours.
    func writeAttributesFile(in dir: String) -> String? {
        var text = ""
        if let user = configValue("core.attributesFile"), let bytes = try? DurableFile.read(expandHome(user)) {
            text = String(decoding: bytes, as: UTF8.self)
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        }
        text += GitRepository.attributesLine(planPath) + "\n"
        let path = dir + "/attributes"
        guard (try? DurableFile.write(Array(text.utf8), to: path)) != nil else { return nil }
        return path
    }

    func expandHome(_ p: String) -> String {
        if p.hasPrefix("~/"), let home = environment["HOME"] { return home + String(p.dropFirst(1)) }
        return p
    }

    /// `/plan.json merge=rounds eol=lf`, quoted when the path holds spaces or quotes.
    static func attributesLine(_ rel: String) -> String {
        pattern(rel) + " merge=rounds eol=lf"
    }

    static func pattern(_ rel: String) -> String {
        let anchored = "/" + rel
        guard anchored.contains(where: { $0 == " " || $0 == "\"" || $0 == "\\" || $0 == "\t" }) else { return anchored }
        var q = "\""
        for ch in anchored {
            switch ch {
            case "\"": q += "\\\""
            case "\\": q += "\\\\"
            case "\t": q += "\\t"
            default: q.append(ch)
            }
        }
        return q + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
