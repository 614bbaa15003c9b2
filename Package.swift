// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "tradebrief",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TradeBrief", targets: ["TradeBrief"]),
        .executable(name: "tradebrief", targets: ["tradebrief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // System libraries, found through pkg-config.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Hyphenation patterns (LibreOffice's library); no pkg-config file, linked by name.
        // The US English patterns come from the hyphen-en-us package.
        .systemLibrary(
            name: "CHyphen",
            providers: [.apt(["libhyphen-dev", "hyphen-en-us"])]
        ),

        // Build-time tool and plugin that embed resource files as Swift source,
        // so an installed binary needs no resource bundle beside it.
        .executableTarget(name: "EmbedResourcesTool"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResourcesTool"]
        ),

        // Text helpers every module shares (trimming, printf numbers) without Foundation:
        // the modules link only FoundationEssentials, so the process maps no
        // libFoundation, ICU or FoundationInternationalization (issue 20, memory).
        .target(name: "BriefText"),

        // The render layer: the only code that sees C pointers.
        .target(name: "BriefRender", dependencies: ["BriefText", "CCairo", "CPango", "CZlib", "CHyphen"]),

        // The data model, the embedded dataset, aggregation. Pure Swift.
        .target(
            name: "BriefData",
            dependencies: ["BriefText"],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),

        // Charts: aggregated data + a style → a drawing of a given size.
        .target(name: "BriefCharts", dependencies: ["BriefText", "BriefData", "BriefRender"]),

        // Layout: composes pages from blocks (measure, flow, break), then draws them.
        .target(name: "BriefLayout", dependencies: ["BriefRender", "BriefText"]),

        // Markdown: cmark-gfm's tree as Swift values with source positions. The only code that sees cmark.
        .target(name: "BriefMarkdown", dependencies: ["CCmarkGFM"]),

        // YAML: libyaml's events composed into Swift values with marks. The only code that sees libyaml
        // (Yams would link Foundation: issue 20, memory).
        .target(name: "BriefYAML", dependencies: ["CYAML"]),

        // Documents: a Markdown brief (front matter, live figures, charts, citations) resolved
        // against the data into layout blocks, with the provenance check. It never draws.
        .target(
            name: "BriefDocument",
            dependencies: ["BriefMarkdown", "BriefData", "BriefCharts", "BriefLayout", "BriefText", "BriefYAML"],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),

        // Styles as files: YAML in Styles/ (embedded too) → chart theme + page style.
        .target(
            name: "BriefStyle",
            dependencies: ["BriefData", "BriefCharts", "BriefLayout", "BriefRender", "BriefText", "BriefYAML"],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),

        // The library facade that the CLI and third parties use.
        .target(
            name: "TradeBrief",
            dependencies: [
                "BriefData", "BriefRender", "BriefCharts", "BriefLayout", "BriefStyle", "BriefDocument", "BriefText",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The thin command-line tool.
        .executableTarget(
            name: "tradebrief",
            dependencies: [
                "TradeBrief",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // How a third party uses the library: the example the README and DocC point to.
        .executableTarget(name: "tradebrief-example", dependencies: ["TradeBrief"], path: "Examples/QuickStart"),

        // A realistic, made-up list of investments from a seed, for stress tests
        // (Examples/stress holds the generated CSVs; `swift run tradebrief-stress --help`).
        .target(name: "StressData", dependencies: ["BriefData"], path: "Tests/Support/StressData"),
        .executableTarget(name: "tradebrief-stress", dependencies: ["StressData"], path: "Examples/stress/Generator"),

        // What the tests share: running programs and independent checkers (pdfinfo, qpdf,
        // rsvg-convert, Chromium…) with one policy for a missing one, temporary files.
        .target(name: "TestSupport", path: "Tests/Support/TestSupport"),

        .testTarget(name: "BriefTextTests", dependencies: ["BriefText"]),
        .testTarget(name: "BriefRenderTests", dependencies: ["BriefRender", "TestSupport"]),
        .testTarget(name: "BriefDataTests", dependencies: ["BriefData", "StressData"]),
        .testTarget(name: "BriefLayoutTests", dependencies: ["BriefLayout", "TestSupport"]),
        .testTarget(name: "BriefStyleTests", dependencies: ["BriefStyle", "BriefYAML", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "BriefYAMLTests", dependencies: ["BriefYAML", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "BriefMarkdownTests", dependencies: ["BriefMarkdown"]),
        .testTarget(name: "BriefDocumentTests", dependencies: ["BriefDocument", "TradeBrief"]),
        .testTarget(name: "BriefChartsTests", dependencies: ["BriefCharts", "TradeBrief", "StressData", "TestSupport"]),
        .testTarget(name: "TradeBriefTests", dependencies: ["TradeBrief", "tradebrief-example", "StressData", "TestSupport"]),
        .testTarget(
            name: "TradeBriefCLITests",
            dependencies: ["tradebrief", "TradeBrief", "TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["BadInputs"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
