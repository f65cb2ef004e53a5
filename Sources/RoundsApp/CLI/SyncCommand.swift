import ArgumentParser
import RoundsCore

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Commit the plan, merge the remote's changes by post, and push.",
        discussion: "In a git repository with a remote: commits the plan if it changed (the message says which posts), fetches, merges with the rounds driver (no rounds git setup needed), and pushes. Offline, the local commit is kept. Exit 0 when synced, 1 when only part of it could be done, 2 when nothing could."
    )

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        let env = planOptions.environment
        let outcome = PlanSync.run(planPath: try planOptions.path, environment: env.variables)
        switch outcome.status {
        case .synced: FileHandleOut.stdout("rounds " + outcome.line)
        case .incomplete: throw CLIFailure(outcome.line, code: 1)
        case .notPossible: throw CLIFailure(outcome.line, code: 2)
        }
    }
}
