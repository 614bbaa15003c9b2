import BriefText
import FoundationEssentials

/// The header row of an investments CSV: where each known column is, the
/// names as written, and what is wrong with the row (a name twice, no known
/// column, a required column missing, unknown columns, misspelt ones: see
/// ``misspellings(missing:unknown:)``).
struct InvestmentCSVHeader {
    /// A column ``InvestmentCSV`` knows.
    enum Column: Int, CaseIterable {
        case company, project, sector, states, amount, year, source, url

        /// The name in the header (lower case).
        var name: String {
            switch self {
            case .company: "company"
            case .project: "project"
            case .sector: "sector"
            case .states: "states"
            case .amount: "amount_usd"
            case .year: "year"
            case .source: "source"
            case .url: "url"
            }
        }
    }

    /// The line of the header row.
    let line: Int
    /// The column names as written (trimmed), by position.
    let names: [String]
    /// The known columns found, with their 0-based positions, in header order.
    /// (A list, not a dictionary: with at most eight short names, a search
    /// is quicker than hashing.)
    private(set) var knownColumns: [(name: String, index: Int)] = []
    /// The 0-based position of each ``Column`` (by raw value), −1 when absent.
    private(set) var positions = [Int](repeating: -1, count: Column.allCases.count)
    /// What is wrong with the header, in column order.
    private(set) var problems: [DataProblem] = []
    /// The warnings: unknown columns, and misspelt optional ones.
    private(set) var warnings: [DataProblem] = []

    /// The columns, for messages.
    static let columnList = InvestmentCSV.requiredColumns.joined(separator: ", ") + " required; "
        + InvestmentCSV.optionalColumns.joined(separator: ", ") + " optional"

    /// Reads the header row `header` of `file`.
    init(_ header: CSVParser.Record, file: String) {
        line = header.line
        names = header.fields.map { $0.trimmingWhitespaceAndNewlines() }
        let known = Set(InvestmentCSV.requiredColumns + InvestmentCSV.optionalColumns)
        var firstColumn: [String: Int] = [:]
        var unknown: [(name: String, column: Int)] = []
        for (index, raw) in names.enumerated() where !header.flawedColumns.contains(index + 1) {
            let name = raw.lowercased()
            if !name.isEmpty, let first = firstColumn[name] {
                problems.append(DataProblem(
                    file: file, line: line, column: index + 1, field: known.contains(name) ? name : CSVText.shown(raw),
                    message: "this column name appears twice in the header (columns \(first + 1) and \(index + 1)); keep one of them"))
                continue
            }
            firstColumn[name] = index
            if known.contains(name) {
                knownColumns.append((name, index))
            } else {
                unknown.append((raw, index + 1))
            }
        }
        for column in Column.allCases { positions[column.rawValue] = position(column.name) ?? -1 }
        guard !knownColumns.isEmpty else {
            warnUnknown(unknown, file: file)
            // "c\0o\0m\0…": UTF-16 without a byte-order mark (the reader finds UTF-16 with one).
            let message = header.fields.contains(where: { $0.utf8.contains(0) })
                ? "the first row has NUL bytes, so the file is probably UTF-16 text without a byte-order mark, or not text at all; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"
                : "the first row names none of the known columns, so it is not a header row; start the file with a header row such as company,sector,states,amount_usd (\(Self.columnList))"
            problems.append(DataProblem(file: file, line: line, message: message))
            return
        }
        // A missing column and an unknown one that is its likely misspelling: an error at the
        // unknown column for a required one, a warning for an optional one (the file is usable).
        let missing = (InvestmentCSV.requiredColumns + InvestmentCSV.optionalColumns).filter { position($0) == nil }
        let guesses = Self.misspellings(missing: missing, unknown: unknown)
        var guessed: [(name: String, column: Int)] = []
        for name in missing {
            let required = InvestmentCSV.requiredColumns.contains(name)
            guard let guess = guesses.first(where: { $0.known == name }) else {
                if required {
                    problems.append(DataProblem(file: file, line: line, field: name, message:
                        "the header row has no '\(name)' column; add it (required columns: \(InvestmentCSV.requiredColumns.joined(separator: ", ")))"))
                }
                continue
            }
            guessed.append(guess.unknown)
            let problem = DataProblem(
                file: file, line: line, column: guess.unknown.column, field: name,
                message: "the header row has no '\(name)' column; did you mean '\(CSVText.shown(guess.unknown.name))' (column \(guess.unknown.column))? "
                    + "rename it to \(name)" + (required ? "" : " (until then, column \(guess.unknown.column) is ignored)"))
            if required { problems.append(problem) } else { warnings.append(problem) }
        }
        warnUnknown(unknown.filter { column in !guessed.contains { $0.column == column.column } }, file: file)
    }

    /// Adds the warning that names the `unknown` columns, if any.
    private mutating func warnUnknown(_ unknown: [(name: String, column: Int)], file: String) {
        guard !unknown.isEmpty else { return }
        // The first ten by name: a header of 10,000 columns must not make a 200 KB warning.
        var list = unknown.prefix(10).map { $0.name.isEmpty ? "an unnamed column (column \($0.column))" : "'\(CSVText.shown($0.name))' (column \($0.column))" }
        if unknown.count > 10 { list.append("and \(CSVParser.grouped(unknown.count - 10)) more") }
        let words = unknown.count == 1 ? "an unknown column" : "\(CSVParser.grouped(unknown.count)) unknown columns"
        warnings.append(DataProblem(
            file: file, line: line,
            message: "ignoring \(words): \(list.joined(separator: ", ")); the known columns are "
                + (InvestmentCSV.requiredColumns + InvestmentCSV.optionalColumns).joined(separator: ", ")))
    }

    /// Whether the row names any known column (otherwise it is not a header).
    var isHeader: Bool { !knownColumns.isEmpty }

    /// The 0-based position of a known column, if the header has it.
    func position(_ name: String) -> Int? {
        knownColumns.first { $0.name == name }?.index
    }

    /// The 0-based position of `column`, −1 when the header does not have it.
    @inline(__always)
    func index(_ column: Column) -> Int { positions[column.rawValue] }

    /// The 1-based position of `column`, for problems; nil when absent.
    func number(_ column: Column) -> Int? {
        let index = positions[column.rawValue]
        return index < 0 ? nil : index + 1
    }

    /// The name of the column at a 1-based position: the known name, or as written.
    func fieldName(column: Int) -> String? {
        guard column >= 1, column <= names.count else { return nil }
        let name = names[column - 1]
        return position(name.lowercased()) == column - 1 ? name.lowercased() : CSVText.shown(name)
    }
}
