@testable import BriefMarkdown
import Testing

@Suite struct MarkdownParserTests {
    @Test func headingsParagraphsAndPositions() throws {
        let blocks = try MarkdownParser.parse("# Title 2022\n\nSome *em* and [@csis-2025] text\n")
        #expect(blocks.count == 2)
        guard case .heading(let level, let title) = blocks[0].kind else { Issue.record("no heading"); return }
        #expect(level == 1)
        #expect(title == [MarkdownInline(.text("Title 2022"), at: SourcePosition(line: 1, column: 3))])
        guard case .paragraph(let inlines) = blocks[1].kind else { Issue.record("no paragraph"); return }
        #expect(blocks[1].position == SourcePosition(line: 3, column: 1))
        #expect(inlines.count == 3)
        #expect(inlines[1].kind == .emphasis([MarkdownInline(.text("em"), at: SourcePosition(line: 3, column: 7))]))
        #expect(inlines[2] == MarkdownInline(.text(" and [@csis-2025] text"), at: SourcePosition(line: 3, column: 10)))
    }

    @Test("Braces of live figures are masked only where safe: never where the text holds a mask byte or a reference to one, never in an autolink")
    func figureBraceMasking() throws {
        func plain(_ markdown: String) throws -> [MarkdownInline.Kind] {
            guard case .paragraph(let inlines) = try MarkdownParser.parse(markdown).first?.kind else { return [] }
            return inlines.map(\.kind)
        }
        // Masked: emphasis after a figure closes before a letter, and the braces come back.
        #expect(try plain("*{{x}}*가") == [.emphasis([MarkdownInline(.text("{{x}}"), at: SourcePosition(line: 1, column: 2))]), .text("가")])
        // A reference to U+0001 or U+0002 stays that character (the document's checks refuse it), not a brace.
        for reference in ["&#1;", "&#x2;", "&#0001;", "&#X02;"] {
            let kinds = try plain("A \(reference) {{x}} B")
            #expect(!kinds.contains { if case .text(let text) = $0 { text.contains("{ ") || text.hasPrefix("{") } else { false } }, "\(reference): \(kinds)")
            #expect(kinds.contains { if case .text(let text) = $0 { text.unicodeScalars.contains { $0.value == 1 || $0.value == 2 } } else { false } },
                    "\(reference): \(kinds)")
        }
        #expect(MarkdownParser.holdsMaskBytes(Array("&#12; &#21; &#x10;".utf8)) == false)
        // An angle-bracket autolink keeps its braces and stays a link.
        let link = try plain("<https://e.com/{{x}}>")
        guard case .link(let url, _, _)? = link.first else { Issue.record("no link: \(link)"); return }
        #expect(url == "https://e.com/%7B%7Bx%7D%7D" || url == "https://e.com/{{x}}", "\(url)")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let blocks = try MarkdownParser.parse("한국어 *강조*\n")
        guard case .paragraph(let inlines) = blocks.first?.kind else { Issue.record("no paragraph"); return }
        #expect(inlines[1].position == SourcePosition(line: 1, column: 5))
    }

    @Test func tablesWithAlignment() throws {
        let blocks = try MarkdownParser.parse("| State | Amount |\n|:--|--:|\n| GA | 12 |\n| KY | 5 |\n")
        guard case .table(let table) = blocks.first?.kind else { Issue.record("no table"); return }
        #expect(table.alignments == [.left, .right])
        #expect(table.header.count == 2)
        #expect(table.rows.count == 2)
        #expect(table.rows[1][1].inlines.first?.kind == .text("5"))
        #expect(table.rows[1][1].position == SourcePosition(line: 4, column: 7))
        #expect(table.rows[1][1].inlines.first?.position == SourcePosition(line: 4, column: 8))
    }

    @Test func listsQuotesCodeAndBreaks() throws {
        let text = "1. one\n2. two\n   - nested\n\n> quoted 7\n\n```\ncode 42\n```\n\n---\n"
        let kinds = try MarkdownParser.parse(text).map(\.kind)
        #expect(kinds.count == 4)
        guard case .list(let ordered, let start, let items) = kinds[0] else { Issue.record("no list"); return }
        #expect(ordered && start == 1 && items.count == 2)
        guard case .list(false, _, let nested) = items[1].last?.kind else { Issue.record("no nested list"); return }
        #expect(nested.count == 1)
        guard case .quote(let quoted) = kinds[1] else { Issue.record("no quote"); return }
        #expect(quoted.count == 1)
        #expect(kinds[2] == .code("code 42\n", info: ""))
        #expect(kinds[3] == .thematicBreak)
    }

    @Test func linksImagesAndFootnotes() throws {
        let text = "See [CSIS](https://www.csis.org \"t\") and ![Alt](chart:state-map?limit=3) note[^n1].\n\n[^n1]: The note.\n"
        let blocks = try MarkdownParser.parse(text)
        guard case .paragraph(let inlines) = blocks.first?.kind else { Issue.record("no paragraph"); return }
        #expect(inlines.contains { if case .link("https://www.csis.org", "t", _) = $0.kind { true } else { false } })
        #expect(inlines.contains { if case .image("chart:state-map?limit=3", _, let alt) = $0.kind { alt.first?.kind == .text("Alt") } else { false } })
        #expect(inlines.contains { $0.kind == .footnoteReference("n1") }, "\(inlines)")
        guard case .footnoteDefinition(let label, let body) = blocks.last?.kind else { Issue.record("no footnote"); return }
        #expect(label == "n1")
        #expect(body.count == 1)
        #expect(blocks.last?.position.line == 3)
    }

    @Test func locateFindsTokensOnTheirLine() {
        let lines = SourceLines("a\nSome {{total}} and {{count}}\r\n")
        #expect(lines.locate("{{count}}", from: SourcePosition(line: 2, column: 1)) == SourcePosition(line: 2, column: 20))
        #expect(lines.locate("{{nope}}", from: SourcePosition(line: 2, column: 1)) == nil)
        #expect(lines.text(line: 2) == "Some {{total}} and {{count}}")
    }

    @Test("Markdown nested thousands deep is refused where it first goes too deep, not followed down the stack",
          arguments: [String(repeating: "*", count: 4000) + "x" + String(repeating: "*", count: 4000),
                      "# " + String(repeating: "_", count: 5000) + "x" + String(repeating: "_", count: 5000),
                      String(repeating: ">", count: 20000) + " x",
                      String(repeating: "- ", count: 20000) + "x"])
    func nestingIsBounded(text: String) {
        #expect(throws: MarkdownNestingError.self) { try MarkdownParser.parse("Intro.\n\n" + text + "\n") }
        do {
            _ = try MarkdownParser.parse("Intro.\n\n" + text + "\n")
        } catch {
            #expect(error.position.line == 3 && error.limit == MarkdownParser.maxDepth)
        }
    }

    @Test("A document nested as deep as allowed parses")
    func nestingAtTheLimit() throws {
        // A quote holds a paragraph holds the text: quotes as deep as the limit leaves room for both.
        let quotes = String(repeating: ">", count: MarkdownParser.maxDepth - 2) + " x\n"
        #expect(try MarkdownParser.parse(quotes).count == 1)
        #expect(throws: MarkdownNestingError.self) { try MarkdownParser.parse(">" + quotes) }
    }

    @Test("On a long line, the column index gives the positions and text that SourceLines gives, by bytes or characters")
    func columnIndexAgrees() {
        let line = (0..<200).map { $0 % 3 == 0 ? "한국 [w](https://a.example/)" : "é*x* [^n]" }.joined(separator: " ")
        let lines = SourceLines("first\n" + line + "\n")
        let index = ColumnIndex(lines: lines)
        #expect(line.utf8.count > ColumnIndex.shortLine)
        for byte in stride(from: 1, through: line.utf8.count + 1, by: 7) {
            #expect(index.position(line: 2, byteColumn: byte) == lines.position(line: 2, byteColumn: byte), "byte \(byte)")
        }
        for column in stride(from: 1, through: line.count + 1, by: 5) {
            let expected = line.dropFirst(column - 1)
            #expect(index.text(line: 2, from: column) == expected, "column \(column)")
            #expect(index.starts(String(expected.prefix(4)), line: 2, column: column))
        }
    }
}
