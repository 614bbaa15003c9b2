import Benchmark
import BriefCharts
import BriefData
import BriefLayout
import BriefRender
import BriefStyle
import CPNGProbe
import Foundation
@_spi(Benchmarks) import TradeBrief

// In-process benchmarks of tradebrief's stages. Names are "group/what"; each
// group has a baseline to read ratios against (see README.md):
//   brief/  the brief PDF in memory, its parts (layout, drawing), 51 one-pagers
//   chart/  each chart to SVG (own writer; and Cairo's, "svg paths"), PNG, PDF, against a recording surface
//   text/   Pango layout: warm paragraph and label, against a cold typesetter
//   csv/    parsing 100,000 rows (about 10 MB), aggregation, the `data` path; `data` and `validate` on 1,000,000 rows
//   page/   page 1 at 2× to PNG, against recording and PDF, and PNG encoding alone
//   startup/ the pieces every process pays once: dataset JSON, style YAML, font map

/// Output size of what a benchmark made, in bytes (the same every iteration).
let outputBytes = BenchmarkMetric.custom("output bytes", polarity: .prefersSmaller, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 3,
        maxDuration: .seconds(2),
        maxIterations: 400)

    let light: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal]
    let withSize: [BenchmarkMetric] = [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, outputBytes]
    let warm: Benchmark.BenchmarkSetupHook = { Fixtures.warmUp() }

    // MARK: brief — (a) the default brief PDF in memory

    Benchmark("brief/build [.pdf] (brief + 6 chart PDFs)",
              configuration: .init(metrics: withSize + [.peakMemoryResident], setup: warm)) { benchmark in
        let artifacts = try Fixtures.build([.pdf], typesetter: Fixtures.typesetter)
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, artifacts.reduce(0) { $0 + $1.data.count })
    }

    Benchmark("brief/build [.pdf,.svg] (what `build --format pdf,svg` renders)",
              configuration: .init(metrics: withSize + [.peakMemoryResident], setup: warm)) { benchmark in
        let artifacts = try Fixtures.build([.pdf, .svg], typesetter: Fixtures.typesetter)
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, artifacts.reduce(0) { $0 + $1.data.count })
    }

    Benchmark("brief/build [.pdf] cold typesetter (new font map each time)",
              configuration: .init(metrics: withSize, setup: warm)) { benchmark in
        let artifacts = try Fixtures.build([.pdf], typesetter: Typesetter())
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, artifacts.reduce(0) { $0 + $1.data.count })
    }

    Benchmark("brief/layout only (compose + measure + flow)",
              configuration: .init(metrics: light, setup: warm)) { _ in
        blackHole((try? Fixtures.layout(typesetter: Fixtures.typesetter))?.pageCount ?? 0)
    }

    Benchmark("brief/renderPDF only (draw the laid-out pages)",
              configuration: .init(metrics: withSize, setup: { Fixtures.warmUp(); _ = Fixtures.document })) { benchmark in
        let data = try DocumentRenderer(info: Fixtures.documentInfo).renderPDF(Fixtures.document, typesetter: Fixtures.typesetter)
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, data.count)
    }

    // A dataset touching every state, so that all 51 pages are full one-pagers.
    let pages = StatePages(dataset: Fixtures.allStatesDataset, pageSize: .letter, theme: Fixtures.style.chartTheme,
                           layoutStyle: Fixtures.style.layoutStyle, creationDate: Fixtures.creationDate)
    let allStates = USState.all.map(\.code)
    Benchmark("brief/51 one-pagers (StatePages.render, all states, one worker per core)",
              configuration: .init(metrics: withSize + [.peakMemoryResident], maxIterations: 30, setup: warm)) { benchmark in
        let artifacts = try await pages.render(states: allStates)
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, artifacts.reduce(0) { $0 + $1.data.count })
    }
    // What `build --format pdf --per-state` renders: the brief, its charts and
    // the 51 one-pagers, which start beside the brief from two workers.
    var perState = Build(formats: [.pdf])
    perState.investments = Fixtures.allStatesPath
    perState.statePages = .invested
    perState.creationDate = Fixtures.creationDate
    Benchmark("brief/Build.render --per-state (brief + 51 one-pagers beside it, one worker per core)",
              configuration: .init(metrics: withSize + [.peakMemoryResident], maxIterations: 30, setup: warm)) { [perState] benchmark in
        let output = try await perState.render()
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, output.artifacts.reduce(0) { $0 + $1.data.count })
    }
    Benchmark("brief/51 one-pagers, one worker (StatePages.render workers: 1)",
              configuration: .init(metrics: withSize, maxIterations: 30, setup: warm)) { benchmark in
        let artifacts = try await pages.render(states: allStates, workers: 1)
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, artifacts.reduce(0) { $0 + $1.data.count })
    }

    // MARK: chart — (b) each chart to SVG and PNG, against a recording surface

    for name in ChartCatalog.names {
        let setup: Benchmark.BenchmarkSetupHook = { Fixtures.warmUp(); _ = Fixtures.charts }
        func size(_ chart: any Chart) -> Size {
            Size(width: 504, height: chart.preferredHeight(width: 480, typesetter: Fixtures.typesetter) + 24)
        }
        Benchmark("chart/\(name)/recording (baseline: draw only)", configuration: .init(metrics: light, setup: setup)) { _ in
            let chart = Fixtures.charts[name]!
            let recording = try Recording(size: size(chart), typesetter: Fixtures.typesetter) { context in
                try chart.draw(in: context, frame: Rect(x: 12, y: 12, width: 480, height: size(chart).height - 24))
            }
            blackHole(recording)
        }
        for format in [OutputFormat.svg, .png, .pdf] {
            Benchmark("chart/\(name)/\(format.rawValue)", configuration: .init(metrics: withSize, setup: setup)) { benchmark in
                let data = try BenchmarkHooks.export(Fixtures.charts[name]!, as: format, theme: Fixtures.style.chartTheme,
                                                     typesetter: Fixtures.typesetter, creationDate: Fixtures.creationDate)
                benchmark.stopMeasurement()
                benchmark.measurement(outputBytes, data.count)
            }
        }
        // The SVG writer (real <text>, above) against what it replaced: Cairo's SVG
        // surface (glyph outlines) and the byte pass that prefixes its ids.
        Benchmark("chart/\(name)/svg paths (Cairo surface + SVGFinisher)", configuration: .init(metrics: withSize, setup: setup)) { benchmark in
            let data = try BenchmarkHooks.export(Fixtures.charts[name]!, as: .svg, theme: Fixtures.style.chartTheme,
                                                 typesetter: Fixtures.typesetter, creationDate: Fixtures.creationDate, svgText: .paths)
            benchmark.stopMeasurement()
            benchmark.measurement(outputBytes, data.count)
        }
    }

    // MARK: text — (c) Typesetter layout, warm

    let body = Font(family: "DejaVu Sans", size: 9.5)
    Benchmark("text/paragraph 154 words, justified, warm", configuration: .init(metrics: light, setup: warm)) { _ in
        let layout = Fixtures.typesetter.layout(Fixtures.paragraph, font: body, width: 492, alignment: .justify, lineSpacing: 1.28)
        blackHole(layout.size)
        blackHole(layout.lines.count)
    }
    Benchmark("text/label \"$7.9B\", warm", configuration: .init(metrics: light, scalingFactor: .kilo, setup: warm)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Fixtures.typesetter.layout("$7.9B", font: Font(size: 8, weight: .bold)).size)
        }
    }
    Benchmark("text/label, 40 distinct font sizes, warm", configuration: .init(metrics: light, setup: warm)) { _ in
        for step in 0..<40 {
            blackHole(Fixtures.typesetter.layout("$7.9B", font: Font(size: 6 + Double(step) * 0.25)).size)
        }
    }
    Benchmark("text/paragraph, cold typesetter (new font map)", configuration: .init(metrics: light, setup: warm)) { _ in
        let typesetter = Typesetter()
        blackHole(typesetter.layout(Fixtures.paragraph, font: body, width: 492, alignment: .justify, lineSpacing: 1.28).size)
    }

    // MARK: csv — (d) 100,000 rows (about 10 MB), made at start

    let csvConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(6), maxIterations: 15)
    var parse = csvConfiguration
    parse.setup = { _ = Fixtures.csv }
    Benchmark("csv/parse 100k rows (InvestmentCSV.parse)", configuration: parse) { _ in
        blackHole(try InvestmentCSV.parse(Fixtures.csv, file: "synthetic.csv").investments.count)
    }
    Benchmark("csv/baseline: count lines of the same bytes", configuration: parse) { _ in
        blackHole(Fixtures.csv.withUnsafeBytes { $0.reduce(0) { $1 == 10 ? $0 + 1 : $0 } })
    }
    var aggregate = csvConfiguration
    aggregate.maxIterations = 100
    aggregate.setup = { _ = Fixtures.csvInvestments }
    for key in AggregationKey.allCases {
        Benchmark("csv/aggregate 100k by \(key.rawValue)", configuration: aggregate) { _ in
            blackHole(Aggregation(Fixtures.csvInvestments, by: key).rows.count)
        }
    }
    var dataPath = csvConfiguration
    dataPath.setup = { _ = Fixtures.csvPath }
    Benchmark("csv/load 100k rows (BriefInputs.load via BenchmarkHooks: read + parse + validate, what `build` reads)", configuration: dataPath) { _ in
        let dataset = try BenchmarkHooks.load(investmentsCSV: Fixtures.csvPath)
        blackHole(AggregationFormat.table.render(dataset.aggregate(by: .state)).utf8.count)
    }
    Benchmark("csv/`data --by state` 100k rows in process (streamed totals + table)", configuration: dataPath) { _ in
        let aggregation = try BenchmarkHooks.totals(investmentsCSV: Fixtures.csvPath, by: .state)
        blackHole(AggregationFormat.table.render(aggregation).utf8.count)
    }

    // The streamed paths on 1,000,000 rows (about 100 MB, written at setup):
    // time, and peak memory, which should not grow with the rows.
    var million = csvConfiguration
    million.maxIterations = 5
    million.maxDuration = .seconds(20)
    million.setup = { _ = Fixtures.millionRowsPath }
    Benchmark("csv/`data --by state` 1M rows in process (streamed totals + table)", configuration: million) { _ in
        let aggregation = try BenchmarkHooks.totals(investmentsCSV: Fixtures.millionRowsPath, by: .state)
        blackHole(AggregationFormat.table.render(aggregation).utf8.count)
    }
    Benchmark("csv/`validate` 1M rows in process (streamed check, counts)", configuration: million) { _ in
        let checked = try BenchmarkHooks.checkedTotals(investmentsCSV: Fixtures.millionRowsPath, by: .state)
        blackHole(checked.investmentCount + checked.sectorCount + checked.aggregation.rows.count + checked.warnings.count)
    }
    Benchmark("csv/baseline: read 1M rows' bytes in 256 KiB chunks", configuration: million) { _ in
        guard let handle = FileHandle(forReadingAtPath: Fixtures.millionRowsPath) else { return }
        defer { try? handle.close() }
        var lines = 0
        while let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty {
            lines += chunk.withUnsafeBytes { $0.reduce(0) { $1 == 10 ? $0 + 1 : $0 } }
        }
        blackHole(lines)
    }

    // MARK: page — (e) a letter page at 2× to PNG, against its baselines

    let pageSetup: Benchmark.BenchmarkSetupHook = { Fixtures.warmUp(); _ = Fixtures.document; _ = Fixtures.pageImage }
    let renderer = DocumentRenderer(info: Fixtures.documentInfo)
    Benchmark("page/png 2x (renderPNG page 1: draw + rasterize + encode)",
              configuration: .init(metrics: withSize, setup: pageSetup)) { benchmark in
        let data = try renderer.renderPNG(Fixtures.document, page: 0, scale: 2, typesetter: Fixtures.typesetter)
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, data.count)
    }
    Benchmark("page/recording (baseline: draw page 1 to a recording surface)",
              configuration: .init(metrics: light, setup: pageSetup)) { _ in
        let recording = try Recording(size: Fixtures.document.style.pageSize, typesetter: Fixtures.typesetter) { context in
            try renderer.drawPage(0, of: Fixtures.document, in: context)
        }
        blackHole(recording)
    }
    Benchmark("page/pdf (page 1 alone to PDF)", configuration: .init(metrics: withSize, setup: pageSetup)) { benchmark in
        let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "page"), typesetter: Fixtures.typesetter)
        let context = try writer.beginPage(size: Fixtures.document.style.pageSize)
        try renderer.drawPage(0, of: Fixtures.document, in: context)
        let data = try writer.finish()
        benchmark.stopMeasurement()
        benchmark.measurement(outputBytes, data.count)
    }
    // PNG encoding alone, on the same 1224 × 1584 pixels: Cairo's writer (what
    // ImageRenderer used before commit a1a1505), then other settings through
    // libpng (C), among them those of tradebrief's own PNGEncoder (Swift).
    let encoders: [(String, () -> Int)] = [
        ("cairo writer, ARGB32 -> RGBA, zlib 6, adaptive filters (ImageRenderer before a1a1505)",
         { tb_probe_encode_cairo(Fixtures.pageImage, 0) }),
        ("cairo writer, same pixels as RGB24 -> RGB", { tb_probe_encode_cairo(Fixtures.pageImage, 1) }),
        ("libpng RGBA, zlib 6, adaptive filters", { tb_probe_encode_libpng(Fixtures.pageImage, 4, 6, -1, 0) }),
        ("libpng RGB, zlib 6, adaptive filters", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 6, -1, 0) }),
        ("libpng RGB, zlib 1, adaptive filters", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 1, -1, 0) }),
        ("libpng RGB, zlib 1, filter none", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 1, 0x08, 0) }),
        ("libpng RGB, zlib 1, filter sub", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 1, 0x10, 0) }),
        ("libpng RGB, zlib 2, filter up (PNGEncoder's settings since a1a1505)", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 2, 0x20, 0) }),
        ("libpng RGB, zlib 1, filter up", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 1, 0x20, 0) }),
        ("libpng RGB, zlib 6, filter none, RLE strategy", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 6, 0x08, 3) }),
        ("libpng RGB, zlib 0 (stored: the copy and CRC floor)", { tb_probe_encode_libpng(Fixtures.pageImage, 3, 0, 0x08, 0) }),
    ]
    for (label, encode) in encoders {
        Benchmark("page/encode only: \(label)", configuration: .init(metrics: withSize, setup: pageSetup)) { benchmark in
            let bytes = encode()
            benchmark.stopMeasurement()
            precondition(bytes > 0, "encoding failed")
            benchmark.measurement(outputBytes, bytes)
        }
    }

    // MARK: startup — what every process pays once

    Benchmark("startup/Dataset.embedded() (JSONDecoder + validation)", configuration: .init(metrics: light)) { _ in
        blackHole(try Dataset.embedded().investments.count)
    }
    Benchmark("startup/StyleLoader.load default (Yams)", configuration: .init(metrics: light)) { _ in
        blackHole(try StyleLoader.load("default", searchPaths: []).name)
    }
    Benchmark("startup/Typesetter() + first layout (font map, fontconfig warm)",
              configuration: .init(metrics: light, setup: warm)) { _ in
        let typesetter = Typesetter()
        blackHole(typesetter.layout("Korean investment by state", font: Font(size: 12, weight: .bold)).size)
    }
}
