import Glibc
import RoundsCore

/// A folder of plans, one per doctor, found without configuration (the README, "For agencies:
/// workspaces"):
///
/// - `NAME.json`: a plan file in the folder itself;
/// - `NAME/plan.json`: a plan in a folder of its own (where its git clone, backups and logs live).
///
/// Only the folder's own entries are looked at (a subfolder counts when it holds a `plan.json`,
/// and nothing deeper is searched, so an export folder or a repository's `.git` never turns up
/// plans). Hidden names (`.x`), the store's side files (`.bak`, `.lock`, `.session`, `.log`,
/// temp files) and rescue files (`plan-rescued-….json`) are not plans. Every other `*.json`
/// in the folder is taken as a plan, so one that is not a plan shows up as a row that cannot
/// be opened rather than silently vanishing.
public struct Workspace: Sendable {
    /// The folder, as an absolute path.
    public let folder: String
    /// The plans found, in name order.
    public let entries: [Entry]

    /// One plan of the workspace.
    public struct Entry: Hashable, Sendable {
        public enum Layout: String, Hashable, Sendable {
            /// `NAME.json`
            case file
            /// `NAME/plan.json`
            case folder
        }

        /// `NAME`: the file name without `.json`, or the folder's name.
        public var name: String
        /// `NAME.json` or `NAME/plan.json`, relative to the workspace folder.
        public var relativePath: String
        /// The plan's absolute path (what `--plan` would take).
        public var path: String
        public var layout: Layout

        public init(name: String, relativePath: String, path: String, layout: Layout) {
            self.name = name
            self.relativePath = relativePath
            self.path = path
            self.layout = layout
        }

        /// The plan's store: an ordinary plan, with its own locks beside it.
        public var store: PlanStore { PlanStore(path: path) }
    }

    public init(folder: String, entries: [Entry]) {
        self.folder = folder
        self.entries = entries
    }

    /// Whether a file name in the workspace folder is a plan by name alone.
    static func isPlanFileName(_ name: String) -> Bool {
        guard name.hasSuffix(".json"), name.count > ".json".count, !name.hasPrefix(".") else { return false }
        return !name.hasPrefix("plan-rescued-")
    }

    /// The plans in `folder` (absolute, or relative to the working directory).
    public static func discover(_ folder: String, environment: AppEnvironment) throws(WorkspaceError) -> Workspace {
        var dir = environment.absolute(folder)
        while dir.count > 1, dir.hasSuffix("/") { dir.removeLast() }
        var st = stat()
        guard stat(dir, &st) == 0 else {
            let e = errno
            if e == ENOENT { throw .notFound(folder: dir) }
            throw .unreadable(folder: dir, reason: String(cString: strerror(e)))
        }
        guard st.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(folder: dir) }
        guard let handle = opendir(dir) else { throw .unreadable(folder: dir, reason: String(cString: strerror(errno))) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(handle)
        var entries: [Entry] = []
        for name in names.sorted() {
            let full = dir == "/" ? "/" + name : dir + "/" + name
            var s = stat()
            // Links are followed: a plan may be a link to a synced folder's file.
            guard stat(full, &s) == 0 else {
                // A link that leads nowhere, named like a plan, is a plan that cannot be read.
                if isPlanFileName(name) { entries.append(Entry(name: String(name.dropLast(5)), relativePath: name, path: full, layout: .file)) }
                continue
            }
            switch s.st_mode & S_IFMT {
            case S_IFREG where isPlanFileName(name):
                entries.append(Entry(name: String(name.dropLast(5)), relativePath: name, path: full, layout: .file))
            case S_IFDIR:
                var p = stat()
                if lstat(full + "/plan.json", &p) == 0 {
                    entries.append(Entry(name: name, relativePath: name + "/plan.json", path: full + "/plan.json", layout: .folder))
                }
            default:
                continue
            }
        }
        guard !entries.isEmpty else { throw .empty(folder: dir) }
        // `ruiz.json` and `ruiz/plan.json` may both be there: file first, then folder.
        entries.sort { ($0.name, $0.layout == .folder ? 1 : 0) < ($1.name, $1.layout == .folder ? 1 : 0) }
        return Workspace(folder: dir, entries: entries)
    }
}

/// Why a workspace cannot be used, or a doctor not found in it.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case notFound(folder: String)
    case notAFolder(folder: String)
    case unreadable(folder: String, reason: String)
    case empty(folder: String)
    /// `--doctor` matched nothing; the candidates are every plan's `NAME (Doctor's name)`.
    case noDoctor(query: String, folder: String, candidates: [String])
    /// `--doctor` matched more than one plan.
    case ambiguousDoctor(query: String, folder: String, candidates: [String])
    /// A command about one plan was given a workspace and no `--doctor`.
    case doctorNeeded(command: String, folder: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let folder):
            "no workspace at \(folder): the folder does not exist"
        case .notAFolder(let folder):
            "\(folder) is not a folder: a workspace is a folder of plans (NAME.json files or NAME/plan.json folders); for one plan use --plan"
        case .unreadable(let folder, let reason):
            "cannot read the workspace \(folder): \(reason)"
        case .empty(let folder):
            "no plans in \(folder): a workspace holds NAME.json files or NAME/plan.json folders, one per doctor"
        case .noDoctor(let query, let folder, let candidates):
            "--doctor '\(query)': no plan in \(folder) has that file or doctor name; the plans are:\n" + Self.list(candidates)
        case .ambiguousDoctor(let query, let folder, let candidates):
            "--doctor '\(query)' matches more than one plan in \(folder); give more of the name:\n" + Self.list(candidates)
        case .doctorNeeded(let command, let folder, let candidates):
            "\(command) works on one plan: choose it with --doctor NAME (the workspace \(folder) has \(candidates.count)):\n" + Self.list(candidates)
        }
    }

    private static func list(_ names: [String]) -> String { names.map { "  " + $0 }.joined(separator: "\n") }
}
