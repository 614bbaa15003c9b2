import BriefCharts
import BriefRender
import Foundation
import Testing
@testable import TradeBrief

/// The currency symbol travels in the chart theme and the page style, not in ambient task state
/// (issue 21, item 3): charts and pages of different symbols render side by side, each with its own.
@Suite("The currency symbol is passed, not ambient")
struct CurrencySymbolTests {
    /// The embedded brief with `symbol` as its style's currency symbol.
    private func brief(_ symbol: String) throws -> Brief {
        var style = try Style.named("default")
        style.currencySymbol = symbol
        style.chartTheme.currencySymbol = symbol
        return try Brief(style: style)
    }

    @Test("Charts of three symbols rendered at once each show only their own symbol, in labels, ticks and tooltips")
    func chartsInParallel() async throws {
        let symbols = ["US$", "€", "$"]
        let briefs = try symbols.map(brief)
        let svgs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for round in 0..<3 {
                for (index, brief) in briefs.enumerated() {
                    group.addTask {
                        let name = ["state-bars", "state-map", "key-figures"][round]
                        return (index, try brief.chart(name).inlineSVG())
                    }
                }
            }
            var all: [(Int, String)] = []
            for try await item in group { all.append(item) }
            return all
        }
        #expect(svgs.count == 9)
        for (index, svg) in svgs {
            let symbol = symbols[index]
            #expect(svg.contains("\(symbol)7.9B") || svg.contains("\(symbol)8B") || svg.contains(symbol + "1"), "no amount in \(symbol)")
            for other in symbols where other != symbol && !symbol.contains(other) && !other.hasSuffix(symbol) {
                #expect(!svg.contains(other + "1") && !svg.contains(other + "7"), "a chart in \(symbol) shows an amount in \(other)")
            }
            if symbol == "$" { #expect(!svg.contains("US$") && !svg.contains("€")) }
        }
    }

    @Test("A one-pager's amounts follow its theme's symbol, with no other setting")
    func statePage() throws {
        var theme = ChartTheme.standard
        theme.currencySymbol = "US$"
        let page = StatePages(dataset: try Dataset.embedded(), theme: theme)
        let typesetter = Typesetter(theme: theme)
        let document = try page.layout(StatePageComposer(dataset: page.dataset, state: try #require(USState.named("GA")), theme: theme,
                                                         national: NationalPicture(dataset: page.dataset)), typesetter: typesetter)
        let text = document.items.flatMap(\.shownLineGroups).joined().joined(separator: " ")
        #expect(text.contains("US$"))
        #expect(!text.replacingOccurrences(of: "US$", with: "").contains("$"), "an amount on the page kept the bare $")
    }

    @Test("MoneyFormat has no ambient symbol: the default is $, anything else is passed")
    func formatter() {
        #expect(MoneyFormat.short(Money(dollars: 7_900_000_000)) == "$7.9B")
        #expect(MoneyFormat.short(Money(dollars: 7_900_000_000), symbol: "US$") == "US$7.9B")
        #expect(ChartWording(.english, currencySymbol: "€").amount(Money(dollars: 1_500_000)) == "€1.5M")
    }
}
