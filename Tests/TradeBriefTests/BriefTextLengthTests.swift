import BriefDocument
import BriefLayout
import Foundation
import Testing
import TradeBrief

/// The brief with one paragraph a few words longer or shorter: the text
/// before the state map, which introduces a figure that lands behind the
/// state bars (a page of figures on most page sizes).
struct BriefVariant: CustomTestStringConvertible, Sendable {
    let language: BriefLanguage
    /// Words added (more than 0) or taken out (less than 0) just before the paragraph's last citation.
    let words: Int

    var testDescription: String { "\(language == .korean ? "ko" : "en") \(words > 0 ? "+" : "")\(words) words" }

    /// The brief's Markdown (`Briefs/us-rok.md`, or `.ko.md`) with the paragraph changed.
    func text() throws -> String {
        let original = try KoreanBriefTests.source(language == .korean ? "us-rok.ko.md" : "us-rok.md")
        var lines = original.components(separatedBy: "\n")
        let figure = try #require(lines.firstIndex { $0.contains("](chart:state-map)") })
        // The paragraph: the lines between the blank line before it and the blank line before the figure.
        let end = figure - 1
        let start = try #require(lines[..<end].lastIndex { $0.allSatisfy(\.isWhitespace) }) + 1
        var tokens = lines[start..<end].joined(separator: " ").split(separator: " ").map(String.init)
        let citation = try #require(tokens.lastIndex { $0.hasPrefix("[@") })
        if words < 0 {
            tokens.removeSubrange((citation + words)..<citation)
        } else {
            // Plain words of the paragraph's own (no live figure, citation or bracket), in turn.
            let plain = tokens.filter { token in !["{{", "[@", "(", ")"].contains { token.contains($0) } }
            tokens.insert(contentsOf: (0..<words).map { plain[$0 % plain.count] }, at: citation)
        }
        lines.replaceSubrange(start..<end, with: [tokens.joined(separator: " ")])
        return lines.joined(separator: "\n")
    }
}

@Suite("The brief's pages stay good when a paragraph is a few words longer or shorter")
struct BriefTextLengthTests {
    /// Variants that tipped the flow before it tried each way text may end before a figure: the Korean
    /// paragraph three words shorter (a figure two pages after its text; a first page's columns 250 pt
    /// apart) or a dozen longer (a Letter page 21% empty), a word longer, and English ones either way.
    static let variants: [BriefVariant] = [
        BriefVariant(language: .korean, words: -3), BriefVariant(language: .korean, words: 1), BriefVariant(language: .korean, words: 12),
        BriefVariant(language: .english, words: -6), BriefVariant(language: .english, words: 6),
    ]

    /// One style and page size per layout that differs (colorblind and grayscale set the pages as the
    /// default style does), with each stress list.
    static let cases: [(String, PageSize, BriefSample.Data)] = [("default", .letter), ("default", .a4), ("a4-two-column", .a4),
                                                                 ("a4-two-column", .letter)]
        .flatMap { style, page in [BriefSample.Data.stress43, .stress100].map { (style, page, $0) } }

    @Test("Every figure within a page of its text; no page but the last more than 20% empty, but one left before figures so that the text after it stays with its figure, its columns level; nothing stranded or overflowing",
          arguments: variants, cases)
    func pagesStayGood(variant: BriefVariant, style: (String, PageSize, BriefSample.Data)) throws {
        let (name, page, data) = style
        let brief = BriefDocument(text: try variant.text(), file: "variant.md")
        let sample = try BriefSample(style: name, page: page, data: data, language: variant.language, brief: brief)
        let label = "\(variant.testDescription) \(name) \(page) \(data)"
        BriefPageTests.checkNothingStranded(sample, style: name, page: page, data: "\(data) \(variant.testDescription)")
        BriefPageTests.checkNothingOverflows(sample, label)
        let excused = BriefPageTests.checkPagesLeftForFigures(sample, label)
        if variant.language == .korean {
            try BriefPageTests.checkKoreanPagesAreFull(sample, label, excused: excused)
        } else {
            try BriefPageTests.checkPagesAreFull(sample, label, excused: excused)
        }
    }

    /// The pages of `sample` whose text ends early so that the text after them stays within a page of the
    /// figure it introduces (the next text, its first lines placed after the page, is followed by a figure
    /// at least two pages on, within a page of that text, with only figures on the pages in between),
    /// each with whether that text moved on whole (rather than its last lines).
    static func pagesLeftForFigures(in sample: BriefSample) -> [Int: Bool] {
        let document = sample.document
        var pages: [Int: Bool] = [:]
        for index in 0..<max(0, document.pageCount - 1) {
            let later = document.items.filter { $0.page > index && $0.role == .paragraph }
            guard let next = later.min(by: { ($0.blockIndex, $0.lines.lowerBound) < ($1.blockIndex, $1.lines.lowerBound) }),
                  let figure = document.items.first(where: { $0.role == .figure && $0.blockIndex == next.blockIndex + 1 }),
                  figure.page >= index + 2, figure.page - next.page <= 1,
                  document.items.allSatisfy({ $0.page <= index || $0.page >= next.page || $0.role == .figure })
            else { continue }
            pages[index] = next.lines.lowerBound == 0
        }
        return pages
    }
}
