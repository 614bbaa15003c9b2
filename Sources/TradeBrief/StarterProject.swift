import BriefDocument
import FoundationEssentials

/// A new brief project, as `tradebrief init` writes it: `brief.md` (an
/// example of every feature of the format), `investments.csv` (the example
/// data) and `Styles/house.yaml` (a style to start from). It never
/// overwrites: if any of these files exists, nothing is written.
package enum StarterProject {
    /// The files, by path relative to the project's folder.
    package static var files: [(path: String, text: String)] { BundledBriefs.starterFiles }

    /// Writes the starter files into `folder` (created if needed).
    /// - Returns: the files written, in order.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` when a file already
    ///   exists (then nothing is written) or cannot be written.
    @discardableResult
    package static func write(into folder: URL) throws(TradeBriefError) -> [URL] {
        let targets = files.map { (url: folder.appendingPathComponent($0.path), text: $0.text) }
        guard targets.count == 3 else { throw .io(path: folder.path, reason: "the starter files are missing from this build") }
        let existing = targets.filter { FileManager.default.fileExists(atPath: $0.url.path) || isLink($0.url) }
        guard existing.isEmpty else {
            let names = existing.map { $0.url.path }.joined(separator: ", ")
            throw .io(path: folder.path, reason: "\(names) already exist\(existing.count == 1 ? "s" : ""); nothing was written (init never overwrites: choose an empty folder)")
        }
        for target in targets { try AtomicFile.write(Data(target.text.utf8), to: target.url) }
        return targets.map(\.url)
    }

    private static func isLink(_ url: URL) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
    }
}
