import BriefText
/// Where a figure comes from: a publication with its publisher, date and address.
public struct Source: Codable, Hashable, Sendable, Identifiable {
    /// A short key that figures refer to, e.g. `csis-2025`.
    public var id: String
    /// The publication's title.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// Its authors, if named.
    public var authors: [String]
    /// Publication date, ISO 8601 (`2025-04-23`).
    public var date: String
    /// Where to read it.
    public var url: String
    /// Why this source is used, when that needs saying.
    public var note: String?

    /// Creates a source.
    public init(id: String, title: String, publisher: String, authors: [String] = [], date: String, url: String, note: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.date = date
        self.url = url
        self.note = note
    }

    /// A one-line citation: `Authors, “Title”, Publisher, date.` (parts that are
    /// not known are left out).
    public var citation: String {
        var parts: [String] = []
        if !authors.isEmpty { parts.append(authors.joined(separator: " and ")) }
        if !title.isEmpty, title != publisher { parts.append("“\(title)”") }
        if !publisher.isEmpty { parts.append(publisher) }
        if !date.isEmpty { parts.append(date) }
        return parts.joined(separator: ", ") + "."
    }

    /// A short credit for running text, inside parentheses: `Census, 2025`.
    public var inlineCredit: String {
        let credit = shortCredit
        guard !date.isEmpty, credit.hasSuffix(")"), let open = credit.lastIndex(of: "(") else { return credit }
        return String(credit[..<open]).trimmingWhitespace() + ", " + date.prefix(4)
    }

    /// A short credit for a chart's source line, e.g. `CSIS (2025)`.
    public var shortCredit: String {
        let name: String
        if let open = publisher.lastIndex(of: "("), let close = publisher.lastIndex(of: ")"), open < close {
            name = String(publisher[publisher.index(after: open)..<close])
        } else {
            name = publisher
        }
        return date.isEmpty ? name : "\(name) (\(date.prefix(4)))"
    }
}
