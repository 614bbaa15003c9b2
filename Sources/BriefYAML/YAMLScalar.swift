/// A YAML scalar: its text as read (escapes and folding applied), how it was
/// written, the tag written on it and where it starts.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar is written.
    public enum Style: Sendable, Hashable {
        /// Unquoted.
        case plain
        /// `'in single quotes'`.
        case singleQuoted
        /// `"in double quotes"`.
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    /// The text.
    public var string: String
    /// How it was written.
    public var style: Style
    /// The tag as written: nil when none is (a plain scalar), ``YAMLTag/str``
    /// for a quoted or block scalar without one (as libyaml reports it, and Yams kept it).
    public var tag: YAMLTag?
    /// Where it starts.
    public var mark: YAMLMark

    /// Creates a scalar.
    public init(_ string: String, style: Style = .plain, tag: YAMLTag? = nil, mark: YAMLMark = YAMLMark(line: 1, column: 1)) {
        self.string = string
        self.style = style
        self.tag = tag
        self.mark = mark
    }

    /// The tag by the failsafe schema: the written one, or ``YAMLTag/str``.
    public var resolvedTag: YAMLTag {
        guard let tag, tag != .nonSpecific else { return .str }
        return tag
    }

    /// Equal as YAML nodes: the same text and resolved tag; style and mark do not count.
    public static func == (lhs: YAMLScalar, rhs: YAMLScalar) -> Bool {
        lhs.string == rhs.string && lhs.resolvedTag == rhs.resolvedTag
    }

    /// Hashes what ``==`` compares: the text and the resolved tag.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(string)
        hasher.combine(resolvedTag)
    }
}
