import BriefText
import FoundationEssentials

/// Prints the element tree of an ``SVGDevice`` as SVG text, for one id
/// prefix: the root with its accessibility attributes and defaults, the
/// scoped `<style>` block (dark colour scheme), used clip paths, and each
/// element in the fewest attributes that draw it.
struct SVGPrinter {
    let prefix: String
    let defaults: SVGDocument.Defaults
    let exceptions: [ObjectIdentifier: Color]
    var out = ""
    /// The class for each dark text colour that needs one.
    var exceptionClasses: [String: String] = [:]

    init(prefix: String, defaults: SVGDocument.Defaults, exceptions: [ObjectIdentifier: Color]) {
        self.prefix = prefix
        self.defaults = defaults
        self.exceptions = exceptions
        var classes: [String: String] = [:]
        for hex in Set(exceptions.values.map(SVGPrinter.hex)).sorted() { classes[hex] = "tb-k\(classes.count + 1)" }
        exceptionClasses = classes
    }

    /// `color` as written: `#rrggbb`, or `#rgb` where that says the same.
    static func hex(_ color: Color) -> String {
        let full = color.withAlpha(1).hex
        let bytes = Array(full.utf8)
        if bytes.count == 7, bytes[1] == bytes[2], bytes[3] == bytes[4], bytes[5] == bytes[6] {
            return String(decoding: [bytes[0], bytes[1], bytes[3], bytes[5]], as: UTF8.self)
        }
        return full
    }

    mutating func document(_ root: SVGNode, device: SVGDevice, title: String, description: String, scheme: SVGDarkScheme,
                           languageAttributes: String = "") -> String {
        let (w, h) = (SVGNumber.format(device.size.width), SVGNumber.format(device.size.height))
        out.reserveCapacity(16_384)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(prefix)\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\"" + languageAttributes
        out += " width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        if let families = defaults.families { out += " font-family=\"\(XMLText.escapeAttribute(families))\"" }
        if let size = defaults.fontSize { number("font-size", size) }
        if let fill = defaults.fill { out += " fill=\"\(fill)\"" }
        out += ">\n<title id=\"\(prefix)-title\">\(XMLText.escape(title))</title>\n"
        out += "<desc id=\"\(prefix)-desc\">\(XMLText.escape(description))</desc>\n"
        out += "<style>" + style(root, scheme: scheme) + "</style>\n"
        let used = usedClips(root, clips: device.clips)
        if !used.isEmpty {
            out += "<defs>"
            for number in used.sorted() {
                let clip = device.clips[number - 1]
                out += "<clipPath id=\"\(prefix)-c\(number)\""
                if let parent = clip.parent { out += " clip-path=\"url(#\(prefix)-c\(parent))\"" }
                out += "><path d=\"\(clip.data)\"/></clipPath>"
            }
            out += "</defs>\n"
        }
        for child in root.children { write(child) }
        out += "</svg>\n"
        return out
    }

    /// The clips that elements use, with the clips they sit inside.
    private func usedClips(_ root: SVGNode, clips: [SVGDevice.ClipPath]) -> Set<Int> {
        var used = Set<Int>()
        func visit(_ node: SVGNode) {
            if case .group = node.kind {} else if var number = node.clip {
                while number >= 1, number <= clips.count, used.insert(number).inserted, let parent = clips[number - 1].parent {
                    number = parent
                }
            }
            node.children.forEach(visit)
        }
        visit(root)
        return used
    }

    /// The `<style>` block: the dark colour scheme, scoped by the root's id.
    private func style(_ root: SVGNode, scheme: SVGDarkScheme) -> String {
        var fills = Set<String>()
        var strokes = Set<String>()
        var colors: [String: Color] = [:]
        func visit(_ node: SVGNode) {
            if let fill = node.fill { let key = SVGPrinter.hex(fill); fills.insert(key); colors[key] = fill }
            if let stroke = node.stroke { let key = SVGPrinter.hex(stroke.color); strokes.insert(key); colors[key] = stroke.color }
            node.children.forEach(visit)
        }
        visit(root)
        var rules = ""
        for (attribute, keys) in [("fill", fills), ("stroke", strokes)] {
            for key in keys.sorted() {
                guard let color = colors[key] else { continue }
                let mapped = SVGPrinter.hex(scheme.map(color.withAlpha(1)))
                guard mapped != key else { continue }
                // The root's own fill (inherited by most elements) needs its own selector.
                let root = attribute == "fill" && key == defaults.fill ? "#\(prefix)[fill=\"\(key)\"]," : ""
                rules += "\(root)#\(prefix) [\(attribute)=\"\(key)\"]{\(attribute):\(mapped)}"
            }
        }
        for (hex, name) in exceptionClasses.sorted(by: { $0.value < $1.value }) {
            rules += "#\(prefix) .\(name){fill:\(hex)}"
        }
        return "@media (prefers-color-scheme:dark){\(rules)}"
    }

    private mutating func write(_ node: SVGNode) {
        switch node.kind {
        case .group:
            guard node.className != nil || node.title != nil else { return node.children.forEach { write($0) } }
            out += "<g"
            classAttribute(node.className)
            out += ">"
            if let title = node.title { out += "<title>\(XMLText.escape(title))</title>" }
            node.children.forEach { write($0) }
            out += "</g>\n"
        case .rect(let rect, let rx, let ry):
            out += "<rect"
            if rect.minX != 0 { number("x", rect.minX) }
            if rect.minY != 0 { number("y", rect.minY) }
            number("width", rect.width)
            number("height", rect.height)
            if rx > 0 { number("rx", rx) }
            if ry > 0, SVGNumber.format(ry) != SVGNumber.format(rx) { number("ry", ry) }
            common(node)
            close(node)
        case .line(let from, let to):
            out += "<line"
            number("x1", from.x)
            number("y1", from.y)
            number("x2", to.x)
            number("y2", to.y)
            common(node)
            close(node)
        case .path(let data):
            out += "<path d=\"\(data)\""
            common(node)
            close(node)
        case .text(let line):
            writeText(node, line)
        }
    }

    private mutating func number(_ name: String, _ value: Double) {
        out += " \(name)=\"\(SVGNumber.format(value))\""
    }

    private mutating func classAttribute(_ name: String?) {
        if let name, !name.isEmpty { out += " class=\"\(XMLText.escapeAttribute(name))\"" }
    }

    /// Class, clip, fill and stroke.
    private mutating func common(_ node: SVGNode) {
        classAttribute(node.className)
        if let clip = node.clip { out += " clip-path=\"url(#\(prefix)-c\(clip))\"" }
        if let fill = node.fill {
            fillAttributes(fill)
        } else if node.stroke != nil, !isLine(node) {
            out += " fill=\"none\""
        }
        if let (color, style) = node.stroke {
            out += " stroke=\"\(SVGPrinter.hex(color))\""
            if color.alpha < 1 { number("stroke-opacity", color.alpha) }
            if style.width != 1 { number("stroke-width", style.width) }
            switch style.cap {
            case .butt: break
            case .round: out += " stroke-linecap=\"round\""
            case .square: out += " stroke-linecap=\"square\""
            }
            switch style.join {
            case .miter: break
            case .round: out += " stroke-linejoin=\"round\""
            case .bevel: out += " stroke-linejoin=\"bevel\""
            }
            if !style.dash.isEmpty { out += " stroke-dasharray=\"\(style.dash.map(SVGNumber.format).joined(separator: " "))\"" }
        }
    }

    private func isLine(_ node: SVGNode) -> Bool {
        if case .line = node.kind { return true }
        return false
    }

    /// `/>`, or the tooltip and the closing tag.
    private mutating func close(_ node: SVGNode) {
        guard let title = node.title else {
            out += "/>\n"
            return
        }
        let name: String
        switch node.kind {
        case .rect: name = "rect"
        case .line: name = "line"
        case .path: name = "path"
        case .group, .text: name = "g"
        }
        out += "><title>\(XMLText.escape(title))</title></\(name)>\n"
    }

    private mutating func writeText(_ node: SVGNode, _ line: SVGTextLine) {
        guard let first = line.runs.first else { return }
        let wrapped = node.title != nil || (node.clip != nil && line.transform != nil)
        if wrapped {
            out += "<g"
            if let clip = node.clip { out += " clip-path=\"url(#\(prefix)-c\(clip))\"" }
            out += ">"
            if let title = node.title { out += "<title>\(XMLText.escape(title))</title>" }
        }
        out += "<text"
        let classes = [node.className, exceptions[ObjectIdentifier(node)].flatMap { exceptionClasses[SVGPrinter.hex($0)] }]
            .compactMap { $0 }.joined(separator: " ")
        classAttribute(classes.isEmpty ? nil : classes)
        if !wrapped, let clip = node.clip { out += " clip-path=\"url(#\(prefix)-c\(clip))\"" }
        if let m = line.transform {
            out += " transform=\"matrix(\([m.a, m.b, m.c, m.d, m.tx, m.ty].map(SVGNumber.format).joined(separator: " ")))\""
        }
        if line.runs.count == 1 { number("x", first.x) }
        number("y", line.y)
        fontAttributes(first.font, inherited: nil)
        if line.families != defaults.families { out += " font-family=\"\(XMLText.escapeAttribute(line.families))\"" }
        if let fill = node.fill { fillAttributes(fill) }
        if line.runs.count == 1 {
            lengthAttributes(first)
            out += ">\(XMLText.escape(first.text))</text>"
        } else {
            out += ">"
            for run in line.runs {
                out += "<tspan"
                number("x", run.x)
                fontAttributes(run.font, inherited: first.font)
                lengthAttributes(run)
                out += ">\(XMLText.escape(run.text))</tspan>"
            }
            out += "</text>"
        }
        out += wrapped ? "</g>\n" : "\n"
    }

    /// The fill, unless it is the root's.
    private mutating func fillAttributes(_ fill: Color) {
        let hex = SVGPrinter.hex(fill)
        if hex != defaults.fill || fill.alpha < 1 { out += " fill=\"\(hex)\"" }
        if fill.alpha < 1 { number("fill-opacity", fill.alpha) }
    }

    private mutating func fontAttributes(_ font: PlacedFont, inherited: PlacedFont?) {
        if font.size != (inherited?.size ?? defaults.fontSize) { number("font-size", font.size) }
        if font.weight != (inherited?.weight ?? 400) { out += font.weight == 700 ? " font-weight=\"bold\"" : " font-weight=\"\(font.weight)\"" }
        if font.italic != (inherited?.italic ?? false) { out += font.italic ? " font-style=\"italic\"" : " font-style=\"normal\"" }
    }

    /// The width Pango measured, kept by the reader's font (glyphs and
    /// spacing adjusted), for text of three characters or more: one or
    /// two (a state's code on a map tile) differ by a fraction of a point
    /// between fonts. White space is kept where it matters.
    private mutating func lengthAttributes(_ run: SVGTextLine.Run) {
        if !run.text.dropFirst(2).isEmpty {
            number("textLength", run.width)
            out += " lengthAdjust=\"spacingAndGlyphs\""
        }
        if run.text.hasPrefix(" ") || (run.text.containsBytes(0x20, 0x20) && run.text.contains("  ")) {
            out += " xml:space=\"preserve\""
        }
    }
}
