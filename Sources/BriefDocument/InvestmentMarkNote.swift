import BriefData
import BriefRender

/// The notes that explain the marks on an investment in a table, worded once
/// for both the brief's investments table and the state one-pagers, in
/// English and Korean: ‡ a split among states or a joint share that another
/// source published, † a location that another source gives.
///
/// The notes are Pango markup: names from the data are escaped and cut to
/// `DisplayText.nameLimit` characters.
public struct InvestmentMarkNote: Sendable {
    /// The data the sources are looked up in.
    public let dataset: Dataset
    /// The notes' language.
    public let language: BriefLanguage
    /// The currency symbol of English amounts (the style's).
    public let currencySymbol: String
    /// Whether amounts are abbreviated (`$7B`) or written whole (a style's `numbers.abbreviate: false`).
    public let abbreviatesAmounts: Bool

    /// Creates the notes for investments of `dataset`, in `language`, with amounts in `currencySymbol`,
    /// abbreviated or whole.
    public init(dataset: Dataset, language: BriefLanguage, currencySymbol: String = MoneyFormat.defaultSymbol,
                abbreviatesAmounts: Bool = true) {
        self.dataset = dataset
        self.language = language
        self.currencySymbol = currencySymbol
        self.abbreviatesAmounts = abbreviatesAmounts
    }

    /// Whether `investment` carries the ‡ mark: its split among states or a
    /// joint share comes from a source other than its main one.
    public static func hasSplitMark(_ investment: Investment) -> Bool {
        investment.splitFromOtherSource || investment.joint != nil
    }

    /// The ‡ note on `investment` (`‡ SK On: split as published by Ford (2021):
    /// Kentucky $5.8B and Tennessee $5.6B. A joint commitment; …`), with
    /// amounts written by `amount`; nil when it carries no ‡ mark.
    public func split(_ investment: Investment, amount: (Money) -> String) -> String? {
        guard Self.hasSplitMark(investment) else { return nil }
        let words = DocumentWording(language: language)
        var text = "‡ \(name(language.company(investment))): "
        if investment.isMultiState, let id = investment.splitSource {
            let parts = investment.allocations.map { "\(esc(USState.name(of: $0.state, in: language))) \(amount($0.amount))" }
            text += words.publishedSplit(by: name(credit(id)), parts: parts)
        }
        if let joint = investment.joint {
            text += words.jointShare(partner: name(joint.partner(in: language)), share: joint.partnerShareText(in: language, symbol: currencySymbol,
                                                                                                       abbreviated: abbreviatesAmounts),
                                     credit: name(credit(joint.source)))
        }
        return text
    }

    /// The † note on `investment`: where its location comes from; nil when
    /// its main source gives it.
    public func location(_ investment: Investment) -> String? {
        guard investment.locationFromOtherSource else { return nil }
        let other = investment.locationSource.flatMap { dataset.source($0) }
        let words = DocumentWording(language: language)
        return "† \(name(language.company(investment))): "
            + esc(words.location(note: investment.note, source: other.map { DisplayText.cut($0.shortCredit) }))
    }

    private func credit(_ id: String) -> String { dataset.source(id)?.shortCredit ?? id }
    private func esc(_ text: String) -> String { Typesetter.escapeMarkup(text) }
    private func name(_ text: String) -> String { esc(DisplayText.cut(text)) }
}
