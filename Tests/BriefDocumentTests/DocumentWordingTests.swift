@testable import BriefDocument
import Testing

@Suite("The words the document layer adds")
struct DocumentWordingTests {
    @Test("The note under a long table agrees in number with what it leaves out")
    func hiddenRowsAgree() {
        let words = DocumentWording(language: .english)
        #expect(words.hiddenRows(limit: 40, hidden: 1, rest: "$1.1M")
                == "The table lists the 40 largest investments. One more, of $1.1M, is included in every chart and total.")
        #expect(words.hiddenRows(limit: 40, hidden: 3, rest: "$9.2M").hasSuffix("3 more, totalling $9.2M, are included in every chart and total."))
    }
}
