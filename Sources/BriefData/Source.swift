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
    /// The title in Korean, for a source whose title is tradebrief's own words
    /// (a publication keeps its own title in every edition).
    public var titleKorean: String?
    /// The publisher's name in Korean, when the Korean edition names it so.
    public var publisherKorean: String?
    /// ``note`` in Korean: the same content, names, figures and dates.
    public var noteKorean: String?

    /// Creates a source.
    public init(id: String, title: String, publisher: String, authors: [String] = [], date: String, url: String, note: String? = nil,
                titleKorean: String? = nil, publisherKorean: String? = nil, noteKorean: String? = nil) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.authors = authors
        self.date = date
        self.url = url
        self.note = note
        self.titleKorean = titleKorean
        self.publisherKorean = publisherKorean
        self.noteKorean = noteKorean
    }

    /// A one-line citation: `Authors, “Title”, Publisher, date.` (parts that are
    /// not known are left out).
    public var citation: String { citation(in: .english) }

    /// The citation in `language`: in Korean, the Korean title and publisher
    /// where given and the authors listed with commas.
    public func citation(in language: BriefLanguage) -> String {
        let title = self.title(in: language), publisher = self.publisher(in: language)
        var parts: [String] = []
        if !authors.isEmpty { parts.append(language == .korean ? language.list(authors) : authors.joined(separator: " and ")) }
        if !title.isEmpty, title != publisher { parts.append("“\(title)”") }
        if !publisher.isEmpty { parts.append(publisher) }
        if !date.isEmpty { parts.append(date) }
        return parts.joined(separator: ", ") + "."
    }

    /// The title in `language` (the title as given when it has no Korean one).
    public func title(in language: BriefLanguage) -> String { language == .korean ? titleKorean ?? title : title }

    /// The publisher in `language` (as given when it has no Korean name).
    public func publisher(in language: BriefLanguage) -> String { language == .korean ? publisherKorean ?? publisher : publisher }

    /// The note in `language`: in Korean its Korean text, or the note as
    /// given when it has none (a user's CSV or dataset is not translated, and
    /// a caveat is never dropped).
    public func note(in language: BriefLanguage) -> String? { language == .korean ? noteKorean ?? note : note }

    /// A short credit for running text, inside parentheses: `Census, 2025`.
    public var inlineCredit: String {
        let credit = shortCredit
        guard !date.isEmpty, credit.hasSuffix(")"), let open = credit.lastIndex(of: "(") else { return credit }
        return String(credit[..<open]).trimmingWhitespace() + ", " + date.prefix(4)
    }

    /// A short credit for a chart's source line, e.g. `CSIS (2025)`.
    public var shortCredit: String {
        date.isEmpty ? shortName : "\(shortName) (\(date.prefix(4)))"
    }

    /// The publisher as a short credit names it: the short name in its
    /// parentheses (`CSIS` for `Center for Strategic and International
    /// Studies (CSIS)`), or the publisher as given.
    public var shortName: String {
        guard let open = publisher.lastIndex(of: "("), let close = publisher.lastIndex(of: ")"), open < close else { return publisher }
        return String(publisher[publisher.index(after: open)..<close])
    }
}
