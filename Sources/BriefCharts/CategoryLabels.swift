import BriefRender

/// The category labels of a bar chart in a column left of the bars: as wide
/// as the longest line needs, at most ``share`` of the chart but never
/// narrower than the longest word, so that no word is broken or hyphenated
/// ("Semiconductors" stays whole in a 160-point chart). When the longest
/// word needs more than ``maximumShare`` of the width, the labels belong
/// above the bars instead (``fitsBeside`` is false).
struct CategoryLabels {
    /// The labels laid out in the column.
    let layouts: [TextLayout]
    /// The column's width.
    let width: Double
    /// Whether the column leaves the bars enough room.
    let fitsBeside: Bool

    /// The usual share of the chart's width for labels.
    static let share = 0.38
    /// The most of the chart's width the column may take for a long word.
    static let maximumShare = 0.5

    init(_ labels: [String], font: Font, chartWidth: Double, maxLines: Int, typesetter: Typesetter) {
        let longestWord = labels.flatMap { $0.split(separator: " ") }
            .map { typesetter.layout(String($0), font: font).size.width }.max() ?? 0
        let limit = max(chartWidth * Self.share, longestWord.rounded(.up))
        fitsBeside = limit <= chartWidth * Self.maximumShare
        layouts = labels.map { typesetter.layout($0, font: font, width: limit, maxLines: maxLines) }
        width = min(limit, layouts.map(\.size.width).max() ?? 0)
    }
}
