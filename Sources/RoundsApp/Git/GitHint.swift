import Glibc

/// The one-line hint for a plan in a git clone that lacks the merge driver (git never clones
/// config, so every fresh clone lacks it). Found by reading files, not by running git: it runs
/// before every command that loads a plan. Printed once per clone (a marker in its git folder).
enum GitHint {
    static let text = "rounds: hint: this plan is in a git repository without the rounds merge driver; run `rounds git setup` once in this clone, or a merge may leave conflict markers in the plan"

    static func printOnce(planPath: String, environment: [String: String]) {
        guard let gitDir = gitFolder(above: DurableFile.split(planPath).dir) else { return }
        let marker = gitDir + "/rounds-hint-shown"
        if access(marker, F_OK) == 0 { return }
        var configs = [gitDir + "/config"]
        if let home = environment["HOME"], !home.isEmpty { configs.append(home + "/.gitconfig") }
        let xdg = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (environment["HOME"] ?? "") + "/.config"
        configs.append(xdg + "/git/config")
        for file in configs where configures(file) { return }
        FileHandleOut.stderr(text)
        let fd = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd) }
    }

    /// Whether a git config file defines `merge.rounds.driver`.
    static func configures(_ file: String) -> Bool {
        guard let bytes = try? DurableFile.read(file) else { return false }
        var inSection = false
        for raw in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let line = String(raw).trimmingSpaces
            if line.hasPrefix("[") {
                let compact = line.filter { $0 != " " && $0 != "\t" }.lowercased()
                inSection = compact.hasPrefix("[merge\"rounds\"]")
                continue
            }
            if inSection, line.lowercased().hasPrefix("driver") { return true }
        }
        return false
    }

    /// The repository's common git folder for a work tree containing `start`, or nil.
    static func gitFolder(above start: String) -> String? {
        var dir = start
        for _ in 0..<64 {
            let dotGit = dir + "/.git"
            var st = stat()
            if stat(dotGit, &st) == 0 {
                if (st.st_mode & S_IFMT) == S_IFDIR { return dotGit }
                // A linked work tree or submodule: "gitdir: <path>".
                guard let bytes = try? DurableFile.read(dotGit) else { return nil }
                let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces
                guard text.hasPrefix("gitdir:") else { return nil }
                var target = String(text.dropFirst(7)).trimmingSpaces
                if !target.hasPrefix("/") { target = dir + "/" + target }
                if let common = try? DurableFile.read(target + "/commondir") {
                    var c = String(decoding: common, as: UTF8.self).trimmingSpaces
                    if !c.hasPrefix("/") { c = target + "/" + c }
                    return c
                }
                return target
            }
            guard dir != "/", !dir.isEmpty else { return nil }
            let parent = DurableFile.split(dir).dir
            if parent == dir { return nil }
            dir = parent
        }
        return nil
    }
}
