import BriefData
import Foundation

/// How `tradebrief data` prints totals.
public enum AggregationFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people, with a total row.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// A JSON array of objects with `key`, `label`, `amount_usd` (a number in dollars) and `projects`.
    case json

    /// Renders `aggregation` in this format (with a final newline).
    public func render(_ aggregation: Aggregation) -> String {
        switch self {
        case .table: return Self.table(aggregation)
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

    private static func table(_ aggregation: Aggregation) -> String {
        let header = [aggregation.key.rawValue.capitalized, "Label", "Amount", "Projects", "Share"]
        var rows = aggregation.rows.map { row -> [String] in
            let share = aggregation.total.cents > 0 ? Double(row.amount.cents) / Double(aggregation.total.cents) * 100 : 0
            return [row.key, row.label, MoneyFormat.full(row.amount), String(row.projects), String(format: "%.1f%%", share)]
        }
        rows.append(["Total", "", MoneyFormat.full(aggregation.total), "", "100.0%"])
        let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                return index >= 2 ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.dropLast().map(line) + [rule, line(rows.last ?? [])]).joined(separator: "\n") + "\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func csv(_ aggregation: Aggregation) -> String {
        var out = "key,label,amount_usd,projects\n"
        for row in aggregation.rows {
            out += [csvField(row.key), csvField(row.label), dollars(row.amount), String(row.projects)].joined(separator: ",") + "\n"
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
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        }
        let objects = aggregation.rows.map { row in
            "  {\"key\": \(quoted(row.key)), \"label\": \(quoted(row.label)), \"amount_usd\": \(dollars(row.amount)), \"projects\": \(row.projects)}"
        }
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}
