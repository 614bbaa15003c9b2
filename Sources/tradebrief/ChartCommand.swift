import ArgumentParser
import BriefCharts
import BriefData
import BriefRender
import Foundation
import TradeBrief

/// `tradebrief chart NAME -o FILE`: one chart alone, as SVG, PDF or PNG.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write one chart alone as SVG, PDF or PNG (the file extension picks the format).",
        discussion: """
        Examples:
          tradebrief chart state-bars -o state-bars.svg
          tradebrief chart sector-bars -o sector.png --width 320
          tradebrief chart state-map -o map.pdf --investments my-list.csv --style grayscale
          tradebrief chart --list
        """
    )

    @Argument(help: "The chart's name (see --list).")
    var name: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write: .svg, .pdf or .png.")
    var output: String?

    @Flag(help: "List the charts with a one-line description.")
    var list = false

    @Option(help: "Width in points (160–5000).")
    var width: Double = 504

    @Option(help: "PNG pixels per point.")
    var scale: Double = 2

    @Option(help: "Prefix for every id inside the SVG (default: tb-NAME).")
    var idPrefix: String?

    @OptionGroup var inputs: InputOptions

    func run() throws {
        if list {
            let widest = ChartCatalog.names.map(\.count).max() ?? 0
            StandardStreams.out(ChartCatalog.entries.map { entry in
                entry.name.padding(toLength: widest + 2, withPad: " ", startingAt: 0) + entry.summary + "\n"
            }.joined())
            return
        }
        guard let name else { throw ValidationError("Give a chart name (see 'tradebrief chart --list').") }
        guard let output else { throw ValidationError("Give the file to write with -o FILE.svg, .pdf or .png.") }
        let url = URL(fileURLWithPath: output)
        guard let format = OutputFormat(pathExtension: url.pathExtension) else {
            throw ValidationError("'\(output)' does not end in .svg, .pdf or .png; the extension picks the format.")
        }
        guard scale > 0, scale <= 16 else { throw ValidationError("--scale must be above 0 and at most 16.") }
        guard width.isFinite, ChartExport.widthRange.contains(width) else {
            throw ValidationError("--width \(width) is outside 160…5000 points.")
        }
        do {
            let dataset = try inputs.loadInputs().dataset
            let style = try inputs.loadStyle().style
            let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: style.chartTheme)
            let typesetter = Typesetter(theme: style.chartTheme)
            for warning in style.fontWarnings(typesetter: typesetter) { Diagnostics.warning(warning) }
            let export = ChartExport(width: width, pngScale: scale, idPrefix: idPrefix, creationDate: BuildClock.creationDate())
            let data = try export.render(chart, as: format, theme: style.chartTheme, typesetter: typesetter)
            try AtomicFile.write(data, to: url)
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
