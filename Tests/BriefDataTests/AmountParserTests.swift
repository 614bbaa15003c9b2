import Foundation
import Testing
@testable import BriefData

/// The `amount_usd` column: which forms are amounts, their exact values, and
/// what the messages say about the rest.
@Suite("amount_usd")
struct AmountParserTests {
    /// An exact decimal from its text (a test's constant, not input).
    private static func exact(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    private func failure(_ text: String) -> AmountParser.Failure? {
        do throws(AmountParser.Failure) {
            _ = try AmountParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Accepted

    @Test("The forms listed in the contract", arguments: [
        ("3870000000", "3870000000"),
        ("3,870,000,000", "3870000000"),
        ("$3.87B", "3870000000"),
        ("3.87 billion", "3870000000"),
        ("850M", "850000000"),
        ("850 million", "850000000"),
    ])
    func contractForms(text: String, dollars: String) throws {
        #expect(try AmountParser.parse(text) == Self.exact(dollars))
    }

    @Test("A leading $ is allowed on every form", arguments: [
        ("$3870000000", "3870000000"),
        ("$3,870,000,000", "3870000000"),
        ("$3.87 billion", "3870000000"),
        ("$850M", "850000000"),
        ("$850 million", "850000000"),
    ])
    func dollarSign(text: String, dollars: String) throws {
        #expect(try AmountParser.parse(text) == Self.exact(dollars))
    }

    @Test("Suffixes ignore case; the space before them is optional", arguments: [
        ("3.87b", "3870000000"),
        ("3.87 B", "3870000000"),
        ("3.87Billion", "3870000000"),
        ("3.87 BILLION", "3870000000"),
        ("850m", "850000000"),
        ("850 Million", "850000000"),
        ("850  million", "850000000"),
    ])
    func suffixCase(text: String, dollars: String) throws {
        #expect(try AmountParser.parse(text) == Self.exact(dollars))
    }

    @Test("Values are exact, with no floating-point error", arguments: [
        ("$0.1B", "100000000"),
        ("1.1M", "1100000"),
        ("3.875B", "3875000000"),
        (".5B", "500000000"),
        ("1,500.5M", "1500500000"),
        ("0.000001M", "1"),
        ("1.23456789012B", "1234567890.12"),
        ("1500000.50", "1500000.5"),
        ("$3,870,000,000.00", "3870000000"),
        ("0.01", "0.01"),
        ("1", "1"),
        ("0003870000000", "3870000000"),
    ])
    func exactValues(text: String, dollars: String) throws {
        #expect(try AmountParser.parse(text) == Self.exact(dollars))
    }

    @Test("Spaces and line breaks around the amount are ignored")
    func surroundingSpace() throws {
        #expect(try AmountParser.parse("  850M \n") == 850_000_000)
        #expect(try AmountParser.parse("\t3,870,000,000\t") == 3_870_000_000)
    }

    @Test("The largest amount accepted is just below 10^13")
    func upperLimit() throws {
        #expect(try AmountParser.parse("9,999,999,999,999.99") == Self.exact("9999999999999.99"))
        #expect(try AmountParser.parse("9999.999999999B") == 9_999_999_999_999)
        #expect(try AmountParser.parse("9999999.99M") == 9_999_999_990_000)
    }

    // MARK: Rejected

    @Test("Other forms are not amounts, and the message lists the accepted ones", arguments: [
        "1.2 trillion", "1.2T", "3.87 bn", "3.87bn", "850 mn", "850 mil", "1e9", "1E9", "NaN", "nan", "inf", "Infinity",
        "5K", "5k", "5 thousand", "3.87 B USD", "USD 5M", "US$5M", "$$5M", "$ 5M", "5M$", "3 870 000 000",
        "3.", "1.5.5", "5,", ",5", "3,870,,000", "abc", "$", "B", "million", "＄5M", "５M", "٥M", "(5M)", "5 M M",
    ])
    func notAnAmount(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message == "'\(text)' is not an amount; write e.g. 3870000000, 3,870,000,000, $3.87B, 3.87 billion, 850M or 850 million")
    }

    @Test("Signs are rejected: an amount is positive", arguments: ["-5B", "-5", "+5B", "$-5B", "-$5B", "−5B"])
    func signs(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message.contains("'\(text)'"))
        #expect(error.message.contains("write e.g. 3870000000, 3,870,000,000, $3.87B, 3.87 billion, 850M or 850 million"))
    }

    @Test("Won amounts are rejected with a hint to convert", arguments: ["₩5,000,000", "5 won", "5,000,000 KRW", "5000000원"])
    func won(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix("'\(text)' is not in U.S. dollars; convert it to dollars"))
    }

    @Test("An empty cell is not an amount", arguments: ["", "   ", "\n"])
    func empty(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message == "no amount given; write the amount in U.S. dollars, e.g. 3870000000, 3,870,000,000, $3.87B, 3.87 billion, 850M or 850 million")
    }

    @Test("Thousands separators must group digits in threes", arguments: [
        "3,87,00,00,000", "3870,000", "1,2345", "1234,567", "38,70,000,000", "12,34,567", "1,2,3B",
        // Not a decimal comma either: a point after it, or text that is no suffix.
        "1,2.5B", "1,25 thousand", "1,2K",
    ])
    func badGrouping(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message == "'\(text)' has its thousands separators in the wrong places; group the digits in threes, e.g. 3,870,000,000, or leave the commas out")
    }

    @Test("One comma with one or two digits after it, then a suffix or the end, is taken for a decimal comma", arguments: [
        ("1,2B", "1.2B"), ("3,87 billion", "3.87 billion"), ("$1,5M", "$1.5M"), ("0,5M", "0.5M"), ("2,50", "2.50"),
        ("850,5 million", "850.5 million"), ("1234,5b", "1234.5b"),
    ])
    func decimalComma(text: String, corrected: String) throws {
        let error = try #require(failure(text))
        #expect(error.message == "'\(text)': a decimal comma? write \(corrected) (tradebrief reads '.' as the decimal point)")
        // What it says to write is an amount.
        #expect(failure(corrected) == nil)
    }

    @Test("Zero is not an amount", arguments: ["0", "$0", "0.00", "0M", "0 billion", "0,000"])
    func zero(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message == "'\(text)' is zero; an amount must be more than 0 dollars")
    }

    @Test("10^13 dollars and more are too large", arguments: [
        "10000000000000", "10,000,000,000,000", "10000B", "10,000 billion", "10000000M", "99999999999999999999999999999999",
    ])
    func tooLarge(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message == "'\(text)' is too large; amounts must be less than 10,000,000,000,000 dollars (10 trillion)")
    }

    @Test("Amounts more precise than a cent are rejected", arguments: ["0.001", "1500000.505", "1.234567890123B", "0.000000001M"])
    func subCent(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix("'\(text)' is more precise than a cent"))
    }

    @Test("Long text is shortened in messages")
    func longTextShortened() throws {
        let text = String(repeating: "x", count: 100)
        let error = try #require(failure(text))
        #expect(error.message.hasPrefix("'" + String(repeating: "x", count: 39) + "…' is not an amount"))
    }
}
