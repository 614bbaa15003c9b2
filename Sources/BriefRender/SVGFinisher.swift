import FoundationEssentials

/// Makes Cairo's SVG safe to inline next to other SVGs and readable by
/// screen readers: prefixes every `id` (and the references to it), numbers
/// Cairo's process-wide `surfaceN` ids from one, and adds `role="img"`,
/// `<title>` and `<desc>`. One pass over the bytes.
public enum SVGFinisher {
    /// Whether `prefix` can be used in ids: an ASCII letter, then ASCII letters, digits, `-` or `_`.
    public static func isValidPrefix(_ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static let idOpen = Array(#" id=""#.utf8)
    private static let hrefOpen = Array(##"href="#"##.utf8)
    private static let urlOpen = Array("url(#".utf8)
    private static let surface = Array("surface".utf8)

    /// Returns Cairo's SVG finished with `options`' title, description and
    /// id prefix (a derived prefix hashes the SVG finished with its base).
    static func finish(_ svg: Data, options: SVGOptions) -> Data {
        switch options.idPrefix {
        case .fixed(let prefix):
            return finish(svg, title: options.title, description: options.description, idPrefix: prefix,
                          languageAttributes: options.languageAttributes)
        case .derived(let base):
            let draft = finish(svg, title: options.title, description: options.description, idPrefix: base,
                               languageAttributes: options.languageAttributes)
            let hash = SVGDocument.shortHash(String(decoding: draft, as: UTF8.self))
            return finish(svg, title: options.title, description: options.description, idPrefix: "\(base)-\(hash)",
                          languageAttributes: options.languageAttributes)
        }
    }

    /// Returns the finished SVG; `languageAttributes` (` xml:lang="ko" lang="ko"`) go on the root.
    public static func finish(_ svg: Data, title: String, description: String, idPrefix: String, languageAttributes: String = "") -> Data {
        let input = [UInt8](svg)
        let prefix = Array((idPrefix + "-").utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8 + 512)
        var surfaceNumbers: [ArraySlice<UInt8>: Int] = [:]
        var headInserted = false
        var index = 0
        let count = input.count

        @inline(__always) func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            guard position + pattern.count <= count else { return false }
            for offset in 0..<pattern.count where input[position + offset] != pattern[offset] { return false }
            return true
        }

        while index < count {
            let byte = input[index]
            if !headInserted, byte == UInt8(ascii: "<"), matches(Array("<svg".utf8), at: index),
               let close = input[index...].firstIndex(of: UInt8(ascii: ">")) {
                let titleID = "\(idPrefix)-title"
                let descID = "\(idPrefix)-desc"
                output += Array("<svg role=\"img\" aria-labelledby=\"\(titleID) \(descID)\"\(languageAttributes)".utf8)
                output += input[(index + 4)...close]
                output += Array("\n<title id=\"\(titleID)\">\(escape(title))</title>\n<desc id=\"\(descID)\">\(escape(description))</desc>".utf8)
                index = close + 1
                headInserted = true
                continue
            }
            if byte == UInt8(ascii: " "), matches(idOpen, at: index) {
                output += idOpen
                output += prefix
                index += idOpen.count
                continue
            }
            if byte == UInt8(ascii: "h"), matches(hrefOpen, at: index) {
                output += hrefOpen
                output += prefix
                index += hrefOpen.count
                continue
            }
            if byte == UInt8(ascii: "u"), matches(urlOpen, at: index) {
                output += urlOpen
                output += prefix
                index += urlOpen.count
                continue
            }
            if byte == UInt8(ascii: "s"), matches(surface, at: index) {
                // Cairo numbers surfaces with a process-wide counter: renumber them in
                // order of appearance so the bytes do not depend on what came before.
                var end = index + surface.count
                while end < count, isDigit(input[end]) { end += 1 }
                if end > index + surface.count {
                    let key = input[(index + surface.count)..<end]
                    let number = surfaceNumbers[key] ?? (surfaceNumbers.count + 1)
                    surfaceNumbers[key] = number
                    output += surface
                    output += Array(String(number).utf8)
                    index = end
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return Data(output)
    }

    /// Escapes text for XML character data and attributes; characters XML
    /// forbids become spaces.
    public static func escape(_ text: String) -> String { XMLText.escapeAttribute(text) }
}
