/// A link over part of a text: the bytes it covers and where it goes.
public struct InlineLink: Hashable, Sendable {
    /// The UTF-8 byte range it covers in the text as laid out (markup removed).
    public var range: Range<Int>
    /// Where it goes.
    public var target: LinkTarget

    /// Creates a link over `range`.
    public init(range: Range<Int>, target: LinkTarget) {
        self.range = range
        self.target = target
    }
}
