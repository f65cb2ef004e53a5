import Glibc
import RoundsCore

/// Where changes go that the plan file could not take when the planner leaves: a new private
/// file, first in the state folder (`$XDG_STATE_HOME/rounds`, else `~/.local/state/rounds`),
/// else beside the plan; never over anything. The path, or nil when neither could be written.
enum PlanRescue {
    static func write(_ plan: Plan, planPath: String, environment: [String: String], now: Timestamp) -> String? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        let stamp = now.iso.filter { $0.isNumber || $0 == "T" }
        let name = "plan-rescued-\(stamp)-\(getpid()).json"
        let bytes = PlanCodec.encode(plan)
        for folder in [state + "/rounds", DurableFile.split(planPath).0] {
            let path = folder + "/" + name
            var st = stat()
            guard lstat(path, &st) != 0 else { continue }  // never over anything
            do {
                try DurableFile.makeFolder(folder)
                try DurableFile.write(bytes, to: path)
                return path
            } catch {
                continue
            }
        }
        return nil
    }
}
