import BriefCharts
import BriefData
import Testing
import TradeBrief

/// `ChartName`: the one list of chart names, with members for Swift and text for people.
@Suite("Chart names")
struct ChartNameTests {
    @Test("The static members are the catalogue, in its order, each with a summary; the catalogue's lists come from them")
    func members() {
        #expect([ChartName.stateBars, .sectorBars, .stateSector, .stateMap, .tradeBalance, .keyFigures].map(\.rawValue)
                == ["state-bars", "sector-bars", "state-sector", "state-map", "trade-balance", "key-figures"])
        #expect(ChartName.allCases.map(\.rawValue) == ChartCatalog.names)
        #expect(ChartCatalog.entries.map(\.summary) == ChartName.allCases.map(\.summary))
        #expect(ChartName.allCases.allSatisfy { !$0.summary.isEmpty && $0.isKnown })
        #expect(ChartCatalog.limitableCharts == ["state-bars", "sector-bars"])
        #expect(Brief.chartNames == ChartCatalog.names)
    }

    @Test("Text becomes a name: literals, typed text, known or not, with a suggestion for a typo")
    func fromText() {
        let literal: ChartName = "state-map"
        #expect(literal == .stateMap)
        #expect(ChartName("state-bars") == .stateBars)
        #expect(ChartName(known: "state-bars") == .stateBars)
        #expect(ChartName(known: "pie") == nil)
        #expect(!ChartName("pie").isKnown)
        #expect(ChartName("pie").summary.isEmpty)
        #expect(ChartName("state-bar").suggestion == .stateBars)
        #expect(ChartName("STATE-MAPS").suggestion == .stateMap)
        #expect(ChartName("pie").suggestion == nil)
        #expect("\(ChartName.tradeBalance)" == "trade-balance")
        #expect(ChartName.allCases.sorted() == ChartName.allCases)
    }

    @Test("A chart made by member is the chart made by text, byte for byte; an unknown typed name is a chart error with a suggestion")
    func brief() throws {
        let brief = try Brief()
        for name in ChartName.allCases {
            #expect(try brief.chart(name).render(.svg) == brief.chart(name.rawValue).render(.svg), "\(name)")
        }
        #expect(try brief.chart(.stateBars, titles: .takeaway).title == brief.chart("state-bars", titles: .takeaway).title)
        do {
            _ = try brief.chart(ChartName("state-bar"))
            Issue.record("an unknown chart was made")
        } catch {
            #expect(error.description.contains("state-bars"), "\(error.description)")
        }
    }
}
