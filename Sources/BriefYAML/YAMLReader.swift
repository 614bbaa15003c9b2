/// Reads a YAML document into ``YAMLNode`` values with libyaml (through
/// `YAMLEventParser`, the only code that sees libyaml; each read owns its
/// parser and frees it, and every event, before it returns).
///
/// Written by hand rather than taken from Yams because Yams imports
/// Foundation in every file, and linking Foundation maps libFoundation, ICU
/// and FoundationInternationalization into the process: 6.6 MB resident of
/// a run that should stay under 40 MiB (issue 20; Benchmarks/RESULTS.md,
/// section 00000). It composes the document as Yams's `compose(yaml:)` does:
/// the same libyaml events become the same tree, with the same 1-based marks,
/// aliases replaced by their anchored nodes, a duplicate key refused, and
/// libyaml's errors reported with the same context, problem and mark
/// (`YAMLReaderTests` compares the two).
public enum YAMLReader {
    /// The deepest nesting of lists and mappings read. Yams's copy of
    /// libyaml stops near 1000 levels; the system's libyaml has no limit, and
    /// trees much deeper than this would only exhaust the stack of whatever
    /// walks them.
    public static let maximumDepth = 512

    /// The single document in `text`, or nil when there is none (an empty
    /// text or only comments).
    ///
    /// - Throws: ``YAMLError`` with libyaml's context, problem and mark when
    ///   the text is not YAML, has two documents, uses an undefined alias,
    ///   repeats a key in a mapping or nests deeper than ``maximumDepth``.
    public static func compose(_ text: String) throws(YAMLError) -> YAMLNode? {
        var contiguous = text
        let result: Result<YAMLNode?, YAMLError> = contiguous.withUTF8 { bytes in
            guard let parser = YAMLEventParser(bytes: bytes, text: text) else { return .failure(.memory) }
            defer { parser.close() }
            var composer = YAMLComposer(parser: parser)
            return Result { () throws(YAMLError) in try composer.singleDocument() }
        }
        return try result.get()
    }
}
