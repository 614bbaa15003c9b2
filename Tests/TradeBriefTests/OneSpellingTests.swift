import BriefData
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

/// A brief writes a company's name one way, as the company does (`SK hynix`),
/// and one apostrophe in its own words, the typographic ’ of its prose;
/// quotations (a source's title, the article's words, in “…”) and what a
/// user's CSV says keep theirs.
@Suite("One spelling of a name, one apostrophe")
struct OneSpellingTests {
    /// The PDF's text, words joined by single spaces, quotations in “…” taken out.
    static func ownWords(_ pdf: Data) throws -> String {
        let text = try TemporaryItems.withFile(pdf, suffix: ".pdf") { path in
            try Checker.output("pdftotext", [path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var own = ""
        var quoted = false
        for character in text {
            if character == "“" { quoted = true } else if character == "”" { quoted = false } else if !quoted { own.append(character) }
        }
        return own
    }

    /// The straight apostrophes between letters in `text`, with the words around them.
    static func straightApostrophes(_ text: String) -> [String] {
        let characters = Array(text)
        return characters.indices.filter { index in
            index > 0 && index + 1 < characters.count && characters[index] == "'"
                && characters[index - 1].isLetter && characters[index + 1].isLetter
        }.map { String(characters[max(0, $0 - 20)..<min(characters.count, $0 + 20)]) }
    }

    @Test("The embedded data and the default brief write SK hynix, and ’ in their own words", arguments: [BriefLanguage.english, .korean])
    func defaultBrief(_ language: BriefLanguage) throws {
        #expect(!(try Dataset.embedded()).investments.contains { $0.company == "SK Hynix" })
        var brief = try Brief()
        brief.language = language
        let text = try Self.ownWords(try brief.render())
        #expect(!text.contains("SK Hynix"), "\(text)")
        #expect(Self.straightApostrophes(text).isEmpty, "\(Self.straightApostrophes(text))")
        if language == .english { #expect(text.contains("SK hynix’s") && text.contains("Ford’s"), "the test does not test") }
    }

    @Test("A stress brief: ’ in the words tradebrief writes (the CSV's own names keep theirs)", arguments: [BriefLanguage.english, .korean])
    func stressBrief(_ language: BriefLanguage) throws {
        var brief = try Brief(.investmentsCSV(StressDataset.standard.csv(), name: StressDataset.standard.fileName))
        brief.language = language
        var text = try Self.ownWords(try brief.render())
        let names = brief.dataset.sources.flatMap { [$0.publisher, $0.title] } + brief.dataset.investments.flatMap { [$0.company, $0.project] }
        for name in Set(names) where name.contains("'") { text = text.replacingOccurrences(of: name, with: "") }
        #expect(Self.straightApostrophes(text).isEmpty, "\(Self.straightApostrophes(text))")
        if language == .english { #expect(text.contains("brief’s Sources"), "the test does not test") }
    }
}
