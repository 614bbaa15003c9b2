import Foundation
import Testing
import TestSupport
import TradeBrief

/// `numbers.abbreviate: false` writes amounts whole wherever the abbreviated
/// form would be used: chart labels, axes, map legends and tooltips, cards,
/// tables and live figures.
@Suite("numbers.abbreviate")
struct AbbreviationTests {
    /// A style that extends the house style with `numbers.abbreviate: false`.
    static func wholeAmounts(in folder: URL) throws -> Style {
        let url = folder.appendingPathComponent("whole.yaml")
        try Data("extends: default\nnumbers:\n  abbreviate: false\n".utf8).write(to: url)
        return try Style.file(url)
    }

    @Test("false: every chart's labels and description give whole amounts ($7,900,000,000), never $7.9B; true (the default) abbreviates")
    func charts() throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let style = try Self.wholeAmounts(in: folder)
        #expect(!style.abbreviatesAmounts && !style.chartTheme.abbreviatesAmounts)
        let whole = try Brief(style: style), house = try Brief()
        let georgia = try #require(house.totals(by: .state).rows.first)
        let full = MoneyFormat.full(georgia.amount), short = MoneyFormat.short(georgia.amount)
        #expect(full.count > short.count + 4, "\(full) / \(short)")
        for name in [ChartName.stateBars, .stateMap, .stateSector] {
            let description = try whole.chart(name).textDescription
            #expect(description.contains(full), "\(name): \(description)")
            #expect(!description.contains(short), "\(name): \(description)")
            #expect(try house.chart(name).textDescription.contains(short), "\(name)")
        }
        // Drawn text, as pdftotext reads it: bar value labels.
        let pdf = try whole.chart(.stateBars).render(.pdf)
        let text = try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
        #expect(text.contains(full), "\(text)")
        #expect(!text.contains(short), "\(text)")
        // Whole amounts fit their cards: fewer cards to a row rather than values past a card's edge.
        let cards = try whole.chart(.keyFigures)
        #expect(try cards.render(.svg).count > 0)
        let cardText = try TemporaryItems.withFile(try cards.render(.pdf), suffix: ".pdf") { try Checker.output("pdftotext", ["-bbox", $0, "-"]) }
        let pageWidth = try #require(cardText.firstMatch(of: /<page width="([0-9.]+)"/).flatMap { Double($0.1) })
        let wholeValues = cardText.matches(of: /xMax="([0-9.]+)"[^>]*>(\$[0-9,]{12,})</)
        #expect(wholeValues.count >= 2, "no whole amounts found on the cards")
        for match in wholeValues {
            #expect((Double(match.1) ?? 0) <= pageWidth - 8, "\(match.2) runs past the last card's padding")
        }
        // The map's legend and tooltips.
        let svg = String(decoding: try whole.chart(.stateMap).render(.svg), as: UTF8.self)
        #expect(svg.contains(full) && !svg.contains(short + ","))
    }

    @Test("false: the brief's investments table and live figures give whole amounts")
    func brief() throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var brief = try Brief(style: Self.wholeAmounts(in: folder))
        brief.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
        let text = try TemporaryItems.withFile(try brief.render(.pdf), suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // The largest investment, as the table lists it.
        let largest = try #require(brief.dataset.investments.map(\.amount).max())
        #expect(flat.contains(MoneyFormat.full(largest)), "no \(MoneyFormat.full(largest))")
        #expect(flat.contains(MoneyFormat.full(brief.totals(by: .state).total)))
        // Source lines, card values and the ‡ note follow the style too: Ford's share and the published
        // split whole, the published exports card whole; and the table note no longer says it rounds.
        #expect(flat.contains("about $7,000,000,000"), "the joint share is abbreviated somewhere")
        #expect(!flat.contains("about $7B"))
        #expect(flat.contains("$5,800,000,000") && !flat.contains("Kentucky $5.8B"))
        #expect(flat.contains("$65,500,000,000"))
        #expect(!flat.contains("rounded to three significant digits"))
        #expect(!flat.contains("($11.4B"), "the sum of the tracked projects is abbreviated in a source line")
    }
}
