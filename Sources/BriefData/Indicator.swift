import FoundationEssentials

/// A single sourced figure about the relationship, e.g. U.S. exports to Korea.
public struct Indicator: Codable, Hashable, Sendable, Identifiable {
    /// A stable key, e.g. `us-exports-to-korea`.
    public var id: String
    /// What the figure is, in a sentence fragment.
    public var label: String
    /// A shorter label for cards and chart rows.
    public var shortLabel: String
    /// What the value measures.
    public var unit: IndicatorUnit
    /// The value, exact as published.
    public var value: Decimal
    /// The year the figure refers to, when the source gives it.
    public var year: Int?
    /// The id of the ``Source`` that states it.
    public var source: String
    /// False when the figure does not come from the primary article.
    public var statedInSource: Bool
    /// A caveat to print with the figure.
    public var note: String?
    /// False when the figure could not be confirmed against its source (it is
    /// then printed with "not confirmed"); nil or true when it was.
    public var confirmed: Bool?
    /// The id of the indicator that corrects this one, when this one records
    /// what a source says but misreads (e.g. the article's export figure).
    public var correctedBy: String?

    /// Whether the figure was confirmed against its source.
    public var isConfirmed: Bool { confirmed ?? true }

    /// Creates an indicator.
    public init(
        id: String, label: String, shortLabel: String, unit: IndicatorUnit, value: Decimal, year: Int? = nil,
        source: String, statedInSource: Bool = true, note: String? = nil, confirmed: Bool? = nil, correctedBy: String? = nil
    ) {
        self.confirmed = confirmed
        self.correctedBy = correctedBy
        self.id = id
        self.label = label
        self.shortLabel = shortLabel
        self.unit = unit
        self.value = value
        self.year = year
        self.source = source
        self.statedInSource = statedInSource
        self.note = note
    }

    /// The value as printed: `$128B`, `2.3%`, `#1`: always a number, never a
    /// word where a number goes.
    public var formattedValue: String {
        switch unit {
        case .usd: MoneyFormat.short(Money(dollars: value))
        case .percent: "\(value.description)%"
        case .rank: "#\(value.description)"
        }
    }
}
