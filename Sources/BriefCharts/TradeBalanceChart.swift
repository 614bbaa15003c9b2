import BriefData
import BriefRender
import FoundationEssentials

/// U.S. goods exports to Korea, U.S. goods imports from Korea, the U.S.
/// goods deficit with Korea and the total of the tracked Korean investments
/// as bars on one scale from zero, in that (meaningful) order, each labelled
/// with what it is and when, and a source line naming each figure's source
/// and how the main article's wording differs where it does.
public struct TradeBalanceChart: PlannedChart {
    /// The indicator id of U.S. goods exports to Korea.
    public static let exportsID = "us-goods-exports-to-korea"
    /// The indicator id of U.S. goods imports from Korea (optional: the bar is left out without it).
    public static let importsID = "us-goods-imports-from-korea"
    /// The indicator id of the U.S. goods trade deficit with Korea.
    public static let deficitID = "us-trade-deficit-with-korea"
    /// The indicator id of what the main article states as U.S. exports
    /// (optional: with it, the source line says how the article's wording differs).
    public static let articleExportsID = "article-stated-us-exports"

    /// U.S. exports to Korea, from the dataset's indicator.
    public let exports: Money
    /// U.S. imports from Korea, when the dataset has the indicator.
    public let imports: Money?
    /// The U.S. trade deficit with Korea, from the dataset's indicator.
    public let deficit: Money
    /// The total of the dataset's investments, exact.
    public let investmentTotal: Money
    private var bars: HorizontalBarChart
    /// The language of the chart's words.
    public var language: BriefLanguage { bars.language }

    /// The chart's name in the catalog.
    public var name: String { bars.name }
    /// The title drawn above the chart.
    public var title: String {
        get { bars.title }
        set { bars.title = newValue }
    }
    /// A line under the title saying what is measured.
    public var subtitle: String? {
        get { bars.subtitle }
        set { bars.subtitle = newValue }
    }
    /// The source line naming each figure's source.
    public var source: String { bars.source }
    /// The bars, top to bottom: exports, imports (when known), deficit, investment.
    public var items: [BarItem] { bars.items }

    /// Builds the chart from `dataset`'s indicators (``exportsID``,
    /// ``importsID``, ``deficitID``, ``articleExportsID``) and investments.
    /// - Throws: ``ChartError/noData(chart:reason:)`` when a required indicator is
    ///   missing or not in dollars, or there are no investments.
    public init(dataset: Dataset, name: String = ChartName.tradeBalance.rawValue, theme: ChartTheme = .standard,
                language: BriefLanguage = .english) throws {
        let words = ChartWording(language, theme: theme)
        func dollars(_ id: String) throws -> Indicator {
            guard let indicator = dataset.indicator(id) else {
                throw ChartError.noData(chart: name, reason: "the dataset has no indicator '\(id)'")
            }
            guard indicator.unit == .usd else {
                throw ChartError.noData(chart: name, reason: "indicator '\(id)' is not in U.S. dollars")
            }
            return indicator
        }
        let exports = try dollars(Self.exportsID)
        let imports = dataset.indicator(Self.importsID).flatMap { $0.unit == .usd ? $0 : nil }
        let deficit = try dollars(Self.deficitID)
        guard !dataset.investments.isEmpty else {
            throw ChartError.noData(chart: name, reason: "the dataset has no investments")
        }
        let total = dataset.aggregate(by: .company).total
        let projects = dataset.investments.count
        func credit(_ indicator: Indicator) -> String {
            words.when(indicator, credit: dataset.source(indicator.source)?.shortCredit ?? indicator.source)
                + (indicator.isConfirmed ? "" : words.notConfirmed)
        }
        // Imports that are exports plus the deficit, never confirmed against a published figure, are
        // computed: said so, and from what, not credited to the source as if it had published them.
        var published: [(flow: TradeFlow, credit: String)] = []
        var computed: [(flow: TradeFlow, note: String)] = []
        for (flow, indicator) in [(TradeFlow.exports, exports), (.imports, imports), (.deficit, deficit)] {
            guard let indicator else { continue }
            if flow == .imports, !indicator.isConfirmed, indicator.value == exports.value + deficit.value {
                computed.append((flow, words.sumOfExportsAndDeficit(indicator, credit: dataset.source(indicator.source)?.shortCredit ?? indicator.source)))
            } else {
                published.append((flow, credit(indicator)))
            }
        }
        var investmentSources: [String] = []
        for investment in dataset.investments where !investmentSources.contains(investment.source) {
            investmentSources.append(investment.source)
        }
        let asOf = dataset.investmentsFromUser ? nil : language.monthAndYear(dataset.asOf)

        self.exports = Money(dollars: exports.value)
        self.imports = imports.map { Money(dollars: $0.value) }
        self.deficit = Money(dollars: deficit.value)
        self.investmentTotal = total
        let investment = words.investmentFrom(
            InvestmentTotalNote.text(dataset.investments, language: language, currencySymbol: theme.currencySymbol,
                                     abbreviatesAmounts: theme.abbreviatesAmounts),
            sources: SourceLine.names(investmentSources, in: dataset, language: language).joined(separator: ", "))
        var source = words.tradeSources(published: published, computed: computed, investment: investment)
            + SourceLine.jointNote(dataset.investments, in: dataset, language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts)
        if let stated = dataset.indicator(Self.articleExportsID), let article = dataset.source(stated.source) {
            let corrected = stated.correctedBy.flatMap { dataset.indicator($0) }.map { corrected in
                (label: language.label(of: corrected), credit: dataset.source(corrected.source)?.shortCredit ?? corrected.source)
            }
            source += words.articleStates(article: article.shortCredit, amount: Money(dollars: stated.value), corrected: corrected)
        }
        var items = [BarItem(label: words.indicatorBar(exports), amount: self.exports)]
        if let imports, let amount = self.imports { items.append(BarItem(label: words.indicatorBar(imports), amount: amount)) }
        items.append(BarItem(label: words.indicatorBar(deficit), amount: self.deficit))
        let partners = SourceLine.jointPartners(dataset.investments, language: language)
        items.append(BarItem(label: words.trackedInvestmentBar(projects: projects, partners: partners, asOf: asOf), amount: total))
        bars = HorizontalBarChart(
            name: name, title: words.tradeTitle(withImports: imports != nil), subtitle: words.tradeSubtitle,
            source: source, items: items, order: .given, labelPlacement: .above, theme: theme, language: language)
    }

    /// The bars in words, then the source line.
    public var textDescription: String { bars.textDescription }

    /// The height the chart needs at `width`.
    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        bars.preferredHeight(width: width, typesetter: typesetter)
    }

    /// Draws the chart inside `frame`.
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        try bars.draw(in: context, frame: frame)
    }

    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan {
        bars.plan(width: width, height: height, typesetter: typesetter)
    }
}
