import BriefRender

extension Color {
    /// Whether the colour is a grey (its channels within 6% of each other).
    var isAchromatic: Bool { max(red, green, blue) - min(red, green, blue) < 0.06 }
}
