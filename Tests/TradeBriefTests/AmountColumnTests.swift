import BriefData
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

/// Issue 17, point 6: a Korean table's amounts (`10억 달러`, `8억 7,000만 달러`)
/// have no decimal point, so their column is flush right on the last digit
/// and unit, under its right-aligned header, as the English column is
/// aligned on its decimal points.
@Suite("Korean amount columns are flush right (pdftotext word boxes)")
struct AmountColumnTests {
    /// A word of a PDF page with its box.
    struct Word {
        let text: String
        let xMin, xMax, yMin, yMax: Double
        let page: Int
    }

    /// Every word of a PDF (`pdftotext -bbox`).
    static func words(_ pdf: Data) throws -> [Word] {
        let xml = try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.output("pdftotext", ["-bbox", $0, "-"]) }
        var words: [Word] = []
        var page = -1
        for line in xml.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word "), let xMin = attribute("xMin", in: line), let xMax = attribute("xMax", in: line),
                  let yMin = attribute("yMin", in: line), let yMax = attribute("yMax", in: line),
                  let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { continue }
            words.append(Word(text: String(line[line.index(after: open)..<close.lowerBound]), xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax, page: page))
        }
        return words
    }

    private static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let start = line.range(of: "\(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
    }

    /// The right edge of every line of the amount column under each `header`
    /// (the column runs from the header before it to the header after it),
    /// for the amounts' lines that end in `달러`, by page: a sub-label in
    /// smaller type (`전체 96억 달러`) is right-aligned under its amount, and
    /// under an amount with a footnote mark it ends under the mark, which
    /// hangs right of the column's last digits as in the English table.
    static func amountEdges(_ words: [Word], header: String, source: String) -> [Int: [Double]] {
        var edges: [Int: [Double]] = [:]
        for title in words where title.text == header {
            let row = words.filter { $0.page == title.page && abs($0.yMin - title.yMin) < 1 }
            guard row.contains(where: { $0.text == source && $0.xMin > title.xMax }) else { continue }  // the table's header row
            let left = row.filter { $0.xMax < title.xMin }.map(\.xMax).max() ?? 0
            let right = row.filter { $0.xMin > title.xMax }.map(\.xMin).min() ?? .infinity
            let cells = words.filter { $0.page == title.page && $0.yMin > title.yMin + 1 && $0.xMin > left + 1 && $0.xMax < right - 1 }
            let height = cells.map { $0.yMax - $0.yMin }.max() ?? 0
            for line in Dictionary(grouping: cells, by: { ($0.yMin * 2).rounded() }).values where line[0].yMax - line[0].yMin > 0.98 * height && !line.contains(where: { $0.text == "전체" }) {
                guard let last = line.max(by: { $0.xMax < $1.xMax }), last.text == "달러" else { continue }
                edges[title.page, default: []].append(last.xMax)
            }
        }
        return edges
    }

    static func checkFlush(_ pdf: Data, _ label: String) throws {
        let edges = Self.amountEdges(try Self.words(pdf), header: "금액", source: "출처")
        #expect(!edges.isEmpty, "\(label): no amount column found")
        #expect(edges.values.map(\.count).reduce(0, +) >= 3, "\(label): \(edges) amounts")
        for (page, xs) in edges {
            let spread = (xs.max() ?? 0) - (xs.min() ?? 0)
            #expect(spread < 0.5, "\(label) page \(page + 1): amounts end at \(xs.sorted()) (spread \(spread) pt)")
        }
    }

    @Test("Every Korean brief table's amounts end at one x", arguments: [BriefSample.Data.stress43, .stress100])
    func briefTable(data: BriefSample.Data) throws {
        let sample = try BriefSample(style: "default", page: .letter, data: data, language: .korean)
        try Self.checkFlush(sample.pdf, "brief.ko.pdf \(data)")
    }

    @Test("A Korean one-pager's amounts, with and without an '전체 …' sub-label, end at one x")
    func onePager() async throws {
        let dataset = try Brief(.investmentsCSV(StressDataset.large.csv(), name: "stress-100.csv")).dataset
        let pages = StatePages(dataset: dataset, creationDate: Date(timeIntervalSince1970: 1_745_366_400), language: .korean)
        for artifact in try await pages.render(states: ["GA", "TX"]) {
            try Self.checkFlush(artifact.data, artifact.relativePath)
        }
    }
}
