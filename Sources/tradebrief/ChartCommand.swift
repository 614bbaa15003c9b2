import ArgumentParser
import TradeBrief

/// `tradebrief chart NAME -o FILE`: one chart alone, as SVG, PDF or PNG.
struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Write one chart alone as SVG, PDF or PNG (the file extension picks the format).",
        discussion: """
        SVGs have real, selectable text, a <title> and <desc>, a tooltip on every bar, tile and \
        segment, classes for CSS and a dark colour scheme; their ids start with a prefix made of \
        the chart's name and a hash of its content, so many charts can be inlined in one page.

        Examples:
          tradebrief chart state-bars -o state-bars.svg
          tradebrief chart sector-bars -o sector.png --width 320
          tradebrief chart sector-bars -o sector.svg --width 400 --height 300
          tradebrief chart state-map -o map.pdf --investments my.csv --style grayscale
          tradebrief chart state-bars -o - --format svg > bars.svg
          tradebrief chart state-bars -o bars.svg --takeaway
          # Korean names and amounts (억 달러), xml:lang="ko":
          tradebrief chart state-map -o map-ko.svg --lang ko
          tradebrief chart --list
        """
    )

    @Argument(help: "The chart's name (see --list).")
    var name: String?

    @Option(name: [.short, .customLong("output")], help: "The file to write: .svg, .pdf or .png; - for standard output (with --format).")
    var output: String?

    @Option(help: ArgumentHelp("svg, pdf or png: required with -o -, otherwise checked against the file's extension.", valueName: "format"))
    var format: String?

    @Flag(help: "List the charts with a one-line description.")
    var list = false

    @Option(parsing: .unconditional, help: "Width in points, CSS pixels in SVG (160–5000).")
    var width: Double = 504

    @Option(parsing: .unconditional, help: "Height in points (80–5000); the chart fits its content in the box, nothing stretched (default: as tall as it needs).")
    var height: Double?

    @Option(parsing: .unconditional, help: "PNG pixels per point (0.25–16).")
    var scale: Double = 2

    @Flag(help: "Title the chart with what its data says (as the brief does), the descriptive title as subtitle.")
    var takeaway = false

    @Option(help: "Prefix for every id inside the SVG (default: tb-NAME-HASH, from the chart's name and content).")
    var idPrefix: String?

    @Option(help: ArgumentHelp("How SVG text is written: text (real <text>, the default) or paths (glyph outlines, the same everywhere without the fonts).", valueName: "mode"))
    var svgText: SVGTextModeOption = .text

    @Option(help: ArgumentHelp("The language of the chart's words and numbers: en (default) or ko (Korean: 조지아, 79억 달러).", valueName: "tag"))
    var lang: BriefLanguage = .english

    @OptionGroup var inputs: InputOptions

    /// Checks the options before anything is read, so that a usage error
    /// names this command's usage.
    func validate() throws {
        if list { return }
        guard name != nil else { throw ValidationError("Give a chart name (see 'tradebrief chart --list').") }
        guard let output else { throw ValidationError("Give the file to write with -o FILE.svg, .pdf or .png, or -o - --format svg.") }
        _ = try OutputTarget.format(output: output, format: format)
        guard scale.isFinite, ChartExport.pngScaleRange.contains(scale) else {
            throw ValidationError("--scale \(scale) is outside 0.25…16 pixels per point.")
        }
        guard width.isFinite, ChartExport.widthRange.contains(width) else {
            throw ValidationError("--width \(width) is outside 160…5000 points.")
        }
        if let height, !(height.isFinite && ChartExport.heightRange.contains(height)) {
            throw ValidationError("--height \(height) is outside 80…5000 points.")
        }
    }

    func run() throws {
        if list {
            StandardStreams.out(ListingText.lines(ChartName.allCases.map { ($0.rawValue, $0.summary) }))
            return
        }
        guard let name, let output else { return }
        let format = try OutputTarget.format(output: output, format: format)
        do {
            let style = try inputs.loadStyle().style
            var brief = Brief(dataset: try inputs.loadInputs().dataset, style: style)
            brief.creationDate = BuildClock.creationDate()
            var chart = try brief.chart(name, width: width, idPrefix: idPrefix, titles: takeaway ? .takeaway : .descriptive, language: lang)
            chart.height = height
            chart.pngScale = scale
            chart.svgText = svgText.mode
            for warning in style.fontWarnings(language: lang) { Diagnostics.warning(warning) }
            try OutputTarget.write(try chart.render(format), to: output)
            for warning in chart.warnings() { Diagnostics.warning(warning) }
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
