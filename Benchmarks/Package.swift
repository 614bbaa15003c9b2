// swift-tools-version: 6.1
// The benchmark package: kept apart from the root package so that the root
// package's build and CI never fetch or build ordo-one/benchmark.
//
// Run from this folder:  swift package benchmark   (see README.md)
import Foundation
import PackageDescription

// The root package is the folder above this one; a path dependency's identity
// is that folder's name, which differs between checkouts (main, a CI clone…).
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "TradeBriefBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // Only the malloc interposer: the default traits add ordo-one's Swift
        // runtime interposer, which this machine's package copies do not have.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // A little C over Cairo and libpng: PNG encoding alone, and with other
        // zlib levels and filters, on the pixels tradebrief drew.
        .target(
            name: "CPNGProbe",
            path: "CPNGProbe",
            linkerSettings: [.linkedLibrary("cairo"), .linkedLibrary("png16")]
        ),
        // The benchmark plugin finds executable targets whose folder sits in a
        // folder named Benchmarks: this one (Benchmarks/TradeBriefBenchmarks).
        .executableTarget(
            name: "TradeBriefBenchmarks",
            dependencies: [
                // The product brings its internal modules (BriefData, BriefRender,
                // BriefLayout, BriefCharts) with it; they are imported directly.
                .product(name: "TradeBrief", package: rootPackage),
                .product(name: "Benchmark", package: "benchmark"),
                "CPNGProbe",
            ],
            path: "TradeBriefBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v5)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
