import BriefCharts
import BriefData
import BriefLayout
import BriefRender
import BriefStyle
import FoundationEssentials

/// The stages of `tradebrief build` and `data` that the benchmark package
/// (`Benchmarks/`, a package of its own) times in process.
///
/// The types behind them (``BriefBuilder``, ``BriefInputs``, ``ChartExport``)
/// are `package`: CLI plumbing, not public API (issue 21), and a `package`
/// symbol is not visible from another package. These calls are public only
/// to an importer that asks for them with `@_spi(Benchmarks) import TradeBrief`,
/// so they stay out of the documented surface. Each one only forwards.
@_spi(Benchmarks) public enum BenchmarkHooks {
    /// The default brief and its charts in `formats`, as `build` renders them, with `typesetter`.
    public static func build(_ dataset: Dataset, style: Style, formats: [OutputFormat], creationDate: Date,
                             typesetter: Typesetter) throws -> [Artifact] {
        try builder(dataset, style: style, formats: formats, creationDate: creationDate).build(typesetter: typesetter).artifacts
    }

    /// The default brief laid out (composed, measured, flowed), not drawn.
    public static func layout(_ dataset: Dataset, style: Style, creationDate: Date, typesetter: Typesetter) throws -> LaidOutDocument {
        try builder(dataset, style: style, formats: [.pdf], creationDate: creationDate).layout(typesetter: typesetter)
    }

    /// The brief's PDF metadata (title, author, subject, keywords, date).
    public static func metadata(_ dataset: Dataset, style: Style, creationDate: Date) -> PDFMetadata {
        builder(dataset, style: style, formats: [.pdf], creationDate: creationDate).metadata
    }

    /// The dataset of an investments CSV, read, parsed and checked as `build` reads it.
    public static func load(investmentsCSV path: String) throws -> Dataset {
        try BriefInputs.load(investmentsCSV: path).dataset
    }

    /// The streamed totals `data --by` prints.
    public static func totals(investmentsCSV path: String, by key: AggregationKey) throws -> Aggregation {
        try BriefInputs.totals(investmentsCSV: path, by: key).aggregation
    }

    /// The streamed check `validate` makes.
    public static func checkedTotals(investmentsCSV path: String, by key: AggregationKey) throws -> InvestmentCSVTotals {
        try BriefInputs.checkedTotals(investmentsCSV: path, by: key)
    }

    /// One chart as `chart` writes it: 504 points wide, in `format`.
    public static func export(_ chart: any Chart, as format: OutputFormat, theme: ChartTheme, typesetter: Typesetter,
                              creationDate: Date, svgText: SVGTextMode = .text) throws -> Data {
        try ChartExport(creationDate: creationDate, svgText: svgText).render(chart, as: format, theme: theme, typesetter: typesetter)
    }

    private static func builder(_ dataset: Dataset, style: Style, formats: [OutputFormat], creationDate: Date) -> BriefBuilder {
        BriefBuilder(dataset: dataset, pageSize: .letter, formats: formats, creationDate: creationDate,
                     theme: style.chartTheme, layoutStyle: style.layoutStyle)
    }
}
