import BriefCharts
import BriefData
import BriefLayout
import BriefRender
import BriefStyle
import CPNGProbe
import Foundation
@_spi(Benchmarks) import TradeBrief

/// Inputs shared by the benchmarks, made once per benchmark process on first
/// use (Swift globals are lazy), from the `setup:` hooks, so never timed.
enum Fixtures {
    /// The default style, as `tradebrief build` loads it.
    static let style: Style = {
        do { return try StyleLoader.load("default", searchPaths: []) } catch { fatalError("default style: \(error)") }
    }()

    /// The embedded dataset.
    static let dataset: Dataset = {
        do { return try Dataset.embedded() } catch { fatalError("embedded dataset: \(error)") }
    }()

    /// One warm typesetter: its font map and fontconfig are loaded by ``warmUp()``.
    static let typesetter = Typesetter()

    /// The creation date in every output: 2024-01-01T00:00:00Z.
    static let creationDate = Date(timeIntervalSince1970: 1_704_067_200)

    /// The brief and its charts in `formats`, as `tradebrief build` renders them, with `typesetter`.
    static func build(_ formats: [OutputFormat], typesetter: Typesetter) throws -> [Artifact] {
        try BenchmarkHooks.build(dataset, style: style, formats: formats, creationDate: creationDate, typesetter: typesetter)
    }

    /// The brief laid out (composed, measured, flowed) with `typesetter`, not drawn.
    static func layout(typesetter: Typesetter) throws -> LaidOutDocument {
        try BenchmarkHooks.layout(dataset, style: style, creationDate: creationDate, typesetter: typesetter)
    }

    /// Every chart of the catalog, built from the embedded dataset.
    static let charts: [String: any Chart] = {
        var charts: [String: any Chart] = [:]
        for name in ChartCatalog.names {
            do { charts[name] = try ChartCatalog.chart(named: name, dataset: dataset, theme: style.chartTheme) } catch {
                fatalError("chart \(name): \(error)")
            }
        }
        return charts
    }()

    /// The brief laid out once (the PDF's pages), with the header/footer info.
    /// The embedded brief always resolves; a broken build would fail here.
    static let document: LaidOutDocument = {
        do {
            return try layout(typesetter: typesetter)
        } catch {
            preconditionFailure("the embedded brief does not resolve: \(error)")
        }
    }()
    static let documentInfo = DocumentInfo(
        runningTitle: dataset.title, runningDate: dataset.asOf,
        footerNote: "Main source: CSIS · made with tradebrief", metadata: BenchmarkHooks.metadata(dataset, style: style, creationDate: creationDate))

    /// Page 1 of the brief as a PNG at 2× (1224 × 1584 pixels), and decoded again.
    static let pagePNG: Data = {
        do {
            return try DocumentRenderer(info: documentInfo).renderPNG(document, page: 0, scale: 2, typesetter: typesetter)
        } catch { fatalError("page PNG: \(error)") }
    }()
    nonisolated(unsafe) static let pageImage: OpaquePointer = {
        let image = pagePNG.withUnsafeBytes { raw in
            tb_probe_decode_png(raw.bindMemory(to: UInt8.self).baseAddress, raw.count)
        }
        guard let image else { fatalError("cannot decode the page PNG") }
        return image
    }()

    /// A 154-word body paragraph (the anchors' body text).
    static let paragraph = """
        Korean companies have committed large sums to new U.S. manufacturing in strategic sectors. The four projects \
        tracked in this brief (SK Hynix's semiconductor facility in Indiana, Hyundai Motor Group's electric-vehicle \
        plant and Hanwha Q Cells' solar factory in Georgia, and the SK Innovation and Ford battery parks split between \
        Kentucky and Tennessee) total $23.17 billion. Georgia hosts the largest share, $7.9 billion, while the battery \
        joint venture is the largest single commitment at $11.4 billion. The investments sit within a substantial \
        trade relationship: U.S. exports to Korea reached $127.8 billion in 2024, and the U.S. trade deficit with Korea \
        stood at $66 billion. Korea accounted for 2.3 percent of U.S. foreign direct investment in 2024. Because these \
        plants concentrate jobs and supply chains in a handful of states, changes to tariffs, tax credits or export \
        controls would be felt unevenly across the country, a point policymakers should weigh when setting trade \
        policy toward Korea.
        """

    /// The synthetic investments CSV (100,000 rows, about 10 MB) and its parsed rows.
    static let csvRows = 100_000
    static let csv: Data = SyntheticCSV.make(rows: csvRows)
    static let csvInvestments: [Investment] = {
        do { return try InvestmentCSV.parse(csv, file: "synthetic.csv").investments } catch {
            fatalError("synthetic CSV does not parse: \(String(describing: error).prefix(500))")
        }
    }()
    /// The CSV written to a temporary file, for the `data --by state` path (which reads a file).
    static let csvPath: String = {
        let path = NSTemporaryDirectory() + "tradebrief-bench-\(getpid()).csv"
        do { try csv.write(to: URL(fileURLWithPath: path)) } catch { fatalError("cannot write \(path): \(error)") }
        atexit { unlink(NSTemporaryDirectory() + "tradebrief-bench-\(getpid()).csv") }
        return path
    }()

    /// A million synthetic rows (about 100 MB) written to a temporary file, a
    /// batch at a time, for the streamed `data` and `validate` paths.
    static let millionRows = 1_000_000
    static let millionRowsPath: String = {
        let path = NSTemporaryDirectory() + "tradebrief-bench-1m-\(getpid()).csv"
        do { try SyntheticCSV.write(rows: millionRows, to: path) } catch { fatalError("cannot write \(path): \(error)") }
        atexit { unlink(NSTemporaryDirectory() + "tradebrief-bench-1m-\(getpid()).csv") }
        return path
    }()

    /// A CSV whose investments touch every state and DC (153 synthetic rows:
    /// 3 or more projects each), for the 51 one-pagers; removed at exit.
    static let allStatesPath: String = {
        let path = NSTemporaryDirectory() + "tradebrief-bench-all51-\(getpid()).csv"
        do { try SyntheticCSV.make(rows: 153).write(to: URL(fileURLWithPath: path)) } catch { fatalError("cannot write \(path): \(error)") }
        atexit { unlink(NSTemporaryDirectory() + "tradebrief-bench-all51-\(getpid()).csv") }
        return path
    }()

    /// The dataset of ``allStatesPath``.
    static let allStatesDataset: Dataset = {
        do {
            return try BenchmarkHooks.load(investmentsCSV: allStatesPath)
        } catch {
            fatalError("synthetic 51-state CSV does not load: \(String(describing: error).prefix(500))")
        }
    }()

    /// Loads fontconfig and the font map, so that "warm" means warm.
    static func warmUp() {
        _ = typesetter.layout(paragraph, font: Font(family: style.layoutStyle.bodyFamily, size: 9.5), width: 492).size
    }
}
