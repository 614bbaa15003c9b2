@testable import BriefCharts
import BriefData
import Testing

@Suite("Class breaks are chosen once per set of amounts")
struct ClassBreakMemoTests {
    static let amounts = [120, 340, 800, 1_500, 2_200, 5_400, 7_600, 12_000, 31_000].map { Money(wholeDollars: Int64($0) * 1_000_000) }

    @Test("A remembered choice is the one worked out; the chooser runs once per amounts and class count")
    func remembered() {
        let memo = ClassBreakMemo()
        var runs = 0
        let choose = { (classes: Int) -> [Money] in
            runs += 1
            return ClassBreaks.computeBreaks(for: Self.amounts, classes: classes)
        }
        let first = memo.breaks(for: Self.amounts, classes: 5) { choose(5) }
        let again = memo.breaks(for: Self.amounts, classes: 5) { choose(5) }
        #expect(first == ClassBreaks.computeBreaks(for: Self.amounts, classes: 5))
        #expect(again == first)
        #expect(runs == 1)
        _ = memo.breaks(for: Self.amounts, classes: 3) { choose(3) }
        _ = memo.breaks(for: Array(Self.amounts.dropLast()), classes: 5) { ClassBreaks.computeBreaks(for: Array(Self.amounts.dropLast()), classes: 5) }
        #expect(runs == 2, "another class count is another choice")
        #expect(ClassBreaks.breaks(for: Self.amounts, classes: 5) == first, "the shared memo gives the same")
    }

    @Test("Past its capacity the memo starts afresh and still answers")
    func bounded() {
        let memo = ClassBreakMemo()
        for count in 2...(ClassBreakMemo.capacity + 5) {
            let amounts = (1...count).map { Money(wholeDollars: Int64($0) * 10_000_000) }
            #expect(memo.breaks(for: amounts, classes: 4) { ClassBreaks.computeBreaks(for: amounts, classes: 4) }
                    == ClassBreaks.computeBreaks(for: amounts, classes: 4))
        }
    }
}
