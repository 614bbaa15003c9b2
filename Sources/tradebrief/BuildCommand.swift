import ArgumentParser
import BriefCharts
import BriefData
import BriefRender
import Foundation
import TradeBrief

extension PageSize: ExpressibleByArgument {}

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

    @Option(help: "Paper size: letter or a4.")
    var page: PageSize = .letter

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
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            // Render everything first, then write: a failure leaves no partial set.
            let result = try BriefBuilder(dataset: dataset, pageSize: page, formats: formats,
                                          creationDate: BuildClock.creationDate()).build()
            for warning in result.warnings { Diagnostics.warning(warning) }
            for artifact in result.artifacts {
                let url = folder.appendingPathComponent(artifact.relativePath)
                try AtomicFile.write(artifact.data, to: url)
                if !quiet { Diagnostics.note("wrote \(url.relativePath) (\(ByteCount.text(artifact.data.count)))") }
            }
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
