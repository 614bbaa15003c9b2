import BriefCharts
import BriefData
import BriefRender
import Foundation
import Testing
import TradeBrief

@Suite("Charts in Korean")
struct KoreanChartTests {
    let dataset: Dataset

    init() throws { dataset = try Dataset.embedded() }

    /// Whether `text` holds Hangul.
    static func hasHangul(_ text: String) -> Bool { text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }

    @Test("Every chart has a Korean title and description, with no dollar signs or English state names", arguments: ChartCatalog.names)
    func koreanWords(name: String) throws {
        let chart = try ChartCatalog.chart(named: name, dataset: dataset, language: .korean)
        #expect(chart.language == .korean)
        #expect(Self.hasHangul(chart.title), "\(chart.title)")
        #expect(Self.hasHangul(chart.textDescription))
        #expect(!chart.textDescription.contains("$"), "\(chart.textDescription)")
        for english in ["Georgia", "Kentucky", "Tennessee", "Indiana", "Source:", "Sources:", "billion"] {
            #expect(!chart.textDescription.contains(english), "\(name): \(english)")
        }
        // The English chart is unchanged by the option's existence.
        let plain = try ChartCatalog.chart(named: name, dataset: dataset)
        #expect(plain.language == .english)
        #expect(!Self.hasHangul(plain.title))
    }

    @Test("Bars and tiles name states in Korean and amounts in 억 달러, the same figures as in English")
    func stateBars() throws {
        let korean = try #require(try ChartCatalog.chart(named: "state-bars", dataset: dataset, language: .korean) as? HorizontalBarChart)
        let english = try #require(try ChartCatalog.chart(named: "state-bars", dataset: dataset) as? HorizontalBarChart)
        #expect(korean.items.map(\.label) == ["조지아", "켄터키", "테네시", "인디애나"])
        #expect(korean.items.map(\.amount) == english.items.map(\.amount))
        #expect(korean.textDescription.contains("조지아: 79억 달러"))
        #expect(korean.textDescription.contains("인디애나: 39억 달러"))
        #expect(korean.title == "주별 한국 투자")
        let map = try #require(try ChartCatalog.chart(named: "state-map", dataset: dataset, language: .korean) as? StateMapChart)
        #expect(map.noDataLabel == "추적된 투자 없음")
        #expect(map.bins.map { $0.label(in: .korean) }.allSatisfy { $0.contains("억") && $0.contains("달러") && !$0.contains("$") })
    }

    @Test("Sector names and the trade picture in Korean; the article's $127.8B stays corrected")
    func sectorsAndTrade() throws {
        let sectors = try #require(try ChartCatalog.chart(named: "sector-bars", dataset: dataset, language: .korean) as? HorizontalBarChart)
        #expect(Set(sectors.items.map(\.label)) == ["배터리", "전기차", "반도체", "태양광"])
        let trade = try #require(try ChartCatalog.chart(named: "trade-balance", dataset: dataset, language: .korean) as? TradeBalanceChart)
        #expect(trade.items.first?.label == "미국의 대한국 상품 수출, 2024년")
        #expect(trade.source.contains("1,278억 달러를 미국의 대한국 수출로 제시하나, 이는 한국의 대미 수출"))
        #expect(trade.textDescription.contains("655억 달러"))
        let cards = try #require(try ChartCatalog.chart(named: "key-figures", dataset: dataset, language: .korean) as? KeyFiguresChart)
        #expect(cards.figures.map(\.value) == ["1위", "2.3%", "655억 달러", "232억 달러"])
    }

    @Test("A Korean SVG carries xml:lang=\"ko\", a Korean title and the data in Korean words")
    func svg() throws {
        let brief = try Brief()
        let svg = String(decoding: try brief.chart("state-bars", language: .korean).render(.svg), as: UTF8.self)
        #expect(svg.contains("xml:lang=\"ko\""))
        #expect(svg.contains("주별 한국 투자</title>"))
        #expect(svg.contains("조지아: 79억 달러"))
        let english = String(decoding: try brief.chart("state-bars").render(.svg), as: UTF8.self)
        #expect(english.contains("xml:lang=\"en\""))
        #expect(!Self.hasHangul(english.replacingOccurrences(of: "SK하이닉스", with: "")))
    }
}
