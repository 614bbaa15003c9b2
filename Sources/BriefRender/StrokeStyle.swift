/// How the ends of open lines are drawn.
public enum LineCap: Sendable {
    /// The line stops at the end point.
    case butt
    /// A half-circle past the end point.
    case round
    /// A half-square past the end point.
    case square
}

/// How corners between line segments are drawn.
public enum LineJoin: Sendable {
    /// A sharp corner.
    case miter
    /// A rounded corner.
    case round
    /// A cut-off corner.
    case bevel
}

/// Line width, caps, joins and dashes for stroking a path.
public struct StrokeStyle: Hashable, Sendable {
    /// Width in points.
    public var width: Double
    /// End caps.
    public var cap: LineCap
    /// Corner joins.
    public var join: LineJoin
    /// Alternating on/off lengths in points; empty for a solid line.
    public var dash: [Double]

    /// Creates a stroke style.
    public init(width: Double = 1, cap: LineCap = .butt, join: LineJoin = .miter, dash: [Double] = []) {
        self.width = width
        self.cap = cap
        self.join = join
        self.dash = dash
    }
}
