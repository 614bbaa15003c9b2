import BriefData
import FoundationEssentials

/// How live figures print: amounts, percentages, ranks and counts, in the
/// document's language. Passed to the resolver as a value; nothing here reads
/// the environment.
///
/// English: `$7.9B`, `1st`, `Georgia`. Korean (`lang: ko`): amounts in 억/조
/// 달러 (`KoreanNumberFormat`: `79억 달러`; a published figure with its
/// published digits, `1,278억 달러`, `38억 7,000만 달러`), ranks as `1위`,
/// Korean state, sector and company names. Every Korean figure is the English
/// one, rounded the same way.
public struct FigureFormat: Hashable, Sendable {
    /// The document's language.
    public var language: BriefLanguage
    /// The symbol in front of amounts (`$`, or `US$` in some styles).
    public var currencySymbol: String

    /// Whether computed amounts are abbreviated (`$7.9B`) or whole (`$7,900,000,000`).
    public var abbreviatesAmounts: Bool

    /// Creates a format.
    public init(language: BriefLanguage = .english, currencySymbol: String = "$", abbreviatesAmounts: Bool = true) {
        self.language = language
        self.currencySymbol = currencySymbol
        self.abbreviatesAmounts = abbreviatesAmounts
    }

    /// `$7.9B`, like the charts and cards: for amounts tradebrief computes
    /// (`$7,900,000,000` when ``abbreviatesAmounts`` is false).
    public func amount(_ money: Money) -> String {
        language.shortAmount(money, symbol: currencySymbol, abbreviated: abbreviatesAmounts)
    }

    /// Amounts shown together (a table's Amount column), with one rule for
    /// decimals: `$3.0B` beside `$3.9B` (see `BriefLanguage.shortAmounts`).
    public func amounts(_ moneys: [Money]) -> [String] {
        language.shortAmounts(moneys, symbol: currencySymbol, abbreviated: abbreviatesAmounts)
    }

    /// `$127.8B`, `$3.87B`: a figure a source published, with its digits as published.
    public func publishedAmount(_ money: Money) -> String {
        language == .korean ? KoreanNumberFormat.long(money) : MoneyFormat.stated(money, symbol: currencySymbol)
    }

    /// `34%`: one decimal below 10% (`4.2%`), as the one-pagers print shares.
    public func share(_ rank: StateRank) -> String { rank.shareText }

    /// `1st`, `2nd`.
    public func ordinal(_ number: Int) -> String { language.ordinal(number) }

    /// A count: `4`, `5,000`.
    public func count(_ number: Int) -> String { language.count(number) }

    /// A state's name.
    public func stateName(_ state: USState) -> String { state.name(in: language) }

    /// The name of the largest state, sector or company (`kind`) whose row is `row`;
    /// a state as running text names it (`the District of Columbia`).
    public func topName(_ kind: String, row: AggregateRow, dataset: Dataset) -> String {
        guard language == .korean else { return kind.lowercased() == "state" ? USState.nameInText(of: row.key, in: language) : row.label }
        switch kind.lowercased() {
        case "state": return USState.name(of: row.key, in: language)
        case "sector": return language.sector(row.label)
        default: return dataset.investments.first { $0.company == row.key }.map(language.company) ?? row.label
        }
    }

    /// The names of `rows` of `kind` (`sector`, `company`) tied for the
    /// largest total, as running text names several: `Batteries and Solar`;
    /// Korean `배터리·태양광`.
    public func topNames(_ kind: String, rows: [AggregateRow], dataset: Dataset) -> String {
        let names = rows.map { topName(kind, row: $0, dataset: dataset) }
        return language == .korean ? names.joined(separator: "·") : language.list(names)
    }

    /// The names of `states` (tied for the largest total when several) as
    /// running text names them: `Georgia`, `Georgia and Texas`, `the District
    /// of Columbia`. Korean: `조지아`, tied `조지아·텍사스`, the text's 주
    /// following (`{{top:state}}주`); when one of them takes no 주, each with
    /// its own (`워싱턴 D.C.·조지아주`), and the text's is left out
    /// (``writesStateNoun(_:)``).
    public func stateNames(_ states: [USState]) -> String {
        guard language == .korean else { return language.list(states.map { $0.nameInText(language) }) }
        if Self.writesStateNoun(states) { return states.map { $0.nameWithNoun(in: language) }.joined(separator: "·") }
        return states.map { $0.name(in: language) }.joined(separator: "·")
    }

    /// Whether Korean ``stateNames(_:)`` of `states` ends without room for the
    /// text's 주: one of them (the District of Columbia) takes none.
    public static func writesStateNoun(_ states: [USState]) -> Bool {
        states.contains { !$0.takesStateNoun }
    }

    /// An indicator's value, as published: amounts as `$127.8B`, percentages as `2.3%`, ranks as ordinals (`2nd`).
    /// An amount no source states (worked out from others: imports as exports plus the deficit)
    /// has no published digits to keep and follows the one rule, like the charts: `$132B`, not `$131.5B`.
    public func indicator(_ indicator: Indicator) -> String {
        switch indicator.unit {
        case .usd: indicator.statedInSource ? publishedAmount(Money(dollars: indicator.value)) : amount(Money(dollars: indicator.value))
        case .percent: language.percent(indicator.value)
        case .rank: ordinal(Self.wholePart(indicator.value))
        }
    }

    /// The digits of `value` before its decimal point (a rank is a whole number), as
    /// `Int(truncating: NSDecimalNumber(decimal:))` read it; 0 beyond `Int`'s range.
    static func wholePart(_ value: Decimal) -> Int {
        Int(value.description.prefix { $0 != "." }) ?? 0
    }
}
