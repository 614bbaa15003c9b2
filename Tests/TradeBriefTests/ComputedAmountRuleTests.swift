import BriefData
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

/// Issue 17, point 6: one rule for every amount a one-pager prints, its
/// sentences included ("of the $268 billion tracked nationally" under a
/// `$268B` card, not "$268.4 billion").
@Suite("One-pagers and briefs: every amount tradebrief computes, sentences included, has at most three significant digits")
struct ComputedAmountRuleTests {
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
    static func overPrecise(_ text: String) -> [String] { overPreciseValues(text).map(\.text) }

    /// Every amount of `text` with more than three significant digits, with its value in dollars.
    static func overPreciseValues(_ text: String) -> [(text: String, dollars: Double)] {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        var found: [(String, Double)] = []
        for match in flat.matches(of: /\$([0-9][0-9,.]*)( (billion|million|trillion)|[BMKT]\b)?/) {
            let number = String(match.1).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
            let unit: String = match.2.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            let scales: [String: Double] = ["trillion": 1e12, "T": 1e12, "billion": 1e9, "B": 1e9, "million": 1e6, "M": 1e6, "K": 1e3]
            let value: Double = Double(number.filter { $0 != "," }) ?? 0
            if significantDigits(number) > 3 { found.append((String(match.0), value * (scales[unit] ?? 1))) }
        }
        for match in flat.matches(of: /((?:[0-9][0-9,]*[조억만] )*[0-9][0-9,]*[조억만]) ?달러/) where koreanSignificantDigits(String(match.1)) > 3 {
            var total = 0.0
            for group in match.1.split(separator: " ") {
                let scale = group.hasSuffix("조") ? 1e12 : group.hasSuffix("억") ? 1e8 : group.hasSuffix("만") ? 1e4 : 1
                total += (Double(group.filter(\.isNumber)) ?? 0) * scale
            }
            found.append((String(match.0), total))
        }
        return found
    }

    @Test("The brief from each stress list, English and Korean: only the table's total, a source's own figures and the Sources list keep more digits",
          arguments: [BriefSample.Data.stress43, .stress100], [BriefLanguage.english, .korean])
    func briefs(data: BriefSample.Data, language: BriefLanguage) throws {
        let sample = try BriefSample(style: "default", page: .letter, data: data, language: language)
        var lines = try sample.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The Sources list quotes each source's notes as written.
        if let sources = lines.lastIndex(of: language == .korean ? "출처" : "Sources") { lines = Array(lines[..<sources]) }
        // The table's total is exact on purpose.
        lines.removeAll { $0.hasPrefix(language == .korean ? "추적 투자" : "Total of the") && ($0.contains("합계") || $0.contains("exact")) }
        // Figures a source published keep their published digits.
        let published = sample.dataset.indicators.filter { $0.unit == .usd && $0.statedInSource }.map { NSDecimalNumber(decimal: $0.value).doubleValue }
            + sample.dataset.investments.map(\.amount.dollars)
        for (text, dollars) in Self.overPreciseValues(lines.joined(separator: "\n"))
        where !published.contains(where: { abs($0 - dollars) <= 0.001 * $0 }) {
            Issue.record("\(data) \(language): \(text) has more than three significant digits and is no source's figure")
        }
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
