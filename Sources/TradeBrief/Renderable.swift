import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Something that renders to PDF, SVG or PNG bytes: the whole ``Brief`` or
/// one chart of it (``ChartRendering``).
///
/// A conforming type implements ``render(_:)``; the protocol adds the two
/// other ways out: to a file (``write(to:format:)``, atomic) and to a stream
/// (``write(_:toFileDescriptor:)``: standard output, a pipe, a socket).
///
/// ```swift
/// let brief = try Brief()
/// let pdf = try brief.render(.pdf)                          // Data
/// try brief.write(to: URL(fileURLWithPath: "brief.pdf"))     // a file
/// try brief.chart("state-bars").write(.svg, toFileDescriptor: STDOUT_FILENO)  // a stream
/// ```
public protocol Renderable: Sendable {
    /// The formats ``render(_:)`` accepts: `[.pdf]` for the brief, every
    /// format for a chart.
    ///
    /// ```swift
    /// try Brief().formats        // [.pdf]
    /// ```
    var formats: [OutputFormat] { get }

    /// Renders in `format`, in memory.
    ///
    /// ```swift
    /// let svg = try brief.chart("state-map").render(.svg)
    /// ```
    /// - Parameter format: One of ``formats``.
    /// - Throws: ``TradeBriefError/usage(_:)`` for a format not in
    ///   ``formats`` or an option that cannot work, ``TradeBriefError/render(_:)``
    ///   when Cairo or Pango fail.
    func render(_ format: OutputFormat) throws(TradeBriefError) -> Data
}

extension Renderable {
    /// Renders and writes to `url` atomically: the file appears whole or not
    /// at all (a temporary file in the same folder, then a rename). The
    /// folder is created if needed.
    ///
    /// ```swift
    /// try brief.write(to: folder.appendingPathComponent("brief.pdf"))
    /// try brief.chart("state-map").write(to: folder.appendingPathComponent("map.png"))
    /// ```
    /// - Parameters:
    ///   - url: The file to write.
    ///   - format: The format; nil picks it from the file's extension
    ///     (`.pdf`, `.svg` or `.png`).
    /// - Throws: ``TradeBriefError/usage(_:)`` when the format cannot be told
    ///   from the extension or is not in ``formats``;
    ///   ``TradeBriefError/io(path:reason:)`` when the file cannot be written.
    public func write(to url: URL, format: OutputFormat? = nil) throws(TradeBriefError) {
        guard let chosen = format ?? OutputFormat(pathExtension: url.pathExtension) else {
            throw .usage("'\(url.path)' does not end in .pdf, .svg or .png; name the format with write(to:format:)")
        }
        let data = try render(chosen)
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// Renders and writes the bytes to the open file `descriptor`: standard
    /// output, a pipe, a socket or an open file. The descriptor is not closed.
    /// Writing to standard output flushes `print`'s buffer first, so what was
    /// printed before comes before.
    ///
    /// ```swift
    /// // tradebrief-like: the chart on standard output, for a pipe
    /// try brief.chart("state-bars").write(.svg, toFileDescriptor: STDOUT_FILENO)
    /// ```
    /// - Parameters:
    ///   - format: One of ``formats``.
    ///   - descriptor: Where the bytes go, from its current offset (with
    ///     Foundation, a `FileHandle`'s `fileDescriptor`).
    /// - Throws: ``TradeBriefError/io(path:reason:)`` (path `(stream)`) when
    ///   the descriptor refuses the bytes, and what ``render(_:)`` throws.
    public func write(_ format: OutputFormat, toFileDescriptor descriptor: Int32) throws(TradeBriefError) {
        let data = try render(format)
        // Text printed earlier with `print` sits in stdio's buffer: out first (fflush(nil) flushes every output stream), so the order holds.
        if descriptor == STDOUT_FILENO { fflush(nil) }
        if let failure = AtomicFile.writeAll(data, to: descriptor, closing: false) {
            throw .io(path: "(stream)", reason: "cannot write \(data.count) bytes (\(failure))")
        }
    }

    /// The error for a format this value cannot be rendered in.
    func unsupported(_ format: OutputFormat, what: String, hint: String) -> TradeBriefError {
        .usage("\(what) cannot be rendered as \(format.rawValue.uppercased()); \(hint)")
    }
}
