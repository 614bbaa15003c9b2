import BriefData
import BriefDocument
import BriefLayout
import Foundation
import Testing
import TradeBrief

/// A CSV row that cites a publication the embedded figures also cite (the
/// same address, the same publisher) credits that one source: the Sources
/// list names it once, not once as the article and again as the CSV's
/// `CSIS` (as `tradebrief init`'s starter did).
@Suite("A source the data and a CSV share is listed once")
struct SameSourceOnceTests {
    static let csisURL = "https://www.csis.org/analysis/us-rok-negotiations-opportunity-reset-trade-investment-and-technology"

    static func starter() throws -> (document: BriefDocument, dataset: Dataset) {
        let files = Dictionary(uniqueKeysWithValues: BundledBriefs.starterFiles.map { ($0.path, $0.text) })
        let csv = try #require(files["investments.csv"])
        let document = BriefDocument(text: try #require(files["brief.md"]), file: "brief.md")
        return (document, try Brief(.investmentsCSV(csv, name: "investments.csv")).dataset)
    }

    @Test("The starter's CSIS rows credit the article the figures cite; its own other sources stay the CSV's")
    func starterData() throws {
        let dataset = try Self.starter().dataset
        #expect(dataset.sources.filter { $0.url == Self.csisURL }.map(\.id) == ["csis-2025"], "\(dataset.sources.map(\.id))")
        let credited = dataset.investments.filter { ["Hyundai Motor Group", "Hanwha Qcells"].contains($0.company) }.map(\.source)
        #expect(credited == ["csis-2025", "csis-2025"])
        #expect(dataset.sources.contains { $0.publisher == "Ford" && $0.id.hasPrefix("csv-") })
        #expect(dataset.validationProblems(file: "x").isEmpty)
    }

    @Test("The starter brief's Sources list each address once, and [@csis] still cites the article")
    func starterSources() throws {
        let (document, dataset) = try Self.starter()
        let resolved = DocumentResolver(document: document, dataset: dataset, reference: try Dataset.embeddedDataset()).resolve()
        #expect(resolved.errors.isEmpty, "\(resolved.errors)")
        let urls = resolved.citedSources.map(\.url)
        #expect(Set(urls).count == urls.count, "\(urls)")
        let listed = Self.sourceNotes(resolved.blocks)
        #expect(listed.filter { $0.url == Self.csisURL }.count == 1, "\(listed)")
        let csis = DocumentResolver(document: BriefDocument(text: "A [@csis]. B [@csis-2025].", file: "c.md"), dataset: dataset,
                                    reference: try Dataset.embeddedDataset()).resolve()
        #expect(csis.errors.isEmpty, "\(csis.errors)")
        #expect(csis.citedSources.map(\.id) == ["csis-2025"])
    }

    @Test("Only the same publication merges: another name at the address, or the same name elsewhere, stays the CSV's own")
    func onlyTheSamePublication() throws {
        let csv = """
            company,sector,states,amount_usd,source,url
            A,Solar,GA,1B,Center for Strategic and International Studies (CSIS),\(Self.csisURL)
            B,Solar,GA,1B,Yonhap,\(Self.csisURL)
            C,Solar,GA,1B,CSIS,https://www.csis.org/other
            """
        let dataset = try Brief(.investmentsCSV(csv, name: "mine.csv")).dataset
        #expect(dataset.investments.map(\.source) == ["csis-2025", "csv-2", "csv-3"], "\(dataset.investments.map(\.source))")
        #expect(dataset.sources.map(\.id).filter { $0.hasPrefix("csv-") } == ["csv-2", "csv-3"])
    }

    /// The notes after the Sources heading.
    static func sourceNotes(_ blocks: [Block]) -> [SourceNote] {
        var after = false
        for block in blocks {
            if case .heading(let text, _) = block { after = text == "Sources" }
            if after, case .sourceNotes(let notes) = block { return notes }
        }
        return []
    }
}
