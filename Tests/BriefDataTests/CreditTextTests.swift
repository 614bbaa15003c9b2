import Testing
import BriefData

/// A credit inside a sentence's parentheses reads `(Ford, 2021)`, not
/// `(Ford (2021))` (a fresh-eyes review of the default brief's page 1).
@Suite("Credits inside parentheses")
struct CreditTextTests {
    @Test("Name and year become author-date; anything else is set in parentheses as it is", arguments: [
        ("Ford (2021)", "(Ford, 2021)"),
        ("MOTIE (2025)", "(MOTIE, 2025)"),
        ("Computed from CSIS (2025)", "(Computed from CSIS, 2025)"),
        ("SK hynix Newsroom (24 April 2024)", "(SK hynix Newsroom, 24 April 2024)"),
        ("tradebrief", "(tradebrief)"),
        ("CSIS (2025); Census (2025)", "(CSIS (2025); Census (2025))"),
        ("(2025)", "((2025))"),
        ("Ford ()", "(Ford ())"),
    ])
    func parenthetical(_ credit: String, _ expected: String) {
        #expect(CreditText.inParentheses(credit) == expected)
    }
}
