import BriefRender

/// The paper sizes a brief can be printed on.
public enum PageSize: String, CaseIterable, Sendable {
    /// US Letter, 8.5 × 11 in (the default).
    case letter
    /// ISO A4, 210 × 297 mm.
    case a4

    /// The size in points.
    public var size: Size { self == .letter ? .letter : .a4 }
}
