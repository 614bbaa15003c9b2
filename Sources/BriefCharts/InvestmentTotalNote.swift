import BriefData

/// Says what a total of tracked investments is made of, for source lines:
/// `the sum of 4 tracked projects ($11.4B, $5.4B, $3.87B, $2.5B)`.
enum InvestmentTotalNote {
    /// The most projects whose amounts are listed; beyond it only the count is given.
    static let listedLimit = 6

    /// The note for `investments`, amounts largest first.
    static func text(_ investments: [Investment]) -> String {
        let count = investments.count
        var text = "the sum of \(count) tracked project\(count == 1 ? "" : "s")"
        if count > 1, count <= listedLimit {
            let amounts = investments.map(\.amount).sorted(by: >).map { MoneyFormat.short($0) }
            text += " (" + amounts.joined(separator: ", ") + ")"
        }
        return text
    }
}
