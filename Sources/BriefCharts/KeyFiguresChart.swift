import BriefData
import BriefRender

/// A row of figure cards, each a big number, a one-line label saying what
/// and when, and a small source credit. Cards wrap into more rows (fewer per
/// row) when the width is too narrow for all of them side by side.
///
/// Alone it has a title and source line like every chart; inside a brief,
/// whose page already has a heading, set ``showsChrome`` to false to draw the
/// cards only (each keeps its own credit).
public struct KeyFiguresChart: PlannedChart {
    /// The chart's name in the catalog.
    public let name: String
    /// The title drawn above the cards (also the SVG `<title>`).
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// The source line under the cards.
    public var source: String
    /// The cards, in reading order.
    public let figures: [KeyFigure]
    /// Whether to draw the title, subtitle and source line (true by default).
    public var showsChrome: Bool
    /// The narrowest a card may be before the cards wrap into another row.
    public var minimumCardWidth: Double
    /// Whether the cards are drawn short: values at most 16 points and less
    /// space around the words, for a page short of room (a busy state's
    /// one-pager). False (the default) draws them at full size.
    public var compact = false
    /// Fonts and colours.
    public var theme: ChartTheme
    /// The words of the description.
    public var wording: ChartWording
    /// The language of the chart's words.
    public var language: BriefLanguage { wording.language }

    /// Creates a card row.
    public init(
        name: String = ChartName.keyFigures.rawValue, title: String, subtitle: String? = nil, source: String, figures: [KeyFigure],
        showsChrome: Bool = true, minimumCardWidth: Double = 112, theme: ChartTheme = .standard, language: BriefLanguage = .english
    ) {
        wording = ChartWording(language, theme: theme)
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.figures = figures
        self.showsChrome = showsChrome
        self.minimumCardWidth = max(40, minimumCardWidth)
        self.theme = theme
    }

    /// The indicators shown as cards, in order (each card's label is the
    /// wording's card label, or the indicator's short label).
    static let indicatorCards = ["korea-largest-investor", "korea-share-of-us-fdi", "us-goods-exports-to-korea"]

    /// The brief's key figures from `dataset`: Korea's rank among foreign
    /// investors, its share of U.S. FDI, U.S. goods exports to Korea (those
    /// present among the indicators) and the total of the tracked investments,
    /// credited as computed from its sources.
    /// - Throws: ``ChartError/noData(chart:reason:)`` when there is no figure to show.
    public init(dataset: Dataset, theme: ChartTheme = .standard, language: BriefLanguage = .english) throws {
        let words = ChartWording(language, theme: theme)
        func credit(_ ids: [String]) -> String { Self.credit(ids, in: dataset, language: language) }
        var figures: [KeyFigure] = []
        // The cards' dollar amounts, by card: one set, with one rule for decimals ($3.0B beside $65.5B).
        var amounts: [(card: Int, amount: Money)] = []
        var sourceIDs: [String] = []
        for id in Self.indicatorCards {
            guard let indicator = dataset.indicator(id) else { continue }
            let label = words.cardLabel(id) ?? language.shortLabel(of: indicator)
            if indicator.unit == .usd { amounts.append((figures.count, Money(dollars: indicator.value))) }
            figures.append(KeyFigure(value: language.value(of: indicator, symbol: theme.currencySymbol, abbreviated: theme.abbreviatesAmounts), label: "\(label), \(language.year(indicator.year))",
                                     credit: credit([indicator.source])))
            if !sourceIDs.contains(indicator.source) { sourceIDs.append(indicator.source) }
        }
        var notes = ""
        if !dataset.investments.isEmpty {
            var ids: [String] = []
            for investment in dataset.investments where !ids.contains(investment.source) { ids.append(investment.source) }
            let partners = SourceLine.jointPartners(dataset.investments, language: language)
            let label = words.trackedInvestmentCard(projects: dataset.investments.count, partners: partners)
            let total = dataset.aggregate(by: .company).total
            amounts.append((figures.count, total))
            figures.append(KeyFigure(value: words.amount(total), label: label,
                                     credit: Self.credit(ids, in: dataset, computed: true, language: language)))
            for id in ids where !sourceIDs.contains(id) { sourceIDs.append(id) }
            notes = words.investmentComputed(InvestmentTotalNote.text(dataset.investments, language: language, currencySymbol: theme.currencySymbol,
                                                                          abbreviatesAmounts: theme.abbreviatesAmounts))
                + SourceLine.jointNote(dataset.investments, in: dataset, language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts)
        }
        for (card, text) in zip(amounts.map(\.card), words.amounts(amounts.map(\.amount))) { figures[card].value = text }
        guard !figures.isEmpty else {
            throw ChartError.noData(chart: ChartName.keyFigures.rawValue, reason: "the dataset has none of the key indicators and no investments")
        }
        self.init(
            title: words.keyFiguresTitle, subtitle: words.keyFiguresSubtitle,
            source: SourceLine.credit(sourceIDs, in: dataset, language: language) + notes, figures: figures, theme: theme,
            language: language)
    }

    /// A card's credit, whole however many sources there are: `Source: CSIS
    /// (2025)`, `Sources: CSIS (2025) and one other`, or `Sources: CSIS
    /// (2025) and others, 10 in all`; for a computed figure `Computed from
    /// CSIS (2025) and others, 10 in all` (the count is every source, as the
    /// source lines count it; they and the brief's Sources name them all).
    public static func credit(_ sourceIDs: [String], in dataset: Dataset, computed: Bool = false,
                              language: BriefLanguage = .english) -> String {
        let words = ChartWording(language)
        let names = SourceLine.names(sourceIDs, in: dataset, limit: .max, language: language)
        guard let first = names.first else { return words.cardCreditMissing(computed: computed) }
        // Counted as the source lines count them: every entry of the brief's Sources list
        // (one per title and address, so a publisher of three press releases is three).
        let ids = Set(sourceIDs)
        return words.cardCredit(first: first, all: ids.count, onlyFirst: names.count == 1, computed: computed)
    }

    /// The cards in words, then the source line.
    public var textDescription: String {
        let parts = figures.map { "\($0.value): \($0.label) \(CreditText.inParentheses($0.credit))" }
        return wording.cardsDescription(count: figures.count) + parts.joined(separator: ChartWording.separator) + ". " + source
    }

    /// How many cards go in one row at `width`: all of them when each gets at
    /// least ``minimumCardWidth``, otherwise as evenly as rows allow.
    public func cardsPerRow(width: Double) -> Int {
        let count = max(1, figures.count)
        let fit = max(1, Int((width + Self.cardGap) / (minimumCardWidth + Self.cardGap)))
        guard fit < count else { return count }
        let rows = (count + fit - 1) / fit
        return (count + rows - 1) / rows
    }

    /// The height the cards (and chrome) need at `width`; it grows as the
    /// width shrinks and the cards wrap.
    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        plan(width: width, height: nil, typesetter: typesetter).size.height
    }

    /// Draws the cards (and chrome) inside `frame`.
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        plan(width: frame.width, height: frame.height, typesetter: context.typesetter).draw(in: context, origin: frame.origin)
    }

    // MARK: Layout

    static let cardGap = 8.0
    private static let stripe = 3.0
    private static let smallestValueSize = 11.0
    /// The space inside a card's edges.
    private var padding: Double { compact ? 6 : 8 }
    /// The space between a card's label and its credit.
    private var creditGap: Double { compact ? 3 : 6 }
    /// The largest a value is set.
    private var largestValueSize: Double { compact ? 16 : 22 }

    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan {
        let padding = self.padding, largestValueSize = self.largestValueSize
        let innerLeft = Self.stripe + padding
        let base = Font(family: theme.fontFamily, size: largestValueSize, weight: .bold)
        // Fewer cards to a row when the widest value (e.g. a whole amount, `$23,170,000,000`)
        // would not fit a card even at the smallest value size.
        let widestAtSmallest = figures.map { typesetter.layout($0.value, font: base.withSize(Self.smallestValueSize)).size.width }.max() ?? 0
        var perRow = cardsPerRow(width: width)
        func cardWidth(_ perRow: Int) -> Double { max(1, (width - Self.cardGap * Double(perRow - 1)) / Double(perRow)) }
        func innerWidth(_ perRow: Int) -> Double { max(1, cardWidth(perRow) - innerLeft - padding) }
        while perRow > 1, widestAtSmallest > innerWidth(perRow) { perRow -= 1 }
        if !figures.isEmpty {
            // Rows as even as the count allows: 2 + 2, not 3 + 1.
            let rows = (figures.count + perRow - 1) / perRow
            perRow = (figures.count + rows - 1) / rows
        }
        let rowCount = figures.isEmpty ? 0 : (figures.count + perRow - 1) / perRow
        let cardWidth = cardWidth(perRow)
        let inner = innerWidth(perRow)

        // One value size for every card: the largest at which the widest value fits.
        let widest = figures.map { typesetter.layout($0.value, font: base).size.width }.max() ?? 0
        var valueSize = max(Self.smallestValueSize, min(largestValueSize, largestValueSize * inner / max(widest, 1)).rounded(.down))
        // Text widths do not scale exactly with the size (hinted metrics): check at the size found, and step down.
        while valueSize > Self.smallestValueSize,
              figures.contains(where: { typesetter.layout($0.value, font: base.withSize(valueSize)).size.width > inner }) {
            valueSize -= 0.5
        }
        let valueFont = base.withSize(valueSize)
        // Nothing on a card is cut short: labels and credits wrap, and the cards grow to hold them.
        let values = figures.map { typesetter.layout($0.value, font: valueFont) }
        let labels = figures.map { typesetter.layout($0.label, font: theme.labelFont, width: inner) }
        let credits = figures.map { typesetter.layout($0.credit, font: theme.smallFont, width: inner) }
        let valueHeight = values.map(\.size.height).max() ?? 0
        let labelHeight = labels.map(\.size.height).max() ?? 0
        let creditHeight = credits.map(\.size.height).max() ?? 0
        let cardHeight = (padding + valueHeight + 2 + labelHeight + creditGap + creditHeight + padding).rounded(.up)
        let cardsHeight = rowCount == 0 ? 0 : Double(rowCount) * cardHeight + Double(rowCount - 1) * Self.cardGap

        let chrome = showsChrome
            ? ChartChrome(title: title, subtitle: subtitle, source: source, width: width, theme: theme, typesetter: typesetter)
            : nil
        let natural = ((chrome?.headerHeight ?? 0) + cardsHeight + (chrome?.footerHeight ?? 0)).rounded(.up)
        var plan = ChartPlan(size: Size(width: width, height: height ?? natural))
        let area = chrome?.place(in: &plan, width: width, height: plan.size.height) ?? Rect(x: 0, y: 0, width: width, height: plan.size.height)

        let fill = theme.accent.mixed(with: theme.background, fraction: 0.9)
        let valueColor = fill.contrast(with: theme.accent) >= 4.5 ? theme.accent : fill.bestTextColor(among: [theme.text, .white])
        let creditColor = fill.contrast(with: theme.muted) >= 4.5 ? theme.muted : theme.text
        for index in figures.indices {
            let x = area.minX + Double(index % perRow) * (cardWidth + Self.cardGap)
            let y = area.minY + Double(index / perRow) * (cardHeight + Self.cardGap)
            let figure = figures[index]
            plan.group(BriefRender.Mark(class: "tb-card", title: "\(figure.value): \(figure.label) \(CreditText.inParentheses(figure.credit))")) { plan in
                plan.fill(Rect(x: x, y: y, width: cardWidth, height: cardHeight), fill)
                plan.fill(Rect(x: x, y: y, width: Self.stripe, height: cardHeight), theme.accent)
                let top = y + padding
                plan.text(values[index], at: Point(x: x + innerLeft, y: top), valueColor, class: "tb-value")
                plan.text(labels[index], at: Point(x: x + innerLeft, y: top + valueHeight + 2), theme.text)
                let credit = credits[index]
                plan.text(credit, at: Point(x: x + innerLeft, y: y + cardHeight - padding - credit.size.height), creditColor,
                          class: "tb-source")
            }
        }
        return plan
    }
}
