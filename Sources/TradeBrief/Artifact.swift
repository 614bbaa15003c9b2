import BriefRender
import FoundationEssentials

/// One file a build produces, held in memory until every file is ready.
public struct Artifact: Sendable {
    /// The path relative to the output folder, e.g. `brief.pdf`.
    public var relativePath: String
    /// The file's format; nil for files that are not drawings (the manifest).
    public var format: OutputFormat?
    /// The bytes.
    public var data: Data
    /// For PDFs, the number of pages.
    public var pageCount: Int?

    /// Creates an artifact.
    public init(relativePath: String, format: OutputFormat?, data: Data, pageCount: Int? = nil) {
        self.relativePath = relativePath
        self.format = format
        self.data = data
        self.pageCount = pageCount
    }
}
