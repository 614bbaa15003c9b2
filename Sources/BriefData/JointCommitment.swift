import FoundationEssentials

/// An investment announced jointly by a Korean company and a partner that is
/// not Korean (e.g. SK Innovation with Ford): the amount is the joint
/// commitment, and the partner's published part of it is named so that the
/// whole is never presented as Korean money alone.
public struct JointCommitment: Codable, Hashable, Sendable {
    /// The partner, e.g. `Ford`.
    public var partner: String
    /// The partner's part of the amount as published, in U.S. dollars.
    public var partnerShareUSD: Decimal
    /// Whether the source gives the partner's part as an approximation ("about $7 billion").
    public var approximate: Bool
    /// The id of the ``Source`` that publishes the partner's part.
    public var source: String

    /// Creates a joint commitment.
    public init(partner: String, partnerShareUSD: Decimal, approximate: Bool = false, source: String) {
        self.partner = partner
        self.partnerShareUSD = partnerShareUSD
        self.approximate = approximate
        self.source = source
    }

    /// The partner's part as printed, in `symbol`: `about $7B`; not
    /// `abbreviated` (a style's `numbers.abbreviate: false`), `about $7,000,000,000`.
    public func partnerShareText(symbol: String = "$", abbreviated: Bool = true) -> String {
        (approximate ? "about " : "") + BriefLanguage.english.shortAmount(Money(dollars: partnerShareUSD), symbol: symbol, abbreviated: abbreviated)
    }
}
