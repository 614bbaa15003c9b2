import BriefData

/// Says what a total of tracked investments is made of, for source lines:
/// `the sum of 4 tracked projects ($11.4B, $5.4B, $3.87B, $2.5B)`.
enum InvestmentTotalNote {
    /// The most projects whose amounts are listed; beyond it only the count is given.
    static let listedLimit = 6

    /// The note for `investments`, amounts largest first, in `language`, abbreviated or whole.
    static func text(_ investments: [Investment], language: BriefLanguage = .english, currencySymbol: String,
                     abbreviatesAmounts: Bool = true) -> String {
        let words = ChartWording(language, currencySymbol: currencySymbol, abbreviatesAmounts: abbreviatesAmounts)
        let count = investments.count
        let amounts = count > 1 && count <= listedLimit
            ? words.amounts(investments.map(\.amount).sorted(by: >)) : []
        return words.sumOfProjects(count, amounts: amounts)
    }
}
