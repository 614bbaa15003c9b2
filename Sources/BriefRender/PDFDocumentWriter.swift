import CCairo
import FoundationEssentials

/// Writes a multi-page PDF in memory: pages of any size, document
/// information, an outline (bookmarks), links and structure tags.
public final class PDFDocumentWriter {
    /// Where Cairo writes the document; the surface keeps it alive (``ByteSink/retain(by:)``).
    let sink = ByteSink()
    private let surface: OpaquePointer
    private let typesetter: Typesetter?
    private var context: GraphicsContext?
    private var finished = false
    /// The finished document (empty until ``finish()``).
    private var finishedData = Data()
    private let fixDates: Bool
    private let language: String?
    /// The number of pages begun so far.
    public private(set) var pageCount = 0

    /// The outline's root, to pass as the parent of top-level bookmarks.
    public static let outlineRoot = 0

    /// Creates a writer; pages are added with ``beginPage(size:typesetter:)``.
    /// - Throws: ``RenderError`` when Cairo cannot create the surface.
    public init(metadata: PDFMetadata, typesetter: Typesetter? = nil) throws {
        self.typesetter = typesetter
        fixDates = metadata.creationDate != nil
        language = metadata.language
        guard let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.opaque, 612, 792) else {
            throw RenderError(operation: "creating a PDF surface", reason: "out of memory")
        }
        self.surface = surface
        try RenderError.check(cairo_surface_status(surface), "creating a PDF surface")
        guard sink.retain(by: surface) else { throw RenderError(operation: "creating a PDF surface", reason: "out of memory") }
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", ")),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
        ]
        for (key, value) in fields where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        if let date = metadata.creationDate {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        }
    }

    deinit { cairo_surface_destroy(surface) }

    /// Ends the current page (if any) and begins a new one of `size` points.
    /// The returned context draws on that page until the next call.
    public func beginPage(size: Size, typesetter: Typesetter? = nil) throws -> GraphicsContext {
        guard !finished else { throw RenderError(operation: "adding a page", reason: "the document is finished") }
        if let context {
            try context.checkStatus("drawing page \(pageCount)")
            if let cr = context.cairo { cairo_show_page(cr) }
        }
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageCount += 1
        let setter = typesetter ?? self.typesetter ?? context?.typesetter ?? Typesetter()
        let next = context ?? GraphicsContext(surface: surface, typesetter: setter, format: .pdf)
        context = next
        return next
    }

    /// Adds a bookmark titled `title` under `parent` that opens page `page`
    /// (1-based) at `y` points from its top; returns its id for child bookmarks.
    @discardableResult
    public func addOutlineItem(title: String, parent: Int = outlineRoot, page: Int, y: Double = 0, open: Bool = true) -> Int {
        let link = "page=\(page) pos=[0 \(y)]"
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return Int(cairo_pdf_surface_add_outline(surface, Int32(parent), title, link, flags))
    }

    /// Sets the label shown for page `page` (1-based) by viewers, e.g. "i" or "A-1".
    public func setPageLabel(_ label: String) {
        cairo_pdf_surface_set_page_label(surface, label)
    }

    /// Finishes the document and returns its bytes.
    /// - Throws: ``RenderError`` when Cairo failed while drawing or writing.
    public func finish() throws -> Data {
        guard !finished else { return finishedData }
        if let context {
            try context.checkStatus("drawing page \(pageCount)")
        }
        context = nil
        finished = true
        cairo_surface_finish(surface)
        try RenderError.check(cairo_surface_status(surface), "writing the PDF")
        var data = sink.data
        if fixDates { data = PDFDateFix.addPrefixes(data) }
        if let language { data = PDFLanguage.add(language, to: data) }
        finishedData = data
        return data
    }
}
