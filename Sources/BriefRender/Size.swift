/// A width and height in points (1/72 inch).
public struct Size: Hashable, Sendable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// US Letter, 8.5 × 11 inches.
    public static let letter = Size(width: 612, height: 792)
    /// ISO A4, 210 × 297 mm.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
}
