import BriefData
import BriefRender

/// Gives each sector one colour, the same in every chart of a brief:
/// the largest sector gets the palette's first colour, and so on.
public struct SectorColors: Sendable {
    private let colors: [String: Color]
    private let fallback: Color

    /// Assigns colours to the sectors of `dataset` from `theme`'s palette.
    public init(dataset: Dataset, theme: ChartTheme) {
        var table: [String: Color] = [:]
        for (index, row) in dataset.aggregate(by: .sector).rows.enumerated() {
            table[row.key] = theme.paletteColor(index)
        }
        colors = table
        fallback = theme.accent
    }

    /// The colour of `sector`.
    public func color(for sector: String) -> Color { colors[sector] ?? fallback }
}
