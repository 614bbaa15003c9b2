/// A chart whose title and subtitle can be replaced, e.g. by a takeaway
/// (``ChartTitles/takeaway``).
protocol TitledChart: Chart {
    /// The title drawn above the chart.
    var title: String { get set }
    /// A line under the title.
    var subtitle: String? { get set }
}

extension HorizontalBarChart: TitledChart {}
extension StateMapChart: TitledChart {}
extension StateSectorChart: TitledChart {}
extension TradeBalanceChart: TitledChart {}
extension KeyFiguresChart: TitledChart {}
