import BriefData
import Foundation
import Testing
@testable import TradeBrief

@Suite("Printing totals for pipes and spreadsheets")
struct AggregationFormatTests {
    let investments = [
        Investment(id: "a", company: "Acme, \"Korea\"", project: "P", sector: "Solar", amountUSD: Decimal(string: "1234.5") ?? 0,
                   states: [StateShare(state: "GA")], split: .single, source: "s"),
        Investment(id: "b", company: "Beta", project: "P", sector: "Solar", amountUSD: 2_000_000_000,
                   states: [StateShare(state: "KY"), StateShare(state: "TN")], split: .even, source: "s"),
    ]

    @Test("JSON is an array of key, label, amount_usd (exact dollars) and projects")
    func json() throws {
        let text = AggregationFormat.json.render(Aggregation(investments, by: .company))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == ["Beta", "Acme, \"Korea\""])
        #expect((rows[1]["amount_usd"] as? NSNumber)?.doubleValue == 1234.5)
        #expect(rows[0]["projects"] as? Int == 1)
    }

    @Test("CSV quotes fields with commas and quotes")
    func csv() {
        let text = AggregationFormat.csv.render(Aggregation(investments, by: .company))
        #expect(text.contains("\"Acme, \"\"Korea\"\"\",\"Acme, \"\"Korea\"\"\",1234.5,1"))
        #expect(text.hasPrefix("key,label,amount_usd,projects,shared_projects,even_split_projects,other_source_projects\n"))
    }

    @Test("The table ends with a total row that matches the sum")
    func table() {
        let text = AggregationFormat.table.render(Aggregation(investments, by: .state), exact: true)
        #expect(text.contains("Total"))
        #expect(text.contains("$2,000,001,234.50"))
        let short = AggregationFormat.table.render(Aggregation(investments, by: .state))
        #expect(short.split(separator: "\n").contains { $0.hasPrefix("Total") && $0.contains("$2B") }, "\(short)")
        #expect(text.contains("Kentucky"))
    }

    @Test("Rounded, the table's amounts follow the charts' one rule for decimals, and a sliver's share is not 0.0%")
    func tableOneRule() {
        let rows = [("A", "3000000000", "GA"), ("B", "3200000000", "TX"), ("C", "1000000", "WA")].map { company, amount, state in
            Investment(id: company, company: company, project: "P", sector: "Solar", amountUSD: Decimal(string: amount) ?? 0,
                       states: [StateShare(state: state)], split: .single, source: "s")
        }
        let text = AggregationFormat.table.render(Aggregation(rows, by: .state))
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("GA") && $0.contains("$3.0B") }, "\(text)")
        #expect(lines.contains { $0.hasPrefix("WA") && $0.contains("$1M") && $0.hasSuffix("<0.1%") }, "\(text)")
        #expect(!text.contains(" 0.0%"), "\(text)")
        #expect(AggregationFormat.share(Money(wholeDollars: 999_999), of: Money(wholeDollars: 1_000_000)) == ">99.9%")
        #expect(AggregationFormat.share(Money(wholeDollars: 341), of: Money(wholeDollars: 1_000)) == "34.1%")
    }

    @Test("The table's amounts are exact and line up on the decimal point: with cents in one row, every row shows cents")
    func tableDecimals() {
        let text = AggregationFormat.table.render(Aggregation(investments, by: .state), exact: true)
        #expect(text.contains("$1,000,000,000.00") && text.contains("$1,234.50"))
        let points = text.split(separator: "\n").compactMap { line -> Int? in
            guard let dollar = line.firstIndex(of: "$") else { return nil }
            return line[dollar...].firstIndex(of: ".").map { line.distance(from: line.startIndex, to: $0) }
        }
        #expect(points.count == 4 && Set(points).count == 1, "decimal points at \(points)")
    }

    @Test("By state, the table discloses shared projects and even splits under the total; CSV and JSON carry them as extra fields")
    func disclosures() throws {
        let shared = [
            Investment(id: "a", company: "A", project: "", sector: "S", amountUSD: 900, states: [StateShare(state: "KY"), StateShare(state: "TN")],
                       split: .even, source: "s"),
            Investment(id: "b", company: "B", project: "", sector: "S", amountUSD: 100, states: [StateShare(state: "GA")], split: .single, source: "s"),
        ]
        let byState = Aggregation(shared, by: .state)
        let table = AggregationFormat.table.render(byState)
        #expect(table.contains("Note: KY, TN share projects with other states"))
        #expect(table.contains("split evenly among their states (KY, TN)"))
        #expect(!AggregationFormat.table.render(Aggregation(Array(shared.suffix(1)), by: .state)).contains("Note:"))
        let csv = AggregationFormat.csv.render(byState)
        #expect(csv.contains("\nKY,Kentucky,450,1,1,1,0\n"))
        let rows = try #require(JSONSerialization.jsonObject(with: Data(AggregationFormat.json.render(byState).utf8)) as? [[String: Any]])
        let kentucky = try #require(rows.first { $0["key"] as? String == "KY" })
        #expect(kentucky["shared_projects"] as? Int == 1 && kentucky["even_split_projects"] as? Int == 1)
        #expect(kentucky["amount_usd"] as? Int == 450 && kentucky["projects"] as? Int == 1, "the documented fields are unchanged")
    }

    @Test("CSV neutralises text cells a spreadsheet would run as formulas (=, +, -, @, tab, CR): a ' before them (issue 19)")
    func formulaCells() {
        let names = ["=cmd|'/c calc'!A1", "@SUM(A1)", "+1+2", "-2+3", "\tTab", "\rReturn", "=HYPERLINK(\"http://x\",\"y\")", "Safe = fine", "Ünïcode"]
        let rows = names.enumerated().map { index, name in
            Investment(id: "r\(index)", company: name, project: "", sector: "S", amountUSD: Decimal(index + 1),
                       states: [StateShare(state: "GA")], split: .single, source: "s")
        }
        let text = AggregationFormat.csv.render(Aggregation(rows, by: .company))
        #expect(text.contains("\"'=cmd|'/c calc'!A1\",\"'=cmd|'/c calc'!A1\",1,1,0,0,0\n") || text.contains("'=cmd|'/c calc'!A1,'=cmd|'/c calc'!A1,1,1,0,0,0\n"))
        #expect(text.contains("'@SUM(A1),'@SUM(A1),2,1,0,0,0\n"))
        #expect(text.contains("'+1+2,'+1+2,3,1,0,0,0\n"))
        #expect(text.contains("'-2+3,'-2+3,4,1,0,0,0\n"))
        #expect(text.contains("'\tTab,'\tTab,5,1,0,0,0\n"))
        #expect(text.contains("\"'\rReturn\",\"'\rReturn\",6,1,0,0,0\n"))
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
        #expect(text.contains("Safe = fine,Safe = fine,8,1,0,0,0\n"))
        #expect(text.contains("Ünïcode,Ünïcode,9,1,0,0,0\n"))
        for line in text.split(separator: "\n").dropFirst() {
            let first = line.first.map(String.init) ?? ""
            #expect(!["=", "+", "-", "@"].contains(first), "\(line)")
        }
        // Amounts and counts are numbers, never prefixed.
        #expect(text.split(separator: "\n").dropFirst().allSatisfy { !$0.contains(",'1") && !$0.hasSuffix(",'1") })
    }
}
