import Foundation

/// Reads a user's list of investments from CSV, as documented in the README
/// ("The investments CSV").
///
/// ```text
/// company,project,sector,states,amount_usd,year,source,url
/// Hyundai Motor Group,Metaplant,Electric vehicles,GA,$7.59B,2022,Hyundai,https://example.com/a
/// SK On & Ford,BlueOval SK,Batteries,KY=0.6;TN=0.4,11.4 billion,2021,,
/// ```
///
/// - UTF-8 (an optional byte-order mark is skipped), RFC 4180 quoting, `\n`
///   or `\r\n` line ends (see ``CSVParser``).
/// - A header row comes first; its names are case-insensitive, in any order.
///   ``requiredColumns`` must be there, ``optionalColumns`` may be; any other
///   column gets one warning naming it and is ignored. A name may appear once.
/// - Every other row has as many fields as the header. Empty lines, and rows
///   whose fields are all blank, are skipped.
/// - Text values are trimmed, and runs of white space in them (including
///   line breaks in quoted fields) become one space.
/// - `states`: see ``StateListParser``; `amount_usd`: see ``AmountParser``;
///   `year`: empty, or four digits from 1950 to 2100.
/// - Rows with the same company, project and states (ignoring case and the
///   order of states) are kept, with a warning that names both lines.
/// - The `source` and `url` columns become ``Source`` entries, so every
///   figure stays traceable; rows with neither cite `csv-unsourced`, a source
///   that says so.
///
/// Every problem found is reported, not just the first: each one as a
/// ``DataProblem`` with the file, the line, the column's 1-based position in
/// the header, and the column's name, printed as
/// `FILE:LINE:COLUMN: column 'NAME': what is wrong`.
public enum InvestmentCSV {
    /// The columns every file must have.
    public static let requiredColumns = ["company", "sector", "states", "amount_usd"]
    /// The columns a file may have.
    public static let optionalColumns = ["project", "year", "source", "url"]
    /// The largest file accepted: 256 MB (268,435,456 bytes).
    public static let maxBytes = 256 * 1024 * 1024
    /// The most data rows accepted (not counting the header).
    public static let maxRows = 1_000_000
    /// The longest field accepted, in characters.
    public static let maxFieldCharacters = 10_000
    /// The longest company, project or sector name read without a warning,
    /// in characters: charts shorten longer ones (two lines ending in …), and
    /// a table cell may not fit on a page.
    public static let maxLabelCharacters = 200
    /// The most different sectors accepted: a chart cannot tell more apart.
    public static let maxSectors = 100
    /// The largest sum of all amounts accepted, in dollars (10^16, ten
    /// quadrillion): totals are kept in 64-bit cents, which hold up to about 9.2 × 10^16.
    public static let maxTotalUSD = Decimal(sign: .plus, exponent: 16, significand: 1)
    /// The id of the source cited by rows that name no source and no URL.
    public static let unsourcedID = "csv-unsourced"
    /// The years accepted in the `year` column.
    public static let years = 1950...2100

    /// Reads and checks the CSV file at `url`.
    /// - Parameters:
    ///   - url: the file.
    ///   - displayName: how to name the file in problems; the path if nil.
    /// - Throws: ``DataError`` with every problem found.
    public static func load(from url: URL, displayName: String? = nil) throws(DataError) -> InvestmentCSVResult {
        let name = displayName ?? url.path
        func failure(_ message: String) -> DataError {
            DataError(problems: [DataProblem(file: name, message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw failure("there is no such file; check the path")
        }
        guard !isDirectory.boolValue else { throw failure("this is a folder, not a CSV file; give the path of the file") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { throw failure(tooLarge(bytes: size)) }
        let data: Data
        do {
            if attributes?[.type] as? FileAttributeType == .typeRegular, size > 0 {
                data = try Data(contentsOf: url, options: .mappedIfSafe)
            } else {
                // A device, a pipe or a file that reports no size (`/dev/zero`, `<(…)`,
                // `/proc`): read at most one byte over the limit, so nothing can hang.
                // (This also keeps empty files away from `Data(contentsOf:)`, which
                // leaks a 4 KB buffer for them on Linux.)
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            }
        } catch {
            throw failure("cannot read the file (\(error.localizedDescription)); check that it exists and can be read")
        }
        return try parse(data, file: name)
    }

    /// Reads and checks investments CSV bytes.
    /// - Parameters:
    ///   - data: the file's contents, UTF-8.
    ///   - file: how to name the file in problems.
    /// - Returns: the investments, their sources and any warnings.
    /// - Throws: ``DataError`` with every problem found, in file order.
    public static func parse(_ data: Data, file: String) throws(DataError) -> InvestmentCSVResult {
        try parse(data, file: file, maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
    }

    /// ``parse(_:file:)`` with other limits on rows and field length, for tests.
    static func parse(_ data: Data, file: String, maxRows: Int, maxFieldCharacters: Int) throws(DataError) -> InvestmentCSVResult {
        guard data.count <= maxBytes else {
            throw DataError(problems: [DataProblem(file: file, message: tooLarge(bytes: data.count))])
        }
        let parser = CSVParser(maxRecords: maxRows + 1, maxFieldCharacters: maxFieldCharacters)
        var reading = Reading(file: file, output: parser.parse(data), maxRows: maxRows)
        reading.run()
        guard reading.problems.isEmpty else {
            let problems = reading.problems.enumerated().sorted { a, b in
                let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
                let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
                return left < right
            }
            throw DataError(problems: problems.map(\.element))
        }
        return InvestmentCSVResult(investments: reading.investments, sources: reading.sources, warnings: reading.warnings)
    }

    /// ``maxTotalUSD`` in cents.
    static let maxTotalCents: Int64 = 1_000_000_000_000_000_000

    private static func tooLarge(bytes: Int) -> String {
        "the file is \(CSVParser.grouped(bytes)) bytes; the limit is 256 MB (\(CSVParser.grouped(maxBytes)) bytes), so split it into smaller files"
    }

    /// One pass over a parsed file.
    private struct Reading {
        let file: String
        let output: CSVParser.Output
        var problems: [DataProblem] = []
        var warnings: [DataProblem] = []
        var investments: [Investment] = []
        var sources: [Source] = []
        /// Header column names as written (trimmed), by position.
        var headerNames: [String] = []
        /// The known columns found in the header, with their 0-based positions.
        /// (A list, not a dictionary: with at most eight short names, a
        /// search is quicker than hashing, and it runs for every cell.)
        var knownColumns: [(name: String, index: Int)] = []
        var sourceIDs: [SourceKey: String] = [:]
        var firstLines: [RowKey: Int] = [:]
        /// How many sources other than `csv-unsourced` have been made.
        var citedSources = 0
        /// What each distinct `states` cell says.
        var statesCells: [String: Result<StatesCell, StateListParser.Failure>] = [:]
        /// The different sectors of the rows read, and the first row with one over ``InvestmentCSV/maxSectors``.
        var sectors: Set<String> = []
        var firstSectorOverLimit: (line: Int, sector: String)?
        /// The sum of the amounts of the rows read, in cents, and whether it went over ``InvestmentCSV/maxTotalUSD``.
        var totalCents: Int64 = 0
        var reportedTotal = false

        /// The states of an investment, how its amount is split, and the note that goes with the split.
        typealias StatesCell = (states: [StateShare], split: SplitMethod, note: String?)

        struct SourceKey: Hashable {
            var text: String
            var url: String
        }

        struct RowKey: Hashable {
            var company: String
            var project: String
            var states: [String]
        }

        /// The most data rows allowed.
        let maxRows: Int

        init(file: String, output: CSVParser.Output, maxRows: Int) {
            self.file = file
            self.output = output
            self.maxRows = maxRows
        }

        mutating func run() {
            let records = output.records
            guard let headerIndex = records.firstIndex(where: { !Self.isBlank($0) }) else {
                addSyntaxProblems(headerLine: nil)
                if problems.isEmpty {
                    problems.append(DataProblem(
                        file: file,
                        message: "the file is empty; it needs a header row naming the columns (\(Self.columnList)) and one row per investment"))
                }
                return
            }
            let header = records[headerIndex]
            readHeader(header)
            // Column names only when the first row is a header; else they are data (or garbage).
            addSyntaxProblems(headerLine: knownColumns.isEmpty ? nil : header.line)
            // Without a header, the rows cannot be read column by column.
            guard !knownColumns.isEmpty else { return }
            if let line = output.stoppedAtLine {
                problems.append(DataProblem(
                    file: file, line: line,
                    message: "the file has more than \(CSVParser.grouped(maxRows)) data rows; split it into files of at most \(CSVParser.grouped(maxRows)) rows"))
            }
            firstLines.reserveCapacity(records.count)
            investments.reserveCapacity(records.count)
            var dataRows = 0
            for record in records[(headerIndex + 1)...] where !Self.isBlank(record) {
                dataRows += 1
                readRow(record)
            }
            if let first = firstSectorOverLimit {
                problems.append(DataProblem(
                    file: file, line: first.line, column: position("sector").map { $0 + 1 }, field: "sector",
                    message: "the file has \(CSVParser.grouped(sectors.count)) different sectors; the limit is \(InvestmentCSV.maxSectors), "
                        + "and \(AmountParser.quoted(first.sector)) on this line is the first one over it; merge similar sectors (e.g. 'Batteries' for 'Battery cells' and 'Battery packs')"))
            }
            if dataRows == 0, problems.isEmpty {
                problems.append(DataProblem(
                    file: file, line: header.line,
                    message: "the file has a header row but no data rows; add one row per investment below the header"))
            }
        }

        /// A column name from the file as messages show it: control characters
        /// (a terminal would obey an ESC) as U+FFFD, and at most 40 characters.
        static func shown(_ name: String) -> String {
            var visible = name
            if firstControlCharacter(name) != nil {
                visible = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.properties.generalCategory == .control ? "\u{FFFD}" : $0 }))
            }
            return visible.count > 40 ? visible.prefix(39) + "…" : visible
        }

        /// The columns, for messages.
        static let columnList = InvestmentCSV.requiredColumns.joined(separator: ", ") + " required; "
            + InvestmentCSV.optionalColumns.joined(separator: ", ") + " optional"

        /// Whether every field of the record is blank (an empty line, or `,,,`).
        static func isBlank(_ record: CSVParser.Record) -> Bool {
            !record.isCutShort && record.flawedColumns.isEmpty
                && record.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
        }

        mutating func readHeader(_ header: CSVParser.Record) {
            headerNames = header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let known = Set(InvestmentCSV.requiredColumns + InvestmentCSV.optionalColumns)
            var firstColumn: [String: Int] = [:]
            var unknown: [(name: String, column: Int)] = []
            for (index, raw) in headerNames.enumerated() where !header.flawedColumns.contains(index + 1) {
                let name = raw.lowercased()
                if !name.isEmpty, let first = firstColumn[name] {
                    problems.append(DataProblem(
                        file: file, line: header.line, column: index + 1, field: known.contains(name) ? name : Self.shown(raw),
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
            if !unknown.isEmpty {
                // The first ten by name: a header of 10,000 columns must not make a 200 KB warning.
                var list = unknown.prefix(10).map { $0.name.isEmpty ? "an unnamed column (column \($0.column))" : "'\(Self.shown($0.name))' (column \($0.column))" }
                if unknown.count > 10 { list.append("and \(CSVParser.grouped(unknown.count - 10)) more") }
                let words = unknown.count == 1 ? "an unknown column" : "\(CSVParser.grouped(unknown.count)) unknown columns"
                warnings.append(DataProblem(
                    file: file, line: header.line,
                    message: "ignoring \(words): \(list.joined(separator: ", ")); the known columns are "
                        + (InvestmentCSV.requiredColumns + InvestmentCSV.optionalColumns).joined(separator: ", ")))
            }
            if knownColumns.isEmpty {
                // "c\0o\0m\0…": UTF-16 without a byte-order mark (the reader finds UTF-16 with one).
                let message = header.fields.contains(where: { $0.utf8.contains(0) })
                    ? "the first row has NUL bytes, so the file is probably UTF-16 text without a byte-order mark, or not text at all; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"
                    : "the first row names none of the known columns, so it is not a header row; start the file with a header row such as company,sector,states,amount_usd (\(Self.columnList))"
                problems.append(DataProblem(file: file, line: header.line, message: message))
                return
            }
            for name in InvestmentCSV.requiredColumns where position(name) == nil {
                var message = "the header row has no '\(name)' column; add it (required columns: \(InvestmentCSV.requiredColumns.joined(separator: ", ")))"
                if let guess = unknown.first(where: { Self.resembles($0.name, name) }) {
                    message = "the header row has no '\(name)' column; rename '\(Self.shown(guess.name))' (column \(guess.column)) to \(name)"
                }
                problems.append(DataProblem(file: file, line: header.line, field: name, message: message))
            }
        }

        /// Whether a header name looks like a misspelling of `known`
        /// (`Amount (USD)`, `amount`, `state`, `Company Name`).
        static func resembles(_ name: String, _ known: String) -> Bool {
            func letters(_ text: String) -> String {
                String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
            }
            let given = letters(name)
            let wanted = letters(known)
            guard given.count >= 4 else { return false }
            return given == wanted || given + "s" == wanted || given.hasPrefix(wanted) || wanted.hasPrefix(given)
        }

        /// The CSV syntax problems, with the names of their columns.
        mutating func addSyntaxProblems(headerLine: Int?) {
            for problem in output.problems {
                var field: String?
                if let headerLine, problem.line > headerLine, let column = problem.column {
                    field = fieldName(column: column)
                }
                problems.append(DataProblem(file: file, line: problem.line, column: problem.column, field: field, message: problem.message))
            }
        }

        /// The 0-based position of a known column, if the header has it.
        func position(_ name: String) -> Int? {
            knownColumns.first { $0.name == name }?.index
        }

        /// The name of the column at a 1-based position: the known name, or as written.
        func fieldName(column: Int) -> String? {
            guard column >= 1, column <= headerNames.count else { return nil }
            let name = headerNames[column - 1]
            return position(name.lowercased()) == column - 1 ? name.lowercased() : Self.shown(name)
        }

        mutating func readRow(_ record: CSVParser.Record) {
            // A field that runs to the end of the file has been reported; nothing else is reliable.
            guard !record.isCutShort else { return }
            let expected = headerNames.count
            let count = record.fields.count
            guard count == expected else {
                if count > expected {
                    problems.append(DataProblem(
                        file: file, line: record.line, column: expected + 1,
                        message: "the row has \(count) fields but the header has \(expected) columns; put quotes around any value that contains a comma, e.g. \"3,870,000,000\" or \"Seoul, Korea\""))
                } else {
                    problems.append(DataProblem(
                        file: file, line: record.line, column: count + 1, field: fieldName(column: count + 1),
                        message: "the row has \(count) field\(count == 1 ? "" : "s") but the header has \(expected) columns; add the missing values (an empty value still needs its comma)"))
                }
                return
            }
            var valid = true

            func report(_ name: String, _ message: String) {
                let column = position(name).map { $0 + 1 }
                problems.append(DataProblem(file: file, line: record.line, column: column, field: name, message: message))
                valid = false
            }

            /// The cleaned text of a column; nil when the column is absent or
            /// its field has a syntax problem (already reported).
            func cell(_ name: String) -> String? {
                guard let index = position(name) else { return nil }
                guard !record.flawedColumns.contains(index + 1) else {
                    valid = false
                    return nil
                }
                let text = Self.clean(record.fields[index])
                if let control = Self.firstControlCharacter(text) {
                    // NUL and other control characters cut names short in PDFs and charts.
                    report(name, "the text has a control character (U+\(String(format: "%04X", control.value))), which cannot be shown; "
                        + "remove it (a file with NUL bytes may be damaged, or UTF-16 text without a byte-order mark)")
                    return nil
                }
                return text
            }

            let companyCell = cell("company")
            let company = companyCell ?? ""
            if companyCell?.isEmpty == true {
                report("company", "the company is missing; give the name of the investing company")
            }
            let sectorCell = cell("sector")
            let sector = sectorCell ?? ""
            if sectorCell?.isEmpty == true {
                report("sector", "the sector is missing; give the industry, e.g. Semiconductors or Batteries")
            }
            let project = cell("project") ?? ""
            for (name, text) in [("company", company), ("project", project), ("sector", sector)]
            where text.utf8.count > InvestmentCSV.maxLabelCharacters && text.count > InvestmentCSV.maxLabelCharacters {
                warnings.append(DataProblem(
                    file: file, line: record.line, column: position(name).map { $0 + 1 }, field: name,
                    message: "the \(name) is \(CSVParser.grouped(text.count)) characters long, over \(InvestmentCSV.maxLabelCharacters); "
                        + "charts shorten it to two lines ending in …, and in the brief's table it may not fit on a page; shorten it"))
            }

            var states: [StateShare] = []
            var split = SplitMethod.single
            var note: String?
            if let text = cell("states") {
                switch statesCell(text) {
                case .success(let cell): (states, split, note) = cell
                case .failure(let error): for message in error.messages { report("states", message) }
                }
            }

            var amount = Decimal(0)
            if let text = cell("amount_usd") {
                do throws(AmountParser.Failure) {
                    amount = try AmountParser.parse(text)
                } catch {
                    report("amount_usd", error.message)
                }
            }

            var year: Int?
            if let text = cell("year"), !text.isEmpty {
                if text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(text) {
                    if InvestmentCSV.years.contains(value) {
                        year = value
                    } else {
                        report("year", "\(value) is not a year from 1950 to 2100; correct it, or leave the cell empty")
                    }
                } else {
                    report("year", "\(AmountParser.quoted(text)) is not a year; write a four-digit year from 1950 to 2100, e.g. 2024, or leave the cell empty")
                }
            }

            let sourceText = cell("source") ?? ""
            let url = cell("url") ?? ""
            if !url.isEmpty, !(url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")) {
                let column = position("url").map { $0 + 1 }
                warnings.append(DataProblem(
                    file: file, line: record.line, column: column, field: "url",
                    message: "\(AmountParser.quoted(url)) is not a web address starting with https:// or http://; it is kept as written, but links to it may not work"))
            }

            guard valid else { return }
            let sourceID = sourceID(text: sourceText, url: url)
            let codes = states.map(\.state)
            let key = RowKey(company: Self.lowercased(company), project: Self.lowercased(project), states: codes.count == 1 ? codes : codes.sorted())
            if let first = firstLines[key] {
                let what = [company, project.isEmpty ? nil : project, codes.joined(separator: ";")].compactMap { $0 }.joined(separator: ", ")
                warnings.append(DataProblem(
                    file: file, line: record.line,
                    message: "lines \(first) and \(record.line) have the same company, project and states (\(what)); both rows are kept and counted, so delete one if they are the same investment"))
            } else {
                firstLines[key] = record.line
            }
            let investment = Investment(
                id: "row-\(record.line)", company: company, project: project, sector: sector, amountUSD: amount,
                year: year, states: states, split: split, source: sourceID,
                note: note, line: record.line)
            if sectors.insert(sector).inserted, sectors.count > InvestmentCSV.maxSectors, firstSectorOverLimit == nil {
                firstSectorOverLimit = (record.line, sector)
            }
            // Below 10^18 cents before, below 10^15 added: no overflow; adding stops once over.
            if !reportedTotal { totalCents += investment.amount.cents }
            if !reportedTotal, totalCents >= InvestmentCSV.maxTotalCents {
                reportedTotal = true
                problems.append(DataProblem(
                    file: file, line: record.line, column: position("amount_usd").map { $0 + 1 }, field: "amount_usd",
                    message: "with this row the amounts add up to 10^16 dollars (ten quadrillion) or more, more than the totals "
                        + "can hold; check the amounts (are they in dollars?), or split the file"))
            }
            investments.append(investment)
        }

        /// The states, split and note for a `states` cell; the same cell
        /// text is read once.
        mutating func statesCell(_ text: String) -> Result<StatesCell, StateListParser.Failure> {
            if let known = statesCells[text] { return known }
            let result: Result<StatesCell, StateListParser.Failure>
            do throws(StateListParser.Failure) {
                let (states, split) = try StateListParser.parse(text)
                result = .success((states, split, split == .even ? Self.evenSplitNote(states.map(\.state)) : nil))
            } catch {
                result = .failure(error)
            }
            statesCells[text] = result
            return result
        }

        /// The id of the source for this pair of `source` text and `url`, made on first use.
        mutating func sourceID(text: String, url: String) -> String {
            let key = SourceKey(text: text, url: url)
            if let id = sourceIDs[key] { return id }
            let source: Source
            if text.isEmpty, url.isEmpty {
                source = Source(
                    id: InvestmentCSV.unsourcedID, title: "Not stated in the CSV file", publisher: file, date: "", url: "",
                    note: "The rows that cite this source give no source and no URL in \(file); check them before relying on them.")
            } else {
                citedSources += 1
                let name = text.isEmpty ? url : text
                source = Source(id: "csv-\(citedSources)", title: name, publisher: name, date: "", url: url)
            }
            sources.append(source)
            sourceIDs[key] = source.id
            return source.id
        }

        /// `No split between Kentucky and Tennessee is given; the amount is divided evenly.`
        static func evenSplitNote(_ codes: [String]) -> String {
            let names = codes.map { code in USState.all.first { $0.code == code }?.name ?? code }
            if names.count <= 2 {
                return "No split between \(names.joined(separator: " and ")) is given; the amount is divided evenly."
            }
            let list = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
            return "No split among \(list) is given; the amount is divided evenly."
        }

        /// The first control character (Unicode category Cc, e.g. NUL or BEL)
        /// in `text`, quickly nil when it is printable ASCII. Run on cleaned text,
        /// where tabs and line breaks have become spaces.
        static func firstControlCharacter(_ text: String) -> Unicode.Scalar? {
            guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
            return text.unicodeScalars.first { $0.properties.generalCategory == .control }
        }

        /// Trims the text and turns each run of white space into one space.
        static func clean(_ text: String) -> String {
            if text.isEmpty { return text }
            var copy = text
            let isClean = copy.withUTF8 { bytes in
                // Printable ASCII, no space first, last, or after another space.
                var previousSpace = true
                for byte in bytes {
                    let space = byte == 0x20
                    if byte < 0x20 || byte >= 0x7F || (space && previousSpace) { return false }
                    previousSpace = space
                }
                return !previousSpace
            }
            if isClean { return text }
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        /// `text` in lower case, quickly when it is ASCII.
        static func lowercased(_ text: String) -> String {
            var copy = text
            return copy.withUTF8 { bytes in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
                return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (offset, byte) in bytes.enumerated() {
                        buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    }
                    return bytes.count
                }
            }
        }
    }
}
