import BriefRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import TradeBrief  // the only project module: the test uses the library as a third party does

@Suite("The library API: briefs and charts in-process, with one import")
struct LibraryAPITests {
    /// A fixed creation date, for byte-identical PDFs.
    static let date = Date(timeIntervalSince1970: 1_745_366_400)

    /// The error `body` throws, or nil (and a recorded issue) when it throws none.
    func caught<T>(_ body: () throws(TradeBriefError) -> T, sourceLocation: SourceLocation = #_sourceLocation) -> TradeBriefError? {
        do {
            _ = try body()
            Issue.record("expected a TradeBriefError", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// A dataset whose every field is set here, in Swift. (`Dataset` has no
    /// public memberwise initializer yet, so the embedded one is the starting
    /// value whose fields are all replaced.)
    static func datasetInCode() throws -> Dataset {
        var dataset = try Dataset.embedded()
        dataset.title = "Korean Investment in Three States"
        dataset.subtitle = "A brief made from values in code"
        dataset.asOf = "2025-01-31"
        dataset.sources = [
            Source(id: "desk", title: "Investment notes", publisher: "Example Research Desk", date: "2025-01-31",
                   url: "https://example.com/notes"),
        ]
        dataset.primarySource = "desk"
        dataset.indicators = [
            Indicator(id: "us-exports-to-korea", label: "U.S. exports of goods to Korea", shortLabel: "U.S. exports to Korea",
                      unit: .usd, value: 120_000_000_000, year: 2024, source: "desk"),
        ]
        dataset.investments = [
            Investment(id: "alpha", company: "Alpha Batteries", project: "Cell plant", sector: "Batteries",
                       amountUSD: 1_000_000_000, year: 2024, states: [StateShare(state: "GA")], split: .single, source: "desk"),
            Investment(id: "beta", company: "Beta Solar", project: "Module plant", sector: "Solar",
                       amountUSD: 2_000_000_000, states: [StateShare(state: "KY", share: 0.25), StateShare(state: "TN", share: 0.75)],
                       split: .shares, source: "desk"),
        ]
        dataset.cooperationAreas = []
        dataset.challenges = []
        return dataset
    }

    @Test("the embedded brief renders to PDF data: five pages, the same bytes for the same date")
    func embeddedToData() throws {
        var brief = try Brief()
        #expect(brief.warnings.isEmpty)
        #expect(brief.effectivePageSize == .letter)
        #expect(brief.formats == [.pdf])
        brief.creationDate = Self.date
        let pdf = try brief.render(.pdf)
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(try brief.render() == pdf, "a fixed creation date gives identical bytes")
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brief.pdf").path
        try pdf.write(to: URL(fileURLWithPath: path))
        #expect((5...7).contains(try Checker.pdfPages(path) ?? 0))
    }

    @Test("a brief from a dataset built in Swift: exact totals, a PDF that names its companies")
    func valuesInCode() throws {
        let brief = Brief(dataset: try Self.datasetInCode())
        try brief.validate()
        let states = brief.totals(by: .state)
        #expect(states.rows.map(\.key) == ["TN", "GA", "KY"])
        #expect(states.rows.map(\.amount) == [Money(wholeDollars: 1_500_000_000), Money(wholeDollars: 1_000_000_000), Money(wholeDollars: 500_000_000)])
        #expect(states.total == Money(wholeDollars: 3_000_000_000))
        #expect(brief.totals(by: .company).rows.map(\.key) == ["Beta Solar", "Alpha Batteries"])
        #expect(AggregationFormat.csv.render(brief.totals(by: .sector)) == "key,label,amount_usd,projects,shared_projects,even_split_projects,other_source_projects\nSolar,Solar,2000000000,1,1,0,0\nBatteries,Batteries,1000000000,1,0,0,0\n")

        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("brief.pdf")
        try brief.write(to: url)
        let text = try Checker.output("pdftotext", ["-layout", url.path, "-"])
        #expect(text.contains("Korean Investment in Three States"))
        #expect(text.contains("Alpha Batteries"))
        #expect(text.contains("Example Research Desk"))
        #expect(try brief.chart("state-bars").textDescription.contains("Tennessee"))
        // The brief leaves out a chart whose figures the data lacks; asked for alone, it is a typed error.
        guard case .chart(.noData(chart: "trade-balance", _))? = caught({ () throws(TradeBriefError) in try brief.chart("trade-balance") }) else {
            Issue.record("expected a no-data chart error")
            return
        }
    }

    @Test("a dataset made in code is checked: every problem, as a typed data error")
    func invalidValuesInCode() throws {
        var dataset = try Self.datasetInCode()
        dataset.investments[0].states = [StateShare(state: "ZZ")]
        dataset.investments[1].source = "nowhere"
        let brief = Brief(dataset: dataset)
        guard case .data(let error)? = caught({ () throws(TradeBriefError) in try brief.render(.pdf) }) else {
            Issue.record("expected a data error")
            return
        }
        #expect(error.problems.count == 2)
        #expect(error.description.contains("'ZZ' is not a USPS state code"))
        #expect(error.description.contains("'nowhere' is not the id of any source"))
        guard case .data? = caught({ () throws(TradeBriefError) in try brief.chart("state-map") }) else {
            Issue.record("expected a data error from chart(_:)")
            return
        }
    }

    @Test("a brief from CSV text: the CSV's investments, warnings located, the embedded figures kept")
    func csvText() throws {
        let csv = """
            company,sector,states,amount_usd,colour
            Alpha Batteries,Batteries,Georgia,$1.5B,red
            Beta Solar,Solar,KY=25%;TN=75%,2 billion,blue

            """
        let brief = try Brief(.investmentsCSV(csv, name: "upload.csv"))
        #expect(brief.dataset.investments.map(\.company) == ["Alpha Batteries", "Beta Solar"])
        #expect(brief.totals(by: .state).rows.map(\.key) == ["GA", "TN", "KY"])
        #expect(brief.totals(by: .state).total == Money(wholeDollars: 3_500_000_000))
        #expect(brief.dataset.indicator("us-goods-exports-to-korea") != nil, "the embedded indicators stay")
        #expect(brief.dataset.investmentsFile == "upload.csv")
        #expect(!brief.dataset.sources.contains { $0.id == "ford-2021" }, "sources of the embedded investments do not follow a user's CSV")
        #expect(brief.warnings.count == 1)
        #expect(brief.warnings.first?.description.hasPrefix("upload.csv:1") == true)
        #expect(brief.warnings.first?.description.contains("colour") == true)
        #expect(try brief.render(.pdf).starts(with: Data("%PDF-".utf8)))
    }

    @Test("a broken CSV: every problem located as NAME:LINE:COLUMN, in a typed data error")
    func csvErrors() {
        let csv = "company,sector,states,amount_usd\nAlpha,Batteries,ZZ,-5B\nBeta,Solar,GA,1.2 trillion\n"
        guard case .data(let error)? = caught({ () throws(TradeBriefError) in try Brief(.investmentsCSV(csv, name: "bad.csv")) }) else {
            Issue.record("expected a data error")
            return
        }
        let lines = error.problems.map(\.description)
        #expect(lines.count >= 3, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("bad.csv:2:3: column 'states'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("bad.csv:2:4: column 'amount_usd'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("bad.csv:3:4: column 'amount_usd'") }, "\(lines)")
    }

    @Test("data files: a dataset JSON, an investments CSV; a missing file is an I/O error")
    func dataFiles() throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("dataset.json")
        try JSONEncoder().encode(try Self.datasetInCode()).write(to: json)
        let fromJSON = try Brief(.datasetFile(json))
        #expect(fromJSON.dataset == (try Self.datasetInCode()))
        #expect(try DatasetSource.datasetFile(json).load().files.map(\.role) == ["dataset"])

        let csv = folder.appendingPathComponent("list.csv")
        try Data("company,sector,states,amount_usd\nAlpha,Solar,GA,850M\n".utf8).write(to: csv)
        let fromCSV = try Brief(.investmentsFile(csv))
        #expect(fromCSV.totals(by: .state).total == Money(wholeDollars: 850_000_000))

        let missing = folder.appendingPathComponent("missing.csv")
        guard case .io(let path, let reason)? = caught({ () throws(TradeBriefError) in try Brief(.investmentsFile(missing)) }) else {
            Issue.record("expected an I/O error")
            return
        }
        #expect(path == missing.path)
        #expect(reason.contains("no such file"))

        try Data("{\"title\": 3}".utf8).write(to: json)
        guard case .data(let error)? = caught({ () throws(TradeBriefError) in try Brief(.datasetFile(json)) }) else {
            Issue.record("expected a data error")
            return
        }
        #expect(error.description.hasPrefix(json.path + ": "))
    }

    @Test("charts to Data, to a file (format from the extension) and to a stream, all the same bytes")
    func chartOutputs() throws {
        let brief = try Brief()
        var chart = try brief.chart("sector-bars", width: 320, idPrefix: "sectors")
        chart.creationDate = Self.date
        #expect(chart.name == "sector-bars")
        #expect(chart.formats == OutputFormat.allCases)
        let svg = try chart.render(.svg)
        let png = try chart.render(.png)
        let pdf = try chart.render(.pdf)
        #expect(png.starts(with: Data([0x89, 0x50, 0x4E, 0x47])))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(try chart.render(.pdf) == pdf)

        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, data) in [("c.svg", svg), ("c.png", png), ("c.pdf", pdf)] {
            let url = folder.appendingPathComponent("sub/\(name)")
            try chart.write(to: url)
            #expect(try Data(contentsOf: url) == data, "\(name)")
        }
        let noExtension = folder.appendingPathComponent("chart")
        try chart.write(to: noExtension, format: .svg)
        #expect(try Data(contentsOf: noExtension) == svg)

        let streamed = folder.appendingPathComponent("streamed.svg")
        #expect(FileManager.default.createFile(atPath: streamed.path, contents: nil))
        let handle = try FileHandle(forWritingTo: streamed)
        try chart.write(.svg, toFileDescriptor: handle.fileDescriptor)
        try handle.close()
        #expect(try Data(contentsOf: streamed) == svg)

        let document = try XMLDocument(data: svg, options: [])
        let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(!ids.isEmpty && ids.allSatisfy { $0 == "sectors" || $0.hasPrefix("sectors-") })
    }

    @Test("two charts inlined in one HTML page: no id is used twice, every reference stays in its chart")
    func embedTwoCharts() throws {
        // The code of the DocC article "Embed a chart in a web page".
        let brief = try Brief()
        var figures = ""
        for (name, prefix) in [("state-map", "map"), ("sector-bars", "sectors")] {
            let chart = try brief.chart(name, width: 640, idPrefix: prefix)
            figures += """
                <figure>
                \(try chart.inlineSVG())
                <figcaption>\(SVGFinisher.escape(chart.title))</figcaption>
                </figure>

                """
        }
        let html = """
            <!doctype html>
            <html lang="en">
            <meta charset="utf-8">
            <title>Korean investment in the United States</title>
            <style>figure { max-width: 42rem; margin: 2rem auto } figure svg { width: 100%; height: auto }</style>
            \(figures)</html>

            """

        #expect(!html.contains("<?xml"))
        var seen: Set<String> = []
        for prefix in ["map", "sectors"] {
            let start = try #require(html.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(prefix)\""))
            let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
            let svg = String(html[start.lowerBound..<end.upperBound])
            let document = try XMLDocument(xmlString: svg, options: [])
            let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
            #expect(ids.allSatisfy { $0 == prefix || $0.hasPrefix("\(prefix)-") })
            #expect(Set(ids).count == ids.count)
            #expect(seen.isDisjoint(with: ids))
            seen.formUnion(ids)
            let references = try document.nodes(forXPath: "//@*[local-name()='href']").compactMap(\.stringValue)
                .filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
            #expect(references.allSatisfy { ids.contains($0) })
        }
    }

    @Test("the code of the DocC articles compiles and runs (copied verbatim, between the markers)")
    func articleSnippets() throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The articles' relative paths name files of the repository, which is
        // the working folder of `swift test`.
        try #require(FileManager.default.fileExists(atPath: "Examples/investments.csv"), "run the tests from the package folder")
        try #require(FileManager.default.fileExists(atPath: "Styles/grayscale.yaml"), "run the tests from the package folder")

        do {
            // MakeYourFirstBrief.md: "Bring your own investments"
            let fromFile = try Brief(.investmentsFile(URL(fileURLWithPath: "Examples/investments.csv")))

            let csv = """
                company,sector,states,amount_usd
                Alpha Batteries,Batteries,Georgia,$1.5B
                Beta Solar,Solar,KY=25%;TN=75%,2 billion
                """
            let fromText = try Brief(.investmentsCSV(csv, name: "upload.csv"))
            // (end)
            #expect(fromFile.dataset.investments.count == 4)
            #expect(fromText.dataset.investments.count == 2)
        }
        do {
            // MakeYourFirstBrief.md: "Build the data in code"
            var dataset = try Dataset.embedded()
            dataset.sources.append(Source(id: "desk", title: "Investment notes", publisher: "Example Research Desk",
                                          date: "2025-01-31", url: "https://example.com/notes"))
            dataset.investments = [
                Investment(id: "alpha", company: "Alpha Batteries", project: "Cell plant", sector: "Batteries",
                           amountUSD: 1_000_000_000, year: 2024, states: [StateShare(state: "GA")], split: .single, source: "desk"),
                Investment(id: "beta", company: "Beta Solar", project: "Module plant", sector: "Solar",
                           amountUSD: 2_000_000_000, states: [StateShare(state: "KY", share: 0.25), StateShare(state: "TN", share: 0.75)],
                           split: .shares, source: "desk"),
            ]
            let brief = Brief(dataset: dataset)
            try brief.validate()
            // (end)
            #expect(brief.totals(by: .state).total == Money(wholeDollars: 3_000_000_000))
        }
        do {
            // MakeYourFirstBrief.md: "Pick a style and paper"
            var brief = try Brief(style: .named("colorblind"))
            brief.pageSize = .a4
            let printable = try Brief(style: Style.file(URL(fileURLWithPath: "Styles/grayscale.yaml")))
            // (end)
            #expect(brief.effectivePageSize == .a4)
            #expect(printable.style?.name == "grayscale")
        }
        do {
            // MakeYourFirstBrief.md: "Make the bytes reproducible"
            var brief = try Brief()
            if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
                brief.creationDate = Date(timeIntervalSince1970: epoch)
            }
            // (end)
            let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
            #expect(brief.creationDate == epoch.map { Date(timeIntervalSince1970: $0) })
            // The date set is the date the PDF carries.
            brief.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
            #expect(String(decoding: try brief.render(.pdf), as: UTF8.self).contains("/CreationDate (D:20250423000000"))
        }
        let brief = try Brief()
        do {
            // EmbedAChart.md: "Or link to the file"
            let chart = try brief.chart("state-bars")
            try chart.write(to: folder.appendingPathComponent("state-bars.svg"))
            let img = "<img src=\"state-bars.svg\" alt=\"\(SVGFinisher.escape(chart.textDescription))\">"
            // (end)
            #expect(img.contains("alt=\"") && !img.contains("<svg"))
        }
        do {
            // EmbedAChart.md: "Serve a chart from a server"
            let chart = try brief.chart("sector-bars", idPrefix: "sectors")
            let body: Data = try chart.render(.svg)
            let contentType = OutputFormat.svg.mediaType    // "image/svg+xml"
            // (end)
            #expect(contentType == "image/svg+xml" && !body.isEmpty)
        }
        do {
            // EmbedAChart.md: "Choose the box"
            var bars = try brief.chart("sector-bars", width: 400)
            bars.height = 300
            let svg = try bars.render(.svg)     // viewBox="0 0 400 300"
            // (end)
            #expect(String(decoding: svg, as: UTF8.self).contains("viewBox=\"0 0 400 300\""))
        }
        do {
            // EmbedAChart.md: "A page of every chart"
            let brief = try Brief()
            var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"/><title>Charts</title></head>\n<body>\n"
            page += "<p><a href=\"brief.pdf\">The brief (PDF)</a></p>\n"
            for name in Brief.chartNames {
                let chart = try brief.chart(name)
                page += "<h2>\(XMLText.escapeHTML(chart.title))</h2>\n\(try chart.inlineSVG())"
            }
            page += "</body>\n</html>\n"
            try Data(page.utf8).write(to: folder.appendingPathComponent("charts.html"))
            // (end)
            let document = try XMLDocument(xmlString: page, options: [])
            let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
            let svgs = try document.nodes(forXPath: "//*[local-name()='svg']")
            #expect(Set(ids).count == ids.count && svgs.count == Brief.chartNames.count)
        }
        do {
            // EmbedAChart.md: "PNG and PDF for other places"
            var bars = try brief.chart("state-bars", width: 320)
            bars.pngScale = 3
            try bars.write(to: folder.appendingPathComponent("state-bars.png"))
            try bars.write(to: folder.appendingPathComponent("state-bars.pdf"))
            // (end)
        }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
            .isSuperset(of: ["state-bars.svg", "state-bars.png", "state-bars.pdf"]))
    }

    @Test("charts render concurrently, each with its own text engine, to the same bytes as one by one")
    func concurrentCharts() async throws {
        let brief = try Brief()
        var sequential: [String: Data] = [:]
        for name in Brief.chartNames { sequential[name] = try brief.chart(name).render(.svg) }
        let concurrent = try await withThrowingTaskGroup(of: (String, Data).self) { group in
            for name in Brief.chartNames {
                group.addTask { (name, try brief.chart(name).render(.svg)) }
            }
            var results: [String: Data] = [:]
            for try await (name, data) in group { results[name] = data }
            return results
        }
        #expect(concurrent == sequential)
    }

    @Test("styles by name and by file; the paper follows the style unless set")
    func styles() throws {
        #expect(Style.available().map(\.name).contains("colorblind"))
        var brief = try Brief(style: .named("a4-two-column"))
        #expect(brief.effectivePageSize == .a4)
        brief.creationDate = Self.date
        let a4 = try brief.render(.pdf)
        brief.pageSize = .letter
        #expect(brief.effectivePageSize == .letter)
        #expect(try brief.render(.pdf) != a4)

        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.yaml")
        try Data("extends: grayscale\ndescription: Mine\n".utf8).write(to: file)
        let mine = try Style.file(file)
        #expect(mine.name == "mine")
        #expect(mine.chartTheme == (try Style.named("grayscale")).chartTheme)
        let svg = try Brief(style: mine).chart("state-bars").render(.svg)
        #expect(svg.count > 1000)
    }

    @Test("mistakes are typed errors with a message a user can act on")
    func typedErrors() throws {
        let brief = try Brief()

        guard case .chart(.unknownChart("state-mapp", suggestion: "state-map"))? = caught({ () throws(TradeBriefError) in try brief.chart("state-mapp") }) else {
            Issue.record("expected an unknown-chart error with a suggestion")
            return
        }
        guard case .style(let style)? = caught({ () throws(TradeBriefError) in try Style.named("colourblind") }) else {
            Issue.record("expected a style error")
            return
        }
        #expect(style.description.contains("did you mean 'colorblind'?"))
        guard case .usage(let brieSVG)? = caught({ () throws(TradeBriefError) in try brief.render(.svg) }) else {
            Issue.record("expected a usage error for the brief as SVG")
            return
        }
        #expect(brieSVG.contains("chart(_:)"))
        guard case .usage? = caught({ () throws(TradeBriefError) in try brief.chart("state-bars", width: 20).render(.png) }) else {
            Issue.record("expected a usage error for a width of 20")
            return
        }
        guard case .usage? = caught({ () throws(TradeBriefError) in try brief.chart("state-bars", idPrefix: "1 bad").render(.svg) }) else {
            Issue.record("expected a usage error for a bad id prefix")
            return
        }
        guard case .usage? = caught({ () throws(TradeBriefError) in try brief.write(to: URL(fileURLWithPath: "/tmp/brief.txt")) }) else {
            Issue.record("expected a usage error for an unknown extension")
            return
        }

        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        guard case .io(let path, _)? = caught({ () throws(TradeBriefError) in try brief.write(to: blocker.appendingPathComponent("brief.pdf")) }) else {
            Issue.record("expected an I/O error")
            return
        }
        #expect(path.hasPrefix(blocker.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["file"], "nothing half-written left behind")
    }
}
