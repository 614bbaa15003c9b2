/// How a source's credit reads inside parentheses. A credit is written
/// `Ford (2021)`; set inside a sentence's parentheses as it is, it nests
/// them, `(Ford (2021))`. Author–date style writes `(Ford, 2021)` instead.
public enum CreditText {
    /// `(Ford, 2021)` for `Ford (2021)`; `(credit)` for any other credit
    /// (`(tradebrief)`, or one with more parentheses than its last).
    public static func inParentheses(_ credit: String) -> String {
        guard credit.hasSuffix(")"), let open = credit.lastIndex(of: "("), open > credit.startIndex else { return "(\(credit))" }
        let name = credit[..<open].trimmingCharacters(in: " ")
        let inner = credit[credit.index(after: open)..<credit.index(before: credit.endIndex)]
        guard !name.isEmpty, !inner.isEmpty, !(name + inner).contains(where: { $0 == "(" || $0 == ")" }) else { return "(\(credit))" }
        return "(\(name), \(inner))"
    }
}

private extension Substring {
    /// The text without `character` at either end.
    func trimmingCharacters(in character: Character) -> Substring {
        var text = self
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return text
    }
}
