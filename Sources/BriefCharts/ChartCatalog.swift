import BriefData
import BriefRender

/// The charts tradebrief can draw, by name, built from a dataset and a theme.
public enum ChartCatalog {
    /// Every chart's name and a one-line description, in display order (from ``ChartName``).
    public static var entries: [(name: String, summary: String)] { ChartName.allCases.map { ($0.rawValue, $0.summary) } }

    /// The most bars a state chart shows; the smallest states beyond it are summed in one bar.
    public static let maximumBars = 15

    /// The names of all charts, as text (``ChartName/allCases``).
    public static var names: [String] { ChartName.allCases.map(\.rawValue) }

    /// The charts that take ``ChartOptions/limit`` (``ChartName/limitable``), as text.
    public static var limitableCharts: [String] { ChartName.limitable.map(\.rawValue) }

    /// Builds the chart called `name`, titled as `options.titles` says:
    /// descriptive (the default, for standalone charts) or with its takeaway
    /// (``ChartTakeaway``) and the descriptive title as its subtitle (the brief's charts).
    /// - Throws: ``ChartError/unknownChart(_:suggestion:)`` for an unknown name;
    ///   ``ChartError/noData(chart:reason:)`` when the dataset lacks the figures the chart shows.
    ///   `options.limit` caps the bars of the charts in ``limitableCharts`` (at most ``maximumBars`` for states).
    ///   `language` is the language of the chart's words and numbers (English by default), its
    ///   takeaway title's too (`KoreanTakeaway` in Korean).
    public static func chart(named name: String, dataset: Dataset, theme: ChartTheme = .standard,
                             options: ChartOptions = ChartOptions(), language: BriefLanguage = .english) throws -> any Chart {
        let chart = try make(name, dataset: dataset, theme: theme, options: options, language: language)
        guard options.titles == .takeaway,
              let takeaway = ChartTakeaway.title(forChart: name, dataset: dataset, language: language) else { return chart }
        return retitled(chart, takeaway)
    }

    /// `chart` with `takeaway` as its title and its descriptive title leading the subtitle.
    static func retitled(_ chart: any Chart, _ takeaway: String) -> any Chart {
        guard var titled = chart as? any TitledChart else { return chart }
        titled.subtitle = titled.title + (titled.subtitle.map { ". \($0)" } ?? "")
        titled.title = takeaway
        return titled
    }

    /// Sectors as bars in their ``SectorColors``, largest first. With a
    /// `limit`, that many bars and the rest summed in the subtitle; without,
    /// beyond ``maximumBars`` the smallest are summed in one last grey bar.
    static func sectorBars(dataset: Dataset, theme: ChartTheme, limit: Int? = nil, language: BriefLanguage = .english) -> HorizontalBarChart {
        let words = ChartWording(language, theme: theme, dataset: dataset)
        let colors = SectorColors(dataset: dataset, theme: theme)
        let all = dataset.aggregate(by: .sector).rows
        let rows = limit.map { Array(all.prefix(max(1, $0))) } ?? all
        var subtitle = words.sectorBarsSubtitle(sectors: all.count)
        if rows.count < all.count {
            let rest = all.dropFirst(rows.count)
            subtitle = words.sectorBarsSubtitle(shown: rows.count, of: all.count, rest: rest.count,
                                                restTotal: rest.reduce(Money.zero) { $0 + $1.amount })
        }
        var items = rows.prefix(rows.count > maximumBars ? maximumBars - 1 : maximumBars)
            .map { BarItem(label: words.sector($0.label), amount: $0.amount, color: colors.color(for: $0.key), projects: $0.projects) }
        let rest = rows.dropFirst(items.count)
        if !rest.isEmpty {
            items.append(BarItem(label: words.otherSectorsLabel(rest.count), amount: rest.reduce(Money.zero) { $0 + $1.amount },
                                 color: colors.otherColor))
        }
        return HorizontalBarChart(
            name: ChartName.sectorBars.rawValue, title: words.sectorBarsTitle, subtitle: subtitle,
            source: SourceLine.forInvestments(dataset.investments, in: dataset, locationNotes: false, language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts),
            items: items, order: .given, theme: theme, language: language)
    }

    /// The chart called `name`, with its descriptive title.
    private static func make(_ name: String, dataset: Dataset, theme: ChartTheme, options: ChartOptions,
                             language: BriefLanguage) throws -> any Chart {
        let words = ChartWording(language, theme: theme, dataset: dataset)
        let source = SourceLine.forInvestments(dataset.investments, in: dataset, language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts)
        switch ChartName(name) {
        case .stateBars:
            let rows = dataset.aggregate(by: .state).rows
            // Beyond 15 bars a chart stops being readable: the rest are summed in the subtitle.
            let limit = max(1, min(options.limit ?? maximumBars, maximumBars))
            let shown = rows.prefix(limit)
            var subtitle = words.stateBarsSubtitle(states: rows.count)
            if rows.count > limit {
                let rest = rows.dropFirst(limit)
                subtitle = words.stateBarsSubtitle(shown: limit, of: rows.count, rest: rest.count,
                                                   restTotal: rest.reduce(Money.zero) { $0 + $1.amount })
            }
            return HorizontalBarChart(
                name: name, title: words.stateBarsTitle, subtitle: subtitle, source: source,
                items: shown.map { BarItem(label: words.state($0.key), amount: $0.amount, projects: $0.projects) },
                theme: theme, language: language)
        case .sectorBars:
            return sectorBars(dataset: dataset, theme: theme, limit: options.limit, language: language)
        case .stateSector:
            return StateSectorChart(dataset: dataset, theme: theme, language: language)
        case .stateMap:
            return StateMapChart(dataset: dataset, theme: theme, language: language)
        case .tradeBalance:
            return try TradeBalanceChart(dataset: dataset, theme: theme, language: language)
        case .keyFigures:
            return try KeyFiguresChart(dataset: dataset, theme: theme, language: language)
        default:
            throw ChartError.unknownChart(name, suggestion: ChartName(name).suggestion?.rawValue)
        }
    }
}
