/// One libyaml event, copied out of C memory.
enum YAMLEvent {
    case streamStart, streamEnd, documentStart, documentEnd
    case alias(anchor: String, mark: YAMLMark)
    case scalar(YAMLScalar, anchor: String?)
    case sequenceStart(tag: YAMLTag?, anchor: String?, mark: YAMLMark)
    case sequenceEnd
    case mappingStart(tag: YAMLTag?, anchor: String?, mark: YAMLMark)
    case mappingEnd

    /// Where the event starts.
    var mark: YAMLMark? {
        switch self {
        case .alias(_, let mark), .sequenceStart(_, _, let mark), .mappingStart(_, _, let mark): mark
        case .scalar(let scalar, _): scalar.mark
        default: nil
        }
    }
}
