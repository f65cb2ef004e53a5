import Glibc
import RoundsCore
import RoundsUI

/// The planner's export (x): the file name as typed, with `~` expanded and a relative name
/// made full; an existing file is replaced only after the doctor said yes.
extension ExportFile {
    static func perform(_ request: ExportRequest, plan: Plan, today: CalendarDate, planPath: String,
                        environment: [String: String]) -> IOAction {
        let full = fullPath(request.path, environment: environment)
        if isSameFile(full, planPath) || [".bak", ".lock", ".session", ".log"].contains(where: { isSameFile(full, planPath + $0) }) {
            return .exportFailed(path: full, reason: "that is the plan file (or one of its own): choose another name")
        }
        var st = stat()
        if lstat(full, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return .exportFailed(path: full, reason: "it is a folder: name a file") }
            if !request.replace { return .exportWouldReplace(request, fullPath: full) }
        }
        let (zone, zoneProblem) = AppEnvironment(variables: environment).zone(of: plan)
        if request.format == .ics, let zoneProblem { return .exportFailed(path: full, reason: zoneProblem) }
        let result = Exporter.export(plan, from: request.from, to: request.to, format: request.format,
                                     options: ExportOptions(timeZone: zone), today: today)
        do {
            try DurableFile.write(result.text, to: full)
        } catch {
            return .exportFailed(path: full, reason: "\(error)")
        }
        return .exported(path: full, posts: result.postCount, warnings: result.warnings)
    }

    /// `~` and `~/…` from `HOME`; a relative name from the working folder.
    static func fullPath(_ typed: String, environment: [String: String]) -> String {
        var path = typed
        if let home = environment["HOME"], !home.isEmpty {
            if path == "~" { path = home } else if path.hasPrefix("~/") { path = home + path.dropFirst(1) }
        }
        return AppEnvironment(variables: environment).absolute(path)
    }
}
