import BriefData
import Foundation

/// How live figures print: amounts, percentages, ranks and counts, in the
/// document's language. Passed to the resolver as a value; nothing here reads
/// the environment.
///
/// English is implemented. Korean (`lang: ko`) formats like English until its
/// edition adds its own formats here (억 달러 amounts, Korean state names).
public struct FigureFormat: Hashable, Sendable {
    /// The document's language.
    public var language: BriefLanguage
    /// The symbol in front of amounts (`$`, or `US$` in some styles).
    public var currencySymbol: String

    /// Creates a format.
    public init(language: BriefLanguage = .english, currencySymbol: String = "$") {
        self.language = language
        self.currencySymbol = currencySymbol
    }

    /// `$7.9B`, like the charts and cards: for amounts tradebrief computes.
    public func amount(_ money: Money) -> String {
        MoneyFormat.short(money, symbol: currencySymbol)
    }

    /// `$127.8B`, `$3.87B`: a figure a source published, with its digits as published.
    public func publishedAmount(_ money: Money) -> String {
        MoneyFormat.stated(money, symbol: currencySymbol)
    }

    /// `34%`: one decimal below 10% (`4.2%`), as the one-pagers print shares.
    public func share(_ rank: StateRank) -> String { rank.shareText }

    /// `1st`, `2nd`.
    public func ordinal(_ number: Int) -> String { StateRank.ordinal(number) }

    /// A count: `4`.
    public func count(_ number: Int) -> String { String(number) }

    /// A state's name.
    public func stateName(_ state: USState) -> String { state.name }

    /// An indicator's value, as published: amounts as `$127.8B`, percentages as `2.3%`, ranks as ordinals (`2nd`).
    public func indicator(_ indicator: Indicator) -> String {
        switch indicator.unit {
        case .usd: publishedAmount(Money(dollars: indicator.value))
        case .percent: indicator.formattedValue
        case .rank: ordinal(Int(truncating: NSDecimalNumber(decimal: indicator.value)))
        }
    }
}
