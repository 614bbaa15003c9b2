import Foundation

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

    /// The file that `reference` (an `extends` value) in the file at `origin`
    /// means: a path relative to that file's folder first (for a bare name,
    /// `NAME.yaml` beside it), then, unless it has a `/`, the style of that name.
    func extended(_ reference: String, from origin: StyleOrigin) -> StyleOrigin? {
        let name = StyleOrigin.styleName(ofFile: reference) ?? reference
        switch origin {
        case .builtin:
            return reference.contains("/") ? nil : Self.builtin(named: name)
        case .file(let url):
            let folder = url.deletingLastPathComponent()
            if Self.isPath(reference) {
                let target = reference.hasPrefix("/")
                    ? URL(fileURLWithPath: reference) : folder.appendingPathComponent(reference)
                if Self.isFile(target) { return .file(target) }
                return reference.contains("/") ? nil : named(name)
            }
            return Self.file(named: name, in: folder) ?? named(name)
        }
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
                guard let name = StyleOrigin.styleName(ofFile: file), Self.isFile(url), seen.insert(name).inserted else { continue }
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

    private static func isFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
