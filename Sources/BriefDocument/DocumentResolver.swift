import BriefCharts
import BriefData
import BriefLayout
import BriefMarkdown
import BriefRender

/// Resolves a ``BriefDocument`` against the data: live figures become
/// values, chart images become figures, citations become numbered links to
/// a Sources list built from the citations used, footnotes become Notes;
/// every problem is collected, located, and every number in prose is checked
/// for a source (``ProvenanceCheck``). It produces layout blocks and never draws.
public struct DocumentResolver: Sendable {
    /// The parsed document.
    public var document: BriefDocument
    /// The data it is resolved against.
    public var dataset: Dataset
    /// Where indicators, single investments and sources that ``dataset``
    /// lacks are looked up (the embedded dataset: the article's figures and
    /// sources stay quotable with a user's own investments); nil for none.
    public var reference: Dataset?
    /// The charts' look.
    public var theme: ChartTheme
    /// How live figures print (language, currency symbol).
    public var format: FigureFormat
    /// The colour of citation numbers and live links, as `#RRGGBB`; nil leaves them in the text colour.
    public var linkColor: String?
    /// At most this many rows in `{{table:investments}}`.
    public var tableLimit = 60
    /// The line under the title instead of the front matter's authors and
    /// date (the default brief says where its figures come from, which
    /// changes with a user's CSV).
    public var dateline: String?

    /// Creates a resolver; `format` defaults to the document's language and the theme's currency symbol.
    public init(document: BriefDocument, dataset: Dataset, reference: Dataset? = nil, theme: ChartTheme = .standard,
                format: FigureFormat? = nil, linkColor: String? = nil) {
        self.document = document
        self.dataset = dataset
        self.reference = reference
        self.theme = theme
        self.format = format ?? FigureFormat(language: document.frontMatter.language, currencySymbol: theme.currencySymbol,
                                         abbreviatesAmounts: theme.abbreviatesAmounts)
        self.linkColor = linkColor
    }

    /// Resolves the document. Problems are in the result, not thrown, so
    /// that all of them are reported at once.
    public func resolve() -> ResolvedDocument {
        var resolution = DocumentResolution(resolver: self)
        return resolution.run()
    }
}
