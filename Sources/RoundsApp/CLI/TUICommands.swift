import ArgumentParser
import RoundsCore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the planner (the default).")

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        FileHandleOut.stdout("The planner screen is not built yet; try: rounds list, rounds check.")
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", shouldDisplay: false)

    @OptionGroup var planOptions: PlanOptions

    func run() throws {}
}
