import BriefRender

extension Color {
    /// The least contrast a mark that carries data (a bar, a segment, a
    /// legend swatch) needs against the chart's background to be seen: 3:1,
    /// WCAG 2.1's success criterion 1.4.11 (non-text contrast).
    static let graphicContrast = 3.0

    /// The outline a fill of this colour needs on `background`: nil when the
    /// fill itself reaches ``graphicContrast`` against it; otherwise a shade
    /// of the same hue, darker on a light background (lighter on a dark one),
    /// just far enough to reach it. The fill keeps its colour, so a
    /// palette chosen to stay apart for colour-blind readers (Okabe–Ito's
    /// yellow, orange and sky blue are 1.3–2.2:1 on white) stays as it is,
    /// and its light fills get an edge a reader sees.
    func outline(on background: Color) -> Color? {
        guard contrast(with: background) < Self.graphicContrast else { return nil }
        let toward: Color = background.luminance > 0.18 ? .black : .white
        // The least mix that reaches the contrast, with a little margin for rounding to 8-bit colour.
        var (low, high) = (0.0, 1.0)
        for _ in 0..<20 {
            let middle = (low + high) / 2
            if mixed(with: toward, fraction: middle).contrast(with: background) >= Self.graphicContrast + 0.05 { high = middle } else { low = middle }
        }
        return mixed(with: toward, fraction: high)
    }
}
