/// The weight of a font, from thin to black.
public enum FontWeight: String, Hashable, Sendable, Codable, CaseIterable {
    /// Light (300).
    case light
    /// Regular (400).
    case regular
    /// Medium (500).
    case medium
    /// Semibold (600).
    case semibold
    /// Bold (700).
    case bold
    /// Heavy (800).
    case heavy

    /// The CSS / OpenType weight number.
    public var numericValue: Int {
        switch self {
        case .light: 300
        case .regular: 400
        case .medium: 500
        case .semibold: 600
        case .bold: 700
        case .heavy: 800
        }
    }
}

/// A font request: family, size in points, weight and slant.
public struct Font: Hashable, Sendable {
    /// The family name, or a comma-separated list of families to try in order.
    public var family: String
    /// The size in points.
    public var size: Double
    /// The weight.
    public var weight: FontWeight
    /// Whether the font is italic.
    public var italic: Bool

    /// Creates a font request.
    public init(family: String = "DejaVu Sans", size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    /// The same font in another size.
    public func withSize(_ size: Double) -> Font {
        var copy = self
        copy.size = size
        return copy
    }

    /// The same font with another weight.
    public func withWeight(_ weight: FontWeight) -> Font {
        var copy = self
        copy.weight = weight
        return copy
    }
}
