/// An area where the two countries can work together, summarised in this project's words.
public struct CooperationArea: Codable, Hashable, Sendable, Identifiable {
    /// A stable key.
    public var id: String
    /// The area's name.
    public var title: String
    /// A short paragraph about it.
    public var summary: String
    /// The id of the ``Source`` that names it.
    public var source: String

    /// Creates a cooperation area.
    public init(id: String, title: String, summary: String, source: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.source = source
    }
}
