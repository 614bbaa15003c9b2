import BriefData
import Foundation
import Testing

@Suite("Amounts print like a newsroom prints them")
struct MoneyFormatTests {
    @Test("Short forms", arguments: [
        (7_900_000_000 as Int64, "$7.9B"), (3_870_000_000, "$3.87B"), (11_400_000_000, "$11.4B"),
        (66_000_000_000, "$66B"), (127_800_000_000, "$127.8B"), (850_000_000, "$850M"),
        (23_170_000_000, "$23.17B"), (12_000, "$12K"), (999, "$999"), (999_950_000, "$1B"),
    ])
    func short(dollars: Int64, expected: String) {
        #expect(MoneyFormat.short(Money(wholeDollars: dollars)) == expected)
    }

    @Test("Long forms and full forms")
    func longAndFull() {
        #expect(MoneyFormat.long(Money(wholeDollars: 3_870_000_000)) == "$3.87 billion")
        #expect(MoneyFormat.full(Money(wholeDollars: 3_870_000_000)) == "$3,870,000,000")
        #expect(MoneyFormat.full(Money(cents: 123_456)) == "$1,234.56")
    }

    @Test("States are found by code or name, in any case")
    func stateLookup() {
        #expect(USState.named("ga")?.name == "Georgia")
        #expect(USState.named(" Georgia ")?.code == "GA")
        #expect(USState.named("district of columbia")?.code == "DC")
        #expect(USState.named("XX") == nil)
        #expect(USState.all.count == 51)
        #expect(Set(USState.all.map { "\($0.tileColumn),\($0.tileRow)" }).count == 51)
    }
}
