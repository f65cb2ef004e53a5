// swift-tools-version:6.0
// Fuzzing Rounds with libFuzzer, apart from the main package so that `swift build` and
// `swift test` never link libFuzzer. Build and run with .ci/fuzz (see the README).
import PackageDescription

let package = Package(
    name: "RoundsFuzz",
    dependencies: [
        .package(name: "Rounds", path: "../.."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, so that one program holds every target.
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "rounds-fuzz",
            dependencies: [
                "CFuzzDriver",
                .product(name: "RoundsCore", package: "Rounds"),
                .product(name: "RoundsUI", package: "Rounds"),
                .product(name: "RoundsTerminal", package: "Rounds"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
