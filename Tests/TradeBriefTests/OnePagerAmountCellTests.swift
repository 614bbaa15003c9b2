import BriefData
import BriefLayout
import Foundation
import StressData
import Testing
@testable import TradeBrief

/// A one-pager's Amount cell shows a shared project's part and, under it,
/// the whole (`$237M *` / `of $790M`): each is one line, never `of` /
/// `$790M` on lines of their own.
@Suite("One-pager amount cells: the state's part and the 'of …' whole each on one line")
struct OnePagerAmountCellTests {
    /// The lines each Amount cell of `document`'s table is set in.
    static func amountCells(_ document: LaidOutDocument) -> [[String]] {
        document.items.filter { $0.role == .tableRow }.compactMap { item in
            let cells = item.shownLineGroups
            return cells.count == 5 ? cells[3] : nil
        }
    }

    @Test("Every Amount cell of every one-pager has one line per line of its text (stress lists, every style, English and Korean)",
          arguments: StatePageFitTests.cases)
    func wholeLines(stress: StressDataset, style: String, language: BriefLanguage) throws {
        var shared = 0
        for page in try StatePageFitTests.pages(stress, style: style, language: language) {
            for lines in Self.amountCells(page.document) {
                let text = lines.joined()
                let own = text.split(separator: "\n").count
                if own > 1 { shared += 1 }
                #expect(lines.count == own, "\(stress.fileName) \(style) \(language) \(page.code): \(lines)")
                for line in lines {
                    let word = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    #expect(word != "of" && word != "전체", "\(stress.fileName) \(style) \(language) \(page.code): '\(word)' alone in \(lines)")
                }
            }
        }
        #expect(shared > 5, "\(stress.fileName) \(style) \(language): only \(shared) cells with an 'of' line; the test does not test")
    }
}
