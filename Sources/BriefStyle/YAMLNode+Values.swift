import BriefYAML

/// Booleans and numbers from YAML scalars, read as Yams's constructors read
/// them (`Bool`, `Int` and `Double` `construct(from:)` in Yams 6), for the
/// values that ``YAMLScalarTag`` classifies as bool, int or float.
/// `YAMLScalarTagTests` compares them with Yams value by value.
extension YAMLNode {
    /// true for true, yes or on, false for false, no or off, in any case;
    /// nil for other text, and for a scalar tagged `str` (a quoted one).
    var bool: Bool? {
        guard let scalar, scalar.tag != .str else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// A whole number from a plain scalar: decimal, `0x…`, `0b…`, `0o…` or
    /// `0…` (octal), or base 60 (`1:30`), with `_` between digits; nil when
    /// it is not one or does not fit (where Yams stopped the process).
    var int: Int? {
        guard let scalar, scalar.style == .plain else { return nil }
        let withSign = scalar.string.filter { $0 != "_" }
        if withSign == "0" { return 0 }
        let negative = withSign.hasPrefix("-")
        let signPrefix = negative ? "-" : ""
        let digits = withSign.dropFirst(negative || withSign.hasPrefix("+") ? 1 : 0)
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where digits.hasPrefix(prefix) {
            return Int(signPrefix + digits.dropFirst(prefix.count), radix: radix)
        }
        guard digits.contains(":") else { return Int(withSign) }
        // Base 60, summed from the last group as Yams sums it.
        guard let groups = Self.sexagesimalGroups(withSign, { Int($0, radix: 10) }) else { return nil }
        var value = 0
        var base = 1
        for (index, group) in groups.digits.reversed().enumerated() {
            let (term, termOverflow) = group.multipliedReportingOverflow(by: base)
            let (sum, sumOverflow) = value.addingReportingOverflow(term)
            guard !termOverflow, !sumOverflow else { return nil }
            value = sum
            if index + 1 < groups.digits.count {
                let (next, baseOverflow) = base.multipliedReportingOverflow(by: 60)
                guard !baseOverflow else { return nil }
                base = next
            }
        }
        return groups.negative ? -value : value
    }

    /// A floating-point number from a plain scalar: `.inf`, `-.inf`,
    /// `.nan` (any case), decimal with `_` between digits, or base 60 (`1:30.5`).
    var float: Double? {
        guard let scalar, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        let text = scalar.string.filter { $0 != "_" }
        guard text.contains(":") else { return Double(text) }
        guard let groups = Self.sexagesimalGroups(text, { Double($0) }) else { return nil }
        var value = 0.0
        var base = 1.0
        for group in groups.digits.reversed() {
            value += group * base
            base *= 60
        }
        return groups.negative ? -value : value
    }

    /// The `:`-separated groups of a base-60 number, each read by `read`,
    /// and whether a `-` leads; nil when a group cannot be read.
    private static func sexagesimalGroups<T>(_ text: String, _ read: (Substring) -> T?) -> (negative: Bool, digits: [T])? {
        var rest = Substring(text)
        let negative = rest.hasPrefix("-")
        if negative || rest.hasPrefix("+") { rest = rest.dropFirst() }
        var digits: [T] = []
        for group in rest.split(separator: ":", omittingEmptySubsequences: false) {
            guard let digit = read(group) else { return nil }
            digits.append(digit)
        }
        return (negative, digits)
    }
}
