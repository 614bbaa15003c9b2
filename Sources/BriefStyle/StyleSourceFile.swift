import FoundationEssentials

/// A file read while loading a style, with its bytes as read, so that a
/// build manifest can list (and hash) every input that shaped the output.
public struct StyleSourceFile: Hashable, Sendable {
    /// The file as shown to the user: relative to the working directory when
    /// inside it, else absolute; `<built-in>/NAME.yaml` for an embedded style.
    public var path: String
    /// The bytes that were read.
    public var data: Data

    /// Creates a source file record.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
