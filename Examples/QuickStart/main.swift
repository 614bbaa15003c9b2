// tradebrief-example: how a program uses the TradeBrief library.
//
//     swift run tradebrief-example [OUTPUT-FOLDER]
//
// Builds the default brief to a PDF and the state map to an SVG (with its own
// id prefix, ready to inline in a web page), prints the totals by state, makes
// the whole build (as `tradebrief build` does) into build/, and says what it
// wrote. Without a folder it writes into a new temporary folder.
// The DocC articles "Make your first brief" and "Embed a chart in a web page"
// and the README's "Use it as a library" quote this file.

import Foundation
import TradeBrief

/// Prints `message` to standard error; the exit status of a failure.
func failure(_ message: String) -> Int32 {
    FileHandle.standardError.write(Data("tradebrief-example: error: \(message)\n".utf8))
    return 1
}

/// The example's steps; returns the exit status. Everything it makes is
/// released when it returns, before the process exits (top-level values in
/// an async main.swift would still be alive at `exit`).
func runExample() async -> Int32 {
    // 1. Where to write: the first argument, or a fresh temporary folder.
    let arguments = CommandLine.arguments.dropFirst()
    if arguments.contains("-h") || arguments.contains("--help") || arguments.count > 1 {
        print("usage: tradebrief-example [OUTPUT-FOLDER]   (default: a new temporary folder)")
        return arguments.count > 1 ? 2 : 0
    }
    let folder = arguments.first.map { URL(fileURLWithPath: $0, isDirectory: true) }
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-example-\(UUID().uuidString)", isDirectory: true)

    do {
        // 2. The data embedded in the package, in the house style.
        let brief = try Brief()
        for warning in brief.warnings { print("warning: \(warning)") }

        // 3. The brief as a PDF. The write is atomic: the file appears whole or not at all.
        let pdfURL = folder.appendingPathComponent("brief.pdf")
        try brief.write(to: pdfURL)
        print("wrote \(pdfURL.path)")

        // 4. One chart as SVG, its ids prefixed so that it can share a web page with other charts.
        let map = try brief.chart("state-map", idPrefix: "map1")
        let svgURL = folder.appendingPathComponent("state-map.svg")
        try map.write(to: svgURL)
        print("wrote \(svgURL.path) (\(map.title))")

        // 5. The totals behind the charts, exact to the cent.
        let states = brief.totals(by: .state)
        print("Tracked investment by state:")
        for row in states.rows {
            print("  \(row.key)  \(row.label): \(MoneyFormat.full(row.amount)) (\(row.projects) project\(row.projects == 1 ? "" : "s"))")
        }
        print("  Total: \(MoneyFormat.full(states.total))")

        // 6. The whole build, as `tradebrief build` makes it (brief, charts, charts.html,
        //    manifest.json), written as one step into a folder of its own, then checked.
        var build = Build(formats: [.pdf, .svg])
        build.creationDate = Date(timeIntervalSince1970: 1_745_366_400)   // reproducible bytes
        let buildFolder = folder.appendingPathComponent("build", isDirectory: true)
        let (output, _) = try await build.write(to: buildFolder)
        let check = try await build.check(against: buildFolder)
        print("built \(output.artifacts.count) files into \(buildFolder.path); up to date: \(check.isUpToDate)")
    } catch {
        // Every error is a TradeBriefError with a message a user can act on.
        return failure(error.description)
    }
    return 0
}

exit(await runExample())
