import BriefData
import BriefRender
import BriefStyle
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

@Suite("One-pagers of busy states (stress data): every project listed, type never below 7 pt, no command line")
struct BusyStatePageTests {
    static let creationDate = Date(timeIntervalSince1970: 1_745_366_400)

    static func dataset(_ stress: StressDataset) throws -> Dataset {
        try Brief(.investmentsCSV(stress.csv(), name: "stress.csv")).dataset
    }

    /// The states with the most projects, busiest first.
    static func busiest(_ dataset: Dataset, count: Int) -> [String] {
        dataset.aggregate(by: .state).rows.sorted { ($0.projects, $1.key) > ($1.projects, $0.key) }.prefix(count).map(\.key)
    }

    /// Words of a PDF with the height of their box in points (`pdftotext -bbox`).
    static func wordBoxes(_ path: String) throws -> [(word: String, height: Double, page: Int)] {
        let xml = try Checker.output("pdftotext", ["-bbox", path, "-"])
        var words: [(String, Double, Int)] = []
        var page = -1
        for line in xml.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard line.contains("<word "), let yMin = Self.attribute("yMin", in: line), let yMax = Self.attribute("yMax", in: line),
                  let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { continue }
            words.append((String(line[line.index(after: open)..<close.lowerBound]), yMax - yMin, page))
        }
        return words
    }

    private static func attribute(_ name: String, in line: Substring) -> Double? {
        guard let start = line.range(of: "\(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
    }

    @Test("Every project of the busiest states is in its page's table, with its amount",
          arguments: [StressDataset.standard, StressDataset.large])
    func everyProjectListed(stress: StressDataset) async throws {
        let dataset = try Self.dataset(stress)
        let states = Self.busiest(dataset, count: 3)
        let artifacts = try await StatePages(dataset: dataset, creationDate: Self.creationDate).render(states: states)
        for (code, artifact) in zip(states.sorted(), artifacts) {
            let projects = dataset.investments.filter { $0.states.contains { $0.state == code } }
            try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
                let text = try Checker.output("pdftotext", ["-layout", path, "-"])
                let words = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
                for investment in projects {
                    for word in investment.company.split(separator: " ") where word.count > 2 {
                        #expect(words.contains(where: { $0.contains(word) }), "\(code): \(investment.company) (\(word)) missing")
                    }
                }
                // Each of the state's amounts appears as often as it has projects of that amount, written as the
                // column writes them: one set with the wholes of shared projects.
                let amounts = projects.compactMap { investment in investment.allocations.first { $0.state == code }?.amount }
                let wholes = projects.filter { $0.states.count > 1 }.map(\.amount)
                let shown = MoneyFormat.short(amounts + wholes).prefix(amounts.count)
                for (amount, count) in Dictionary(grouping: shown, by: { $0 }).mapValues(\.count) {
                    let found = text.components(separatedBy: amount).count - 1
                    #expect(found >= count, "\(code): \(amount) appears \(found) times for \(count) projects")
                }
                #expect(!text.contains("tradebrief data") && !text.contains("tradebrief build"), "\(code): a command line is printed")
            }
        }
    }

    @Test("No word on any one-pager is set below 7 pt (pdftotext word boxes): every state, English and Korean, in every style",
          arguments: ["default", "colorblind", "grayscale", "a4-two-column"])
    func typeNeverBelowSeven(style name: String) async throws {
        let dataset = try Self.dataset(.large)
        let style = try StyleLoader.load(name, searchPaths: [])
        let busiest = Self.busiest(dataset, count: 1)
        let own = PageSize(rawValue: style.paperName) ?? .letter
        // Every state with investment and one without, on the style's paper; the busiest on the other paper too.
        let quiet = USState.all.map(\.code).first { code in !dataset.investments.contains { $0.states.contains { $0.state == code } } }
        var runs: [(PageSize, BriefLanguage, [String])] = []
        for language in [BriefLanguage.english, .korean] {
            let all = StatePages(dataset: dataset, language: language).investedStates + (quiet.map { [$0] } ?? [])
            runs.append((own, language, all))
        }
        for paper in PageSize.allCases where paper != own { runs.append((paper, .english, busiest)) }
        var checked = 0
        for (paper, language, states) in runs {
            let pages = StatePages(dataset: dataset, pageSize: paper, theme: style.chartTheme, layoutStyle: style.layoutStyle,
                                   creationDate: Self.creationDate, language: language)
            for (code, artifact) in zip(states.sorted(), try await pages.render(states: states)) {
                if busiest.contains(code) {
                    #expect((artifact.pageCount ?? 0) >= 2, "\(name) \(paper): the busiest state's table runs on")
                }
                try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
                    // A DejaVu Sans word box is 1.164 em tall; a 7 pt word is at least 8.1 pt. No exemptions.
                    for box in try Self.wordBoxes(path) where box.height < 7 * 1.16 {
                        Issue.record("\(name) \(paper) \(code) \(language): '\(box.word)' on page \(box.page + 1) is \(box.height / 1.164) pt")
                    }
                }
                checked += 1
            }
        }
        #expect(checked > 40, "\(name): only \(checked) one-pagers checked")
    }
}
