import BriefData
import BriefDocument
import BriefLayout
import BriefRender
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

/// A brief laid out and drawn in one style and page size: its layout, its
/// PDF and the layout style, for measuring.
struct BriefSample {
    let document: LaidOutDocument
    let pdf: Foundation.Data
    let style: LayoutStyle
    let dataset: Dataset
    let language: BriefLanguage

    /// The data a sample is made from: the embedded dataset, or a stress list.
    enum Data: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case embedded, stress43, stress100
        var testDescription: String { rawValue }

        func dataset() throws -> Dataset {
            switch self {
            case .embedded: return try Dataset.embedded()
            case .stress43: return try Brief(.investmentsCSV(StressDataset.standard.csv(), name: "stress-43.csv")).dataset
            case .stress100: return try Brief(.investmentsCSV(StressDataset.large.csv(), name: "stress-100.csv")).dataset
            }
        }
    }

    /// The brief in `language` (its own text, `Briefs/us-rok.ko.md` in Korean, set in that language's faces),
    /// or `brief`, a document written in that language (as `tradebrief build --brief` builds it).
    init(style name: String, page: PageSize, data: Data = .embedded, language: BriefLanguage = .english,
         brief: BriefDocument? = nil) throws {
        let style = try Style.named(name)
        let dataset = try data.dataset()
        var layoutStyle = style.layoutStyle
        layoutStyle.pageSize = page.size
        var builder = BriefBuilder(dataset: dataset, pageSize: page, formats: [.pdf], creationDate: Date(timeIntervalSince1970: 1_745_366_400),
                                   theme: style.chartTheme, layoutStyle: layoutStyle)
        builder.language = language
        builder.document = brief
        let typesetter = Typesetter(theme: style.chartTheme.typeset(for: language), layoutStyle: layoutStyle.typeset(for: language),
                                    language: language)
        document = try builder.layout(typesetter: typesetter)
        pdf = try builder.renderBrief(typesetter: typesetter).data
        self.style = layoutStyle.typeset(for: language)
        self.dataset = dataset
        self.language = language
    }

    /// Every style shipped, on both paper sizes.
    static let cases: [(String, PageSize)] = ["default", "a4-two-column", "colorblind", "grayscale"].flatMap { style in
        PageSize.allCases.map { (style, $0) }
    }

    /// Every style and paper size with the embedded data and with each stress list.
    static let dataCases: [(String, PageSize, Data)] = cases.flatMap { style, page in Data.allCases.map { (style, page, $0) } }

    /// The Korean edition's cases: every style and paper size with each stress list.
    static let koreanCases: [(String, PageSize, Data)] = cases.flatMap { style, page in [Data.stress43, .stress100].map { (style, page, $0) } }

    /// The text of the PDF as poppler's `pdftotext` reads it.
    func text(layout: Bool = false) throws -> String {
        try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.output("pdftotext", (layout ? ["-layout"] : []) + [$0, "-"]) }
    }
}

@Suite("The brief's pages in every style and page size: full, nothing stranded, nothing broken")
struct BriefPageTests {
    @Test("No page but the last is more than 20% empty (measured in the layout and on the rendered page)",
          arguments: BriefSample.dataCases)
    func pagesAreFull(style: String, page: PageSize, data: BriefSample.Data) throws {
        try Self.checkPagesAreFull(try BriefSample(style: style, page: page, data: data), "\(style) \(page) \(data)")
    }

    @Test("In Korean too, no page but the last is more than 20% empty, but one left before figures so that the text after it stays with its figure, its columns level",
          arguments: BriefSample.koreanCases)
    func koreanPagesAreFull(style: String, page: PageSize, data: BriefSample.Data) throws {
        let sample = try BriefSample(style: style, page: page, data: data, language: .korean)
        let name = "\(style) \(page) \(data) Korean"
        try Self.checkKoreanPagesAreFull(sample, name, excused: Self.checkPagesLeftForFigures(sample, name))
    }

    /// ``checkPagesAreFull(_:_:excused:)`` for a Korean `sample`, with one known issue: on Letter in one
    /// column with the 100-row list, page 2 (the state bars, then the two short paragraphs that
    /// introduce the map and the sector bars) ends 20-21% empty. The map and the sector bars wait for
    /// page 3, and the next text (the table's heading with its header and two rows) does not fit below
    /// the paragraphs. The Korean CSV-only text once had sentences the English lacks, which filled
    /// those lines; it now says what the English says.
    static func checkKoreanPagesAreFull(_ sample: BriefSample, _ name: String, excused: Set<Int>) throws {
        let known = sample.style.columns == 1 && sample.dataset.investments.count == 100
            && abs(sample.style.pageSize.height - PageSize.letter.size.height) < 0.5
        guard known else { return try checkPagesAreFull(sample, name, excused: excused) }
        try withKnownIssue("Korean, Letter, 100 rows: page 2 is 20-21% empty (the faithful text is two lines shorter)") {
            try checkPagesAreFull(sample, name, excused: excused)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("\(name) page 2:") }
        }
    }

    /// The pages of `sample` (called `name` in failures) that the flow leaves before figures so that the
    /// text after them stays within a page of its figure (``BriefTextLengthTests/pagesLeftForFigures(in:)``:
    /// no arrangement keeps both rules, and the figure's nearness comes first). Expects those of several
    /// columns emptier than the rule allows to end as meant: their columns level (within three lines: a
    /// heading moves with its first lines), not one full and the other short.
    static func checkPagesLeftForFigures(_ sample: BriefSample, _ name: String) -> Set<Int> {
        let left = BriefTextLengthTests.pagesLeftForFigures(in: sample)
        for (index, whole) in left where whole && sample.style.columns > 1 && sample.document.emptiness(ofPage: index) >= 0.2 {
            let bottoms = columnBottoms(of: sample, page: index)
            #expect(areLevel(bottoms, within: 3), "\(name) page \(index + 1), left before figures: columns end at \(bottoms)")
        }
        return Set(left.keys)
    }

    @Test("In Korean too, no page ends with a heading or a lead-in sentence, and every figure is within a page of its text",
          arguments: BriefSample.koreanCases)
    func koreanNothingStranded(style: String, page: PageSize, data: BriefSample.Data) throws {
        Self.checkNothingStranded(try BriefSample(style: style, page: page, data: data, language: .korean), style: style, page: page,
                                  data: "\(data) Korean")
    }

    /// Expects every page of `sample` (called `name` in failures) but the last, and but those in `excused`,
    /// at most 20% empty, in its layout and on its rendered page.
    static func checkPagesAreFull(_ sample: BriefSample, _ name: String, excused: Set<Int> = []) throws {
        let document = sample.document
        func check(_ empty: Double, _ what: String, page index: Int) {
            #expect(empty < 0.2 || excused.contains(index), "\(name) page \(index + 1): \(Int(empty * 100))% \(what)")
        }
        for index in 0..<(document.pageCount - 1) {
            check(document.emptiness(ofPage: index), "empty in the layout", page: index)
        }
        let pages = try PageInk.pages(of: sample.pdf)
        #expect(pages.count == document.pageCount)
        for (index, ink) in pages.enumerated().dropLast() {
            check(ink.emptiness(style: sample.style), "below the lowest ink", page: index)
        }
    }

    @Test("No page ends with a heading or a lead-in sentence; every figure is within a page of the text before it",
          arguments: BriefSample.dataCases)
    func nothingStranded(style: String, page: PageSize, data: BriefSample.Data) throws {
        Self.checkNothingStranded(try BriefSample(style: style, page: page, data: data), style: style, page: page, data: "\(data)")
    }

    /// Records a page of `sample` that ends with a heading or lead-in, and a figure more than a page after its text.
    static func checkNothingStranded(_ sample: BriefSample, style: String, page: PageSize, data: String) {
        let document = sample.document
        for index in 0..<(document.pageCount - 1) {
            guard let last = document.items(onPage: index).max(by: { $0.frame.maxY < $1.frame.maxY }) else { continue }
            if case .heading = last.role { Issue.record("\(style) \(page) \(data): page \(index + 1) ends with the heading \(last.text)") }
            if last.role == .paragraph, last.lines.upperBound == last.totalLines, last.text.hasSuffix(":") {
                Issue.record("\(style) \(page) \(data): page \(index + 1) ends with the lead-in \(last.text)")
            }
        }
        for figure in document.items where figure.role == .figure {
            // The text that introduces a figure: the last text item of an earlier block (for figures in a
            // row, the text before the first of them). No exemption: the figure is at most a page after it.
            let intro = document.items.last { $0.blockIndex < figure.blockIndex && ($0.role == .paragraph || $0.role == .title) }
            guard let intro else { continue }
            #expect(figure.page - intro.page <= 1,
                    "\(style) \(page) \(data): a figure (\(figure.text.prefix(40))) on page \(figure.page + 1), its text on \(intro.page + 1)")
        }
    }

    @Test("Nothing runs into the bottom margin or is scaled for want of room (no layout warnings)", arguments: BriefSample.dataCases)
    func nothingOverflows(style: String, page: PageSize, data: BriefSample.Data) throws {
        Self.checkNothingOverflows(try BriefSample(style: style, page: page, data: data), "\(style) \(page) \(data)")
    }

    /// Records a layout warning of `sample` (called `name` in failures) and anything placed below its text area.
    static func checkNothingOverflows(_ sample: BriefSample, _ name: String) {
        #expect(sample.document.warnings.isEmpty, "\(name): \(sample.document.warnings)")
        let bottom = sample.style.textArea.maxY + 0.5
        for item in sample.document.items where item.frame.maxY > bottom {
            Issue.record("\(name): '\(item.text.prefix(40))' on page \(item.page + 1) ends at \(item.frame.maxY), below \(bottom)")
        }
    }

    @Test("Every amount in the table is on one line (pdftotext)", arguments: BriefSample.dataCases)
    func amountsUnbroken(style: String, page: PageSize, data: BriefSample.Data) throws {
        let sample = try BriefSample(style: style, page: page, data: data)
        let text = try sample.text()
        let symbol = try Style.named(style).chartTheme.currencySymbol
        // The table lists the largest investments (InvestmentTable.limit).
        let listed = sample.dataset.investments.sorted { $0.amount > $1.amount }.prefix(InvestmentTable(dataset: sample.dataset).limit)
        let amounts = MoneyFormat.short(listed.map(\.amount), symbol: symbol)
        let lines = text.split(separator: "\n").map(String.init)
        for amount in Set(amounts) {
            #expect(lines.contains { $0.contains(amount) }, "\(style) \(page) \(data): \(amount) is not on one line")
        }
        // No line ends inside an amount: "$11." or "$127.8" at a line's end with its rest ("4B", "billion") on the next.
        for (line, next) in zip(lines, lines.dropFirst()) {
            let end = line.trimmingCharacters(in: .whitespaces)
            let start = next.trimmingCharacters(in: .whitespaces)
            let cut = end.range(of: #"\$[0-9.,]*$"#, options: .regularExpression) != nil
                && start.range(of: #"^([0-9.,]|[BMK]\b|billion|million|trillion)"#, options: .regularExpression) != nil
            #expect(!cut, "\(style) \(page) \(data): an amount broken across lines: \(end) / \(start)")
        }
    }

    @Test("In two columns, the investments table spans both", arguments: BriefSample.Data.allCases)
    func tableSpansTwoColumns(data: BriefSample.Data) throws {
        for page in PageSize.allCases {
            let sample = try BriefSample(style: "a4-two-column", page: page, data: data)
            #expect(sample.style.columns == 2)
            let rows = sample.document.items.filter { $0.role == .tableRow || $0.role == .tableHeader }
            #expect(!rows.isEmpty)
            for row in rows { #expect(abs(row.frame.width - sample.style.textArea.width) < 0.5, "\(page): \(row.text)") }
        }
    }

    @Test("In two columns, a first page whose text stops before figures waiting for the next page ends its columns level",
          arguments: [BriefLanguage.english, .korean])
    func columnsEndLevel(language: BriefLanguage) throws {
        let sample = try BriefSample(style: "a4-two-column", page: .a4, data: .stress43, language: language)
        let bottoms = Self.columnBottoms(of: sample, page: 0)
        #expect(Self.areLevel(bottoms), "\(language): columns end at \(bottoms)")
    }

    /// Where each column ends on page `page` of `sample` (the lowest of its items narrower than the text area).
    static func columnBottoms(of sample: BriefSample, page: Int) -> [Double] {
        let style = sample.style
        let band = sample.document.items(onPage: page).filter { $0.frame.width < style.textArea.width - 1 }
        return (0..<style.columns).map { column in
            band.filter { $0.frame.midX > style.columnFrame(column).minX && $0.frame.midX < style.columnFrame(column).maxX }
                .map(\.frame.maxY).max() ?? style.textArea.minY
        }
    }

    /// Whether columns ending at `bottoms` end level: within `lines` lines of body text (about 13 pt each),
    /// not one column full and the other a quarter short.
    static func areLevel(_ bottoms: [Double], within lines: Int = 2) -> Bool {
        (bottoms.max() ?? 0) - (bottoms.min() ?? 0) <= 13 * Double(lines)
    }
}
