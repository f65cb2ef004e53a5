import Glibc
import RoundsCore
import RoundsThemes

/// Everything the app reads from the outside world, gathered in one place so tests can pin
/// it: environment variables, the clock, where files live.
public struct AppEnvironment: Sendable {
    public var variables: [String: String]

    public init(variables: [String: String]) { self.variables = variables }

    public static func current() -> AppEnvironment {
        var vars: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { vars[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return AppEnvironment(variables: vars)
    }

    private func nonEmpty(_ key: String) -> String? {
        guard let v = variables[key], !v.isEmpty else { return nil }
        return v
    }

    var home: String { nonEmpty("HOME") ?? "/tmp" }

    /// `--plan`, then `ROUNDS_PLAN`, then `$XDG_DATA_HOME/rounds/plan.json`, then `~/.local/share/rounds/plan.json`.
    public func planPath(option: String?) -> String {
        if let option, !option.isEmpty { return absolute(option) }
        if let env = nonEmpty("ROUNDS_PLAN") { return absolute(env) }
        let data = nonEmpty("XDG_DATA_HOME") ?? home + "/.local/share"
        return data + "/rounds/plan.json"
    }

    public var userThemesFolder: String {
        (nonEmpty("XDG_CONFIG_HOME") ?? home + "/.config") + "/rounds/themes"
    }

    func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return path }
        let cwd = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + path
    }

    public var userObservancesFolder: String {
        (nonEmpty("XDG_CONFIG_HOME") ?? home + "/.config") + "/rounds/observances"
    }

    /// Who is running rounds, for the record of who last changed a post's text and who
    /// approved it: `ROUNDS_NAME` (the person's name, optional) and the operating-system user
    /// (`USER`, else `LOGNAME`, else the password entry of the real user id).
    public var identity: Identity {
        var user = nonEmpty("USER") ?? nonEmpty("LOGNAME")
        if user == nil, let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { user = String(cString: name) }
        return Identity(name: nonEmpty("ROUNDS_NAME") ?? "", user: user ?? "uid \(getuid())")
    }

    /// Now, or `ROUNDS_NOW` (`2026-11-25T09:00:00Z`) when tests pin the clock.
    public var now: Timestamp {
        if let fixed = nonEmpty("ROUNDS_NOW").flatMap(Timestamp.init(iso:)) { return fixed }
        return Timestamp(secondsSince1970: Int64(time(nil)))
    }

    /// Today in the local time zone (or the date of `ROUNDS_NOW`).
    public var today: CalendarDate {
        if let fixed = nonEmpty("ROUNDS_NOW").flatMap(Timestamp.init(iso:)) { return fixed.date }
        var t = time(nil)
        var parts = tm()
        localtime_r(&t, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Timestamp(secondsSince1970: Int64(t)).date
    }

    /// Shipped packs, then the user's own (a user pack with the same id replaces a shipped one).
    public func themePacks() -> (packs: [ThemePack], problems: [String]) {
        var packs: [ThemePack] = []
        var problems: [String] = []
        for file in ShippedThemePacks.files {
            do { packs.append(try ThemePack.decode(file.bytes)) } catch { problems.append("Themes/\(file.name): \(error.description)") }
        }
        for path in AppEnvironment.jsonFiles(in: userThemesFolder) {
            do {
                let pack = try ThemePack.decode(try DurableFile.read(path))
                packs.removeAll { $0.id == pack.id }
                packs.append(pack)
            } catch let e as PlanDecodingError {
                problems.append("\(path): \(e.description)")
            } catch {
                problems.append("\(path): \(error)")
            }
        }
        return (packs, problems)
    }

    /// A new random post id: 8 lowercase hex digits, unused in `plan` (see `PostIDGenerator`;
    /// bulk edits keep one generator for all their ids).
    public static func newPostID(in plan: Plan) -> String { PostIDGenerator(plan: plan).next() }
}

extension AppEnvironment {
    /// The paths of a folder's `*.json` files (not hidden ones), in name order; none when the
    /// folder cannot be read. The user's theme packs and observances are found this way.
    static func jsonFiles(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted().map { folder + "/" + $0 }
    }
}
