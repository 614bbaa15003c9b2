import BriefCharts
import BriefData
import BriefLayout
import BriefMarkdown
import BriefText
import BriefRender

/// The state of one resolution: what has been cited and numbered so far,
/// and what has been found wrong. Each step is a named method; the inline
/// steps are in `DocumentResolution+Inlines.swift`, tables in
/// `DocumentResolution+Tables.swift`.
struct DocumentResolution {
    let resolver: DocumentResolver
    let values: FigureValues
    var citations: CitationIndex
    /// Every source a document may cite: the data's, then the reference dataset's.
    let sources: [Source]
    var errors: [DataProblem] = []
    var warnings: [DataProblem] = []
    var prose: [ProvenanceCheck.Unit] = []
    /// Footnote definitions by label, and the labels whose note cites a source.
    var footnotes: [String: [MarkdownBlock]] = [:]
    var citingNotes: Set<String> = []
    /// Footnote labels in the order of first reference.
    var noteOrder: [String] = []
    /// Sources that live figures, charts and tables draw on.
    var usedSources: [String] = []
    /// Whether anything computed (a total, a chart) appears.
    var usesComputed = false
    var figureCount = 0
    var firstHeading: String?
    /// Character columns on the document's long lines, found once per line.
    let columns: ColumnIndex

    init(resolver: DocumentResolver) {
        self.resolver = resolver
        values = FigureValues(dataset: resolver.dataset, format: resolver.format, reference: resolver.reference)
        let own = Set(resolver.dataset.sources.map(\.id))
        sources = resolver.dataset.sources + (resolver.reference?.sources ?? []).filter { !own.contains($0.id) }
        citations = CitationIndex(sources: sources, rows: resolver.dataset.investments.map { ($0.id, $0.source) })
        columns = ColumnIndex(lines: resolver.document.lines)
    }

    var file: String { resolver.document.file }
    /// The words the layer adds, in the document's language.
    var words: DocumentWording { DocumentWording(language: resolver.format.language) }
    var lines: SourceLines { resolver.document.lines }

    mutating func error(_ position: SourcePosition?, _ message: String) {
        errors.append(DataProblem(file: file, line: position?.line, column: position?.column, message: Self.shortQuotes(message)))
    }

    mutating func warning(_ position: SourcePosition?, _ message: String) {
        warnings.append(DataProblem(file: file, line: position?.line, column: position?.column, message: Self.shortQuotes(message)))
    }

    /// The longest quotation of the brief's own text a message shows whole.
    static let longestQuote = 100

    /// `message` with each quotation ('…') longer than ``longestQuote`` characters cut to its
    /// start and an ellipsis: a live figure named with 100,000 characters made a 100 KB line.
    static func shortQuotes(_ message: String) -> String {
        guard message.utf8.count > longestQuote else { return message }
        // A quotation opens after a space, '(' or the start: the closing quote of one ('[@a]' names …)
        // never opens another that runs to the next quotation's opening.
        return message.replacing(/(^|[\s(])'([^'\n]{101,})'/) { match in
            "\(match.output.1)'\(match.output.2.prefix(longestQuote - 1))…'"
        }
    }

    mutating func run() -> ResolvedDocument {
        let document = resolver.document
        let matter = document.frontMatter
        errors += document.errors
        warnings += document.warnings
        collectFootnotes(document.blocks)
        let title = matter.title.map { frontMatterText($0, key: "title") }
        let subtitle = matter.subtitle.map { frontMatterText($0, key: "subtitle") }
        // The title and subtitle are prose too: --strict holds their numbers to a source.
        for (key, text) in [("title", title), ("subtitle", subtitle)] {
            guard let text, let line = matter.lines[key] else { continue }
            // Where the value is written as is (after an opening quote, if quoted), numbers are found at their columns.
            var column = matter.columns[key] ?? 1
            if !columns.starts(text, line: line, column: column), columns.starts(text, line: line, column: column + 1) { column += 1 }
            var checked = ProseText()
            checked.append(text, at: SourcePosition(line: line, column: column), exact: columns.starts(text, line: line, column: column))
            prose.append(ProvenanceCheck.Unit(text: checked, kind: .prose))
        }
        var blocks: [Block] = []
        if let title {
            let dateline = [words.list(matter.authors), matter.date.map(resolver.format.language.date) ?? ""].filter { !$0.isEmpty }
            let line = resolver.dateline ?? (dateline.isEmpty ? nil : dateline.joined(separator: "  ·  "))
            blocks.append(.title(esc(title), subtitle: subtitle.map(esc), dateline: line.map(esc)))
        }
        blocks += resolve(document.blocks)
        blocks += notesSection()
        blocks += sourcesSection()
        let unsourced = ProvenanceCheck().problems(in: prose, file: file)
        return ResolvedDocument(
            blocks: blocks, title: title ?? firstHeading ?? file, subtitle: subtitle,
            date: matter.date.map(resolver.format.language.date), authors: matter.authors, citedSources: citations.cited,
            errors: errors.sorted(by: Self.fileOrder), warnings: warnings.sorted(by: Self.fileOrder), unsourcedNumbers: unsourced)
    }

    static func fileOrder(_ a: DataProblem, _ b: DataProblem) -> Bool {
        (a.line ?? 0, a.column ?? 0) < (b.line ?? 0, b.column ?? 0)
    }

    func esc(_ text: String) -> String { Typesetter.escapeMarkup(text) }

    // MARK: Blocks

    mutating func resolve(_ blocks: [MarkdownBlock]) -> [Block] {
        blocks.flatMap { resolve($0) }
    }

    mutating func resolve(_ block: MarkdownBlock) -> [Block] {
        switch block.kind {
        case .heading(let level, let inlines):
            let (rich, text) = resolveInlines(inlines)
            prose.append(ProvenanceCheck.Unit(text: text, kind: .heading))
            if firstHeading == nil { firstHeading = rich.plain }
            return [.heading(rich.markup, level: min(max(level, 1), 3))]
        case .paragraph(let inlines):
            if let problem = TableLookalike.paragraphProblem(line: block.position.line, column: block.position.column, lines: lines) {
                warning(block.position, problem)
            }
            if let table = standaloneTable(inlines) { return table }
            if let figure = standaloneChart(inlines) { return figure }
            let (rich, text) = resolveInlines(inlines)
            prose.append(ProvenanceCheck.Unit(text: text, kind: .prose))
            return rich.isEmpty ? [] : [.richParagraph(rich)]
        case .list(let ordered, let start, let items):
            return [.list(ListBlock(items: listItems(ordered: ordered, start: start, items: items, level: 0)))]
        case .quote(let children):
            return children.flatMap { child -> [Block] in
                guard case .paragraph(let inlines) = child.kind else { return resolve(child) }
                let (rich, text) = resolveInlines(inlines)
                prose.append(ProvenanceCheck.Unit(text: text, kind: .prose))
                return [.quote(rich)]
            }
        case .code(let text, _):
            return [.code(text.hasSuffix("\n") ? String(text.dropLast()) : text)]
        case .html:
            warning(block.position, "raw HTML is left out of the brief; write Markdown instead")
            return []
        case .table(let table):
            return resolveTable(table)
        case .thematicBreak:
            return [.spacer(12)]
        case .footnoteDefinition:
            return []
        }
    }

    /// The list levels drawn with an indent of their own. Sixty nested items
    /// once indented their text off the page (one letter a line, then lost).
    static let listLevels = 8

    mutating func listItems(ordered: Bool, start: Int, items: [[MarkdownBlock]], level: Int) -> [ListBlock.Item] {
        var result: [ListBlock.Item] = []
        for (number, blocks) in items.enumerated() {
            let marker = ordered ? "\(start + number)." : ["•", "–", "◦"][level % 3]
            var rich = RichText()
            var text = ProseText()
            var nested: [ListBlock.Item] = []
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines):
                    if !rich.isEmpty { rich.append("\n") }
                    let (part, partText) = resolveInlines(inlines)
                    rich.append(part)
                    text.append(partText)
                    text.append(mark: ProseText.breakMark)
                case .list(let innerOrdered, let innerStart, let innerItems):
                    if level + 1 == Self.listLevels {
                        warning(block.position, "lists nest more than \(Self.listLevels) levels deep here; "
                            + "the deeper items are indented as the \(Self.listLevels)th level, so that their text keeps the width to be read")
                    }
                    nested += listItems(ordered: innerOrdered, start: innerStart, items: innerItems, level: level + 1)
                case .code(let code, _):
                    if !rich.isEmpty { rich.append("\n") }
                    rich.appendMarkup("<tt>")
                    rich.append(code.hasSuffix("\n") ? String(code.dropLast()) : code)
                    rich.appendMarkup("</tt>")
                default:
                    warning(block.position, "only paragraphs, code and nested lists are shown inside a list item; this block is left out")
                }
            }
            prose.append(ProvenanceCheck.Unit(text: text, kind: .prose))
            result.append(ListBlock.Item(marker: marker, text: rich, level: min(level, Self.listLevels - 1)))
            result += nested
        }
        return result
    }

    // MARK: Stand-alone paragraphs: a table or a chart

    /// The inlines without blank text and line breaks.
    func meaningful(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        inlines.filter { inline in
            switch inline.kind {
            case .softBreak, .lineBreak: false
            case .text(let text): !text.trimmingSpaces().isEmpty
            default: true
            }
        }
    }

    /// `{{table:investments}}` alone in a paragraph.
    mutating func standaloneTable(_ inlines: [MarkdownInline]) -> [Block]? {
        let parts = meaningful(inlines)
        guard parts.count == 1, case .text(let text) = parts[0].kind else { return nil }
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.dropFirst(2).firstRange(of: "{{") == nil,
              case .success(.table(let name)) = LiveFigure.parse(String(trimmed.dropFirst(2).dropLast(2))) else { return nil }
        let position = lines.locate(trimmed, from: parts[0].position) ?? parts[0].position
        guard name.lowercased() == "investments" else {
            error(position, "there is no table called '\(name)'; did you mean '{{table:investments}}'? (tables: investments)")
            return []
        }
        let table = InvestmentTable(dataset: resolver.dataset, limit: resolver.tableLimit, format: resolver.format)
        usedSources += table.sourceIDs
        usesComputed = true
        return table.blocks()
    }

    /// `![caption](chart:NAME)` alone in a paragraph.
    mutating func standaloneChart(_ inlines: [MarkdownInline]) -> [Block]? {
        let parts = meaningful(inlines)
        guard parts.count == 1, case .image(let url, _, let alt) = parts[0].kind else { return nil }
        let position = parts[0].position
        guard url.hasPrefix(ChartReference.scheme) else {
            error(position, "image '\(url)' is not a chart: a brief places charts only, as ![caption](chart:NAME) (charts: \(ChartCatalog.names.joined(separator: ", ")))")
            return []
        }
        let (caption, text) = resolveInlines(alt)
        prose.append(ProvenanceCheck.Unit(text: text, kind: .prose))
        let reference: ChartReference
        switch ChartReference.parse(url) {
        case .failure(let found):
            let chartPosition = lines.locate(url, from: position) ?? position
            for problem in found.problems {
                let hint = problem.suggestion.map { "; did you mean '\($0)'?" } ?? ""
                let known = problem.known.isEmpty ? "" : " (\(problem.known.joined(separator: ", ")))"
                error(chartPosition, "\(problem.message)\(hint)\(known)")
            }
            return []
        case .success(let value):
            reference = value
        }
        do {
            let chart = try ChartCatalog.chart(named: reference.name.rawValue, dataset: resolver.dataset, theme: resolver.theme, options: reference.options,
                                               language: resolver.format.language)
            usedSources += resolver.dataset.investments.flatMap(\.amountSourceIDs)
            if [ChartName.tradeBalance, .keyFigures].contains(reference.name) {
                usedSources += resolver.dataset.indicators.map(\.source)
            }
            usesComputed = true
            figureCount += 1
            guard !caption.isEmpty else { return [.figure(ChartFigure(chart), caption: nil)] }
            return [.describedFigure(ChartFigure(chart), caption: words.figure(figureCount) + caption.markup)]
        } catch let problem as ChartError {
            // The data, not the document, lacks what the chart shows: a visible placeholder where it would be, and a warning.
            warning(position, "chart '\(reference.name)' is left out: \(problem); the brief shows a note in its place")
            return [.note(esc(words.chartLeftOut(reference.name.rawValue, reason: "\(problem)")))]
        } catch {
            self.error(position, "chart '\(reference.name)' cannot be drawn: \(error)")
            return []
        }
    }

    // MARK: Notes and sources

    mutating func collectFootnotes(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            guard case .footnoteDefinition(let label, let body) = block.kind else { continue }
            footnotes[label] = body
            if Self.containsCitation(body) { citingNotes.insert(label) }
        }
    }

    static func containsCitation(_ blocks: [MarkdownBlock]) -> Bool {
        func inText(_ inlines: [MarkdownInline]) -> Bool {
            inlines.contains { inline in
                switch inline.kind {
                case .text(let text): text.containsBytes(0x5B, 0x40) && text.firstRange(of: "[@") != nil
                case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .link(_, _, let inner): inText(inner)
                default: false
                }
            }
        }
        return blocks.contains { block in
            switch block.kind {
            case .paragraph(let inlines): inText(inlines)
            case .list(_, _, let items): items.contains { containsCitation($0) }
            case .quote(let inner): containsCitation(inner)
            default: false
            }
        }
    }

    /// The number of footnote `label`, numbering it on first use.
    mutating func noteNumber(_ label: String) -> Int {
        if let index = noteOrder.firstIndex(of: label) { return index + 1 }
        noteOrder.append(label)
        return noteOrder.count
    }

    mutating func notesSection() -> [Block] {
        guard !noteOrder.isEmpty else { return [] }
        var notes: [SourceNote] = []
        var index = 0
        while index < noteOrder.count {
            let label = noteOrder[index]
            var text = ""
            var url: String?
            for block in footnotes[label] ?? [] {
                guard case .paragraph(let inlines) = block.kind else { continue }
                let (rich, proseText) = resolveInlines(inlines)
                prose.append(ProvenanceCheck.Unit(text: proseText, kind: .prose))
                text += (text.isEmpty ? "" : " ") + rich.plain
                if url == nil, case .uri(let address)? = rich.links.first?.target { url = address }
            }
            notes.append(SourceNote(text: text, url: url, anchor: "note-\(index + 1)"))
            index += 1
        }
        return [.heading(words.notesHeading, level: 1), .sourceNotes(notes)]
    }

    func sourcesSection() -> [Block] {
        let cited = citations.cited
        let citedIDs = Set(cited.map(\.id))
        var notes = cited.enumerated().map { number, source in
            SourceNote(text: words.sourceText(source, cut: { DisplayText.cut($0, to: 2 * DisplayText.nameLimit) }),
                       url: source.url.isEmpty ? nil : source.url,
                       anchor: "source-\(number + 1)")
        }
        var seen = citedIDs
        var drawnOn: [Source] = []
        for id in usedSources where !seen.contains(id) {
            seen.insert(id)
            guard let source = sources.first(where: { $0.id == id }) else { continue }
            drawnOn.append(source)
        }
        // A few such sources are each marked; a long run (a CSV's hundred) is named once after them.
        let markSingly = drawnOn.count <= DocumentWording.drawnOnMarkedSingly
        for source in drawnOn {
            let text = words.sourceText(source, cut: { DisplayText.cut($0, to: 2 * DisplayText.nameLimit) })
            notes.append(SourceNote(text: markSingly ? words.markingDrawnOn(text) : text, url: source.url.isEmpty ? nil : source.url))
        }
        if !markSingly {
            notes.append(SourceNote(text: words.drawnOnEntries(notes.count - drawnOn.count + 1, notes.count), numbered: false))
        }
        if usesComputed {
            notes.append(SourceNote(text: words.computedNote))
        }
        guard !notes.isEmpty else { return [] }
        return [.heading(words.sourcesHeading, level: 1), .sourceNotes(notes)]
    }
}
