import BriefDocument
import Testing

/// CommonMark counts `{` and `}` as punctuation, so emphasis closed right
/// after a live figure and followed by a letter, as a Korean particle is
/// (`*{{top:sector}}*가`), used not to close: the brief printed its
/// asterisks. A figure is read as the word it stands for.
@Suite("Emphasis around a live figure")
struct FigureEmphasisTests {
    private func first(_ markdown: String) throws -> (plain: String, markup: String) {
        let resolved = try resolve("# T\n\n" + markdown + "\n")
        let text = try #require(firstParagraph(resolved.blocks))
        return (text.plain, text.markup)
    }

    @Test("Emphasis closes after a figure followed by a letter (a Korean particle, an English suffix)",
          arguments: ["*{{top:sector}}*가 크다.", "**{{total}}**는 총액이다.", "**{{count}}**th place"])
    func closesBeforeALetter(markdown: String) throws {
        let (plain, markup) = try first(markdown)
        #expect(!plain.contains("*"), "\(plain)")
        #expect(markup.contains("<i>") || markup.contains("<b>"), "\(markup)")
        #expect(!plain.contains("{{"), "the figure is resolved: \(plain)")
    }

    @Test("Braces in code stay braces; a backslash before braces reads as before; emphasis elsewhere is unchanged")
    func bracesElsewhere() throws {
        #expect(try first("Write `{{total}}` for the total.").plain == "Write {{total}} for the total.")
        // A backslash before '{{' is read as before (an escaped brace, then a figure never closed: an error).
        let escaped = try resolve("# T\n\nA brace: \\{{not a figure}.\n")
        #expect(described(escaped.errors).first?.hasPrefix("brief.md:3:11: '{{' is never closed") == true, "\(described(escaped.errors))")
        #expect(try first("*배터리*가 크다.").markup.contains("<i>배터리</i>가"))
    }

    @Test("Positions in messages are unchanged: an unknown figure after emphasis is reported at its own column")
    func positionsStay() throws {
        let resolved = try resolve("# T\n\n*{{totl}}*가 크다.\n")
        #expect(described(resolved.errors).first?.hasPrefix("brief.md:3:2: unknown live figure '{{totl}}'") == true,
                "\(described(resolved.errors))")
    }

    @Test("A control character written as a reference is still refused where it is written, not read as a brace",
          arguments: ["A &#1; B {{total}}.", "&#1;&#1;total&#2;&#2; is the total."])
    func referencesToMaskBytesStayErrors(markdown: String) throws {
        let resolved = try resolve("# T\n\n" + markdown + "\n")
        #expect(described(resolved.errors).contains { $0.contains("control character") }, "\(described(resolved.errors))")
        #expect(!(firstParagraph(resolved.blocks)?.plain.contains("$23.2B is the total") ?? false))
    }
}
