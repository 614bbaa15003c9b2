import BriefData
import BriefLayout
import Foundation
import StressData
import Testing
@testable import TradeBrief

/// The note under a one-pager's table says what its starred amounts are
/// ("Amounts are Georgia's part of each project: …"): a reader must find it
/// with the table, not alone on the page after the table's last rows.
@Suite("One-pager table notes stay with the table")
struct OnePagerTableNoteTests {
    @Test("The shared-amount note is on the page of the table's last row (stress lists, every style, English and Korean)",
          arguments: StatePageFitTests.cases)
    func noteWithTable(stress: StressDataset, style: String, language: BriefLanguage) throws {
        var checked = 0
        for page in try StatePageFitTests.pages(stress, style: style, language: language) {
            let items = page.document.items
            guard let note = items.first(where: { $0.role == .note && ($0.text.hasPrefix("Amounts are") || $0.text.hasPrefix("금액은")) }),
                  let last = items.last(where: { $0.role == .tableRow }) else { continue }
            checked += 1
            #expect(note.page == last.page,
                    "\(stress.fileName) \(style) \(language) \(page.code): the note is on page \(note.page + 1), the table's last row on page \(last.page + 1)")
        }
        #expect(checked > 5, "\(stress.fileName) \(style) \(language): only \(checked) pages with the note")
    }
}
