/// Why a YAML text could not be read, with libyaml's words and marks
/// (the same `context`, `problem` and mark as Yams's `YamlError`).
public enum YAMLError: Error, Sendable, Equatable {
    /// What libyaml was reading when it met a problem, and where that started.
    public struct Context: Sendable, Equatable {
        /// For example `while parsing a block mapping`.
        public var text: String
        /// Where the construct being read starts.
        public var mark: YAMLMark

        /// Creates a context.
        public init(text: String, mark: YAMLMark) {
            self.text = text
            self.mark = mark
        }
    }

    /// The characters themselves are not allowed (a control character);
    /// `offset` counts Characters from the start of the text.
    case reader(problem: String, offset: Int?)
    /// A token could not be read (`mapping values are not allowed in this context`).
    case scanner(context: Context?, problem: String, mark: YAMLMark)
    /// The tokens do not make a document (`did not find expected key`).
    case parser(context: Context?, problem: String, mark: YAMLMark)
    /// The document could not be composed into nodes: an undefined alias,
    /// a second document, or lists and mappings nested too deep.
    case composer(context: Context?, problem: String, mark: YAMLMark)
    /// A mapping has the same key more than once: the keys (their text,
    /// sorted) and where the first of them first appears.
    case duplicateKeys([String], mark: YAMLMark)
    /// libyaml ran out of memory.
    case memory
}
