/// A file format that charts and briefs can be written in.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    /// Vector PDF with embedded font subsets and real text.
    case pdf
    /// SVG 1.1, text as glyph outlines.
    case svg
    /// A raster image.
    case png

    /// The format named by a file's extension (case-insensitive), or nil.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// The file extension, without a dot.
    public var fileExtension: String { rawValue }

    /// The media type, e.g. `image/svg+xml`.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .svg: "image/svg+xml"
        case .png: "image/png"
        }
    }
}
