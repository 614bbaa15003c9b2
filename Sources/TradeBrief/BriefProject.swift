import BriefText
import BriefData
import BriefDocument
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A brief document read from disk, with the files its front matter names
/// checked: the investments CSV and a style file must be inside the
/// document's folder (no absolute paths, no `..` out of it, no symbolic link
/// leading out of it).
public struct BriefProject: Sendable {
    /// The parsed document; problems with the files it names are in its `errors`.
    public var document: BriefDocument
    /// The folder the document is in; paths in its front matter are relative to it.
    public var folder: URL
    /// The path of the document as given.
    public var path: String
    /// The investments CSV the front matter names, checked; nil if none (or unusable).
    public var investmentsPath: String?
    /// The style the front matter names: a name, or a checked path to a file.
    public var style: String?

    /// Reads and parses the document at `path`.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` when the file cannot be
    ///   read; ``TradeBriefError/data(_:)`` when it is not UTF-8 text or too large.
    public static func load(path: String) throws(TradeBriefError) -> BriefProject {
        let url = URL(fileURLWithPath: path)
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .io(path: path, reason: "no such file; check the path (or run 'tradebrief init' to start a brief)")
        }
        guard !isDirectory else { throw .io(path: path, reason: "is a folder; give the path of a Markdown file") }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw .io(path: path, reason: "is not a regular file (a named pipe, a device or a socket); give the path of a Markdown file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: path, reason: "cannot read the file (\(systemErrorReason(error)))")
        }
        guard data.count <= BriefDocument.maxBytes else {
            throw .data(DataError(problems: [DataProblem(file: path, message: "the document is over the limit of 4 MB; split it")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let place = InvalidUTF8.firstPlace(in: data)
            throw .data(DataError(problems: [DataProblem(file: path, line: place?.line, column: place?.column,
                                                         message: "the document is not UTF-8 text from here on; save it as UTF-8")]))
        }
        return BriefProject(text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, path: path)
    }

    /// A project of document `text` that lives at `path` (which need not exist).
    public init(text: String, path: String) {
        self.path = path
        folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL
        document = BriefDocument(text: text, file: path)
        let matter = document.frontMatter
        if let csv = matter.investments {
            investmentsPath = checkedPath(csv, key: "investments")
        }
        if let style = matter.style {
            self.style = Self.isStylePath(style) ? checkedPath(style, key: "style") : style
        }
    }

    /// The file the front matter names for `key` (`investments`, or `style`
    /// when it is a path), checked or not: a name that fails the check (a link
    /// out of the folder, say) is still watched, so that replacing the file
    /// with a good one rebuilds. Nil when none is named, or the name leaves
    /// the folder as written (`../x.csv`, `/x.csv`). Watching only looks at
    /// the file's status; it never reads it.
    func watchablePath(_ key: String) -> String? {
        let matter = document.frontMatter
        guard let relative = key == "investments" ? matter.investments : matter.style,
              key == "investments" || Self.isStylePath(relative),
              !relative.hasPrefix("/"), !relative.hasPrefix("~") else { return nil }
        let target = folder.appendingPathComponent(relative).standardizedFileURL
        guard target.path.hasPrefix(folder.path + "/") else { return nil }
        return Self.displayPath(target, relativeTo: path)
    }

    /// Whether the front matter's `style` is a file (a `/`, or a `.yaml`/`.yml` ending) rather than a name,
    /// by the rule `Style.named` and the style finder follow.
    static func isStylePath(_ style: String) -> Bool {
        style.contains("/") || style.hasSuffix(".yaml") || style.hasSuffix(".yml")
    }

    /// Where to look for a style named in the front matter: the document's `Styles/` folder first.
    public var styleSearchPaths: [URL] { [folder.appendingPathComponent("Styles", isDirectory: true)] }

    /// `relative` resolved against the document's folder, or nil with a located error when it leaves the folder.
    private mutating func checkedPath(_ relative: String, key: String) -> String? {
        let line = document.frontMatter.lines[key]
        let column = document.frontMatter.columns[key] ?? 1
        func fail(_ message: String) -> String? {
            document.errors.append(DataProblem(file: path, line: line, column: column, message: message))
            return nil
        }
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~") else {
            return fail("\(key) '\(relative)' must be a path relative to the document, inside its folder (e.g. data/investments.csv)")
        }
        let target = folder.appendingPathComponent(relative).standardizedFileURL
        let root = folder.resolvingSymlinksInPath().path
        let resolved = target.resolvingSymlinksInPath().path
        guard target.path.hasPrefix(folder.path + "/"), resolved == root || resolved.hasPrefix(root + "/") else {
            return fail("\(key) '\(relative)' leads outside the document's folder; keep the file next to the document or in a folder below it")
        }
        return Self.displayPath(target, relativeTo: path)
    }

    /// The path to show and open: relative to the working directory when the document's path was.
    static func displayPath(_ target: URL, relativeTo documentPath: String) -> String {
        if documentPath.hasPrefix("/") { return target.path }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        return target.path.hasPrefix(cwd) ? String(target.path.dropFirst(cwd.count)) : target.path
    }
}
