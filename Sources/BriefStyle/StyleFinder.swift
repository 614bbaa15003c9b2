import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Finds style files: by name in the search paths and then among the
/// embedded styles, by path, and the files that `extends` refers to.
struct StyleFinder: Sendable {
    /// Folders searched for `NAME.yaml`, in order, before the embedded styles.
    var searchPaths: [URL]

    /// Whether `reference` is a path (has a `/` or ends `.yaml`/`.yml`) rather than a name.
    static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || StyleOrigin.styleName(ofFile: reference) != nil
    }

    /// The style called `name`: `NAME.yaml` (or `.yml`) in the first search
    /// path that has it, else the embedded copy; nil when there is none.
    func named(_ name: String) -> StyleOrigin? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        for folder in searchPaths {
            if let origin = Self.file(named: name, in: folder) { return origin }
        }
        return Self.builtin(named: name)
    }

    /// What an `extends` value refers to.
    enum Extended {
        /// The style file or built-in style it names.
        case found(StyleOrigin)
        /// Nothing of that name.
        case missing
        /// A path that leaves the folder of the style that extends (absolute,
        /// `../`, or a link to a file elsewhere): never read.
        case outside
        /// A name whose file is not a regular file (a folder, FIFO, socket,
        /// device or broken link): never opened.
        case special(URL)
    }

    /// The file that `reference` (an `extends` value) in the file at `origin` means.
    ///
    /// - A path (with a `/`, or ending `.yaml` or `.yml`) is a file inside the
    ///   folder of `origin`, or below it, after resolving `..` and symbolic
    ///   links; a path that leaves that folder is ``Extended/outside``. A file
    ///   name without `/` that is not there is then looked up as a style name.
    /// - A name is `NAME.yaml` beside `origin` if it is there (and inside the
    ///   folder), then the style of that name (search paths, then built in).
    ///   A style never extends itself by name: `Styles/default.yaml` with
    ///   `extends: default` extends the built-in `default`.
    /// - A built-in style can only extend another built-in style, by name.
    func extended(_ reference: String, from origin: StyleOrigin) -> Extended {
        let name = StyleOrigin.styleName(ofFile: reference) ?? reference
        switch origin {
        case .builtin:
            guard !reference.contains("/"), let found = Self.builtin(named: name) else { return .missing }
            return .found(found)
        case .file(let url):
            let folder = url.deletingLastPathComponent()
            if Self.isPath(reference) {
                let target = folder.appendingPathComponent(reference)
                // Outside by its spelling (absolute, or `..` past the folder): refused without a look.
                let lexicalFolder = folder.standardizedFileURL.path
                guard !reference.hasPrefix("/"),
                      target.standardizedFileURL.path.hasPrefix(lexicalFolder.hasSuffix("/") ? lexicalFolder : lexicalFolder + "/") else { return .outside }
                if FileManager.default.fileExists(atPath: target.path) {
                    return Self.isInside(target, folder: folder) ? .found(.file(target)) : .outside
                }
                guard !reference.contains("/") else { return .missing }
            } else if let beside = Self.file(named: name, in: folder), beside.identity != origin.identity {
                guard case .file(let target) = beside, Self.isInside(target, folder: folder) else { return .outside }
                return .found(beside)
            } else if let special = Self.specialFile(named: name, in: folder) {
                return .special(special)
            }
            // By name, skipping the file that extends: a local style may extend the built-in one of its name.
            for folder in searchPaths {
                if let found = Self.file(named: name, in: folder), found.identity != origin.identity {
                    if case .file(let target) = found, !Self.isInside(target, folder: folder) { continue }
                    return .found(found)
                }
                if let special = Self.specialFile(named: name, in: folder) { return .special(special) }
            }
            return Self.builtin(named: name).map { .found($0) } ?? .missing
        }
    }

    /// Whether `file`, with `..` and symbolic links resolved, lies inside
    /// `folder` (itself resolved) or below it.
    static func isInside(_ file: URL, folder: URL) -> Bool {
        guard let resolvedFile = realPath(file.path), let resolvedFolder = realPath(folder.path) else { return false }
        let prefix = resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/"
        return resolvedFile.hasPrefix(prefix)
    }

    /// The canonical absolute path of an existing file (realpath(3)), or nil.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Every style that `--style NAME` can find, by name: the search paths
    /// in order, then the embedded styles; the first of each name wins.
    func all() -> [(name: String, origin: StyleOrigin)] {
        var found: [(name: String, origin: StyleOrigin)] = []
        var seen: Set<String> = []
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where !file.hasPrefix(".") {
                let url = folder.appendingPathComponent(file)
                guard let name = StyleOrigin.styleName(ofFile: file), Self.isFile(url) || Self.isSpecial(url),
                      seen.insert(name).inserted else { continue }
                found.append((name, .file(url)))
            }
        }
        for file in EmbeddedResources.names {
            guard let name = StyleOrigin.styleName(ofFile: file), seen.insert(name).inserted else { continue }
            found.append((name, .builtin(file)))
        }
        return found.sorted { $0.name < $1.name }
    }

    private static func file(named name: String, in folder: URL) -> StyleOrigin? {
        for suffix in [".yaml", ".yml"] {
            let url = folder.appendingPathComponent(name + suffix)
            if isFile(url) { return .file(url) }
        }
        return nil
    }

    private static func builtin(named name: String) -> StyleOrigin? {
        [".yaml", ".yml"].map { name + $0 }.first { EmbeddedResources.names.contains($0) }.map { .builtin($0) }
    }

    /// Whether `url` is a regular file (or a link to one): a FIFO or device is not a style file.
    static func isFile(_ url: URL) -> Bool {
        var info = stat()
        return stat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether `origin` can be read as a style: a built-in style, or a regular file.
    static func isReadable(_ origin: StyleOrigin) -> Bool {
        if case .file(let url) = origin { return isFile(url) }
        return true
    }

    /// Whether `url` is there but is not a regular file (a folder, FIFO,
    /// socket or device, a link to one, or a broken link): never opened, but
    /// named in messages rather than passed over in silence.
    static func isSpecial(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && !isFile(url)
    }

    /// The `NAME.yaml` (or `.yml`) in a search path that `named(_:)` passes
    /// over because it is not a regular file, if it would have been chosen.
    func special(named name: String) -> URL? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        for folder in searchPaths {
            if Self.file(named: name, in: folder) != nil { return nil }
            if let special = Self.specialFile(named: name, in: folder) { return special }
        }
        return nil
    }

    /// `NAME.yaml` (or `.yml`) in `folder` when it is there but not a regular file.
    private static func specialFile(named name: String, in folder: URL) -> URL? {
        [".yaml", ".yml"].map { folder.appendingPathComponent(name + $0) }.first { isSpecial($0) }
    }
}
