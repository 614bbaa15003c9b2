import BriefRender

/// Page geometry, fonts and colours for composed documents.
public struct LayoutStyle: Sendable {
    /// The page size in points.
    public var pageSize: Size
    /// Margin above the text area (the running header sits inside it).
    public var marginTop: Double
    /// Margin below the text area (the running footer sits inside it).
    public var marginBottom: Double
    /// Left margin.
    public var marginLeft: Double
    /// Right margin.
    public var marginRight: Double
    /// Number of text columns (1 or 2).
    public var columns: Int
    /// Space between columns.
    public var gutter: Double
    /// Family for body text.
    public var bodyFamily: String
    /// Family for titles and headings.
    public var headingFamily: String
    /// Body size in points.
    public var bodySize: Double
    /// Line spacing factor for body text.
    public var lineSpacing: Double
    /// Title size in points.
    public var titleSize: Double
    /// Heading sizes for levels 1, 2, 3.
    public var headingSizes: [Double]
    /// Size of captions, notes, tables, header and footer.
    public var smallSize: Double
    /// Space after a paragraph.
    public var paragraphSpacing: Double
    /// Text colour.
    public var text: Color
    /// Secondary text colour.
    public var muted: Color
    /// Accent colour (title rule, headings' rule).
    public var accent: Color
    /// Rule colour (table rules, header and footer rules).
    public var rule: Color
    /// Fill for alternate table rows.
    public var zebra: Color
    /// The weight of the document title (bold in the house style).
    public var titleWeight: FontWeight = .bold
    /// The weight of headings (bold in the house style).
    public var headingWeight: FontWeight = .bold
    /// The weight of body text: paragraphs, lists, quotes (regular in the house style).
    public var bodyWeight: FontWeight = .regular
    /// The weight of figure captions (regular in the house style).
    public var captionWeight: FontWeight = .regular
    /// Whether paragraphs asked to be justified are justified (true), or set
    /// ragged right (false: the Korean edition, whose words are kept whole
    /// at line ends, so stretching its spaces would open wide gaps).
    public var justifiesParagraphs = true
    /// How much of the space around blocks is kept: above and below every
    /// block (the title, headings, paragraphs, figures, tables, list items,
    /// notes and source entries), not the spacing of lines within one
    /// (1, the house spacing; a state one-pager's tightest fits keep less
    /// before it would spill onto a second page).
    public var spacingScale = 1.0

    /// Creates a style; every argument has the house style's value as default.
    public init(
        pageSize: Size = .letter, marginTop: Double = 64, marginBottom: Double = 60, marginLeft: Double = 60,
        marginRight: Double = 60, columns: Int = 1, gutter: Double = 20,
        bodyFamily: String = "DejaVu Sans", headingFamily: String = "DejaVu Sans", bodySize: Double = 9.5,
        lineSpacing: Double = 1.28, titleSize: Double = 22, headingSizes: [Double] = [14, 11.5, 10],
        smallSize: Double = 7.8, paragraphSpacing: Double = 7,
        text: Color = Color(hex: "#1a1a1a") ?? .black, muted: Color = Color(hex: "#5e5e5e") ?? .black,
        accent: Color = Color(hex: "#0b5394") ?? .black, rule: Color = Color(hex: "#c8c8c8") ?? .black,
        zebra: Color = Color(hex: "#f3f5f8") ?? .white
    ) {
        self.pageSize = pageSize
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.columns = max(1, min(columns, 2))
        self.gutter = gutter
        self.bodyFamily = bodyFamily
        self.headingFamily = headingFamily
        self.bodySize = bodySize
        self.lineSpacing = lineSpacing
        self.titleSize = titleSize
        self.headingSizes = headingSizes.count >= 3 ? headingSizes : [14, 11.5, 10]
        self.smallSize = smallSize
        self.paragraphSpacing = paragraphSpacing
        self.text = text
        self.muted = muted
        self.accent = accent
        self.rule = rule
        self.zebra = zebra
    }

    /// The area text flows in, on every page.
    public var textArea: Rect {
        Rect(x: marginLeft, y: marginTop, width: pageSize.width - marginLeft - marginRight,
             height: pageSize.height - marginTop - marginBottom)
    }

    /// The width of one column.
    public var columnWidth: Double { (textArea.width - gutter * Double(columns - 1)) / Double(columns) }

    /// The rectangle of column `index` (0-based).
    public func columnFrame(_ index: Int) -> Rect {
        Rect(x: textArea.minX + Double(index) * (columnWidth + gutter), y: textArea.minY, width: columnWidth, height: textArea.height)
    }

    var bodyFont: Font { Font(family: bodyFamily, size: bodySize, weight: bodyWeight) }
    var smallFont: Font { Font(family: bodyFamily, size: smallSize) }
    func headingFont(_ level: Int) -> Font {
        Font(family: headingFamily, size: headingSizes[max(0, min(level - 1, 2))], weight: headingWeight)
    }
}
