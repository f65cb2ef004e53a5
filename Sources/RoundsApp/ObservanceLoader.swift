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
        for path in AppEnvironment.jsonFiles(in: userObservancesFolder) {
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
