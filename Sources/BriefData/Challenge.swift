/// An obstacle to trade or investment named by the source.
public struct Challenge: Codable, Hashable, Sendable, Identifiable {
    /// A stable key.
    public var id: String
    /// The obstacle's name.
    public var title: String
    /// One or two sentences about it.
    public var detail: String
    /// The id of the ``Source`` that names it.
    public var source: String
    /// A publication the source cites for it, when it names one.
    public var citedFrom: String?

    /// Creates a challenge.
    public init(id: String, title: String, detail: String, source: String, citedFrom: String? = nil) {
        self.id = id
        self.title = title
        self.detail = detail
        self.source = source
        self.citedFrom = citedFrom
    }
}
