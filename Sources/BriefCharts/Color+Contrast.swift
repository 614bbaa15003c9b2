import BriefRender

extension Color {
    /// Of `candidates`, the colour with the highest WCAG contrast against this
    /// one: the colour for text drawn on a fill of this colour.
    func bestTextColor(among candidates: [Color]) -> Color {
        candidates.max { contrast(with: $0) < contrast(with: $1) } ?? .black
    }
}
