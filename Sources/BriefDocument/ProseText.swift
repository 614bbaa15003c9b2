import BriefMarkdown

/// The prose of one paragraph, list item, table row or caption as the
/// provenance check reads it: its characters with where each came from in
/// the file, live figures and citations marked rather than spelled out.
public struct ProseText: Hashable, Sendable {
    /// Stands for a live figure's value (never a number to check).
    public static let figureMark: Character = "\u{FFFC}"
    /// Stands for a citation (`[@id]`, or a note that cites one).
    public static let citationMark: Character = "\u{E000}"
    /// Ends a sentence unconditionally (the end of a table cell).
    public static let breakMark: Character = "\u{E001}"

    /// The characters.
    public private(set) var characters: [Character] = []
    /// Where each character is in the file, when known.
    public private(set) var positions: [SourcePosition?] = []

    /// Creates an empty prose text.
    public init() {}

    /// Appends text that starts at `start`; `exact` says that each character
    /// sits one column after the previous (no entities or escapes in between).
    public mutating func append(_ text: String, at start: SourcePosition?, exact: Bool) {
        var column = start?.column ?? 0
        for character in text {
            characters.append(character)
            if let start {
                positions.append(exact ? SourcePosition(line: start.line, column: column) : start)
            } else {
                positions.append(nil)
            }
            column += 1
        }
    }

    /// Appends a marker (``figureMark``, ``citationMark``, ``breakMark``) or a space.
    public mutating func append(mark: Character, at position: SourcePosition? = nil) {
        characters.append(mark)
        positions.append(position)
    }

    /// Appends `other`.
    public mutating func append(_ other: ProseText) {
        characters += other.characters
        positions += other.positions
    }

    /// Whether a citation mark occurs anywhere.
    public var hasCitation: Bool { characters.contains(Self.citationMark) }

    /// The text with markers, for tests and messages.
    public var string: String { String(characters) }
}
