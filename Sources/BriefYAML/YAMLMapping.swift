/// A YAML mapping: its keys and values in the order written, its tag and
/// where it starts. The reader refuses a mapping with a key twice.
public struct YAMLMapping: Sendable, Equatable, RandomAccessCollection {
    /// One key and its value.
    public struct Pair: Sendable, Equatable {
        /// The key.
        public var key: YAMLNode
        /// The value.
        public var value: YAMLNode

        /// Creates a pair.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// The pairs, in the order written.
    public var pairs: [Pair]
    /// The tag as written; nil when none is.
    public var tag: YAMLTag?
    /// Where it starts.
    public var mark: YAMLMark

    /// Creates a mapping.
    public init(_ pairs: [Pair], tag: YAMLTag? = nil, mark: YAMLMark = YAMLMark(line: 1, column: 1)) {
        self.pairs = pairs
        self.tag = tag
        self.mark = mark
    }

    /// The tag by the failsafe schema: the written one, or ``YAMLTag/map``.
    public var resolvedTag: YAMLTag {
        guard let tag, tag != .nonSpecific else { return .map }
        return tag
    }

    /// The position of the first pair.
    public var startIndex: Int { pairs.startIndex }
    /// The position after the last pair.
    public var endIndex: Int { pairs.endIndex }
    /// The key and value at `position`.
    public subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
        (pairs[position].key, pairs[position].value)
    }

    /// Equal as YAML nodes: equal pairs in the same order and the same resolved tag.
    public static func == (lhs: YAMLMapping, rhs: YAMLMapping) -> Bool {
        lhs.pairs == rhs.pairs && lhs.resolvedTag == rhs.resolvedTag
    }
}
