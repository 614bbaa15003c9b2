import FoundationEssentials

/// Prints what an ``SVGDevice`` drew as one SVG document made for embedding:
/// `role="img"`, `<title>` and `<desc>`, an `id` on the root and every other
/// id under the same prefix, one `<style>` block scoped by that id (the dark
/// colour scheme), and each mark's class and tooltip.
struct SVGDocument {
    /// The chart's title (`<title>`).
    var title: String
    /// The chart's data in words (`<desc>`).
    var description: String
    /// The root's language attributes (` xml:lang="ko" lang="ko"`), or empty.
    var languageAttributes = ""

    /// The document with ids under `prefix`.
    func render(_ device: SVGDevice, prefix: SVGIDPrefix) -> Data {
        let body = Self.collapse(device.root)
        let defaults = Self.defaults(in: body)
        let scheme = SVGDarkScheme(light: Self.background(of: body) ?? .white, dark: SVGDarkScheme.defaultDark)
        let exceptions = Self.textExceptions(in: body, scheme: scheme)
        func write(_ prefix: String) -> String {
            var printer = SVGPrinter(prefix: prefix, defaults: defaults, exceptions: exceptions)
            return printer.document(body, device: device, title: title, description: description, scheme: scheme,
                                    languageAttributes: languageAttributes)
        }
        switch prefix {
        case .fixed(let name):
            return Data(write(name).utf8)
        case .derived(let base):
            // The same drawing always gets the same ids; another drawing (other
            // data, style or size) gets others.
            let hash = Self.shortHash(write(base))
            return Data(write("\(base)-\(hash)").utf8)
        }
    }

    /// Eight hexadecimal digits of FNV-1a (64-bit) over `text`.
    static func shortHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let digits = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    // MARK: Preparing the tree

    /// Removes empty groups, and puts the class and tooltip of a mark that
    /// holds one element on that element.
    static func collapse(_ node: SVGNode) -> SVGNode {
        guard case .group = node.kind else { return node }
        node.children = node.children.map(collapse).filter {
            if case .group = $0.kind { return !$0.children.isEmpty }
            return true
        }
        guard node.children.count == 1, let child = node.children.first, node.className != nil || node.title != nil else {
            return node
        }
        var isText = false
        if case .text = child.kind { isText = true }
        // A tooltip inside <text> would join the text's characters: texts keep a group.
        if node.title != nil, child.title != nil || isText { return node }
        child.className = [node.className, child.className].compactMap { $0 }.joined(separator: " ")
        child.title = node.title ?? child.title
        return child
    }

    /// The background: the colour of a first element that covers the page.
    private static func background(of root: SVGNode) -> Color? {
        guard let first = root.children.first, first.className == "tb-bg" else { return nil }
        return first.fill
    }

    /// What the root sets once for every element that does not say otherwise.
    struct Defaults {
        /// The font-family stack most texts use.
        var families: String?
        /// The font size most texts use.
        var fontSize: Double?
        /// The fill most elements use, as written (`#rrggbb` or `#rgb`).
        var fill: String?
    }

    /// The most common font family, font size and fill, to be set on the root.
    private static func defaults(in root: SVGNode) -> Defaults {
        var families: [String: Int] = [:]
        var sizes: [Double: Int] = [:]
        var fills: [String: Int] = [:]
        func visit(_ node: SVGNode) {
            if case .text(let line) = node.kind {
                families[line.families, default: 0] += 1
                if let size = line.runs.first?.font.size { sizes[size, default: 0] += 1 }
            }
            if case .group = node.kind {} else if let fill = node.fill, fill.alpha == 1 { fills[SVGPrinter.hex(fill), default: 0] += 1 }
            node.children.forEach(visit)
        }
        visit(root)
        return Defaults(
            families: families.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key,
            fontSize: sizes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key,
            fill: fills.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key)
    }

    /// Texts on marks whose dark colours would lose contrast: their dark colour, by text node.
    private static func textExceptions(in root: SVGNode, scheme: SVGDarkScheme) -> [ObjectIdentifier: Color] {
        var result: [ObjectIdentifier: Color] = [:]
        func visit(_ node: SVGNode) {
            if case .text = node.kind, let color = node.fill, let underlay = node.underlay,
               let better = scheme.textColor(color, on: underlay) {
                result[ObjectIdentifier(node)] = better
            }
            node.children.forEach(visit)
        }
        visit(root)
        return result
    }
}
