import Foundation

/// Where a style file comes from: a file on disk, or a copy embedded in the
/// binary at build time (from the package's `Styles/` folder).
enum StyleOrigin: Hashable, Sendable {
    /// A file on disk.
    case file(URL)
    /// An embedded file, by its file name (e.g. `default.yaml`).
    case builtin(String)

    /// The largest style file read: 1 MB.
    static let maxBytes = 1 << 20

    /// The prefix that marks embedded files in messages and manifests.
    static let builtinFolder = "<built-in>"

    /// The file as shown to the user: relative to the working directory when
    /// inside it, else absolute; `<built-in>/NAME.yaml` when embedded.
    var displayPath: String {
        switch self {
        case .file(let url):
            let path = url.standardizedFileURL.path
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
            let prefix = here.hasSuffix("/") ? here : here + "/"
            return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        case .builtin(let fileName):
            return Self.builtinFolder + "/" + fileName
        }
    }

    /// What makes two origins the same file, for finding `extends` cycles.
    var identity: String {
        switch self {
        case .file(let url): url.standardizedFileURL.resolvingSymlinksInPath().path
        case .builtin: displayPath
        }
    }

    /// The style's name: the file name without `.yaml` or `.yml`.
    var styleName: String {
        let fileName = switch self {
        case .file(let url): url.lastPathComponent
        case .builtin(let name): name
        }
        return Self.styleName(ofFile: fileName) ?? fileName
    }

    /// The style name for a file name ending `.yaml` or `.yml`, else nil.
    static func styleName(ofFile fileName: String) -> String? {
        for suffix in [".yaml", ".yml"] where fileName.hasSuffix(suffix) && fileName.count > suffix.count {
            return String(fileName.dropLast(suffix.count))
        }
        return nil
    }

    /// Reads the file's text and bytes.
    /// - Throws: ``StyleError`` with one problem when the file is missing,
    ///   a folder, unreadable, over ``maxBytes`` or not UTF-8.
    func read() throws(StyleError) -> (text: String, data: Data) {
        func failure(_ message: String) -> StyleError {
            StyleError(problems: [StyleProblem(file: displayPath, message: message)])
        }
        switch self {
        case .builtin(let fileName):
            guard let text = EmbeddedResources.text(named: fileName) else { throw failure("no such built-in style") }
            return (text, Data(text.utf8))
        case .file(let url):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw failure("cannot read the style: no such file")
            }
            guard !isFolder.boolValue else { throw failure("cannot read the style: it is a folder, not a file") }
            // At most `maxBytes + 1` bytes through a file handle: `/dev/zero` or an endless
            // pipe cannot hang the tool, and an empty file does not hit the leak in
            // Foundation's `Data(contentsOf:)` (it keeps a 4 KB buffer for empty files on Linux).
            let data: Data
            do {
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                data = try handle.read(upToCount: Self.maxBytes + 1) ?? Data()
            } catch {
                throw failure("cannot read the style: \(error.localizedDescription)")
            }
            guard data.count <= Self.maxBytes else {
                throw failure("cannot read the style: it is over 1 MB (\(Self.maxBytes) bytes); a style file is a few kilobytes of YAML")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw failure("cannot read the style: it is not UTF-8 text")
            }
            return (text, data)
        }
    }
}
