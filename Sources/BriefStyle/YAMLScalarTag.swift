import BriefYAML

/// The tag of a YAML node as Yams's default resolver would give it, worked out
/// without regular expressions.
///
/// `YAMLReader` leaves plain scalars untyped, and they are classified here.
/// (Yams's default resolver, which the style files were once read with, compiles seven
/// `NSRegularExpression`s the first time it is used, and that pulls ICU's
/// regular-expression engine and its data into the process: without them a
/// `build --format pdf,svg` peaks at 45.4 MB instead of 47.2 MB (same run,
/// issue 20; Benchmarks/RESULTS.md section 00).) The rules below are the same YAML 1.1
/// patterns (Resolver.swift in Yams 6: bool, int, float, merge, null,
/// timestamp, value, tried in that order), written as plain scanners;
/// `YAMLScalarTagTests` checks them value by value against Yams's resolver.
enum YAMLScalarTag {
    /// The resolved tag of `node`: a plain (unquoted, untagged) scalar by the
    /// YAML 1.1 rules, anything else by its own tag.
    ///
    /// A plain scalar without a tag, or with `!!str`, is classified here, as it
    /// was when the styles were read with Yams (which resolved tags in place,
    /// so a plain scalar's tag could already read `str`). An explicit `!!str`
    /// on a plain scalar, `!!str 12`, is thus read as the number 12: harmless
    /// for a style, whose values are checked by kind.
    static func of(_ node: YAMLNode) -> YAMLTag {
        guard case .scalar(let scalar) = node, scalar.style == .plain, scalar.tag == nil || scalar.tag == .str else {
            return node.resolvedTag
        }
        return resolve(scalar.string)
    }

    /// The tag Yams's default resolver gives the plain scalar `text`.
    static func resolve(_ text: String) -> YAMLTag {
        let scalars = Array(text.unicodeScalars)
        if boolWords.contains(text) { return .bool }
        if isInt(scalars) { return .int }
        if isFloat(scalars) { return .float }
        if text == "<<" { return .merge }
        if nullWords.contains(text) { return .null }
        if isTimestamp(scalars) { return .timestamp }
        if text == "=" { return .value }
        return .str
    }

    private static let boolWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]
    private static let nullWords: Set<String> = ["~", "null", "Null", "NULL", ""]

    /// `^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$`
    private static func isInt(_ s: [Unicode.Scalar]) -> Bool {
        var scan = ScalarScanner(s)
        scan.sign()
        let start = scan.index
        // 0b…, 0x…
        if scan.take("0"), scan.take("b") { return scan.many({ $0 == "0" || $0 == "1" || $0 == "_" }) && scan.atEnd }
        scan.index = start
        if scan.take("0"), scan.take("x") { return scan.many({ $0.isHexDigit || $0 == "_" }) && scan.atEnd }
        // 0o?[0-7_]+
        scan.index = start
        if scan.take("0") {
            _ = scan.take("o")
            if scan.many({ ("0"..."7").contains($0) || $0 == "_" }) && scan.atEnd { return true }
        }
        // 0
        scan.index = start
        if scan.take("0") && scan.atEnd { return true }
        // [1-9][0-9_]* and the sexagesimal form [1-9][0-9_]*(?::[0-5]?[0-9])+
        scan.index = start
        guard scan.take({ ("1"..."9").contains($0) }) else { return false }
        _ = scan.many({ $0.isDigit || $0 == "_" })
        if scan.atEnd { return true }
        return scan.sexagesimalGroups() && scan.atEnd
    }

    /// `^(?:[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$`
    private static func isFloat(_ s: [Unicode.Scalar]) -> Bool {
        var scan = ScalarScanner(s)
        // [-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
        scan.sign()
        let afterSign = scan.index
        if scan.take({ $0.isDigit }) {
            _ = scan.many({ $0.isDigit || $0 == "_" })
            let digitsEnd = scan.index
            if scan.take(".") { _ = scan.many({ $0.isDigit || $0 == "_" }) }
            if scan.exponent(signRequired: false) && scan.atEnd { return true }
            // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
            scan.index = digitsEnd
            if scan.sexagesimalGroups(), scan.take(".") {
                _ = scan.many({ $0.isDigit || $0 == "_" })
                if scan.atEnd { return true }
            }
        }
        // [-+]?\.(?:inf|Inf|INF)
        scan.index = afterSign
        if scan.take("."), case let rest = String(String.UnicodeScalarView(s[scan.index...])), ["inf", "Inf", "INF"].contains(rest) {
            return true
        }
        // \.[0-9_]+(?:[eE][-+][0-9]+)? and \.(?:nan|NaN|NAN), without a sign
        scan.index = 0
        guard scan.take(".") else { return false }
        let afterDot = scan.index
        if scan.many({ $0.isDigit || $0 == "_" }), scan.exponent(signRequired: true), scan.atEnd { return true }
        scan.index = afterDot
        if case let rest = String(String.UnicodeScalarView(s[scan.index...])), ["nan", "NaN", "NAN"].contains(rest) { return true }
        return false
    }

    /// `^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$`
    private static func isTimestamp(_ s: [Unicode.Scalar]) -> Bool {
        var scan = ScalarScanner(s)
        guard scan.digits(4...4), scan.take("-") else { return false }
        let monthStart = scan.index
        if scan.digits(2...2), scan.take("-"), scan.digits(2...2), scan.atEnd { return true }
        scan.index = monthStart
        guard scan.digits(1...2), scan.take("-"), scan.digits(1...2) else { return false }
        if !scan.take("T") && !scan.take("t") {
            guard scan.many({ $0 == " " || $0 == "\t" }) else { return false }
        }
        guard scan.digits(1...2), scan.take(":"), scan.digits(2...2), scan.take(":"), scan.digits(2...2) else { return false }
        if scan.take(".") { _ = scan.many({ $0.isDigit }) }
        if scan.atEnd { return true }
        _ = scan.many({ $0 == " " || $0 == "\t" })
        if scan.take("Z") { return scan.atEnd }
        guard scan.take({ $0 == "-" || $0 == "+" }), scan.digits(1...2) else { return false }
        if scan.take(":") { guard scan.digits(2...2) else { return false } }
        return scan.atEnd
    }
}

/// A cursor over the Unicode scalars of a plain scalar, for the scanners above.
/// The character classes are ASCII only, as ICU's `[0-9]` is.
private struct ScalarScanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { index == scalars.count }

    /// Consumes `scalar` if it is next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        take { $0 == scalar }
    }

    /// Consumes one scalar for which `accepts` holds.
    mutating func take(_ accepts: (Unicode.Scalar) -> Bool) -> Bool {
        guard index < scalars.count, accepts(scalars[index]) else { return false }
        index += 1
        return true
    }

    /// Consumes one or more scalars for which `accepts` holds.
    mutating func many(_ accepts: (Unicode.Scalar) -> Bool) -> Bool {
        let start = index
        while take(accepts) {}
        return index > start
    }

    /// Consumes an optional `+` or `-`.
    mutating func sign() { _ = take { $0 == "+" || $0 == "-" } }

    /// Consumes as many ASCII digits as `count` allows (greedy), or nothing if
    /// fewer than its lower bound follow.
    mutating func digits(_ count: ClosedRange<Int>) -> Bool {
        let start = index
        while index - start < count.upperBound, take({ $0.isDigit }) {}
        guard count.contains(index - start) else { index = start; return false }
        return true
    }

    /// Consumes `(?::[0-5]?[0-9])+`; false (consuming nothing) if no group follows.
    mutating func sexagesimalGroups() -> Bool {
        var groups = 0
        while index < scalars.count, scalars[index] == ":" {
            let start = index
            index += 1
            // [0-5]?[0-9]: one digit, or two with the first 0–5
            guard take({ $0.isDigit }) else { index = start; break }
            if index < scalars.count, scalars[index].isDigit, ("0"..."5").contains(scalars[index - 1]) {
                index += 1
            }
            groups += 1
        }
        return groups > 0
    }

    /// Consumes an optional exponent `[eE][-+]?[0-9]+` (the sign required when
    /// `signRequired`); false, consuming nothing, if one starts but is not complete.
    mutating func exponent(signRequired: Bool) -> Bool {
        let start = index
        guard take({ $0 == "e" || $0 == "E" }) else { return true }
        let signed = take { $0 == "+" || $0 == "-" }
        guard signed || !signRequired, many({ $0.isDigit }) else { index = start; return false }
        return true
    }
}

private extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isHexDigit: Bool { isDigit || ("a"..."f").contains(self) || ("A"..."F").contains(self) }
}
