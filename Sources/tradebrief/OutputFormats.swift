import ArgumentParser
import TradeBrief

/// Parses `--format pdf,svg,png`.
enum OutputFormats {
    static func parse(_ text: String) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for item in text.split(separator: ",") {
            let name = String(item.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard let value = OutputFormat(rawValue: name.lowercased()) else {
                throw ValidationError("--format: '\(name)' is not one of pdf, svg, png.")
            }
            if !formats.contains(value) { formats.append(value) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of pdf, svg, png.") }
        return formats
    }
}
