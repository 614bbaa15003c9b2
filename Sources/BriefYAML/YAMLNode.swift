/// A node of a YAML document, composed by ``YAMLReader``: a scalar, a
/// sequence or a mapping, each with its mark. Aliases are already replaced
/// by the nodes their anchors name.
public enum YAMLNode: Sendable, Equatable {
    /// Text.
    case scalar(YAMLScalar)
    /// A list.
    case sequence(YAMLSequence)
    /// Keys and values.
    case mapping(YAMLMapping)

    /// The scalar, if the node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }

    /// The sequence, if the node is one.
    public var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { sequence } else { nil }
    }

    /// The mapping, if the node is one.
    public var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { mapping } else { nil }
    }

    /// The scalar's text, if the node is a scalar.
    public var string: String? { scalar?.string }

    /// Where the node starts.
    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// The tag by the failsafe schema: the written one, else `str`, `seq` or `map`.
    /// (Plain scalars are not classified as numbers or booleans here.)
    public var resolvedTag: YAMLTag {
        switch self {
        case .scalar(let scalar): scalar.resolvedTag
        case .sequence(let sequence): sequence.resolvedTag
        case .mapping(let mapping): mapping.resolvedTag
        }
    }
}
