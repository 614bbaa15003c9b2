// swift-tools-version:5.4
// libFuzzer targets for tradebrief's parsers: a package of its own (depending
// on the root package by path), so that the root package and CI never build
// fuzz code. Build and run them from the repository root with
// `scripts/fuzz.sh` (or `make fuzz`), which builds with
//     swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
//
// Why tools version 5.4 (and Swift 6 mode through a flag): from 5.5 on,
// SwiftPM renames an executable's entry point to `<Target>_main` and links
// `main` to it; a fuzz target has no entry point of its own (libFuzzer's
// `main` calls `LLVMFuzzerTestOneInput`), so the link fails. Before 5.5,
// SwiftPM leaves `main` alone and libFuzzer's is used.
//
// Why `-parse-as-library` here and not with `-Xswiftc`: `-Xswiftc` also
// reaches the build-time tool of the root package's resource plugin, whose
// main.swift is top-level code.
import PackageDescription

/// Each target is one file with `@_cdecl("LLVMFuzzerTestOneInput")` and no
/// `main`, in Swift 6 mode.
let fuzzTarget: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-swift-version", "6"])]

let package = Package(
    name: "tradebrief-fuzz",
    dependencies: [
        // The root package; named, so that it is found whatever its checkout folder is called.
        .package(name: "tradebrief", path: "../.."),
    ],
    targets: [
        // The investments CSV: the RFC 4180 reader and every check (InvestmentCSV.parse).
        .executableTarget(
            name: "FuzzCSV",
            dependencies: [.product(name: "TradeBrief", package: "tradebrief")],
            swiftSettings: fuzzTarget
        ),
        // The amount_usd and states cells (AmountParser.parse, StateListParser.parse).
        .executableTarget(
            name: "FuzzAmountState",
            dependencies: [.product(name: "TradeBrief", package: "tradebrief")],
            swiftSettings: fuzzTarget
        ),
        // Style files: YAML syntax, keys, values, extends (StyleLoader.load).
        .executableTarget(
            name: "FuzzStyle",
            dependencies: [.product(name: "TradeBrief", package: "tradebrief")],
            swiftSettings: fuzzTarget
        ),
    ]
)
