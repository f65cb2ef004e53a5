// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Rounds",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rounds", targets: ["rounds"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Foundation only: model, JSON codec, cadence, linter, exporters.
        .target(name: "RoundsCore"),
        // Theme packs shipped in Themes/, embedded in the binary so `rounds` works anywhere.
        .target(
            name: "RoundsThemes",
            path: "Themes",
            sources: ["ThemePacks.swift"],
            resources: [
                .embedInCode("default.json"),
                .embedInCode("specialist.json"),
                .embedInCode("light.json"),
            ]
        ),
        // State, actions, reducer, keymap, views into a cell buffer. No terminal.
        .target(name: "RoundsUI", dependencies: ["RoundsCore"]),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Signal handling that must be async-signal-safe C: restores the terminal on crashes.
        .target(name: "CTerminalGuard"),
        // The only code that touches ncurses.
        .target(name: "RoundsTerminal", dependencies: ["CNcursesw", "CTerminalGuard", "RoundsUI"]),
        // Composition root: CLI, file store, locking, themes, $EDITOR, clock.
        .target(
            name: "RoundsApp",
            dependencies: [
                "RoundsCore", "RoundsUI", "RoundsTerminal", "RoundsThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "rounds", dependencies: ["RoundsApp"]),
        .executableTarget(name: "rounds-bench", dependencies: ["RoundsCore", "RoundsUI", "RoundsApp"]),
        .target(name: "RoundsTestSupport", dependencies: ["RoundsCore"], path: "Tests/RoundsTestSupport"),
        .testTarget(name: "RoundsCoreTests", dependencies: ["RoundsCore", "RoundsThemes", "RoundsTestSupport"], exclude: ["LintCorpus", "__Snapshots__"]),
        .testTarget(name: "RoundsUITests", dependencies: ["RoundsUI", "RoundsCore", "RoundsTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "RoundsTerminalTests", dependencies: ["RoundsTerminal", "RoundsUI", "RoundsCore", "RoundsTestSupport", "CNcursesw"]),
        .testTarget(name: "RoundsAppTests", dependencies: ["RoundsApp", "RoundsCore", "RoundsTestSupport"], exclude: ["__Snapshots__", "Monkey"]),
    ],
    swiftLanguageModes: [.v6]
)
