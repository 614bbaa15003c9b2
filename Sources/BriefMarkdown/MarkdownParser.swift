import CCmarkGFM

/// Parses CommonMark with GitHub's tables, strikethrough, autolinks and
/// footnotes through cmark-gfm, and turns cmark's tree into
/// ``MarkdownBlock`` values. This is the only code that sees cmark's C
/// pointers: each parse owns its parser and tree and frees both before it
/// returns.
public enum MarkdownParser {
    /// The GitHub extensions attached to every parse.
    static let extensionNames = ["table", "strikethrough", "autolink"]

    /// cmark-gfm keeps its extensions in a process-wide registry that must be
    /// filled once, before the first parse; a `static let` runs this once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The deepest nesting of elements a document may have (a paragraph in a
    /// quote in a list item is 4 deep, under the document: the list, its item,
    /// the quote, the paragraph). People write a handful of levels; a hostile
    /// file writes thousands, which would overflow the stack of every step
    /// that follows the tree down. 256 is safe on a worker thread's stack in a
    /// debug build, and leaves room for lists 126 deep (which are indented as
    /// the 8th level, with a warning).
    public static let maxDepth = 256

    /// Parses `text` into blocks. Positions are lines and columns of `text`
    /// as given (so blank out front matter rather than cutting it off to keep
    /// line numbers). Footnote definitions come after the other blocks, in
    /// the order of their first reference, as cmark-gfm orders them.
    /// Throws where the nesting first goes deeper than ``maxDepth``.
    public static func parse(_ text: String) throws(MarkdownNestingError) -> [MarkdownBlock] {
        _ = registered
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        let original = Array(text.utf8)
        let masks = !holdsMaskBytes(original)
        let bytes = masks ? maskingFigureBraces(original) : original
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        let lines = SourceLines(text)
        if let deep = firstTooDeep(document) {
            let line = Int(cmark_node_get_start_line(deep))
            throw MarkdownNestingError(position: lines.position(line: line, byteColumn: Int(cmark_node_get_start_column(deep))),
                                       limit: maxDepth)
        }
        let converter = Converter(lines: lines, columns: ColumnIndex(lines: lines), unmasks: masks)
        return converter.blocks(under: document)
    }

    /// The bytes cmark reads: `{{` and `}}` (not after a backslash, nor in
    /// an angle-bracket autolink) as two control bytes each, which
    /// ``Converter`` turns back into braces in every literal. CommonMark
    /// counts braces as punctuation, so emphasis closed right after a live
    /// figure and followed by a letter (`*{{top:sector}}*가`, a Korean
    /// particle) would not close, and would print its asterisks; a control
    /// byte is neither punctuation nor space, so the figure is read as the
    /// word it stands for. The bytes keep their count (positions stay
    /// right). ``parse(_:)`` reads a text that holds the mask bytes itself,
    /// raw or as a numeric character reference (`&#1;`, `&#x2;`), unmasked,
    /// so that no such character ever turns into a brace and the document's
    /// checks still see it.
    static func maskingFigureBraces(_ bytes: [UInt8]) -> [UInt8] {
        var masked = bytes
        var index = 0
        while index + 1 < masked.count {
            let byte = masked[index]
            if byte == UInt8(ascii: "<"), let end = autolinkEnd(bytes, from: index) {
                index = end + 1
                continue
            }
            if (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")), masked[index + 1] == byte,
               index == 0 || masked[index - 1] != UInt8(ascii: "\\") {
                let mask = byte == UInt8(ascii: "{") ? openMask : closeMask
                masked[index] = mask
                masked[index + 1] = mask
                index += 2
            } else {
                index += 1
            }
        }
        return masked
    }

    /// Whether `bytes` hold a mask byte, or a numeric character reference
    /// that cmark would decode to one (`&#1;`, `&#0002;`, `&#x1;`).
    static func holdsMaskBytes(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(openMask) || bytes.contains(closeMask) { return true }
        var index = 0
        while let amp = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
            var at = amp + 1
            guard at < bytes.count, bytes[at] == UInt8(ascii: "#") else { index = amp + 1; continue }
            at += 1
            if at < bytes.count, bytes[at] | 0x20 == UInt8(ascii: "x") { at += 1 }
            while at < bytes.count, bytes[at] == UInt8(ascii: "0") { at += 1 }
            if at + 1 < bytes.count, bytes[at] == UInt8(ascii: "1") || bytes[at] == UInt8(ascii: "2"), bytes[at + 1] == UInt8(ascii: ";") {
                return true
            }
            index = amp + 1
        }
        return false
    }

    /// The index of the `>` that closes an angle-bracket autolink opening at
    /// `start` (`<https://…>`, a scheme then no space or `<` up to the `>`), or nil.
    static func autolinkEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var at = start + 1
        let schemeStart = at
        while at < bytes.count, at - schemeStart < 33,
              (bytes[at] | 0x20 >= UInt8(ascii: "a") && bytes[at] | 0x20 <= UInt8(ascii: "z"))
                || (at > schemeStart && (bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9")
                    || bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: "-"))) {
            at += 1
        }
        guard at - schemeStart >= 2, at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return nil }
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: ">") { return at }
            if byte <= 0x20 || byte == UInt8(ascii: "<") { return nil }
            at += 1
        }
        return nil
    }

    /// The control bytes that stand for `{{` and `}}` while cmark reads a brief.
    static let openMask: UInt8 = 0x01
    static let closeMask: UInt8 = 0x02

    /// `text` with the masks of ``maskingFigureBraces(_:)`` turned back into braces.
    static func unmaskingFigureBraces(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == openMask || $0 == closeMask }) else { return text }
        return String(decoding: text.utf8.map { $0 == openMask ? UInt8(ascii: "{") : $0 == closeMask ? UInt8(ascii: "}") : $0 },
                      as: UTF8.self)
    }

    /// The first node nested deeper than ``maxDepth``, found without recursion: cmark's iterator
    /// walks the tree, and a stack of the open ancestors gives each node's depth (leaf nodes have
    /// no exit event, so an entered node first pops whatever is not its parent).
    private static func firstTooDeep(_ document: OpaquePointer) -> OpaquePointer? {
        guard let iterator = cmark_iter_new(document) else { return nil }
        defer { cmark_iter_free(iterator) }
        var ancestors: [OpaquePointer] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return nil }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let parent = cmark_node_parent(node)
            while let last = ancestors.last, last != parent { ancestors.removeLast() }
            ancestors.append(node)
            if ancestors.count > maxDepth + 1 { return node }
        }
    }

    /// Turns cmark nodes into values; knows the source lines to make columns
    /// count characters and to read footnote labels.
    private struct Converter {
        let lines: SourceLines
        let columns: ColumnIndex
        /// Whether cmark read the text masked (``maskingFigureBraces(_:)``), so literals get their braces back.
        let unmasks: Bool

        func children(of node: OpaquePointer) -> [OpaquePointer] {
            var result: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                result.append(current)
                child = cmark_node_next(current)
            }
            return result
        }

        func position(_ node: OpaquePointer) -> SourcePosition {
            let line = Int(cmark_node_get_start_line(node))
            return columns.position(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
        }

        func string(_ pointer: UnsafePointer<CChar>?) -> String {
            pointer.map { unmasks ? MarkdownParser.unmaskingFigureBraces(String(cString: $0)) : String(cString: $0) } ?? ""
        }

        func typeName(_ node: OpaquePointer) -> String { string(cmark_node_get_type_string(node)) }

        func blocks(under node: OpaquePointer) -> [MarkdownBlock] {
            children(of: node).compactMap(block)
        }

        func block(_ node: OpaquePointer) -> MarkdownBlock? {
            let at = position(node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                return MarkdownBlock(.heading(level: Int(cmark_node_get_heading_level(node)), inlines(under: node)), at: at)
            case CMARK_NODE_PARAGRAPH:
                return MarkdownBlock(.paragraph(inlines(under: node)), at: at)
            case CMARK_NODE_LIST:
                let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                let items = children(of: node).map { blocks(under: $0) }
                return MarkdownBlock(.list(ordered: ordered, start: Int(cmark_node_get_list_start(node)), items: items), at: at)
            case CMARK_NODE_BLOCK_QUOTE:
                return MarkdownBlock(.quote(blocks(under: node)), at: at)
            case CMARK_NODE_CODE_BLOCK:
                return MarkdownBlock(.code(string(cmark_node_get_literal(node)), info: string(cmark_node_get_fence_info(node))), at: at)
            case CMARK_NODE_HTML_BLOCK:
                return MarkdownBlock(.html(string(cmark_node_get_literal(node))), at: at)
            case CMARK_NODE_THEMATIC_BREAK:
                return MarkdownBlock(.thematicBreak, at: at)
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                let label = lines.footnoteLabel(line: at.line, beforeColumn: at.column) ?? ""
                return MarkdownBlock(.footnoteDefinition(label: label, blocks(under: node)), at: at)
            default:
                if typeName(node) == "table" { return MarkdownBlock(.table(table(node)), at: at) }
                return nil
            }
        }

        func table(_ node: OpaquePointer) -> MarkdownTable {
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [MarkdownTable.Alignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for index in 0..<columns {
                    switch UInt8(raw[index]) {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    default: alignments.append(.none)
                    }
                }
            }
            var header: [MarkdownTable.Cell] = []
            var rows: [[MarkdownTable.Cell]] = []
            for row in children(of: node) {
                let cells = children(of: row).map { MarkdownTable.Cell(inlines: inlines(under: $0), position: position($0)) }
                if cmark_gfm_extensions_get_table_row_is_header(row) != 0 || typeName(row) == "table_header" {
                    header = cells
                } else {
                    rows.append(cells)
                }
            }
            return MarkdownTable(header: header, rows: rows, alignments: alignments)
        }

        func inlines(under node: OpaquePointer) -> [MarkdownInline] {
            children(of: node).compactMap(inline)
        }

        func inline(_ node: OpaquePointer) -> MarkdownInline? {
            let at = position(node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                return MarkdownInline(.text(string(cmark_node_get_literal(node))), at: at)
            case CMARK_NODE_CODE:
                return MarkdownInline(.code(string(cmark_node_get_literal(node))), at: at)
            case CMARK_NODE_EMPH:
                return MarkdownInline(.emphasis(inlines(under: node)), at: at)
            case CMARK_NODE_STRONG:
                return MarkdownInline(.strong(inlines(under: node)), at: at)
            case CMARK_NODE_LINK:
                return MarkdownInline(.link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                            inlines(under: node)), at: at)
            case CMARK_NODE_IMAGE:
                return MarkdownInline(.image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                                             alt: inlines(under: node)), at: at)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                // cmark-gfm's literal here is the note's number; the label is in the source.
                let label = SourceLines.footnoteReferenceLabel(starting: columns.text(line: at.line, from: at.column))
                    ?? string(cmark_node_get_literal(node))
                return MarkdownInline(.footnoteReference(label), at: at)
            case CMARK_NODE_SOFTBREAK:
                return MarkdownInline(.softBreak, at: at)
            case CMARK_NODE_LINEBREAK:
                return MarkdownInline(.lineBreak, at: at)
            case CMARK_NODE_HTML_INLINE:
                return MarkdownInline(.html(string(cmark_node_get_literal(node))), at: at)
            default:
                if typeName(node) == "strikethrough" { return MarkdownInline(.strikethrough(inlines(under: node)), at: at) }
                return nil
            }
        }
    }
}
