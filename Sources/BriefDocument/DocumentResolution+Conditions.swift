import BriefData
import BriefLayout
import BriefMarkdown
import BriefText

/// Conditional text: `{{if:NAME}}…{{else}}…{{end}}` in a run of inlines
/// (see ``TextCondition``). The markers are taken out; what a condition leaves
/// out is checked in a copy of the resolution whose citations, sources and
/// notes are thrown away, so that nothing it cites is listed.
extension DocumentResolution {
    /// Inlines between markers, and whether they are shown.
    struct ConditionalStretch {
        var inlines: [MarkdownInline] = []
        var shown: Bool
    }

    /// A marker still open: where, as written, whether its text is shown so far, and whether `{{else}}` was seen.
    private struct OpenCondition {
        let position: SourcePosition
        let token: String
        var holds: Bool
        var sawElse = false
    }

    /// Resolves `inlines` (coalesced) into `rich` and `text`, leaving out what a condition does not keep.
    mutating func resolveConditionally(_ inlines: [MarkdownInline], into rich: inout RichText, _ text: inout ProseText) {
        for stretch in conditionalStretches(inlines) {
            if stretch.shown {
                for inline in stretch.inlines { resolve(inline, into: &rich, &text) }
            } else {
                checkLeftOut(stretch.inlines)
            }
        }
    }

    /// The front matter's `key` (`title`, `subtitle`), `value`, with the text its
    /// conditions keep: `subtitle: Korean {{if:article}}manufacturing {{end}}investment`.
    mutating func frontMatterText(_ value: String, key: String) -> String {
        guard value.firstRange(of: "{{") != nil else { return value }
        let line = resolver.document.frontMatter.lines[key] ?? 1
        let written = lines.text(line: line)
        let column = written.firstRange(of: value).map { written.distance(from: written.startIndex, to: $0.lowerBound) + 1 } ?? 1
        let stretches = conditionalStretches([MarkdownInline(.text(value), at: SourcePosition(line: line, column: column))])
        let shown = stretches.filter(\.shown).flatMap(\.inlines).map { inline in
            if case .text(let text) = inline.kind { text } else { "" }
        }.joined()
        // Only conditions are read here; a live figure would be printed as written, braces and all.
        if let figure = shown.firstRange(of: "{{") {
            let token = String(shown[figure.lowerBound...].prefix { $0 != " " })
            error(lines.locate(token, from: SourcePosition(line: line, column: 1)) ?? SourcePosition(line: line, column: column),
                  "'\(key)' reads only {{if:…}} conditions, so '\(token)' would be printed as written; give the figure in the text below the title")
        }
        return shown
    }

    /// Reports the problems of inlines a condition leaves out, and nothing else of them.
    mutating func checkLeftOut(_ inlines: [MarkdownInline]) {
        var copy = self
        var rich = RichText()
        var text = ProseText()
        for inline in inlines { copy.resolve(inline, into: &rich, &text) }
        errors = copy.errors
        warnings = copy.warnings
    }

    /// `inlines` split at condition markers, the markers taken out; one shown stretch when there are none.
    mutating func conditionalStretches(_ inlines: [MarkdownInline]) -> [ConditionalStretch] {
        let hasMarker = inlines.contains { inline in
            guard case .text(let literal) = inline.kind else { return false }
            return Self.mayHoldConditionMarker(literal)
        }
        guard hasMarker else { return [ConditionalStretch(inlines: inlines, shown: true)] }
        var open: [OpenCondition] = []
        var stretches = [ConditionalStretch(shown: true)]
        for inline in inlines {
            guard case .text(let literal) = inline.kind else {
                stretches[stretches.count - 1].inlines.append(inline)
                continue
            }
            let characters = Array(literal)
            let line = lines.text(line: inline.position.line)
            let exact = line.dropFirst(max(0, inline.position.column - 1)).hasPrefix(literal)
            func position(_ offset: Int, _ token: String) -> SourcePosition {
                exact ? SourcePosition(line: inline.position.line, column: inline.position.column + offset)
                    : (lines.locate(token, from: inline.position) ?? inline.position)
            }
            func keep(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                let piece = MarkdownInline(.text(String(characters[range])), at: position(range.lowerBound, String(characters[range])))
                stretches[stretches.count - 1].inlines.append(piece)
            }
            var plainStart = 0
            var index = 0
            while index + 1 < characters.count {
                guard characters[index] == "{", characters[index + 1] == "{",
                      let close = Self.find("}}", in: characters, from: index + 2) else {
                    index += 1
                    continue
                }
                let inside = String(characters[(index + 2)..<close])
                guard let marker = ConditionMarker(inside: inside) else {
                    index = close + 2
                    continue
                }
                keep(plainStart..<index)
                let token = "{{\(inside)}}"
                apply(marker, token: token, at: position(index, token), to: &open)
                stretches.append(ConditionalStretch(shown: open.allSatisfy(\.holds)))
                index = close + 2
                plainStart = index
            }
            keep(plainStart..<characters.count)
        }
        for condition in open {
            error(condition.position, "'\(condition.token)' is never closed: end its text with {{end}} in the same paragraph, heading, list item, caption or cell")
        }
        return stretches.filter { !$0.inlines.isEmpty }
    }

    /// Whether `literal` may hold `{{if:…}}`, `{{else}}` or `{{end}}`: false proves it holds
    /// none, so that the many paragraphs with live figures only are not split into
    /// Characters here first. A marker is `{{`, then spaces (ASCII or, conservatively, any
    /// byte outside ASCII), then `if`, `else` or `end` in any case; no character outside
    /// ASCII lowercases to those letters.
    static func mayHoldConditionMarker(_ literal: String) -> Bool {
        guard literal.containsBytes(0x7B, 0x7B) else { return false }
        let bytes = Array(literal.utf8)
        func word(at start: Int, _ word: StaticString) -> Bool {
            word.withUTF8Buffer { letters in
                start + letters.count <= bytes.count
                    && letters.indices.allSatisfy { bytes[start + $0] | 0x20 == letters[$0] }
            }
        }
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x7B, bytes[index + 1] == 0x7B else { continue }
            var start = index + 2
            while start < bytes.count, bytes[start] == 0x20 || (0x09...0x0D).contains(bytes[start]) || bytes[start] >= 0x80 {
                start += 1
            }
            if word(at: start, "if") || word(at: start, "else") || word(at: start, "end") { return true }
        }
        return false
    }

    /// Opens, flips or closes a condition for `marker`, or reports why it cannot.
    private mutating func apply(_ marker: ConditionMarker, token: String, at position: SourcePosition, to open: inout [OpenCondition]) {
        switch marker {
        case .open(let name):
            guard let condition = TextCondition(rawValue: name.lowercased()) else {
                let hint = name.isEmpty ? "; write a condition, e.g. '{{if:article}}'"
                    : closestMatch(to: name, in: TextCondition.names).map { "; did you mean '{{if:\($0)}}'?" } ?? ""
                error(position, "unknown condition '\(token)'\(hint) (conditions: \(TextCondition.names.joined(separator: ", ")))")
                open.append(OpenCondition(position: position, token: token, holds: true))
                return
            }
            open.append(OpenCondition(position: position, token: token, holds: condition.holds(for: values)))
        case .otherwise:
            guard let last = open.last, !last.sawElse else {
                error(position, open.isEmpty ? "'\(token)' has no '{{if:…}}' before it in this paragraph"
                                              : "'\(token)' appears twice for one '{{if:…}}'")
                return
            }
            open[open.count - 1].holds.toggle()
            open[open.count - 1].sawElse = true
        case .close:
            guard open.popLast() != nil else {
                error(position, "'\(token)' has no '{{if:…}}' before it in this paragraph")
                return
            }
        }
    }
}
