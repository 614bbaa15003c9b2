import BriefText
import BriefData
import FoundationEssentials

/// How `tradebrief data` prints totals.
public enum AggregationFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people, with a total row and notes; amounts as
    /// the charts print them (`$7.9B`), or in full with `exact`.
    case table
    /// RFC 4180 CSV with a header row; text cells that start with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return get a `'` in front, so that a
    /// spreadsheet shows them as text instead of running them as formulas.
    case csv
    /// A JSON array of objects with `key`, `label`, `amount_usd` (a number in dollars) and `projects`,
    /// then the disclosures `shared_projects`, `even_split_projects` and `other_source_projects`.
    case json

    /// Renders `aggregation` in this format (with a final newline). CSV and
    /// JSON always carry exact amounts; the table does with `exact`.
    public func render(_ aggregation: Aggregation, exact: Bool = false) -> String {
        switch self {
        case .table: return Self.table(aggregation, exact: exact)
        case .csv: return Self.csv(aggregation)
        case .json: return Self.json(aggregation)
        }
    }

    /// Dollars as an exact decimal number: `5700000000`, `1234.5`.
    static func dollars(_ money: Money) -> String {
        let whole = money.cents / 100
        let cents = abs(money.cents % 100)
        guard cents != 0 else { return String(whole) }
        let fraction = cents % 10 == 0 ? String(cents / 10) : (cents < 10 ? "0\(cents)" : String(cents))
        return "\(money.cents < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
    }

    private static func table(_ aggregation: Aggregation, exact: Bool) -> String {
        // Exact amounts: with cents in any row, every row shows cents, so the column lines up.
        let cents = aggregation.rows.contains { $0.amount.cents % 100 != 0 }
        // Rounded amounts follow the charts' one rule for decimals: the column is one set ($3.0B beside $3.2B).
        let amounts = aggregation.rows.map(\.amount) + [aggregation.total]
        let texts = exact ? amounts.map { MoneyFormat.full($0, cents: cents) } : MoneyFormat.short(amounts)
        let header = [aggregation.key.rawValue.prefix(1).uppercased() + aggregation.key.rawValue.dropFirst(), "Label", "Amount", "Projects", "Share"]
        var rows = zip(aggregation.rows, texts).map { row, amount -> [String] in
            [row.key, row.label, amount, String(row.projects), share(row.amount, of: aggregation.total)]
        }
        rows.append(["Total", "", texts.last ?? "", "", "100.0%"])
        let widths = (0..<header.count).map { column in ([header] + rows).map { TerminalWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - TerminalWidth.of(cell))
                return index >= 2 ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingWhitespace()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        let notes = disclosures(aggregation).map { "Note: " + $0 }
        return ([line(header), rule] + rows.dropLast().map(line) + [rule, line(rows.last ?? [])] + notes).joined(separator: "\n") + "\n"
    }

    /// A row's share of the total with one decimal (`34.1%`), `<0.1%` for a sliver that is not
    /// nothing, and `>99.9%` for all but a sliver, so that no share reads as zero or whole when it is not.
    static func share(_ amount: Money, of total: Money) -> String {
        guard total.cents > 0, amount.cents > 0 else { return "0.0%" }
        let percent = Double(amount.cents) / Double(total.cents) * 100
        if percent < 0.05 { return "<0.1%" }
        if percent >= 99.95, amount != total { return ">99.9%" }
        return cFormat("%.1f%%", percent)
    }

    /// What a reader of the totals must know, as the brief discloses it: projects
    /// shared among states, even splits, and figures from other sources.
    static func disclosures(_ aggregation: Aggregation) -> [String] {
        var notes: [String] = []
        let shared = aggregation.rows.filter { $0.sharedProjects > 0 }
        if aggregation.key == .state, !shared.isEmpty {
            let names = shared.prefix(6).map(\.key).joined(separator: ", ") + (shared.count > 6 ? " and \(shared.count - 6) more" : "")
            notes.append("\(names) share projects with other states: each counts a shared project once and holds only its part of the amount.")
            let even = aggregation.rows.filter { $0.evenSplitProjects > 0 }
            if !even.isEmpty {
                notes.append("Projects without shares in the data are split evenly among their states (\(even.prefix(6).map(\.key).joined(separator: ", "))\(even.count > 6 ? " and \(even.count - 6) more" : "")).")
            }
        } else if aggregation.rows.contains(where: { $0.evenSplitProjects > 0 }) {
            notes.append("Some projects span several states without shares in the data; by state they are split evenly.")
        }
        let elsewhere = aggregation.rows.filter { $0.otherSourceProjects > 0 }
        if !elsewhere.isEmpty {
            notes.append("Locations or splits from a source other than the amount's: \(elsewhere.prefix(6).map(\.key).joined(separator: ", ")) (the brief names the sources).")
        }
        return notes
    }

    /// The characters that make a spreadsheet read a cell as a formula when
    /// they start it (OWASP, "CSV Injection").
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell for CSV: a `'` before a cell that starts like a formula
    /// (`=cmd|'/c calc'!A1` becomes `'=cmd|'/c calc'!A1`, which spreadsheets
    /// show as text), then RFC 4180 quoting when needed.
    static func csvTextField(_ text: String) -> String {
        let safe = text.first.map { formulaStarts.contains($0) || $0 == "\r\n" } == true ? "'" + text : text
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return safe }
        return "\"" + safe.replacing("\"", with: "\"\"") + "\""
    }

    private static func csv(_ aggregation: Aggregation) -> String {
        var out = "key,label,amount_usd,projects,shared_projects,even_split_projects,other_source_projects\n"
        for row in aggregation.rows {
            out += [csvTextField(row.key), csvTextField(row.label), dollars(row.amount), String(row.projects),
                    String(row.sharedProjects), String(row.evenSplitProjects), String(row.otherSourceProjects)].joined(separator: ",") + "\n"
        }
        return out
    }

    private static func json(_ aggregation: Aggregation) -> String {
        func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += cFormat("\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        }
        let objects = aggregation.rows.map { row in
            "  {\"key\": \(quoted(row.key)), \"label\": \(quoted(row.label)), \"amount_usd\": \(dollars(row.amount)), \"projects\": \(row.projects), "
                + "\"shared_projects\": \(row.sharedProjects), \"even_split_projects\": \(row.evenSplitProjects), \"other_source_projects\": \(row.otherSourceProjects)}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
