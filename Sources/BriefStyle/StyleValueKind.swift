import BriefRender
import BriefText
import BriefYAML

/// What a style key holds, and how its YAML value is checked.
enum StyleValueKind: Hashable, Sendable {
    /// One line of text shown by `tradebrief styles`.
    case description
    /// A style name or a path relative to the file (`extends`).
    case reference
    /// `letter` or `a4`.
    case paper
    /// A length in points, 0 or more (margins, gutter, paragraph spacing).
    case length
    /// A size in points, more than 0 (font sizes, bar thickness).
    case size
    /// A factor more than 0 (line spacing).
    case factor
    /// 1 or 2.
    case columns
    /// A font family name (or a comma-separated list of them).
    case family
    /// A font weight by name.
    case weight
    /// A colour, `#RGB`, `#RRGGBB` or `#RRGGBBAA`.
    case color
    /// A list of at least `minimum` colours.
    case colors(minimum: Int)
    /// true or false.
    case flag
    /// A currency symbol (any text, even empty, kept exactly as written).
    case symbol

    /// What the key expects, for "expects X, not a list".
    var expectation: String {
        switch self {
        case .description: "one line of text"
        case .reference: "a style name or a path"
        case .paper: "letter or a4"
        case .length: "a length in points"
        case .size: "a size in points"
        case .factor: "a factor, like 1.28"
        case .columns: "1 or 2"
        case .family: "a font family name"
        case .weight: "a font weight"
        case .color: "a colour"
        case .colors: "a list of colours"
        case .flag: "true or false"
        case .symbol: "a currency symbol"
        }
    }

    /// Checks a YAML value. Problems carry `key` (`key[INDEX]` for list items)
    /// and the value's line and column; `keyMark` locates a value that is missing.
    func check(_ node: YAMLNode, key: String, file: String, keyMark: YAMLMark, quote: StyleQuote) -> (value: StyleValue?, problems: [StyleProblem]) {
        func failure(_ message: String, at mark: YAMLMark? = nil, key itemKey: String? = nil) -> (StyleValue?, [StyleProblem]) {
            (nil, [StyleProblem(file: file, at: mark ?? node.mark, key: itemKey ?? key, message: message)])
        }
        if case .colors(let minimum) = self {
            return checkColors(node, minimum: minimum, key: key, file: file, quote: quote)
        }
        guard case .scalar(let scalar) = node else {
            return failure("expects \(expectation), not \(node.mapping != nil ? "a mapping" : "a list")")
        }
        let tag = YAMLScalarTag.of(node)
        if tag == .null {
            switch self {
            case .color: return failure(Self.missingColor, at: keyMark)
            case .symbol: return failure("no value given; write a symbol in quotes, like \"$\"", at: keyMark)
            default: return failure("no value given; write \(expectation)", at: keyMark)
            }
        }
        let raw = scalar.string
        let shown = quote(raw, line: node.mark.line)
        // NUL and other control characters (YAML's "\0", "\a"…) would cut font names short in C.
        if let control = raw.unicodeScalars.first(where: { $0.properties.generalCategory == .control && !["\n", "\t"].contains($0) }) {
            return failure("has a control character (U+\(cFormat("%04X", control.value))), which cannot be used; remove it")
        }
        let text = raw.trimmingWhitespaceAndNewlines()
        switch self {
        case .description:
            guard !text.contains(where: \.isNewline) else {
                return failure("is more than one line; write the description on one line")
            }
            return (.text(text), [])
        case .reference:
            guard !text.isEmpty, !text.contains(where: \.isNewline) else {
                return failure("\(shown) is not a style; write a style name, like default, or a path relative to this file")
            }
            return (.text(text), [])
        case .symbol:
            // The symbol is written into every amount, and amounts go into Pango markup (table
            // cells, labels): `<`, `>` and `&` would be read as markup (a `<span size=…>` once
            // drew a table's amounts 400 points tall), a format character could reorder them.
            let markup = raw.contains { "<>&".contains($0) }
            let format = raw.unicodeScalars.contains { $0.properties.generalCategory == .format || $0 == "\n" }
            guard raw.count <= Self.longestSymbol, !markup, !format else {
                return failure("\(shown) is not a currency symbol; write at most \(Self.longestSymbol) characters without <, > or &, like \"$\" or \"US$\"")
            }
            return (.text(raw), [])
        case .paper:
            let name = text.lowercased()
            guard tag == .str, ["letter", "a4"].contains(name) else {
                return failure("\(shown) is not a page size; write letter or a4")
            }
            return (.text(name), [])
        case .family:
            guard tag == .str, !text.isEmpty, !text.contains(where: \.isNewline) else {
                return failure("\(shown) is not a font family; write a family name, like DejaVu Sans")
            }
            return (.text(text), [])
        case .weight:
            let name = text.lowercased()
            guard let weight = FontWeight(rawValue: name) ?? FontWeight.allCases.first(where: { String($0.numericValue) == name }) else {
                return failure("\(shown) is not a font weight; write light, regular, medium, semibold, bold or heavy")
            }
            return (.weight(weight), [])
        case .color:
            guard let color = Color(hex: text) else {
                return failure("\(shown) is not a colour; write #RGB, #RRGGBB or #RRGGBBAA")
            }
            return (.color(color), [])
        case .flag:
            switch tag == .bool ? node.bool : Self.flagWords[text.lowercased()] {
            case .some(let flag): return (.flag(flag), [])
            case .none: return failure("\(shown) is not true or false")
            }
        case .columns:
            guard tag == .int || tag == .str, let columns = Int(text), columns == 1 || columns == 2 else {
                return failure("\(shown) is not a number of columns; write 1 or 2")
            }
            return (.integer(columns), [])
        case .size, .length, .factor:
            return checkNumber(node, tag: tag, shown: shown, text: text, failure: { failure($0) })
        case .colors:
            return (nil, [])
        }
    }

    /// The message for a colour left empty, usually by an unquoted `#`.
    static let missingColor = "no colour given; a # starts a YAML comment, so put colours in quotes, like \"#0b5394\""

    /// The largest size in points (fonts, bars): two inches, larger than any
    /// display type a brief needs. (At 300 points a chart's labels made its
    /// PNG too tall to write, an error that named options `build` does not have.)
    static let largestSize: Double = 144
    /// The most characters a currency symbol may have (`US$`, `KRW `).
    static let longestSymbol = 6
    /// The smallest size in points: type or a bar below a point cannot be seen (`1e-320` was once taken).
    static let smallestSize: Double = 1
    /// The largest length in points (margins, gutter, spacing): more than a page.
    static let largestLength: Double = 1000
    /// The largest line spacing factor.
    static let largestFactor: Double = 10

    /// The words YAML and people use for on and off.
    private static let flagWords: [String: Bool] = [
        "true": true, "yes": true, "on": true, "false": false, "no": false, "off": false,
    ]

    private func checkNumber(
        _ node: YAMLNode, tag: YAMLTag, shown: String, text: String,
        failure: (String) -> (StyleValue?, [StyleProblem])
    ) -> (value: StyleValue?, problems: [StyleProblem]) {
        let parsed: Double? = switch tag {
        case .int: node.int.map(Double.init)
        case .float: node.float
        case .str: Double(text)
        default: nil
        }
        switch self {
        case .size:
            guard let number = parsed, number.isFinite else {
                return failure("\(shown) is not a number; write a size in points greater than 0, like 9.5")
            }
            guard number > 0 else { return failure("\(shown) is not a size; write a number of points greater than 0") }
            guard number >= Self.smallestSize else { return failure("\(shown) is too small to see; write a size of at least 1 point") }
            guard number <= Self.largestSize else { return failure("\(shown) is too large; write a size of at most \(Int(Self.largestSize)) points") }
            return (.number(number), [])
        case .length:
            guard let number = parsed, number.isFinite else {
                return failure("\(shown) is not a number; write a length in points (0 or more), like 60")
            }
            guard number >= 0 else { return failure("\(shown) is negative; write a length in points, 0 or more") }
            guard number <= Self.largestLength else { return failure("\(shown) is too large; write a length of at most 1000 points") }
            return (.number(number), [])
        default:
            guard let number = parsed, number.isFinite else {
                return failure("\(shown) is not a number; write a factor greater than 0, like 1.28")
            }
            guard number > 0 else { return failure("\(shown) is not a line spacing; write a factor greater than 0, like 1.28") }
            guard number <= Self.largestFactor else { return failure("\(shown) is too large; write a line spacing of at most 10") }
            return (.number(number), [])
        }
    }

    private func checkColors(
        _ node: YAMLNode, minimum: Int, key: String, file: String, quote: StyleQuote
    ) -> (value: StyleValue?, problems: [StyleProblem]) {
        let line = node.mark.line
        guard let sequence = node.sequence else {
            let shown = node.scalar.map { quote($0.string, line: line) } ?? "a mapping"
            return (nil, [StyleProblem(
                file: file, at: node.mark, key: key,
                message: "\(shown) is not a list of colours; write a list, like [\"#deebf7\", \"#08306b\"]")])
        }
        var colors: [Color] = []
        var problems: [StyleProblem] = []
        for (index, item) in sequence.enumerated() {
            let itemKey = "\(key)[\(index)]"
            let (value, itemProblems) = StyleValueKind.color.check(item, key: itemKey, file: file, keyMark: item.mark, quote: quote)
            problems += itemProblems
            if let color = value?.color { colors.append(color) }
        }
        if sequence.count < minimum {
            let have = sequence.count == 1 ? "1 colour" : "\(sequence.count) colours"
            problems.append(StyleProblem(
                file: file, at: node.mark, key: key,
                message: "has \(have); write at least \(minimum)\(minimum > 1 ? ", light to dark" : "")"))
        }
        return problems.isEmpty ? (.colors(colors), []) : (nil, problems)
    }
}
