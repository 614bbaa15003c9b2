import BriefData
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

/// Issue 17, point 1: a number or amount never breaks, in the brief's
/// text and in every text the charts wrap (notes, source lines, captions):
/// `$11.4B`, `$642 million`, `9억 5,800만 달러`.
@Suite("No line ends inside an amount: briefs and every chart, English and Korean (pdftotext)")
struct AmountLineBreakTests {
    /// Where a line of `text` ends inside an amount, as "end / start" of the two lines.
    static func brokenAmounts(_ text: String) -> [String] {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var found: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            let english = line.range(of: #"\$[0-9.,]*$"#, options: .regularExpression) != nil
                && next.range(of: #"^([0-9.,]|[BMKT]\b|billion|million|trillion)"#, options: .regularExpression) != nil
            // A Korean amount continues on the next line with a smaller unit (`9억` / `5,800만`) or its currency:
            // two labels one under the other (`68억` / `162억`, chart segments) are not one amount.
            let units: [Character] = ["조", "억", "만", "천"]
            let endUnit = line.range(of: #"[0-9][0-9,.]*[조억만천]$"#, options: .regularExpression).flatMap { line[$0].last }
            let startUnit = next.range(of: #"^[0-9][0-9,.]*[조억만천]"#, options: .regularExpression).flatMap { next[$0].last }
            let korean = (endUnit != nil || line.range(of: #"[0-9,]$"#, options: .regularExpression) != nil)
                && (next.hasPrefix("달러") || (startUnit.flatMap { units.firstIndex(of: $0) } ?? -1) > (endUnit.flatMap { units.firstIndex(of: $0) } ?? 99))
            // A map tile's Korean amount set in its parts one under the other (`8억` / `7,000만`, each line
            // nothing else) is stacked on purpose to fit the tile, not a line of text that ran out.
            let stacked = line.wholeMatch(of: /[0-9][0-9,]*[조억]/) != nil && next.wholeMatch(of: /[0-9][0-9,]*[억만]/) != nil
            if english || (korean && !stacked) { found.append("\(line.suffix(30)) / \(next.prefix(30))") }
        }
        return found
    }

    @Test("The big brief and each standalone chart, in English and Korean", arguments: [BriefLanguage.english, .korean])
    func noAmountBroken(language: BriefLanguage) throws {
        let dataset = try Brief(.investmentsCSV(StressDataset.large.csv(), name: "stress-100.csv")).dataset
        var builder = BriefBuilder(dataset: dataset, formats: [.pdf], creationDate: Date(timeIntervalSince1970: 1_745_366_400))
        builder.language = language
        let artifacts = try builder.build().artifacts.filter { $0.relativePath.hasSuffix(".pdf") }
        #expect(artifacts.count >= 6, "\(artifacts.map(\.relativePath))")
        for artifact in artifacts {
            let text = try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
            #expect(text.count > 100)
            for broken in Self.brokenAmounts(text) { Issue.record("\(artifact.relativePath): an amount broken across lines: \(broken)") }
        }
    }

    @Test("The check finds a broken amount", arguments: ["주(9억\n5,800만 달러)", "of $11.\n4B", "the $642\nmillion plant", "8억 7,000만\n달러", "1조\n2,000억 달러"])
    func detects(text: String) {
        #expect(!Self.brokenAmounts(text).isEmpty)
    }

    @Test("Labels one under the other are not a broken amount", arguments: ["68억\n162억", "75억\n685억 달러", "phase 3\n14억 달러", "8억\n7,000만"])
    func labels(text: String) {
        #expect(Self.brokenAmounts(text).isEmpty)
    }
}
