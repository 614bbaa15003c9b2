/// A Markdown document nested deeper than tradebrief sets: emphasis inside
/// emphasis, quotes inside quotes or lists inside lists, thousands deep.
/// Such a document is refused before it is turned into values, whose
/// nesting each later step would follow down the stack.
public struct MarkdownNestingError: Error, Hashable, Sendable {
    /// Where the first element nested too deep starts.
    public var position: SourcePosition
    /// The deepest nesting allowed (``MarkdownParser/maxDepth``).
    public var limit: Int

    /// Creates the error.
    public init(position: SourcePosition, limit: Int) {
        self.position = position
        self.limit = limit
    }
}
