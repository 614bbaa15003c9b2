import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Writes a set of artifacts into a folder as one step, or compares them with
/// what is there.
///
/// Writing happens in two phases: every file is first written to a temporary
/// name in the folder; only when all are written are they renamed into
/// place. An error in the first phase removes the temporary files and leaves
/// the previous artifacts untouched.
package struct ArtifactWriter {
    /// The output folder.
    package var folder: URL

    /// Creates a writer for `folder`.
    package init(folder: URL) { self.folder = folder }

    /// Writes every artifact atomically; returns the written files' URLs, in
    /// the order of `artifacts`.
    ///
    /// Stale temporary files of a killed earlier run are removed first (see
    /// `StaleTemporaryFiles`). `manifest.json`, if among the artifacts, is
    /// renamed into place last, so a folder whose manifest matches its files
    /// is complete.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` naming the file and the reason.
    @discardableResult
    package func write(_ artifacts: [Artifact]) throws(TradeBriefError) -> [URL] {
        try prepareFolder()
        let finals = try artifacts.map { artifact throws(TradeBriefError) in try destination(for: artifact.relativePath) }
        var folders: [URL] = []
        for final in finals where !folders.contains(final.deletingLastPathComponent()) {
            folders.append(final.deletingLastPathComponent())
        }
        for subfolder in folders {
            try makeFolder(subfolder)
            StaleTemporaryFiles.remove(in: subfolder)
        }
        var staged: [(temporary: String, final: URL)] = []
        do throws(TradeBriefError) {
            for (artifact, final) in zip(artifacts, finals) {
                var isDirectory = false
                if FileManager.default.fileExists(atPath: final.path, isDirectory: &isDirectory), isDirectory {
                    throw TradeBriefError.io(path: final.path, reason: "is a folder; remove it or choose another output folder")
                }
                let temporary = try TemporaryFiles.shared.create(beside: final)
                try AtomicFile.finish(temporary, data: artifact.data, finalPath: final.path)
                staged.append((temporary.path, final))
            }
        } catch {
            for item in staged { TemporaryFiles.shared.discard(item.temporary) }
            throw error
        }
        defer { for item in staged { TemporaryFiles.shared.remove(item.temporary) } }
        // The manifest last: until it is in place, the folder's manifest (if any) describes another set.
        let isManifest = { (index: Int) in staged[index].final.lastPathComponent == Manifest.fileName }
        let order = staged.indices.filter { !isManifest($0) } + staged.indices.filter(isManifest)
        for (position, index) in order.enumerated() where rename(staged[index].temporary, staged[index].final.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in order[position...] { TemporaryFiles.shared.discard(staged[rest].temporary) }
            throw TradeBriefError.io(path: staged[index].final.path, reason: "cannot move the new file into place (\(reason))")
        }
        return finals
    }

    /// The paths (relative) whose bytes in the folder differ from `artifacts`,
    /// including files that are missing there. Reads only; writes nothing.
    package func differences(from artifacts: [Artifact]) -> [String] {
        artifacts.compactMap { artifact in
            guard let url = try? destination(for: artifact.relativePath),
                  let existing = FileManager.default.contents(atPath: url.path) else { return artifact.relativePath + " (missing)" }
            return existing == artifact.data ? nil : artifact.relativePath
        }
    }

    /// The files that do not match the folder's own `manifest.json`: listed
    /// there but missing, or with other bytes (by SHA-256), as
    /// `PATH (missing)` or `PATH`; nil when the folder has no readable
    /// manifest. A folder left by an interrupted build, holding some new and
    /// some old files, does not match its manifest. Reads only.
    package func manifestMismatches() -> [String]? {
        guard let manifest = recordedManifest() else { return nil }
        return manifest.artifacts.compactMap { entry in
            guard let url = try? destination(for: entry.path), let bytes = FileManager.default.contents(atPath: url.path) else {
                return entry.path + " (missing)"
            }
            return bytes.count == entry.bytes && Manifest.sha256(bytes) == entry.sha256 ? nil : entry.path
        }
    }

    /// The folder's own `manifest.json`, if it has a readable one. Reads only.
    package func recordedManifest() -> Manifest? {
        let manifestURL = folder.appendingPathComponent(Manifest.fileName)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    private func prepareFolder() throws(TradeBriefError) {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory else {
                throw TradeBriefError.io(path: folder.path, reason: "is a file, not a folder; give --out a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TradeBriefError.io(path: folder.path, reason: "cannot create the output folder; check the path and permissions")
        }
    }

    /// Creates `subfolder` (and its parents) unless it is a folder already;
    /// a file in the way is an error naming it. A link in its place (or in
    /// place of a folder between it and the output folder) is an error too:
    /// following it would write, and clear stale temporary files, outside
    /// the output folder (a committed `Output/states` link, say).
    private func makeFolder(_ subfolder: URL) throws(TradeBriefError) {
        var inner = subfolder.standardizedFileURL
        let outer = folder.standardizedFileURL.path
        while inner.path.count > outer.count, inner.path.hasPrefix(outer) {
            var info = stat()
            if lstat(inner.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
                throw .io(path: inner.path, reason: "is a link, but the build writes a folder there and never follows a link out of the output folder; remove the link")
            }
            inner = inner.deletingLastPathComponent()
        }
        var isDirectory = false
        if FileManager.default.fileExists(atPath: subfolder.path, isDirectory: &isDirectory) {
            guard isDirectory else {
                throw .io(path: subfolder.path, reason: "is a file, but the build writes a folder of that name; move or remove the file")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: subfolder.path, reason: "cannot create the folder; check the path and permissions")
        }
    }

    /// The artifact's URL inside the folder; refuses names that leave it.
    private func destination(for relativePath: String) throws(TradeBriefError) -> URL {
        let parts = relativePath.split(separator: "/")
        guard !relativePath.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else {
            throw TradeBriefError.io(path: relativePath, reason: "output names must stay inside the output folder")
        }
        return folder.appendingPathComponent(relativePath)
    }
}
