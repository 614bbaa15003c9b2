import BriefData
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

/// Issue 17, point 6: one rule for every amount a one-pager prints, its
/// sentences included ("of the $268 billion tracked nationally" under a
/// `$268B` card, not "$268.4 billion").
@Suite("One-pagers: every amount, sentences included, has at most three significant digits")
struct OnePagerNumberRuleTests {
    /// The significant digits of a whole or decimal number's digits (`268.4` → 4, `100` → 1, `2,680` → 3).
    static func significantDigits(_ number: String) -> Int {
        var digits = number.filter(\.isNumber)
        while digits.hasPrefix("0") { digits.removeFirst() }
        if !number.contains(".") { while digits.hasSuffix("0") { digits.removeLast() } }
        return digits.count
    }

    /// The significant digits of a Korean amount in myriad groups (`9억 5,800만` → 3, `2,684억` → 4).
    static func koreanSignificantDigits(_ amount: String) -> Int {
        var total: Int64 = 0
        for group in amount.split(separator: " ") {
            let scale: Int64 = group.hasSuffix("조") ? 1_000_000_000_000 : group.hasSuffix("억") ? 100_000_000 : group.hasSuffix("만") ? 10_000 : 1
            total += (Int64(group.filter(\.isNumber)) ?? 0) * scale
        }
        return significantDigits(String(total))
    }

    /// Every amount of `text` with more than three significant digits.
    static func overPrecise(_ text: String) -> [String] {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        var found: [String] = []
        for match in flat.matches(of: /\$([0-9][0-9,.]*)( (billion|million|trillion)|[BMKT]\b)?/) {
            let number = String(match.1).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            if significantDigits(number) > 3 { found.append(String(match.0)) }
        }
        for match in flat.matches(of: /((?:[0-9][0-9,]*[조억만] )*[0-9][0-9,]*[조억만]) ?달러/) where koreanSignificantDigits(String(match.1)) > 3 {
            found.append(String(match.0))
        }
        return found
    }

    @Test("The check counts digits as the rule does", arguments: [
        ("$268.4 billion", 1), ("$268 billion", 0), ("$11.4B and $642M", 0), ("2,684억 달러", 1), ("9억 5,800만 달러", 0), ("2,680억 달러", 0),
    ])
    func check(text: String, count: Int) {
        #expect(Self.overPrecise(text).count == count, "\(Self.overPrecise(text))")
    }

    @Test("The busiest states' one-pagers from both stress lists, English and Korean",
          arguments: [StressDataset.standard, StressDataset.large], [BriefLanguage.english, .korean])
    func onePagers(stress: StressDataset, language: BriefLanguage) async throws {
        let dataset = try Brief(.investmentsCSV(stress.csv(), name: "stress.csv")).dataset
        let states = dataset.aggregate(by: .state).rows.sorted { ($0.projects, $1.key) > ($1.projects, $0.key) }.prefix(3).map(\.key)
        let pages = StatePages(dataset: dataset, creationDate: Date(timeIntervalSince1970: 1_745_366_400), language: language)
        for artifact in try await pages.render(states: Array(states)) {
            let text = try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
            #expect(text.contains(language == .korean ? "달러" : "$"))
            for amount in Self.overPrecise(text) { Issue.record("\(artifact.relativePath): \(amount) has more than three significant digits") }
        }
    }
}
