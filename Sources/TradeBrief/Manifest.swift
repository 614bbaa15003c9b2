import Crypto
import FoundationEssentials

/// `manifest.json`: what a build read and what it wrote, with SHA-256 sums,
/// sorted and free of timestamps so that it is as reproducible as the files.
public struct Manifest: Codable, Hashable, Sendable {
    /// One input file.
    public struct Input: Codable, Hashable, Sendable {
        /// The file's base name (or `(embedded) dataset.json`,
        /// `<built-in>/NAME.yaml`): never a directory of the build machine,
        /// and the same from any working directory.
        public var path: String
        /// What the file is: `dataset`, `investments` or `style`.
        public var role: String
        /// SHA-256 of the bytes, lowercase hex.
        public var sha256: String
    }

    /// One written file.
    public struct Entry: Codable, Hashable, Sendable {
        /// The path relative to the output folder.
        public var path: String
        /// `pdf`, `svg`, `png` or `json`.
        public var format: String
        /// Size in bytes.
        public var bytes: Int
        /// SHA-256 of the bytes, lowercase hex.
        public var sha256: String
        /// Page count, for PDFs.
        public var pages: Int?
    }

    /// Always `tradebrief`.
    public var tool: String
    /// The tool's version.
    public var version: String
    /// The creation date used, when `SOURCE_DATE_EPOCH` fixed it.
    public var sourceDateEpoch: String?
    /// The creation date stamped into the PDFs (ISO 8601, UTC): the one
    /// `SOURCE_DATE_EPOCH` fixed, or the time of the build. `build --check`
    /// stamps it again, so that a folder checked right after its build
    /// matches. Nil in manifests written before it was recorded.
    public var creationDate: String?
    /// The inputs, sorted by path.
    public var inputs: [Input]
    /// The artifacts, sorted by path.
    public var artifacts: [Entry]

    /// The manifest's own file name.
    public static let fileName = "manifest.json"

    /// Describes `artifacts` made from `inputs` (path, role, bytes).
    package init(version: String, sourceDateEpoch: String?, creationDate: String?, inputs: [BriefInputs.File], artifacts: [Artifact]) {
        tool = "tradebrief"
        self.version = version
        self.sourceDateEpoch = sourceDateEpoch
        self.creationDate = creationDate
        self.inputs = inputs.map { Input(path: Self.recordedPath($0.path), role: $0.role, sha256: Self.sha256($0.data)) }
            .sorted { ($0.path, $0.role, $0.sha256) < ($1.path, $1.role, $1.sha256) }
        self.artifacts = artifacts.map {
            Entry(path: $0.relativePath, format: $0.format?.rawValue ?? URL(fileURLWithPath: $0.relativePath).pathExtension, bytes: $0.data.count, sha256: $0.digest ?? Self.sha256($0.data), pages: $0.pageCount)
        }.sorted { $0.path < $1.path }
    }

    /// The manifest as pretty, key-sorted JSON with a final newline.
    /// - Throws: ``TradeBriefError/unexpected(_:)`` if JSON encoding fails (it does not for these values).
    public func encoded() throws(TradeBriefError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(self) + Data("\n".utf8)
        } catch {
            throw .unexpected("encoding the manifest: \(error)")
        }
    }

    /// The manifest as an artifact to write beside the others.
    public func artifact() throws(TradeBriefError) -> Artifact {
        Artifact(relativePath: Self.fileName, format: nil, data: try encoded())
    }

    /// SHA-256 of `data` as lowercase hex.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// How an input's path is recorded: its base name, whether it was given
    /// absolute or relative (`/home/me/data/list.csv`, `data/list.csv` and
    /// `../../data/list.csv` are all `list.csv`), so that the manifest depends
    /// neither on the working directory nor on the spelling of a path;
    /// embedded inputs (`(embedded) …`, `<built-in>/…`) as named, so that a
    /// built-in style and a local one of the same name stay apart.
    static func recordedPath(_ path: String) -> String {
        path.hasPrefix("(") || path.hasPrefix("<built-in>/") ? path : URL(fileURLWithPath: path).lastPathComponent
    }
}
