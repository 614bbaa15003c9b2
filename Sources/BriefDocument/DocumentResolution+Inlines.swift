import BriefCharts
import BriefData
import BriefLayout
import BriefMarkdown
import BriefText

/// Inline resolution: text with live figures and citations, emphasis, links
/// and note references, into rich text (for layout) and prose (for the
/// provenance check).
extension DocumentResolution {
    /// Resolves `inlines` into rich text and the prose to check.
    mutating func resolveInlines(_ inlines: [MarkdownInline]) -> (RichText, ProseText) {
        var rich = RichText()
        var text = ProseText()
        resolveConditionally(Self.coalesced(inlines), into: &rich, &text)
        return (rich, text)
    }

    /// Whether the text of a node can be shown, or else an error at `position`.
    /// The file's own characters were checked before parsing
    /// (``DocumentCharacters``); what remains to find here was written as a
    /// character reference (`&#x1B;`, `&#x202E;`), which Markdown turns into the character.
    mutating func isShowable(_ literal: String, at position: SourcePosition) -> Bool {
        guard let found = UnshowableText.firstFinding(in: literal) else { return true }
        error(position, "the text has \(found.what), written as a character reference, \(found.why); remove it")
        return false
    }

    /// Joins neighbouring text nodes (cmark may split `[@id]` or `{{…}}` at brackets).
    static func coalesced(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        for inline in inlines {
            if case .text(let next) = inline.kind, let last = result.last, case .text(let previous) = last.kind {
                result[result.count - 1] = MarkdownInline(.text(previous + next), at: last.position)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    mutating func resolve(_ inline: MarkdownInline, into rich: inout RichText, _ text: inout ProseText) {
        switch inline.kind {
        case .text(let literal):
            guard isShowable(literal, at: inline.position) else { return }
            if let offset = LongWords.firstLong(in: literal) {
                error(SourcePosition(line: inline.position.line, column: inline.position.column + offset), LongWords.message)
                return
            }
            resolveText(literal, at: inline.position, into: &rich, &text)
        case .code(let code):
            guard isShowable(code, at: inline.position) else { return }
            rich.appendMarkup("<tt>")
            rich.append(code)
            rich.appendMarkup("</tt>")
            text.append(mark: ProseText.figureMark)
        case .emphasis(let inner):
            wrap(inner, "<i>", "</i>", into: &rich, &text)
        case .strong(let inner):
            wrap(inner, "<b>", "</b>", into: &rich, &text)
        case .strikethrough(let inner):
            wrap(inner, "<s>", "</s>", into: &rich, &text)
        case .link(let url, _, let inner):
            let (content, contentText) = resolveInlines(inner)
            // An address written out (an autolink) is not prose.
            if content.plain == url || "mailto:" + content.plain == url {
                text.append(mark: ProseText.figureMark)
            } else {
                text.append(contentText)
            }
            if let live = LinkCheck.liveAddress(url) {
                openLinkColor(&rich)
                rich.appendLink(to: .uri(live), content)
                closeLinkColor(&rich)
            } else {
                warning(inline.position, "the link to '\(url)' is not made live: only https:, http: and mailto: addresses are (the text is kept)")
                rich.append(content)
            }
        case .image(let url, _, _):
            if url.hasPrefix(ChartReference.scheme) {
                error(inline.position, "a chart must stand alone in its own paragraph: put a blank line before and after ![…](\(url))")
            } else {
                error(inline.position, "image '\(url)' is not a chart: a brief places charts only, as ![caption](chart:NAME)")
            }
        case .footnoteReference(let label):
            let number = noteNumber(label)
            rich.appendMarkup("<sup>")
            openLinkColor(&rich)
            rich.appendLink(to: .destination("note-\(number)"), RichText("\(number)"))
            closeLinkColor(&rich)
            rich.appendMarkup("</sup>")
            text.append(mark: citingNotes.contains(label) ? ProseText.citationMark : ProseText.figureMark, at: inline.position)
        case .softBreak:
            rich.append(" ")
            text.append(" ", at: nil, exact: false)
        case .lineBreak:
            rich.append("\n")
            text.append(" ", at: nil, exact: false)
        case .html:
            warning(inline.position, "raw HTML is left out of the brief; write Markdown instead")
        }
    }

    mutating func wrap(_ inner: [MarkdownInline], _ open: String, _ close: String, into rich: inout RichText, _ text: inout ProseText) {
        let (content, contentText) = resolveInlines(inner)
        rich.appendMarkup(open)
        rich.append(content)
        rich.appendMarkup(close)
        text.append(contentText)
    }

    func openLinkColor(_ rich: inout RichText) {
        if let color = resolver.linkColor { rich.appendMarkup("<span foreground=\"\(color)\">") }
    }

    func closeLinkColor(_ rich: inout RichText) {
        if resolver.linkColor != nil { rich.appendMarkup("</span>") }
    }

    // MARK: Text: live figures and citations

    /// Resolves a text node: `{{…}}` becomes its value, `[@id]` a numbered citation.
    mutating func resolveText(_ literal: String, at start: SourcePosition, into rich: inout RichText, _ text: inout ProseText) {
        let characters = Array(literal)
        let exact = columns.starts(literal, line: start.line, column: start.column)
        func position(_ offset: Int, _ token: String) -> SourcePosition {
            exact ? SourcePosition(line: start.line, column: start.column + offset) : (lines.locate(token, from: start) ?? start)
        }
        // Without '{' or '[' there is no live figure, citation or footnote: the text as it is
        // (what the loop below gives it, without splitting it into Characters first).
        guard literal.containsAnyByte(Self.markerBytes) else {
            if !literal.isEmpty {
                rich.append(literal)
                text.append(literal, at: position(0, literal), exact: exact)
            }
            return
        }
        var plainStart = 0
        func flush(_ end: Int, _ rich: inout RichText, _ text: inout ProseText) {
            guard end > plainStart else { return }
            let plain = String(characters[plainStart..<end])
            rich.append(plain)
            text.append(plain, at: position(plainStart, plain), exact: exact)
        }
        var index = 0
        while index < characters.count {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if characters[index] == "{", next == "{" {
                flush(index, &rich, &text)
                guard let close = Self.find("}}", in: characters, from: index + 2) else {
                    let token = String(characters[index...])
                    error(position(index, token), "'{{' is never closed: write a live figure as {{name}} or {{name:argument}} (names: \(LiveFigure.names.joined(separator: ", ")))")
                    plainStart = characters.count
                    break
                }
                let inside = String(characters[(index + 2)..<close])
                let namesNonState = resolveFigure(inside, at: position(index, "{{" + inside + "}}"), into: &rich, &text)
                index = close + 2
                // Korean text writes 주 (“state”) after a state's name ({{top:state}}주다); not after 워싱턴 D.C.
                if namesNonState, index < characters.count, characters[index] == "주" { index += 1 }
                plainStart = index
                continue
            }
            if characters[index] == "[", next == "@" {
                let close = Self.find("]", in: characters, from: index + 2)
                if let close, let keys = Self.citationKeys(String(characters[(index + 1)..<close])) {
                    flush(index, &rich, &text)
                    resolveCitation(keys, at: position(index, String(characters[index...close])), into: &rich, &text)
                    index = close + 1
                    plainStart = index
                    continue
                }
                // Not a citation as written: say so, rather than print it as text without a word. (The text
                // here runs to a line break or emphasis: a citation cannot hold either.)
                let token = String(characters[index...(close ?? min(characters.count - 1, index + 40))])
                let why = close == nil
                    ? "its closing ']' is not in the same run of text (a citation stays on one line, without emphasis)"
                    : "a citation holds only '@id' entries (letters, digits and - _ . : /) separated by ';'"
                warning(position(index, token), "'\(token)' is printed as text, not cited: \(why); write [@id] or [@id; @other]")
            }
            if characters[index] == "[", next == "^", let close = Self.find("]", in: characters, from: index + 2) {
                let token = String(characters[index...close])
                warning(position(index, token), "footnote \(token) has no definition; add a line '\(token): the note' at the end")
            }
            index += 1
        }
        flush(characters.count, &rich, &text)
    }

    /// The bytes that open a live figure (`{{`), a citation (`[@`) or a footnote (`[^`).
    private static let markerBytes = ASCIIByteSet("{[")

    static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        guard start <= characters.count - pattern.count else { return nil }
        for index in start...(characters.count - pattern.count) where Array(characters[index..<(index + pattern.count)]) == pattern {
            return index
        }
        return nil
    }

    /// `@a; @b` → `["a", "b"]`; nil when it is not a citation.
    static func citationKeys(_ inside: String) -> [String]? {
        let parts = inside.split(separator: ";").map { String($0).trimmingSpaces() }
        guard !parts.isEmpty else { return nil }
        var keys: [String] = []
        for part in parts {
            guard part.hasPrefix("@") else { return nil }
            let key = String(part.dropFirst())
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || "-_.:/".contains($0) }) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// Appends the figure's value (or reports why it has none); true when it
    /// is Korean state names that the text's 주 must not follow (the District
    /// of Columbia, or tied states each written with its own).
    @discardableResult
    mutating func resolveFigure(_ inside: String, at position: SourcePosition, into rich: inout RichText, _ text: inout ProseText) -> Bool {
        let token = "{{\(inside)}}"
        switch LiveFigure.parse(inside) {
        case .failure(.unknownName(let name)):
            let head = String(name.split(separator: ":", maxSplits: 1).first ?? "")
            let hint = closestFigureName(head).map { "; did you mean '{{\($0)}}'?" } ?? ""
            error(position, "unknown live figure '\(token)'\(hint) (figures: \(LiveFigure.names.joined(separator: ", ")))")
        case .failure(.unexpectedArgument(let name)):
            error(position, "'\(token)' takes no argument; write {{\(name)}}")
        case .failure(.missingArgument(let name)):
            let example = ["state": "GA", "share": "GA", "rank": "GA", "sector": "Batteries", "top": "state", "indicator": "ID", "table": "investments"][name] ?? "…"
            error(position, "'\(token)' needs an argument, e.g. {{\(name):\(example)}}")
        case .success(let figure):
            switch values.text(for: figure) {
            case .success(var value):
                // `the District of Columbia` opening a sentence is `The District of Columbia`.
                if value.hasPrefix("the "), Self.opensSentence(rich) { value = "T" + value.dropFirst() }
                rich.append(value)
                text.append(mark: ProseText.figureMark)
                usedSources += values.sources(for: figure)
                if case .indicator = figure {} else { usesComputed = true }
                if values.format.language == .korean { return FigureFormat.writesStateNoun(values.namedStates(figure)) }
            case .failure(let problem):
                let kind = String(inside.split(separator: ":", maxSplits: 1).first ?? "").trimmingSpaces()
                let hint = problem.suggestion.map { "; did you mean '{{\(kind):\($0)}}'?" } ?? ""
                let known = problem.known.isEmpty ? "" : " (in the data: \(problem.known.joined(separator: ", ")))"
                error(position, "\(token): \(problem.message)\(hint)\(known)")
            }
        }
        return false
    }

    /// Whether text appended to `rich` starts a sentence: nothing before it, or a sentence's end.
    static func opensSentence(_ rich: RichText) -> Bool {
        guard let last = rich.plain.last(where: { !$0.isWhitespace }) else { return true }
        return ".!?".contains(last)
    }

    func closestFigureName(_ name: String) -> String? {
        guard let match = closestMatch(to: name, in: LiveFigure.names) else { return nil }
        return LiveFigure.bare.contains(match) ? match : "\(match):…"
    }

    mutating func resolveCitation(_ keys: [String], at position: SourcePosition, into rich: inout RichText, _ text: inout ProseText) {
        var numbers: [Int] = []
        for key in keys {
            if let number = citations.cite(key) {
                numbers.append(number)
                let rows = citations.sharedName(key)
                if rows.count > 1 {
                    warning(position, "'[@\(key)]' names \(rows.count) sources (the rows \(rows.joined(separator: ", ")) cite them, "
                        + "each at its own address) and cites the first; cite one by its row, e.g. '[@\(rows[1])]'")
                }
            } else {
                let hint = citations.suggestion(for: key).map { "; did you mean '[@\($0)]'?" } ?? ""
                error(position, "unknown source '[@\(key)]'\(hint) (sources: \(citations.ids.joined(separator: ", ")))")
            }
        }
        text.append(mark: ProseText.citationMark, at: position)
        guard !numbers.isEmpty else { return }
        openLinkColor(&rich)
        rich.append("[")
        for (offset, number) in numbers.enumerated() {
            if offset > 0 { rich.append(", ") }
            rich.appendLink(to: .destination("source-\(number)"), RichText("\(number)"))
        }
        rich.append("]")
        closeLinkColor(&rich)
    }
}
