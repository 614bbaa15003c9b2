import BriefRender

/// What the running header and footer say, and the PDF's metadata.
public struct DocumentInfo: Sendable {
    /// Shown in the running header of every page after the first.
    public var runningTitle: String
    /// Shown after the title in the header (e.g. the date).
    public var runningDate: String
    /// Shown at the left of the footer (e.g. the main source).
    public var footerNote: String
    /// Document information for the PDF.
    public var metadata: PDFMetadata

    /// Creates document information.
    public init(runningTitle: String, runningDate: String, footerNote: String, metadata: PDFMetadata) {
        self.runningTitle = runningTitle
        self.runningDate = runningDate
        self.footerNote = footerNote
        self.metadata = metadata
    }
}
