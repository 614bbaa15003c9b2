import BriefRender

/// Pango markup with links over parts of it: a paragraph, a quote or a list
/// item whose links are live in the PDF.
///
/// Build one with ``append(_:)-(String)``, ``appendMarkup(_:)`` and
/// ``appendLink(to:_:)``, which keep the links' byte ranges in step with the
/// text that Pango will lay out.
public struct RichText: Hashable, Sendable {
    /// The Pango markup.
    public private(set) var markup: String
    /// The links, by byte range of the text without markup.
    public private(set) var links: [InlineLink]
    /// The text without markup, as Pango will lay it out.
    public private(set) var plain: String

    /// Rich text from plain text (escaped here).
    public init(_ text: String = "") {
        markup = ""
        links = []
        plain = ""
        append(text)
    }

    /// Whether there is no text.
    public var isEmpty: Bool { plain.isEmpty }

    /// Appends plain text, escaping it for markup.
    public mutating func append(_ text: String) {
        markup += Typesetter.escapeMarkup(text)
        plain += text
    }

    /// Appends a markup tag that adds no text, e.g. `<b>` or `</i>`.
    public mutating func appendMarkup(_ tag: String) {
        markup += tag
    }

    /// Appends `other` (its markup and links, shifted).
    public mutating func append(_ other: RichText) {
        let offset = plain.utf8.count
        markup += other.markup
        plain += other.plain
        links += other.links.map { InlineLink(range: ($0.range.lowerBound + offset)..<($0.range.upperBound + offset), target: $0.target) }
    }

    /// Appends `content` as a link to `target`.
    public mutating func appendLink(to target: LinkTarget, _ content: RichText) {
        let start = plain.utf8.count
        append(content)
        let end = plain.utf8.count
        if end > start { links.append(InlineLink(range: start..<end, target: target)) }
    }
}
