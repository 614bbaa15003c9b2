/// A style that can be chosen with `--style`, as listed by `tradebrief styles`.
public struct StyleSummary: Hashable, Sendable {
    /// The name to pass to `--style` (the file name without `.yaml`).
    public var name: String
    /// The style's one-line description (its `description` key); empty when it has none.
    public var description: String
    /// Where the style comes from: a file path, or `<built-in>/NAME.yaml`.
    public var path: String

    /// Creates a summary.
    public init(name: String, description: String, path: String) {
        self.name = name
        self.description = description
        self.path = path
    }
}
