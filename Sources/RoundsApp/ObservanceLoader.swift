import Glibc
import RoundsCore
import RoundsThemes

/// Reads the shipped observances, then the user's own files (`*.json` in
/// `$XDG_CONFIG_HOME/rounds/observances/`, in name order): an entry with a shipped id replaces
/// it. A broken file or entry is reported with its path, line and column; the rest loads.
extension AppEnvironment {
    public func observances() -> (set: ObservanceSet, problems: [String]) {
        var set = ObservanceSet()
        var problems: [String] = []
        let shipped = ObservanceSet.decode(ShippedObservances.file.bytes)
        set.merge(shipped.observances)
        problems += shipped.problems.map { "Themes/\(ShippedObservances.file.name): \($0.description)" }
        let folder = userObservancesFolder
        guard let dir = opendir(folder) else { return (set, problems) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(name) }
        }
        closedir(dir)
        for name in names.sorted() {
            let path = folder + "/" + name
            do {
                let result = ObservanceSet.decode(try DurableFile.read(path))
                set.merge(result.observances)
                problems += result.problems.map { "\(path): \($0.description)" }
            } catch {
                problems.append("\(path): \(error)")
            }
        }
        return (set, problems)
    }
}
