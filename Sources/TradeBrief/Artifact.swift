import BriefRender
import FoundationEssentials

/// One file a build produces, held in memory until every file is ready.
public struct Artifact: Sendable {
    /// The path relative to the output folder, e.g. `brief.pdf`.
    public var relativePath: String
    /// The file's format; nil for files that are not drawings (the manifest).
    public var format: OutputFormat?
    /// The bytes.
    public var data: Data {
        didSet { digest = nil }
    }
    /// For PDFs, the number of pages.
    public var pageCount: Int?

    /// Creates an artifact.
    public init(relativePath: String, format: OutputFormat?, data: Data, pageCount: Int? = nil) {
        self.relativePath = relativePath
        self.format = format
        self.data = data
        self.pageCount = pageCount
    }

    /// The SHA-256 of ``data`` as lowercase hex, when it was computed ahead of
    /// the manifest (``withDigest()``); nil once ``data`` changes.
    package private(set) var digest: String?

    /// This artifact with ``digest`` computed: a build's second thread
    /// hashes the files it makes there, so that the manifest, written on
    /// the brief's thread at the end, does not hash them again (issue 20).
    package func withDigest() -> Artifact {
        var artifact = self
        artifact.digest = Manifest.sha256(data)
        return artifact
    }
}
