import CYAML

/// A libyaml parser over UTF-8 bytes that stay valid while it is used: the
/// only code that sees libyaml.
final class YAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let text: String
    /// The one byte libyaml reads from when the text is empty and has no storage.
    private let placeholder: UnsafeMutablePointer<UInt8>
    /// The mark of the last event read (libyaml's, 1-based).
    private(set) var lastMark = YAMLMark(line: 1, column: 1)

    init?(bytes: UnsafeBufferPointer<UInt8>, text: String) {
        parser = .allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            return nil
        }
        self.text = text
        placeholder = .allocate(capacity: 1)
        placeholder.initialize(to: 0)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        // An empty text may have no storage; libyaml then reads nothing from the placeholder.
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? UnsafePointer(placeholder), bytes.count)
    }

    /// Frees the parser; call it once, when done.
    func close() {
        yaml_parser_delete(parser)
        parser.deallocate()
        placeholder.deallocate()
    }

    /// The next event, or libyaml's error.
    func next() throws(YAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let mark = Self.mark(event.start_mark)
        lastMark = mark
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
            // A quoted scalar without a tag is text, as Yams records it.
            let tag = data.quoted_implicit == 1 ? YAMLTag.str : Self.string(data.tag).map(YAMLTag.init(rawValue:))
            return .scalar(YAMLScalar(value, style: Self.style(data.style), tag: tag, mark: mark), anchor: Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            let tag = data.implicit != 0 ? nil : Self.string(data.tag).map(YAMLTag.init(rawValue:))
            return .sequenceStart(tag: tag, anchor: Self.string(data.anchor), mark: mark)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            let tag = data.implicit != 0 ? nil : Self.string(data.tag).map(YAMLTag.init(rawValue:))
            return .mappingStart(tag: tag, anchor: Self.string(data.anchor), mark: mark)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default:
            // YAML_NO_EVENT: libyaml has nothing more, which only happens after the stream's end.
            return .streamEnd
        }
    }

    /// libyaml's error, as Yams's `YamlError(from:with:)` reports it.
    private func error() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = state.context.map { YAMLError.Context(text: String(cString: $0), mark: Self.mark(state.context_mark)) }
        let mark = Self.mark(state.problem_mark)
        switch state.error {
        case YAML_READER_ERROR:
            // The byte offset as a count of Characters, for a line number.
            let offset = text.utf8.index(text.utf8.startIndex, offsetBy: state.problem_offset, limitedBy: text.utf8.endIndex)
                .flatMap { $0.samePosition(in: text) }
                .map { text.distance(from: text.startIndex, to: $0) }
            return .reader(problem: problem, offset: offset)
        case YAML_SCANNER_ERROR: return .scanner(context: context, problem: problem, mark: mark)
        case YAML_PARSER_ERROR: return .parser(context: context, problem: problem, mark: mark)
        case YAML_COMPOSER_ERROR: return .composer(context: context, problem: problem, mark: mark)
        default: return .memory
        }
    }

    private static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(clamping: mark.line) + 1, column: Int(clamping: mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
