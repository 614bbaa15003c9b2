import ArgumentParser
import TradeBrief

/// Where `chart -o` writes: a file (atomically), or standard output for `-`.
enum OutputTarget {
    /// The format for `output` and `--format`: `--format` is required with
    /// `-`; with a file it must agree with the extension, which alone picks
    /// the format otherwise.
    static func format(output: String, format: String?) throws -> OutputFormat {
        let named = try format.map { text -> OutputFormat in
            guard let value = OutputFormat(rawValue: text.lowercased()) else {
                throw ValidationError("--format '\(text)' is not one of svg, pdf, png.")
            }
            return value
        }
        if output == "-" {
            guard let named else { throw ValidationError("-o - writes to standard output: name the format with --format svg, pdf or png.") }
            return named
        }
        let fromExtension = OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
        switch (named, fromExtension) {
        case (nil, nil):
            throw ValidationError("'\(output)' does not end in .svg, .pdf or .png; the extension picks the format (or give --format).")
        case (let named?, let fromExtension?) where named != fromExtension:
            throw ValidationError("--format \(named.rawValue) does not match '\(output)'; use a .\(named.fileExtension) file or leave --format out.")
        case (let named?, _):
            return named
        case (nil, let fromExtension?):
            return fromExtension
        }
    }

    /// Writes `data` to the file `output` (atomically) or, for `-`, to standard output.
    static func write(_ data: Data, to output: String) throws {
        guard output == "-" else { return try AtomicFile.write(data, to: URL(fileURLWithPath: output)) }
        // Checked like every write to standard output: a full, closed or broken one ends the command with status 5.
        StandardStreams.out(data)
    }
}

/// `--svg-text text|paths`.
enum SVGTextModeOption: String, ExpressibleByArgument, CaseIterable {
    case text
    case paths

    var mode: SVGTextMode { self == .text ? .text : .paths }
}
