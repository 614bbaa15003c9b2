import Foundation

/// Writes a set of artifacts into a folder as one step, or compares them with
/// what is there.
///
/// Writing happens in two phases: every file is first written to a temporary
/// name in the folder; only when all are written are they renamed into
/// place. An error in the first phase removes the temporary files and leaves
/// the previous artifacts untouched.
public struct ArtifactWriter {
    /// The output folder.
    public var folder: URL

    /// Creates a writer for `folder`.
    public init(folder: URL) { self.folder = folder }

    /// Writes every artifact atomically; returns the written files' URLs.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` naming the file and the reason.
    @discardableResult
    public func write(_ artifacts: [Artifact]) throws -> [URL] {
        try prepareFolder()
        var staged: [(temporary: URL, final: URL)] = []
        do {
            for artifact in artifacts {
                let final = try destination(for: artifact.relativePath)
                let temporary = final.deletingLastPathComponent()
                    .appendingPathComponent(".\(final.lastPathComponent).\(getpid()).tmp")
                try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: final.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    throw TradeBriefError.io(path: final.path, reason: "is a folder; remove it or choose another output folder")
                }
                TemporaryFiles.shared.add(temporary.path)
                staged.append((temporary, final))
                try AtomicFile.writeTemporary(artifact.data, to: temporary, finalPath: final.path)
            }
        } catch {
            for item in staged {
                unlink(item.temporary.path)
                TemporaryFiles.shared.remove(item.temporary.path)
            }
            throw TradeBriefError.wrap(error)
        }
        defer { for item in staged { TemporaryFiles.shared.remove(item.temporary.path) } }
        for (index, item) in staged.enumerated() where rename(item.temporary.path, item.final.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in staged[index...] { unlink(rest.temporary.path) }
            throw TradeBriefError.io(path: item.final.path, reason: "cannot move the new file into place (\(reason))")
        }
        return staged.map(\.final)
    }

    /// The paths (relative) whose bytes in the folder differ from `artifacts`,
    /// including files that are missing there. Reads only; writes nothing.
    public func differences(from artifacts: [Artifact]) -> [String] {
        artifacts.compactMap { artifact in
            guard let url = try? destination(for: artifact.relativePath),
                  let existing = FileManager.default.contents(atPath: url.path) else { return artifact.relativePath + " (missing)" }
            return existing == artifact.data ? nil : artifact.relativePath
        }
    }

    private func prepareFolder() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
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

    /// The artifact's URL inside the folder; refuses names that leave it.
    private func destination(for relativePath: String) throws -> URL {
        let parts = relativePath.split(separator: "/")
        guard !relativePath.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else {
            throw TradeBriefError.io(path: relativePath, reason: "output names must stay inside the output folder")
        }
        return folder.appendingPathComponent(relativePath)
    }
}
