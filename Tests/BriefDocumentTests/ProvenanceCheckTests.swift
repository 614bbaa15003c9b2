import BriefDocument
import Testing

@Suite struct ProvenanceCheckTests {
    /// The numbers flagged in a one-paragraph document.
    func flagged(_ text: String) throws -> [String] {
        try resolve(text).unsourcedNumbers.map(\.message).map { message in
            String(message.dropFirst().prefix { $0 != "'" })
        }
    }

    @Test(arguments: [
        ("The plant cost 42 billion dollars.", ["42 billion"]),
        ("Exports reached $127.8B in 2024.", ["$127.8B"]),
        ("Korea holds 2.3% of the stock.", ["2.3%"]),
        ("Some 1,200 jobs and 3.5 times more.", ["1,200", "3.5"]),
        ("Korea is the 2nd-largest market.", ["2nd"]),
        ("A 10-year deal worth US$5 million.", ["10", "US$5 million"]),
        ("It was 2024 billion, or $2024.", ["2024 billion", "$2024"]),
        ("In 1899 and in 2101 things happened.", ["1899", "2101"]),
        ("Prices rose 25 percent.", ["25 percent"]),
        ("It ranked #2 overall.", ["#2"]),
        ("Exports rose sharply [@csis-2025]. The deficit was $66B.", ["$66B"]),
        ("Approx. 40 plants were built.", ["40"]),
    ])
    func mustFlag(_ text: String, _ expected: [String]) throws {
        #expect(try flagged(text) == expected)
    }

    @Test(arguments: [
        "The CHIPS and Science Act of 2022 changed the field.",
        "In 2024, and again in the 1990s and 2023–24, and from 2023-2025.",
        "On 23 April 2025 and on April 23, 2025, talks began.",
        "Section 232 and Section 301 tariffs, Executive Order 14257, Article 23.4, Figure 2 and Table 1.",
        "The G7, 5G networks, H100 chips and COVID-19 shaped the market.",
        "The 21st century belongs to chips.",
        "Exports reached $127.8B [@csis-2025].",
        "Exports reached $127.8B. [@csis-2025]",
        "The U.S. exported $127.8B to Korea, the No. 2 market [@csis-2025].",
        "Erin L. Murphy counted 42 billion [@csis-2025] in 2024.",
        "Totals are {{total}} over {{count}} projects in {{states}} states.",
        "Write `42` or see <https://example.org/2024/42>.",
        "Korea invested heavily[^1].\n\n[^1]: It put in $5B [@csis-2025].",
        "Two, three and forty-two billion dollars: words are not checked.",
    ])
    func mustNotFlag(_ text: String) throws {
        #expect(try flagged(text) == [])
    }

    @Test func headingSectionNumbersAreExempt() throws {
        #expect(try flagged("# 2. Trade in 2024\n\n## 2.1 Exports") == [])
        #expect(try flagged("# Korea invested $5B") == ["$5B"])
    }

    @Test func tableRowsNeedACitationInTheRowOrTheHeader() throws {
        #expect(try flagged("| State | Amount |\n|---|---|\n| GA | $7.9B |\n| KY | $5.7B [@csis-2025] |") == ["$7.9B"])
        #expect(try flagged("| State | Amount [@csis-2025] |\n|---|---|\n| GA | $7.9B |") == [])
        #expect(try flagged("| State | Amount |\n|---|---|\n| GA | {{state:GA}} |") == [])
    }

    @Test func warningsAreLocatedAndWordedAsDocumented() throws {
        let resolved = try resolve("---\ntitle: T\n---\n# Heading\n\nFirst line.\nThe plant cost 42 billion dollars.\n")
        #expect(resolved.unsourcedNumbers.map(\.description) == [
            "brief.md:7:16: '42 billion' has no source: compute it ({{...}}) or cite it ([@id])",
        ])
    }

    @Test func numbersInListsQuotesCaptionsAndNotesAreChecked() throws {
        let text = "- item with 12 things\n\n> quoted 13 things\n\n![caption with 14 things](chart:state-bars)\n\nNote[^a].\n\n[^a]: note with 15 things.\n"
        #expect(try flagged(text) == ["12", "13", "14", "15"])
    }
}
