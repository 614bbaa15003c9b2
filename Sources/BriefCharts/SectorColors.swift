import BriefData
import BriefRender

/// Gives each sector one colour, the same in every chart and one-pager of a
/// brief: the largest sectors get the palette's colours in order, and when
/// there are more sectors than colours a reader can tell apart, the rest
/// share one grey and are grouped as "Other".
///
/// How many colours: a colour palette gives at most
/// ``maximumColors`` of its chromatic colours (greys in it are left out, as
/// they would read as "Other"), plus the grey; a grey palette (a style for
/// black-and-white printing) gives at most ``maximumGrays`` greys in all,
/// its lightest standing for "Other". With exactly one sector more than
/// colours, that sector keeps its name and takes the grey; only two or more
/// are grouped.
public struct SectorColors: Sendable {
    /// The most palette colours a chart uses for sectors (Okabe–Ito's seven
    /// hues): beyond them a reader cannot match a colour to its legend.
    public static let maximumColors = 7
    /// The most greys in a chart of a grey palette, "Other" included: about
    /// as many as print and the eye tell apart.
    public static let maximumGrays = 5
    /// The key that stands for the grouped sectors in stacked bars and legends.
    public static let otherKey = "tradebrief:other-sectors"

    /// The sectors with a colour of their own, largest first.
    public let named: [String]
    /// The sectors grouped as "Other" (empty when none are), largest first.
    public let grouped: [String]
    /// The grey of "Other".
    public let otherColor: Color
    private let colors: [String: Color]

    /// Assigns colours to the sectors of `dataset` from `theme`'s palette.
    public init(dataset: Dataset, theme: ChartTheme) {
        self.init(sectors: dataset.aggregate(by: .sector).rows.map(\.key), theme: theme)
    }

    /// Assigns colours to `sectors` (largest first) from `theme`'s palette.
    public init(sectors: [String], theme: ChartTheme) {
        let (hues, grey) = Self.colors(of: theme)
        otherColor = grey
        var table: [String: Color] = [:]
        let ownColors = sectors.count <= hues.count + 1 ? sectors.count : hues.count
        for (index, sector) in sectors.enumerated() {
            table[sector] = index < hues.count && index < ownColors ? hues[index] : grey
        }
        named = Array(sectors.prefix(ownColors))
        grouped = Array(sectors.dropFirst(ownColors))
        colors = table
    }

    /// The colour of `sector` (the grey for grouped and unknown sectors).
    public func color(for sector: String) -> Color { colors[sector] ?? otherColor }

    /// Whether `sector` has a colour and a legend entry of its own.
    public func isNamed(_ sector: String) -> Bool { named.contains(sector) }

    /// The key `sector` is drawn under: itself, or ``otherKey`` when grouped.
    public func key(for sector: String) -> String { isNamed(sector) ? sector : Self.otherKey }

    /// The legend label of the grouped sectors: `Other (12 sectors)`.
    public var otherLabel: String { Self.otherLabel(grouped.count) }

    /// `Other (N sectors)`.
    static func otherLabel(_ count: Int) -> String { "Other (\(count) sector\(count == 1 ? "" : "s"))" }

    /// The most bars in a chart of one state's sectors (a one-pager's
    /// sector mix), the "Other" bar included: as many as the brief's colours
    /// and its grey, in every style, so a state shows the same sectors
    /// whatever the style.
    public static let maximumStateBars = maximumColors + 1

    /// Bars for `totals` by sector (e.g. one state's part of each sector):
    /// the state's own largest sectors by name, largest first, and, when
    /// there are more than `maximumBars`, the rest summed in one grey
    /// `Other (N sectors)` bar last (so two or more are grouped, never one).
    /// A sector keeps its brief colour; one without (grouped in the brief)
    /// is drawn in the grey, its name as the bar's direct label, so the
    /// chart's fills stay within the brief's colours and grey.
    /// With `language` Korean, the sectors' Korean names (`기타(3개 부문)`).
    public func bars(for totals: [String: Money], maximumBars: Int = maximumStateBars,
                     language: BriefLanguage = .english, currencySymbol: String = "$") -> [BarItem] {
        let words = ChartWording(language, currencySymbol: currencySymbol)
        let sorted = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let shown = sorted.count <= maximumBars ? sorted.count : max(0, maximumBars - 1)
        var items = sorted.prefix(shown).map { BarItem(label: words.sector($0.key), amount: $0.value, color: color(for: $0.key)) }
        let rest = sorted.dropFirst(shown)
        if !rest.isEmpty {
            items.append(BarItem(label: words.otherSectorsLabel(rest.count), amount: rest.reduce(Money.zero) { $0 + $1.value },
                                 color: otherColor))
        }
        return items
    }

    /// The colours a theme gives sectors, and its grey for "Other".
    static func colors(of theme: ChartTheme) -> (hues: [Color], other: Color) {
        let chromatic = theme.palette.filter { !$0.isAchromatic }
        if chromatic.count >= 3 {
            // A mid-light grey from the style's own muted text colour.
            return (Array(chromatic.prefix(maximumColors)), theme.muted.mixed(with: theme.background, fraction: 0.55))
        }
        // A grey palette: its lightest grey is "Other"; the rest, in the style's order, are sectors.
        let greys = theme.palette
        guard let lightest = greys.indices.max(by: { greys[$0].luminance < greys[$1].luminance }), greys.count > 1 else {
            return (greys, theme.muted.mixed(with: theme.background, fraction: 0.55))
        }
        var rest = greys
        let other = rest.remove(at: lightest)
        return (Array(rest.prefix(maximumGrays - 1)), other)
    }
}
