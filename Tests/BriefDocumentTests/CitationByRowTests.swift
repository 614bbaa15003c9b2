import BriefData
import BriefDocument
import FoundationEssentials
import Testing

/// A CSV's source is cited by its name in lower case with dashes; when
/// several rows name one source at different addresses, the name cites the
/// first and says so, and `[@row-N]` cites the source of the row on line N,
/// as `{{investment:row-N}}` gives its amount.
@Suite("Citing a CSV's sources by name and by row")
struct CitationByRowTests {
    private let csv = """
        company,sector,states,amount_usd,source,url
        A,Steel,TX,900M,Acme News,https://e.com/a
        B,Batteries,GA,2.5B,Other Wire,https://e.com/b
        C,Solar,OH,1.5B,Acme News,https://e.com/c

        """
    private let file = "mine.csv"

    private func resolved(_ markdown: String) throws -> ResolvedDocument {
        var dataset = try Dataset.embeddedDataset()
        let result = try InvestmentCSV.parse(Data(csv.utf8), file: "mine.csv")
        dataset.investments = result.investments
        dataset.sources += result.sources
        dataset.investmentsFile = file
        return DocumentResolver(document: BriefDocument(text: "# T\n\n" + markdown + "\n", file: "brief.md"), dataset: dataset).resolve()
    }
    @Test("A name two sources share cites the first, with a warning naming their rows and how to cite the other")
    func sharedNameWarns() throws {
        let result = try resolved("Acme says so [@acme-news].")
        #expect(result.errors.isEmpty, "\(described(result.errors))")
        #expect(described(result.warnings) == ["brief.md:3:14: '[@acme-news]' names 2 sources (the rows row-2, row-4 cite them, "
            + "each at its own address) and cites the first; cite one by its row, e.g. '[@row-4]'"])
        let notes = sourceNotes(result.blocks, after: "Sources")
        #expect(notes.first?.url == "https://e.com/a")
    }

    @Test("[@row-N] cites the source of the row on line N, quietly; a name one source has is quiet too")
    func rowCitation() throws {
        let result = try resolved("C says so [@row-4]; B too [@other-wire].")
        #expect(result.errors.isEmpty && result.warnings.isEmpty, "\(described(result.errors + result.warnings))")
        let urls = sourceNotes(result.blocks, after: "Sources").map(\.url)
        #expect(Array(urls.prefix(2)) == ["https://e.com/c", "https://e.com/b"])
    }

    @Test("An unknown citation lists a source whose name is taken by its first row, not a made-up id")
    func unknownListsRows() throws {
        let message = try #require(described(try resolved("X [@acme-newz].").errors).first)
        #expect(message.contains("acme-news, other-wire, row-4"), "\(message)")
        #expect(!message.contains("csv-"), "\(message)")
    }

    @Test("Sources only the charts and tables draw on: up to three each end with a sentence saying so; a longer run is named once")
    func drawnOnSources() throws {
        let few = sourceNotes(try resolved("Text [@row-2].\n\n![Bars](chart:state-bars)").blocks, after: "Sources").map(\.text)
        #expect(few.filter { $0.hasSuffix("Drawn on by the charts and tables.") }.count == 2, "\(few)")
        #expect(!few.contains { $0.contains("(drawn on") || $0.contains(". .") }, "\(few)")
        #expect(!few.contains { $0.hasPrefix("Entries") })
    }

    @Test("More than three sources only the charts draw on: one unnumbered line names their entries, and none says it on its own")
    func drawnOnRun() throws {
        var dataset = try Dataset.embeddedDataset()
        let rows = (1...5).map { "C\($0),Steel,TX,1B,Wire \($0),https://e.com/\($0)" }.joined(separator: "\n")
        let result = try InvestmentCSV.parse(Data(("company,sector,states,amount_usd,source,url\n" + rows + "\n").utf8), file: file)
        dataset.investments = result.investments
        dataset.sources += result.sources
        dataset.investmentsFile = file
        let resolved = DocumentResolver(document: BriefDocument(text: "# T\n\nCited [@row-2].\n\n![Bars](chart:state-bars)\n", file: "brief.md"),
                                        dataset: dataset).resolve()
        let notes = sourceNotes(resolved.blocks, after: "Sources")
        let line = try #require(notes.first { !$0.numbered })
        #expect(line.text == "Entries 2–5: drawn on by the charts and tables, not cited in the text.")
        #expect(notes.filter(\.numbered).count == notes.count - 1)
        #expect(!notes.contains { $0.text.hasSuffix("Drawn on by the charts and tables.") })
    }
}
