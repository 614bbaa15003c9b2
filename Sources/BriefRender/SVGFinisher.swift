import Foundation

/// Makes Cairo's SVG safe to inline next to other SVGs and readable by
/// screen readers: prefixes every `id` (and the references to it), numbers
/// Cairo's process-wide `surfaceN` ids from one, and adds `role="img"`,
/// `<title>` and `<desc>`.
public enum SVGFinisher {
    /// Whether `prefix` can be used in ids: a letter, then letters, digits, `-` or `_`.
    public static func isValidPrefix(_ prefix: String) -> Bool {
        guard let first = prefix.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return prefix.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    /// Returns the finished SVG text.
    public static func finish(_ svg: Data, title: String, description: String, idPrefix: String) -> Data {
        var text = String(decoding: svg, as: UTF8.self)
        // Cairo numbers surfaces with a process-wide counter: renumber them
        // in order of appearance so the bytes do not depend on history.
        var surfaceIDs: [String: String] = [:]
        text = replacing(in: text, pattern: #"surface[0-9]+"#) { match in
            if let known = surfaceIDs[match] { return known }
            let fresh = "surface\(surfaceIDs.count + 1)"
            surfaceIDs[match] = fresh
            return fresh
        }
        text = replacing(in: text, pattern: #" id="([^"]+)""#) { " id=\"\(idPrefix)-\($0.dropFirst(5).dropLast())\"" }
        text = replacing(in: text, pattern: ##"href="#([^"]+)""##) { "href=\"#\(idPrefix)-\($0.dropFirst(7).dropLast())\"" }
        text = replacing(in: text, pattern: ##"url\(#([^)]+)\)"##) { "url(#\(idPrefix)-\($0.dropFirst(5).dropLast()))" }
        if let open = text.range(of: "<svg"), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) {
            let titleID = "\(idPrefix)-title"
            let descID = "\(idPrefix)-desc"
            let attributes = " role=\"img\" aria-labelledby=\"\(titleID) \(descID)\""
            let head = "\n<title id=\"\(titleID)\">\(escape(title))</title>\n<desc id=\"\(descID)\">\(escape(description))</desc>"
            text.replaceSubrange(close, with: ">" + head)
            text.insert(contentsOf: attributes, at: open.upperBound)
        }
        return Data(text.utf8)
    }

    /// Escapes text for XML character data and attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Control characters are not allowed in XML 1.0.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    private static func replacing(in text: String, pattern: String, with transform: (String) -> String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let ns = text as NSString
        var result = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            result += transform(ns.substring(with: match.range))
            last = match.range.location + match.range.length
        }
        result += ns.substring(from: last)
        return result
    }
}
