import ArgumentParser
import BriefCharts
import BriefData
import BriefRender
import Foundation
import TradeBrief

/// `tradebrief build` (the default): writes the default outputs into a folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the brief's outputs into a folder (the default command).",
        discussion: """
        Examples:
          tradebrief
          tradebrief build --out public/brief --format svg,png
        """
    )

    @Option(help: "The folder to write into.")
    var out: String = "Output"

    @Option(help: "Comma-separated formats: pdf, svg, png.")
    var format: String = "pdf,svg,png"

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        var formats: [OutputFormat] = []
        for item in format.split(separator: ",") {
            let text = item.trimmingCharacters(in: .whitespaces)
            guard let value = OutputFormat(rawValue: text.lowercased()) else {
                throw ValidationError("--format: '\(text)' is not one of pdf, svg, png.")
            }
            if !formats.contains(value) { formats.append(value) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of pdf, svg, png.") }
        do {
            let dataset = try Dataset.embedded()
            let typesetter = Typesetter()
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            let export = ChartExport(creationDate: BuildClock.creationDate())
            // Render everything first, then write: a failure leaves no partial set.
            var files: [(URL, Data)] = []
            for name in ChartCatalog.names {
                let chart = try ChartCatalog.chart(named: name, dataset: dataset)
                for format in formats {
                    let data = try export.render(chart, as: format, typesetter: typesetter)
                    files.append((folder.appendingPathComponent("\(name).\(format.fileExtension)"), data))
                }
            }
            for (url, data) in files {
                try AtomicFile.write(data, to: url)
                if !quiet { Diagnostics.note("wrote \(url.relativePath) (\(data.count) bytes)") }
            }
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
