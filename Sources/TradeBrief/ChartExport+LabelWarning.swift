import BriefCharts
import BriefRender
import BriefText

extension ChartExport {
    /// What a reader should know when a map drawn at this export's width
    /// (and ``height``) is too small to carry every state's code on its tile:
    /// which states go unlabelled, and the least width that labels them all.
    /// Nil for other charts, and when every tile carries its code.
    ///
    /// The map never sets a code below 7 points (``StateMapChart``), so at
    /// 160 points wide the widest codes (`WA`, `MD`, …) would go missing
    /// without a word; in an SVG their tooltips still name them, on paper
    /// nothing does.
    package func labelWarning(_ chart: any Chart, typesetter: Typesetter) -> String? {
        guard let map = chart as? StateMapChart else { return nil }
        func missing(atWidth boxWidth: Double) -> [String] {
            let export = ChartExport(width: boxWidth, height: height, pngScale: pngScale, padding: padding)
            let fit = export.fit(chart, height: height, typesetter: typesetter)
            return map.unlabelledStates(width: fit.layout.width, height: fit.layout.height, typesetter: typesetter)
        }
        let states = missing(atWidth: width)
        guard !states.isEmpty else { return nil }
        // The least width (in whole points, up to the largest allowed) at which no code is missing.
        var (low, high) = (width, Self.widthRange.upperBound)
        guard missing(atWidth: high).isEmpty else { return Self.unlabelled(states, at: width, height: height, leastWidth: nil) }
        for _ in 0..<14 where high - low > 0.5 {
            let middle = (low + high) / 2
            if missing(atWidth: middle).isEmpty { high = middle } else { low = middle }
        }
        return Self.unlabelled(states, at: width, height: height, leastWidth: Int(high.rounded(.up)))
    }

    /// The warning's words: `width 160 is too narrow for state-map to label
    /// every state: 7 tiles (MD, MN, …) are drawn without their code (…); a
    /// width of at least 170 points labels every tile`.
    private static func unlabelled(_ states: [String], at width: Double, height: Double?, leastWidth: Int?) -> String {
        let shown = states.count > 8 ? states.prefix(8).joined(separator: ", ") + ", …" : states.joined(separator: ", ")
        let tiles = states.count == 1 ? "1 tile (\(shown)) is drawn without its code" : "\(states.count) tiles (\(shown)) are drawn without their code"
        // Where no width would do, the height is what holds the tiles small: the box is named, not its width.
        if let leastWidth {
            return "width \(points(width)) is too narrow for state-map to label every state: \(tiles) "
                + "(codes are never set below 7 pt); a width of at least \(leastWidth) points labels every tile"
        }
        let box = height.map { "box \(points(width))×\(points($0))" } ?? "width \(points(width))"
        return "\(box) is too small for state-map to label every state: \(tiles) (codes are never set below 7 pt); a taller box labels more"
    }
}
