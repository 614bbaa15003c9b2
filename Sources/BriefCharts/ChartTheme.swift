import BriefRender

/// The look of a chart: fonts, colours and sizes. The default is the house
/// style; styles loaded from files override it.
public struct ChartTheme: Hashable, Sendable {
    /// Font family for all chart text.
    public var fontFamily: String
    /// Title size in points.
    public var titleSize: Double
    /// Subtitle size in points.
    public var subtitleSize: Double
    /// Category and value label size in points.
    public var labelSize: Double
    /// Source line and axis label size in points.
    public var smallSize: Double
    /// Main text colour.
    public var text: Color
    /// Secondary text colour (subtitles, sources, axis labels).
    public var muted: Color
    /// Grid line colour.
    public var grid: Color
    /// The zero baseline's colour.
    public var baseline: Color
    /// The colour of single-series bars.
    public var accent: Color
    /// Categorical colours, colour-blind-safe, in order of use.
    public var palette: [Color]
    /// Sequential scale for maps, light to dark.
    public var sequential: [Color]
    /// Fill for "no data".
    public var neutral: Color
    /// The chart's background.
    public var background: Color
    /// Preferred bar thickness in points.
    public var barThickness: Double
    /// Whether to draw value grid lines.
    public var showGrid: Bool
    /// The currency symbol amounts are written with (`$7.9B`, or `US$7.9B`).
    public var currencySymbol: String = "$"
    /// Whether amounts are abbreviated (`$7.9B`) or written whole (`$7,900,000,000`).
    public var abbreviatesAmounts = true
    /// The weight of chart titles (bold in the house style).
    public var titleWeight: FontWeight = .bold
    /// The weight of value labels on bars and in cards (bold in the house style).
    public var valueWeight: FontWeight = .bold
    /// The weight of category labels: states, sectors, legends (regular in the house style).
    public var labelWeight: FontWeight = .regular

    /// Creates a theme; every argument has the house style's value as default.
    public init(
        fontFamily: String = "DejaVu Sans", titleSize: Double = 13, subtitleSize: Double = 9.5,
        labelSize: Double = 9, smallSize: Double = 7.5,
        text: Color = Color(hex: "#1a1a1a") ?? .black, muted: Color = Color(hex: "#5e5e5e") ?? .black,
        grid: Color = Color(hex: "#e4e4e4") ?? .black, baseline: Color = Color(hex: "#333333") ?? .black,
        accent: Color = Color(hex: "#0b5394") ?? .black,
        palette: [Color] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]
            .compactMap { Color(hex: $0) },
        sequential: [Color] = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"].compactMap { Color(hex: $0) },
        neutral: Color = Color(hex: "#ececec") ?? .white, background: Color = .white,
        barThickness: Double = 16, showGrid: Bool = true
    ) {
        self.fontFamily = fontFamily
        self.titleSize = titleSize
        self.subtitleSize = subtitleSize
        self.labelSize = labelSize
        self.smallSize = smallSize
        self.text = text
        self.muted = muted
        self.grid = grid
        self.baseline = baseline
        self.accent = accent
        self.palette = palette.isEmpty ? [accent] : palette
        self.sequential = sequential.isEmpty ? [accent] : sequential
        self.neutral = neutral
        self.background = background
        self.barThickness = barThickness
        self.showGrid = showGrid
    }

    /// The house style.
    public static let standard = ChartTheme()

    /// The font for titles.
    public var titleFont: Font { Font(family: fontFamily, size: titleSize, weight: titleWeight) }
    /// The font for subtitles.
    public var subtitleFont: Font { Font(family: fontFamily, size: subtitleSize) }
    /// The font for labels.
    public var labelFont: Font { Font(family: fontFamily, size: labelSize, weight: labelWeight) }
    /// The font for value labels.
    public var valueFont: Font { Font(family: fontFamily, size: labelSize, weight: valueWeight) }
    /// The font for source lines and axis labels.
    public var smallFont: Font { Font(family: fontFamily, size: smallSize) }

    /// The categorical colour at `index`, cycling through the palette.
    public func paletteColor(_ index: Int) -> Color { palette[((index % palette.count) + palette.count) % palette.count] }
}
