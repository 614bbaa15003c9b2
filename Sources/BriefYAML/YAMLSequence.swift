/// A YAML sequence (a list): its items in order, its tag and where it starts.
public struct YAMLSequence: Sendable, Equatable, RandomAccessCollection {
    /// The items.
    public var nodes: [YAMLNode]
    /// The tag as written; nil when none is.
    public var tag: YAMLTag?
    /// Where it starts.
    public var mark: YAMLMark

    /// Creates a sequence.
    public init(_ nodes: [YAMLNode], tag: YAMLTag? = nil, mark: YAMLMark = YAMLMark(line: 1, column: 1)) {
        self.nodes = nodes
        self.tag = tag
        self.mark = mark
    }

    /// The tag by the failsafe schema: the written one, or ``YAMLTag/seq``.
    public var resolvedTag: YAMLTag {
        guard let tag, tag != .nonSpecific else { return .seq }
        return tag
    }

    /// The position of the first item.
    public var startIndex: Int { nodes.startIndex }
    /// The position after the last item.
    public var endIndex: Int { nodes.endIndex }
    /// The item at `position`.
    public subscript(position: Int) -> YAMLNode { nodes[position] }

    /// Equal as YAML nodes: equal items in the same order and the same resolved tag.
    public static func == (lhs: YAMLSequence, rhs: YAMLSequence) -> Bool {
        lhs.nodes == rhs.nodes && lhs.resolvedTag == rhs.resolvedTag
    }
}
