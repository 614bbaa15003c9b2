import Foundation
import StressData
import Testing
@testable import BriefData

/// The quick paths of the CSV import (byte-level amounts, state codes, shares
/// in whole numbers, cell tables, totals kept while reading) agree with the
/// slow paths they stand in for.
@Suite("CSV quick paths")
struct FastPathTests {
    /// The seed of the random inputs: fixed, so a run is repeatable, and named in
    /// every failure; `TRADEBRIEF_TEST_SEED=N` explores other inputs.
    static let seed: UInt64 = ProcessInfo.processInfo.environment["TRADEBRIEF_TEST_SEED"].flatMap { UInt64($0) } ?? 20_250_423

    @Test("The state code table agrees with USState.named for every state, in any case")
    func stateCodes() {
        for (index, state) in USState.all.enumerated() {
            for code in [state.code, state.code.lowercased(), state.code.prefix(1) + state.code.suffix(1).lowercased()] {
                let bytes = Array(code.utf8)
                #expect(USState.index(code: bytes[0], bytes[1]) == index)
                #expect(USState.named(String(code)) == state)
            }
            #expect(USState.named(state.name) == state)
            #expect(USState.named(" \(state.name.uppercased()) ") == state)
        }
        // Every other pair of bytes is no state, for both lookups.
        let codes = Set(USState.all.map(\.code))
        for first in UInt8(0x20)...UInt8(0x7E) {
            for second in UInt8(0x20)...UInt8(0x7E) {
                let text = String(decoding: [first, second], as: UTF8.self)
                let isCode = codes.contains(text.uppercased())
                #expect((USState.index(code: first, second) != nil) == isCode, "\(text)")
                #expect((USState.named(text) != nil) == isCode, "\(text)")
            }
        }
    }

    /// The byte-level amount, or nil, for `text`.
    private func quick(_ text: String) -> ParsedAmount? {
        var copy = text
        return copy.withUTF8 { AmountParser.parsedAmount($0) }
    }

    @Test("Amounts read from bytes equal the parser's, in cents and as Decimal, and are nil where it fails")
    func amounts() {
        var inputs = [
            "1", "0", "00", "0.01", "0.001", ".5", "5.", "$5", "$$5", "$-5B", "$+5B", "-5", "+5", "5 B", "5b", "5 billion", "5 Billion",
            "5BILLION", "5 bn", "5m", "5 M", "5 million", "5 mil", "5 K", "1,000", "1,00", ",100", "1,000,", "1,,000", "1000,000",
            "12,345,678.90", "1,234.5", "1,234.567", "3.87B", "3.870000000B", "3.8700000000001B", "0.000000001B", "0.0000000001B",
            "0.00000000001B", "9999999999999", "10000000000000", "9999999999999.99", "9999999999999.999", "9999.999999999B",
            "9999.9999999999B", "10000B", "9999B", "0009999B", "000000000000001", "0000000000000000000000000001", "1.0000000000000000000000",
            "1.00000000000000000000001", "$3,870,000,000.00", "3,870,000,000", "850 million", "1e9", "NaN", "inf", "5 B B", "5BB",
            "5  B", "5\tB", "$ 5", "5$", "1500000.50", "0.5M", "0.000001M", "0.0000001M", "0.00000001M", "12.34567B", "0,001",
        ]
        var generator = SeededGenerator(seed: Self.seed)
        let pieces = ["$", "0", "1", "9", "5", ",", ".", " ", "B", "b", "M", "million", "billion", "00", "000", ",000", "-"]
        for _ in 0..<5_000 {
            let count = generator.int(in: 1...8)
            inputs.append((0..<count).map { _ in generator.pick(pieces) }.joined())
        }
        for text in inputs {
            let slow = try? AmountParser.parseAmount(text)
            let trimmed = String(AmountParser.trimmingWhitespace(text))
            // The quick path is only asked about cleaned text.
            guard trimmed == text, !text.contains("  "), !text.contains("\t") else { continue }
            let fast = quick(text)
            #expect(fast == slow, "\(text) (seed \(Self.seed))")
            if let fast, let decimal = try? AmountParser.parse(text) {
                #expect(fast.decimal == decimal, "\(text) (seed \(Self.seed))")
                #expect(fast.cents == Money(dollars: decimal).cents, "\(text) (seed \(Self.seed))")
            }
        }
    }

    @Test("Shares in whole ten-thousandths split amounts as the Decimal arithmetic does")
    func shareAllocations() {
        var generator = SeededGenerator(seed: Self.seed)
        let states = USState.all.map(\.code)
        for round in 0..<3_000 {
            let count = generator.int(in: 2...5)
            // Ten-thousandths that add up to 10,000.
            var parts = (0..<count - 1).map { _ in Int64(generator.int(in: 0...(10_000 / count))) }
            parts.append(10_000 - parts.reduce(0, +))
            let shares = parts.enumerated().map { index, part in
                StateShare(state: states[index], share: Decimal(sign: .plus, exponent: -4, significand: Decimal(part)))
            }
            let cents = Int64(round % 3 == 0 ? generator.int(in: 1...1_000) : generator.int(in: 1...999_999_999_999_999))
            let investment = Investment(
                id: "x", company: "c", project: "", sector: "s", amountUSD: Decimal(cents) / 100, states: shares, split: .shares, source: "s")
            let context = "\(parts) of \(cents) (seed \(Self.seed))"
            #expect(investment.amount.cents == cents, "\(context)")
            let quick = Investment.allocatedCents(cents, states: shares, split: .shares, tenThousandths: parts)
            let slow = investment.decimalAllocations.map(\.amount.cents)
            #expect(quick == slow, "\(context)")
            #expect(investment.allocations.map(\.amount.cents) == slow, "\(context)")
            #expect(Investment.tenThousandths(shares) == parts, "\(context)")
        }
        // Shares that add up to 0.999, or with finer digits, keep the Decimal path.
        let off = [StateShare(state: "KY", share: Decimal(string: "0.5")), StateShare(state: "TN", share: Decimal(string: "0.499"))]
        #expect(Investment.tenThousandths(off) == nil)
        let fine = [StateShare(state: "KY", share: Decimal(string: "0.33333")), StateShare(state: "TN", share: Decimal(string: "0.66667"))]
        #expect(Investment.tenThousandths(fine) == nil)
    }

    @Test("Texts equal under == share an id, whatever their bytes")
    func textTable() {
        var table = TextInterner()
        let plain = table.lookUp("A;B")
        #expect(table.lookUp("A\u{37E}B") == plain)
        var copy = "A;B"
        #expect(copy.withUTF8 { table.lookUp(ascii: $0).id } == plain)
        let composed = table.lookUp("Caf\u{E9}")
        #expect(table.lookUp("Cafe\u{301}") == composed)
        #expect(table.lookUp("Cafe") != composed)
        #expect(table.lookUp("\u{212A}orea") == table.lookUp("Korea"))
        #expect(table.names[composed] == "Caf\u{E9}")
        #expect(table.count == 4)
    }

    @Test("The byte interner gives each distinct key one id, also after growing")
    func interner() {
        var interner = ByteInterner()
        var ids: [String: Int] = [:]
        for round in 0..<2 {
            for index in 0..<5_000 {
                var key = "key \(index % 3_000)" + (index % 7 == 0 ? "" : "-")
                let result = key.withUTF8 { interner.intern($0) }
                if let known = ids[key] {
                    #expect(result.id == known && !result.inserted)
                } else {
                    #expect(result.inserted && round == 0)
                    ids[key] = result.id
                }
            }
        }
        #expect(interner.count == ids.count)
        var empty = ""
        let first = empty.withUTF8 { interner.intern($0) }
        #expect(first.inserted && empty.withUTF8 { interner.intern($0) }.id == first.id)
    }
}
