/// Document information written into a PDF.
public struct PDFMetadata: Hashable, Sendable {
    /// The document title.
    public var title: String
    /// The author (a person or an office).
    public var author: String
    /// The subject, one sentence.
    public var subject: String
    /// Keywords, comma-separated in the file.
    public var keywords: [String]
    /// The producing application.
    public var creator: String
    /// The creation date as ISO 8601 with separators (`2025-04-23T00:00:00Z`), or
    /// nil for Cairo's default (the current time).
    public var creationDate: String?
    /// The document's language as a BCP 47 tag (`en`, `ko`), written as the
    /// catalog's `/Lang`; nil writes none.
    public var language: String?

    /// Creates document information.
    public init(
        title: String = "", author: String = "", subject: String = "", keywords: [String] = [],
        creator: String = "tradebrief", creationDate: String? = nil, language: String? = nil
    ) {
        self.language = language
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }
}
