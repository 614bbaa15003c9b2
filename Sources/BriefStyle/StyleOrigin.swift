import BriefData
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

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
            let data: Data
            switch Self.readRegularFile(url.path, limit: Self.maxBytes + 1) {
            case .success(let bytes): data = bytes
            case .failure(let reason): throw failure("cannot read the style: \(reason.text)")
            }
            guard data.count <= Self.maxBytes else {
                throw failure("cannot read the style: it is over 1 MB (\(Self.maxBytes) bytes); a style file is a few kilobytes of YAML")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                let place = InvalidUTF8.firstPlace(in: data)
                throw StyleError(problems: [StyleProblem(file: displayPath, line: place?.line, column: place?.column,
                                                         message: "cannot read the style: it is not UTF-8 text from here on; save it as UTF-8")])
            }
            return (text, data)
        }
    }

    /// Why a file could not be read, in words.
    struct ReadFailure: Error {
        var text: String
    }

    /// Reads at most `limit` bytes of the regular file at `path`, or says why not.
    ///
    /// Only a regular file is read: the file is opened without blocking
    /// (`O_NONBLOCK`, so a FIFO cannot hang the open) and checked with
    /// `fstat` before any read, so a FIFO, socket or device (`/dev/zero`, a
    /// pipe from `<(…)`) is refused at once instead of being waited on.
    static func readRegularFile(_ path: String, limit: Int) -> Result<Data, ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(ReadFailure(text: errno == ENOENT ? "no such file" : String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(text: String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(ReadFailure(text: "it is a folder, not a file"))
        default: return .failure(ReadFailure(text: "it is not a regular file (a pipe, socket or device); give the path of a .yaml file"))
        }
        // In chunks, so that a style of a few kilobytes takes a few kilobytes.
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while data.count < limit {
            let wanted = min(chunk.count, limit - data.count)
            let got = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, wanted) }
            if got == 0 { break }
            guard got > 0 else {
                if errno == EINTR { continue }
                return .failure(ReadFailure(text: String(cString: strerror(errno))))
            }
            data.append(contentsOf: chunk.prefix(got))
        }
        return .success(data)
    }
}

/// read(2), named apart from ``StyleOrigin/read()``.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
