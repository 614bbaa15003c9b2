/// How the lines of a paragraph sit between its left and right edges.
public enum TextAlignment: String, Hashable, Sendable, Codable {
    /// Ragged right.
    case left
    /// Centred.
    case center
    /// Ragged left.
    case right
    /// Both edges straight (the last line stays left-aligned).
    case justify
}
