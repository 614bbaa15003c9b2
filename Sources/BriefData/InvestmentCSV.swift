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
///   or `\r\n` line ends (see `CSVParser`).
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
    /// The most different sources (pairs of `source` and `url`) accepted: the
    /// brief lists every source, and 500 take about 30 of its 200 pages.
    public static let maxSources = 500
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
        let reading = try read(data, file: file, keeping: .investments, maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
        return InvestmentCSVResult(investments: reading.investments, sources: reading.sources, warnings: reading.warnings)
    }

    /// Reads and checks investments CSV bytes like ``parse(_:file:)``, but
    /// keeps only running totals by `key`, not the investments: the same
    /// problems (every one, located) and the same warnings, with memory that
    /// grows with the distinct companies, sectors, sources and `states` cells
    /// (and a few bytes per row to find repeated rows), not with whole rows.
    /// - Parameters:
    ///   - data: the file's contents, UTF-8.
    ///   - file: how to name the file in problems.
    ///   - key: what to total by.
    /// - Returns: the totals (equal to `Aggregation(parse(data, file: file).investments, by: key)`),
    ///   the warnings, and what ``Dataset/validationProblems(file:)`` would say about the investments.
    /// - Throws: ``DataError`` with every problem found, in file order.
    public static func totals(_ data: Data, file: String, by key: AggregationKey) throws(DataError) -> InvestmentCSVTotals {
        try totals(data, file: file, by: key, maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
    }

    /// ``totals(_:file:by:)`` with other limits on rows and field length, for tests.
    static func totals(_ data: Data, file: String, by key: AggregationKey, maxRows: Int, maxFieldCharacters: Int) throws(DataError) -> InvestmentCSVTotals {
        let reading = try read(data, file: file, keeping: .totals(key), maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
        return InvestmentCSVTotals(aggregation: reading.aggregation(by: key), warnings: reading.warnings, validationProblems: reading.validationProblems)
    }

    /// One checked pass over `data`.
    private static func read(_ data: Data, file: String, keeping: Reading.Keeping, maxRows: Int, maxFieldCharacters: Int) throws(DataError) -> Reading {
        guard data.count <= maxBytes else {
            throw DataError(problems: [DataProblem(file: file, message: tooLarge(bytes: data.count))])
        }
        let parser = CSVParser(maxRecords: maxRows + 1, maxFieldCharacters: maxFieldCharacters)
        var reading = Reading(file: file, parser: parser, maxRows: maxRows, keeping: keeping)
        data.withUnsafeBytes { raw in
            reading.run(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count))
        }
        guard reading.problems.isEmpty else {
            let problems = reading.problems.enumerated().sorted { a, b in
                let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
                let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
                return left < right
            }
            throw DataError(problems: problems.map(\.element))
        }
        return reading
    }

    /// ``maxTotalUSD`` in cents.
    static let maxTotalCents: Int64 = 1_000_000_000_000_000_000

    private static func tooLarge(bytes: Int) -> String {
        "the file is \(CSVParser.grouped(bytes)) bytes; the limit is 256 MB (\(CSVParser.grouped(maxBytes)) bytes), so split it into smaller files"
    }

    /// One pass over a file, record by record.
    private struct Reading {
        /// What the pass keeps of each row that passes every check.
        enum Keeping {
            /// Every row, as an ``Investment``.
            case investments
            /// Running totals by a key.
            case totals(AggregationKey)
        }

        /// What a distinct `states` cell says, worked out once.
        struct StatesEntry {
            var states: [StateShare]
            var split: SplitMethod
            var note: String?
            /// The index in ``USState/all`` of each state, in the cell's order.
            var indexes: [Int]
            /// The codes as the repeated-row check compares them: sorted when
            /// more than one, joined by `;`.
            var key: [UInt8]
            /// What ``Dataset/validationProblems(file:)`` says about the shares, if anything.
            var sharesProblem: (field: String, message: String)?
            /// The shares in ten-thousandths when every one is a whole number
            /// of them and they add up to exactly 1; empty otherwise.
            var tenThousandths: [Int64]
        }

        /// Where the known columns are (0-based), −1 when absent.
        struct Columns {
            var company = -1, project = -1, sector = -1, states = -1, amount = -1, year = -1, source = -1, url = -1
        }

        let file: String
        let parser: CSVParser
        let keeping: Keeping
        /// Problems of the header row, then CSV syntax, then too many rows, then
        /// rows, then the whole file: the order in which ties are broken.
        var headerProblems: [DataProblem] = []
        var syntaxProblems: [DataProblem] = []
        var limitProblems: [DataProblem] = []
        var rowProblems: [DataProblem] = []
        var problems: [DataProblem] = []
        var warnings: [DataProblem] = []
        /// What ``Dataset/validationProblems(file:)`` says about the rows (only when keeping totals).
        var validationProblems: [DataProblem] = []
        var investments: [Investment] = []
        var sources: [Source] = []
        /// Header column names as written (trimmed), by position.
        var headerNames: [String] = []
        /// The known columns found in the header, with their 0-based positions.
        /// (A list, not a dictionary: with at most eight short names, a
        /// search is quicker than hashing.)
        var knownColumns: [(name: String, index: Int)] = []
        var columns = Columns()
        var companies = TextInterner()
        var sectorNames = TextInterner()
        var sourceTexts = TextInterner()
        var urls = TextInterner()
        /// Whether each distinct URL (by id in `urls`) may be a live link, once known.
        var liveURLs: [Bool?] = []
        /// The id of the source for each pair of source text and URL ids.
        var sourceIDs: [Int: String] = [:]
        /// How many sources other than `csv-unsourced` have been made.
        var citedSources = 0
        /// The distinct sources past ``InvestmentCSV/maxSources``, and the first row with one.
        var sourcesOverLimit = 0
        var firstSourceOverLimit: (line: Int, source: String)?
        /// The distinct `states` cells, and the entry of each (an index in `entries`).
        var statesCells = TextInterner()
        var entryOfCell: [Int] = []
        /// The entries: first the 51 single states (by index in ``USState/all``), then one per distinct cell.
        var entries: [Result<StatesEntry, StateListParser.Failure>]
        /// The repeated-row key part of each entry (empty for a bad cell).
        var entryKeys: [[UInt8]]
        /// The rows read so far, by company, project and states (lower case), for
        /// the repeated-row warning: ASCII keys as bytes, others as strings.
        var rowKeys = ByteInterner()
        var rowKeyLines: [Int] = []
        var otherRowKeys: [RowKey: Int] = [:]
        var keyBytes: [UInt8] = []
        /// Which sectors the rows read have, and the first row with one over ``InvestmentCSV/maxSectors``.
        var sectorSeen: [Bool] = []
        var sectorCount = 0
        var firstSectorOverLimit: (line: Int, sector: String)?
        /// The sum of the amounts of the rows read, in cents, and whether it went over ``InvestmentCSV/maxTotalUSD``.
        var totalCents: Int64 = 0
        var reportedTotal = false
        /// The running totals (when keeping totals): by state index, sector id or company id.
        var tallyCents: [Int64] = []
        var tallyProjects: [Int] = []
        /// Of ``tallyProjects``, how many span several states, and how many of those are split evenly.
        var tallyShared: [Int] = []
        var tallyEven: [Int] = []
        var tallyTotal: Int64 = 0

        /// The states of an investment, how its amount is split, and the note that goes with the split.
        typealias StatesCell = (states: [StateShare], split: SplitMethod, note: String?)

        struct RowKey: Hashable {
            var company: String
            var project: String
            var states: [UInt8]
        }

        /// The most data rows allowed.
        let maxRows: Int

        init(file: String, parser: CSVParser, maxRows: Int, keeping: Keeping) {
            self.file = file
            self.parser = parser
            self.maxRows = maxRows
            self.keeping = keeping
            entries = USState.all.enumerated().map { index, state in
                .success(StatesEntry(
                    states: [StateShare(state: state.code)], split: .single, note: nil, indexes: [index],
                    key: Array(state.code.utf8), sharesProblem: nil, tenThousandths: []))
            }
            entryKeys = USState.all.map { Array($0.code.utf8) }
            if case .totals(.state) = keeping {
                tallyCents = Array(repeating: 0, count: USState.all.count)
                tallyProjects = Array(repeating: 0, count: USState.all.count)
                tallyShared = Array(repeating: 0, count: USState.all.count)
                tallyEven = Array(repeating: 0, count: USState.all.count)
            }
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
            var reader = CSVRecordReader(bytes: bytes, parser: parser)
            var raw = CSVRawRecord()
            var header: CSVParser.Record?
            while reader.next(into: &raw) {
                if Self.isBlank(raw) { continue }
                header = Self.record(raw)
                break
            }
            defer { problems = headerProblems + syntaxProblems + limitProblems + rowProblems + problems }
            guard let header else {
                addSyntaxProblems(reader.finish(), headerLine: nil)
                if syntaxProblems.isEmpty {
                    problems.append(DataProblem(
                        file: file,
                        message: "the file is empty; it needs a header row naming the columns (\(Self.columnList)) and one row per investment"))
                }
                return
            }
            readHeader(header)
            // Without a header, the rows cannot be read column by column (but their syntax is checked).
            guard !knownColumns.isEmpty else {
                while reader.next(into: &raw) {}
                addSyntaxProblems(reader.finish(), headerLine: nil)
                return
            }
            // About one row per 80 bytes: room for the repeated-row keys up front.
            rowKeys.reserveCapacity(min(bytes.count / 80, maxRows), bytesEach: 24)
            var dataRows = 0
            while reader.next(into: &raw) {
                if Self.isBlank(raw) { continue }
                dataRows += 1
                readRow(raw)
            }
            // Column names only when the first row is a header.
            addSyntaxProblems(reader.finish(), headerLine: header.line)
            if let line = reader.stoppedAtLine {
                limitProblems.append(DataProblem(
                    file: file, line: line,
                    message: "the file has more than \(CSVParser.grouped(maxRows)) data rows; split it into files of at most \(CSVParser.grouped(maxRows)) rows"))
            }
            if let first = firstSectorOverLimit {
                problems.append(DataProblem(
                    file: file, line: first.line, column: position("sector").map { $0 + 1 }, field: "sector",
                    message: "the file has \(CSVParser.grouped(sectorCount)) different sectors; the limit is \(InvestmentCSV.maxSectors), "
                        + "and \(AmountParser.quoted(first.sector)) on this line is the first one over it; merge similar sectors (e.g. 'Batteries' for 'Battery cells' and 'Battery packs')"))
            }
            if let first = firstSourceOverLimit {
                let column = (position("source") ?? position("url")).map { $0 + 1 }
                problems.append(DataProblem(
                    file: file, line: first.line, column: column, field: position("source") != nil ? "source" : "url",
                    message: "the file cites \(CSVParser.grouped(citedSources + sourcesOverLimit)) different sources (pairs of source and url); "
                        + "the limit is \(CSVParser.grouped(InvestmentCSV.maxSources)), as the brief lists every one, and '\(Self.shown(first.source))' "
                        + "on this line is the first one over it; cite one source for rows from the same publication"))
            }
            if dataRows == 0, headerProblems.isEmpty, syntaxProblems.isEmpty, limitProblems.isEmpty, rowProblems.isEmpty, problems.isEmpty {
                problems.append(DataProblem(
                    file: file, line: header.line,
                    message: "the file has a header row but no data rows; add one row per investment below the header"))
            }
        }

        /// A record with its fields as strings.
        static func record(_ raw: CSVRawRecord) -> CSVParser.Record {
            CSVParser.Record(line: raw.line, fields: (0..<raw.count).map { raw.string($0) }, flawedColumns: raw.flawedColumns, isCutShort: raw.isCutShort)
        }

        /// The totals kept by `key`, as an ``Aggregation``.
        func aggregation(by key: AggregationKey) -> Aggregation {
            var rows: [AggregateRow] = []
            for (id, cents) in tallyCents.enumerated() where tallyProjects[id] > 0 {
                let name: String
                let label: String
                switch key {
                case .state: (name, label) = (USState.all[id].code, USState.all[id].name)
                case .sector: name = sectorNames.names[id]; label = name
                case .company: name = companies.names[id]; label = name
                }
                rows.append(AggregateRow(key: name, label: label, amount: Money(cents: cents), projects: tallyProjects[id],
                                         sharedProjects: tallyShared[id], evenSplitProjects: tallyEven[id]))
            }
            return Aggregation(key: key, unsortedRows: rows, total: Money(cents: tallyTotal))
        }

        /// A column name or value from the file as messages show it: control
        /// characters (a terminal would obey an ESC) and format characters (a
        /// bidi control would reorder the message) as U+FFFD, and at most 40 characters.
        static func shown(_ name: String) -> String {
            var visible = name
            if name.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) {
                visible = String(String.UnicodeScalarView(name.unicodeScalars.map {
                    $0.properties.generalCategory == .control || $0.properties.generalCategory == .format ? "\u{FFFD}" : $0
                }))
            }
            return visible.count > 40 ? visible.prefix(39) + "…" : visible
        }

        /// The columns, for messages.
        static let columnList = InvestmentCSV.requiredColumns.joined(separator: ", ") + " required; "
            + InvestmentCSV.optionalColumns.joined(separator: ", ") + " optional"


        mutating func readHeader(_ header: CSVParser.Record) {
            headerNames = header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let known = Set(InvestmentCSV.requiredColumns + InvestmentCSV.optionalColumns)
            var firstColumn: [String: Int] = [:]
            var unknown: [(name: String, column: Int)] = []
            for (index, raw) in headerNames.enumerated() where !header.flawedColumns.contains(index + 1) {
                let name = raw.lowercased()
                if !name.isEmpty, let first = firstColumn[name] {
                    headerProblems.append(DataProblem(
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
            columns = Columns(
                company: position("company") ?? -1, project: position("project") ?? -1, sector: position("sector") ?? -1,
                states: position("states") ?? -1, amount: position("amount_usd") ?? -1, year: position("year") ?? -1,
                source: position("source") ?? -1, url: position("url") ?? -1)
            if knownColumns.isEmpty {
                // "c\0o\0m\0…": UTF-16 without a byte-order mark (the reader finds UTF-16 with one).
                let message = header.fields.contains(where: { $0.utf8.contains(0) })
                    ? "the first row has NUL bytes, so the file is probably UTF-16 text without a byte-order mark, or not text at all; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"
                    : "the first row names none of the known columns, so it is not a header row; start the file with a header row such as company,sector,states,amount_usd (\(Self.columnList))"
                headerProblems.append(DataProblem(file: file, line: header.line, message: message))
                return
            }
            for name in InvestmentCSV.requiredColumns where position(name) == nil {
                var message = "the header row has no '\(name)' column; add it (required columns: \(InvestmentCSV.requiredColumns.joined(separator: ", ")))"
                if let guess = unknown.first(where: { Self.resembles($0.name, name) }) {
                    message = "the header row has no '\(name)' column; rename '\(Self.shown(guess.name))' (column \(guess.column)) to \(name)"
                }
                headerProblems.append(DataProblem(file: file, line: header.line, field: name, message: message))
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
        mutating func addSyntaxProblems(_ found: [CSVParser.Problem], headerLine: Int?) {
            for problem in found {
                var field: String?
                if let headerLine, problem.line > headerLine, let column = problem.column {
                    field = fieldName(column: column)
                }
                syntaxProblems.append(DataProblem(file: file, line: problem.line, column: problem.column, field: field, message: problem.message))
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

        /// Whether every field of the record is blank (an empty line, or `,,,`).
        static func isBlank(_ record: CSVRawRecord) -> Bool {
            guard !record.isCutShort, record.flawedColumns.isEmpty else { return false }
            for index in 0..<record.count {
                let verdict: Bool? = record.withBytes(index) { bytes in
                    for byte in bytes {
                        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                        return byte >= 0x80 ? nil : false
                    }
                    return true
                }
                switch verdict {
                case true?: continue
                case false?: return false
                case nil: if !record.string(index).allSatisfy(\.isWhitespace) { return false }
                }
            }
            return true
        }

        /// The row's fields, read quickly when every known cell is clean
        /// printable ASCII and right; otherwise one by one, with messages.
        mutating func readRow(_ record: CSVRawRecord) {
            // A field that runs to the end of the file has been reported; nothing else is reliable.
            guard !record.isCutShort else { return }
            let expected = headerNames.count
            let count = record.count
            guard count == expected else {
                if count > expected {
                    rowProblems.append(DataProblem(
                        file: file, line: record.line, column: expected + 1,
                        message: "the row has \(count) fields but the header has \(expected) columns; put quotes around any value that contains a comma, e.g. \"3,870,000,000\" or \"Seoul, Korea\""))
                } else {
                    rowProblems.append(DataProblem(
                        file: file, line: record.line, column: count + 1, field: fieldName(column: count + 1),
                        message: "the row has \(count) field\(count == 1 ? "" : "s") but the header has \(expected) columns; add the missing values (an empty value still needs its comma)"))
                }
                return
            }
            if record.flawedColumns.isEmpty, readQuickly(record) { return }
            readSlowly(Self.record(record))
        }

        /// Whether the bytes are printable ASCII with no space first, last or
        /// after another space: text that ``clean(_:)`` leaves as it is and
        /// that has no control character.
        @inline(__always)
        static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var previousSpace = true
            for byte in bytes {
                let space = byte == 0x20
                if byte < 0x20 || byte >= 0x7F || (space && previousSpace) { return false }
                previousSpace = space
            }
            return !previousSpace || bytes.isEmpty
        }

        /// Reads a row whose known cells are all clean ASCII and right, with no
        /// warning of their own; false (having changed nothing that shows) for
        /// any other row, which ``readSlowly(_:)`` then reads.
        mutating func readQuickly(_ record: CSVRawRecord) -> Bool {
            let columns = columns
            guard columns.company >= 0, columns.sector >= 0, columns.states >= 0, columns.amount >= 0 else { return false }
            let maxLabel = InvestmentCSV.maxLabelCharacters
            return record.withBytes(columns.company) { company in
                guard !company.isEmpty, company.count <= maxLabel, Self.isCleanASCII(company) else { return false }
                return record.withBytes(columns.sector) { sector in
                    guard !sector.isEmpty, sector.count <= maxLabel, Self.isCleanASCII(sector) else { return false }
                    return record.withBytes(columns.states) { states in
                        guard !states.isEmpty, Self.isCleanASCII(states) else { return false }
                        return record.withBytes(columns.amount) { amountText in
                            guard Self.isCleanASCII(amountText), let amount = AmountParser.parsedAmount(amountText) else { return false }
                            return Self.withOptional(record, columns.project) { project in
                                guard project.count <= maxLabel, Self.isCleanASCII(project) else { return false }
                                return Self.withOptional(record, columns.year) { yearText in
                                    var year: Int?
                                    if !yearText.isEmpty {
                                        guard yearText.count == 4 else { return false }
                                        var value = 0
                                        for byte in yearText {
                                            guard byte &- 48 < 10 else { return false }
                                            value = value * 10 + Int(byte &- 48)
                                        }
                                        guard InvestmentCSV.years.contains(value) else { return false }
                                        year = value
                                    }
                                    return Self.withOptional(record, columns.source) { sourceText in
                                        guard Self.isCleanASCII(sourceText) else { return false }
                                        return Self.withOptional(record, columns.url) { url in
                                            guard Self.isCleanASCII(url), url.isEmpty || Self.isWebAddress(url) else { return false }
                                            let urlEntry = urls.lookUp(ascii: url)
                                            guard url.isEmpty || isLiveURL(urlEntry) else { return false }
                                            guard let entry = quickStatesEntry(states) else { return false }
                                            let companyID = companies.lookUp(ascii: company)
                                            let sectorID = sectorNames.lookUp(ascii: sector)
                                            let source = sourceID(text: sourceTexts.lookUp(ascii: sourceText), url: urlEntry, line: record.line)
                                            // The repeated-row key: lower-case company and project, the codes.
                                            let codes = entryKey(entry)
                                            let length = company.count + project.count + codes.count + 2
                                            let duplicateOf = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { key in
                                                var offset = 0
                                                for byte in company {
                                                    key[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                                                    offset += 1
                                                }
                                                key[offset] = 0xFF
                                                offset += 1
                                                for byte in project {
                                                    key[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                                                    offset += 1
                                                }
                                                key[offset] = 0xFF
                                                offset += 1
                                                for byte in codes {
                                                    key[offset] = byte
                                                    offset += 1
                                                }
                                                return firstLine(ofKey: UnsafeBufferPointer(key), line: record.line)
                                            }
                                            accept(
                                                line: record.line, company: companyID, sector: sectorID,
                                                project: nil, projectBytes: project, entry: entry, amount: amount, year: year,
                                                source: source, firstLine: duplicateOf)
                                            return true
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        /// Calls `body` with the bytes of an optional column (empty when the column is absent).
        @inline(__always)
        static func withOptional(_ record: CSVRawRecord, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            column < 0 ? body(UnsafeBufferPointer(start: nil, count: 0)) : record.withBytes(column, body)
        }

        /// Whether `url` starts with `https://` or `http://`, in any case.
        static func isWebAddress(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
            func starts(_ prefix: StaticString) -> Bool {
                guard url.count >= prefix.utf8CodeUnitCount else { return false }
                return prefix.withUTF8Buffer { letters in
                    for offset in 0..<letters.count {
                        let byte = url[offset]
                        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != letters[offset] { return false }
                    }
                    return true
                }
            }
            return starts("https://") || starts("http://")
        }

        /// Whether the distinct URL `entry` may be a live link (``LinkPolicy``), worked out once per URL.
        mutating func isLiveURL(_ entry: (id: Int, text: String)) -> Bool {
            if entry.id >= liveURLs.count {
                liveURLs.append(contentsOf: repeatElement(nil, count: entry.id + 1 - liveURLs.count))
            }
            if let known = liveURLs[entry.id] { return known }
            // Clean ASCII with an https:// or http:// prefix: the policy leaves it as it is when it allows it.
            let live = LinkPolicy.liveURL(entry.text) == .success(entry.text)
            liveURLs[entry.id] = live
            return live
        }

        /// The entry of a clean ASCII `states` cell, when it reads without problems.
        mutating func quickStatesEntry(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
            if text.count == 2, let index = USState.index(code: text[0], text[1]) { return index }
            let id = statesCells.lookUp(ascii: text).id
            let entry = statesEntry(cell: id)
            guard case .success = entries[entry] else { return nil }
            return entry
        }

        /// The entry of the distinct `states` cell `id`, worked out on first use
        /// from the text it was first seen with.
        mutating func statesEntry(cell id: Int) -> Int {
            if id < entryOfCell.count { return entryOfCell[id] }
            let text = statesCells.names[id]
            let result: Result<StatesEntry, StateListParser.Failure>
            do throws(StateListParser.Failure) {
                let (states, split) = try StateListParser.parse(text)
                let codes = states.map(\.state)
                let indexes = codes.map { code in USState.all.firstIndex { $0.code == code } ?? 0 }
                let tenThousandths = split == .shares ? Investment.tenThousandths(states) ?? [] : []
                result = .success(StatesEntry(
                    states: states, split: split, note: split == .even ? Self.evenSplitNote(codes) : nil, indexes: indexes,
                    key: Array((codes.count == 1 ? codes : codes.sorted()).joined(separator: ";").utf8),
                    sharesProblem: split == .shares ? Dataset.sharesProblem(states) : nil, tenThousandths: tenThousandths))
            } catch {
                result = .failure(error)
            }
            entries.append(result)
            if case .success(let value) = result { entryKeys.append(value.key) } else { entryKeys.append([]) }
            entryOfCell.append(entries.count - 1)
            return entries.count - 1
        }

        /// The repeated-row key part of a (good) entry.
        func entryKey(_ entry: Int) -> [UInt8] { entryKeys[entry] }

        /// The line of the first row with this key (lower-case company, 0xFF,
        /// lower-case project, 0xFF, codes), or nil, noting `line` as its first.
        mutating func firstLine(ofKey key: UnsafeBufferPointer<UInt8>, line: Int) -> Int? {
            let (id, inserted) = rowKeys.intern(key)
            if inserted {
                rowKeyLines.append(line)
                return nil
            }
            return rowKeyLines[id]
        }

        /// ``firstLine(ofKey:line:)`` for the key in `keyBytes`.
        mutating func firstLineOfKeyBytes(line: Int) -> Int? {
            let key = keyBytes
            keyBytes = []
            defer { keyBytes = key }
            return key.withUnsafeBufferPointer { firstLine(ofKey: $0, line: line) }
        }

        /// Reads a row cell by cell, reporting every problem.
        mutating func readSlowly(_ record: CSVParser.Record) {
            var valid = true

            func report(_ name: String, _ message: String) {
                let column = position(name).map { $0 + 1 }
                rowProblems.append(DataProblem(file: file, line: record.line, column: column, field: name, message: message))
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
                var text = Self.clean(record.fields[index])
                if let control = Self.firstControlCharacter(text) {
                    // NUL and other control characters cut names short in PDFs and charts.
                    report(name, "the text has a control character (U+\(String(format: "%04X", control.value))), which cannot be shown; "
                        + "remove it (a file with NUL bytes may be damaged, or UTF-16 text without a byte-order mark)")
                    return nil
                }
                guard text.utf8.contains(where: { $0 >= 0xE2 }) else { return text }
                if let forbidden = text.unicodeScalars.first(where: \.properties.isNoncharacterCodePoint) {
                    // XML 1.0 forbids U+FFFE and U+FFFF: an SVG with one is not XML at all.
                    report(name, "the text has U+\(String(format: "%04X", forbidden.value)), a noncharacter that XML (and so SVG) does not allow; remove it")
                    return nil
                }
                if name != "url", let (clean, found) = Self.withoutBidiControls(text) {
                    warnings.append(DataProblem(
                        file: file, line: record.line, column: position(name).map { $0 + 1 }, field: name,
                        message: "removed \(found.count == 1 ? "a bidi control character" : "\(found.count) bidi control characters") "
                            + "(\(found.map { "U+" + String(format: "%04X", $0.value) }.joined(separator: ", "))), which could reorder the text around it"))
                    text = clean
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

            var entry: Int?
            if let text = cell("states") {
                let index = statesEntry(cell: statesCells.lookUp(text))
                switch entries[index] {
                case .success: entry = index
                case .failure(let error): for message in error.messages { report("states", message) }
                }
            }

            var amount = ParsedAmount(significand: 0, exponent: 0)
            if let text = cell("amount_usd") {
                do throws(AmountParser.Failure) {
                    amount = try AmountParser.parseAmount(text)
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
            var url = cell("url") ?? ""
            if !url.isEmpty {
                switch LinkPolicy.liveURL(url) {
                case .success(let live):
                    url = live
                    if url.count > 120 {
                        warnings.append(DataProblem(
                            file: file, line: record.line, column: position("url").map { $0 + 1 }, field: "url",
                            message: "the address is \(CSVParser.grouped(url.count)) characters long; the brief shows its first 119 and '…' (the link keeps all of it)"))
                    }
                case .failure(let problem): report("url", "'\(Self.shown(url))' cannot be a link: \(problem)")
                }
            }

            guard valid, let entry else { return }
            let source = sourceID(text: (sourceTexts.lookUp(sourceText), sourceText), url: (urls.lookUp(url), url), line: record.line)
            // The key, with each part in a form equal under `==` and ASCII when it can be.
            let lowerCompany = Self.lowercased(company)
            let lowerProject = Self.lowercased(project)
            let codes = entryKey(entry)
            let firstLine: Int?
            if let plainCompany = TextInterner.asciiEquivalent(lowerCompany), let plainProject = TextInterner.asciiEquivalent(lowerProject) {
                keyBytes = Array(plainCompany.utf8) + [0xFF] + Array(plainProject.utf8) + [0xFF] + codes
                firstLine = firstLineOfKeyBytes(line: record.line)
            } else {
                let key = RowKey(company: lowerCompany, project: lowerProject, states: codes)
                firstLine = otherRowKeys[key]
                if firstLine == nil { otherRowKeys[key] = record.line }
            }
            accept(
                line: record.line, company: (companies.lookUp(company), company), sector: (sectorNames.lookUp(sector), sector),
                project: project, projectBytes: nil, entry: entry, amount: amount, year: year,
                source: source, firstLine: firstLine)
        }

        /// Keeps a row that passed every check: its source, the repeated-row
        /// warning, the sector count, the total, and the investment or its totals.
        mutating func accept(
            line: Int, company: (id: Int, text: String), sector: (id: Int, text: String),
            project: String?, projectBytes: UnsafeBufferPointer<UInt8>?, entry: Int, amount: ParsedAmount, year: Int?,
            source: String, firstLine: Int?
        ) {
            guard case .success(let states) = entries[entry] else { return }
            var projectText: String { project ?? projectBytes.map { String(decoding: $0, as: UTF8.self) } ?? "" }
            if let first = firstLine {
                let project = projectText
                let what = [company.text, project.isEmpty ? nil : project, states.states.map(\.state).joined(separator: ";")].compactMap { $0 }.joined(separator: ", ")
                warnings.append(DataProblem(
                    file: file, line: line,
                    message: "lines \(first) and \(line) have the same company, project and states (\(what)); both rows are kept and counted, so delete one if they are the same investment"))
            }
            if sector.id >= sectorSeen.count { sectorSeen.append(contentsOf: repeatElement(false, count: sector.id + 1 - sectorSeen.count)) }
            if !sectorSeen[sector.id] {
                sectorSeen[sector.id] = true
                sectorCount += 1
                if sectorCount > InvestmentCSV.maxSectors, firstSectorOverLimit == nil {
                    firstSectorOverLimit = (line, sector.text)
                }
            }
            let cents = amount.cents
            // Below 10^18 cents before, below 10^15 added: no overflow; adding stops once over.
            if !reportedTotal { totalCents += cents }
            if !reportedTotal, totalCents >= InvestmentCSV.maxTotalCents {
                reportedTotal = true
                rowProblems.append(DataProblem(
                    file: file, line: line, column: position("amount_usd").map { $0 + 1 }, field: "amount_usd",
                    message: "with this row the amounts add up to 10^16 dollars (ten quadrillion) or more, more than the totals "
                        + "can hold; check the amounts (are they in dollars?), or split the file"))
            }
            switch keeping {
            case .investments:
                // A file with an error gives no investments: keep none once one is known (memory stays small).
                guard rowProblems.isEmpty, firstSourceOverLimit == nil, firstSectorOverLimit == nil else {
                    if !investments.isEmpty { investments = [] }
                    return
                }
                investments.append(Investment(
                    id: "row-\(line)", company: company.text, project: projectText, sector: sector.text, amountUSD: amount.decimal,
                    amount: Money(cents: cents), year: year, states: states.states, split: states.split, source: source,
                    note: states.note, line: line))
            case .totals(let key):
                if let problem = states.sharesProblem {
                    validationProblems.append(DataProblem(file: file, field: "investments[row-\(line)].\(problem.field)", message: problem.message))
                }
                tallyTotal &+= cents
                let shared = states.indexes.count > 1, even = shared && states.split == .even
                switch key {
                case .state:
                    if !shared {
                        tally(states.indexes[0], cents)
                    } else {
                        let parts = Investment.allocatedCents(cents, states: states.states, split: states.split, tenThousandths: states.tenThousandths)
                        for (index, part) in zip(states.indexes, parts) { tally(index, part, shared: true, even: even) }
                    }
                case .sector: tally(sector.id, cents, shared: shared, even: even)
                case .company: tally(company.id, cents, shared: shared, even: even)
                }
            }
        }

        /// Adds an amount to the running total of `id`.
        @inline(__always)
        mutating func tally(_ id: Int, _ cents: Int64, shared: Bool = false, even: Bool = false) {
            if id >= tallyCents.count {
                let more = id + 1 - tallyCents.count
                tallyCents.append(contentsOf: repeatElement(0, count: more))
                tallyProjects.append(contentsOf: repeatElement(0, count: more))
                tallyShared.append(contentsOf: repeatElement(0, count: more))
                tallyEven.append(contentsOf: repeatElement(0, count: more))
            }
            tallyCents[id] &+= cents
            tallyProjects[id] += 1
            if shared { tallyShared[id] += 1 }
            if even { tallyEven[id] += 1 }
        }

        /// The id of the source for this pair of `source` text and `url`, made on first use.
        mutating func sourceID(text: (id: Int, text: String), url: (id: Int, text: String), line: Int) -> String {
            let key = text.id << 32 | url.id
            if let id = sourceIDs[key] { return id }
            if citedSources >= InvestmentCSV.maxSources, !(text.text.isEmpty && url.text.isEmpty) {
                // Over the limit: an error (reported once, at the first row over), and no more sources kept.
                sourcesOverLimit += 1
                if firstSourceOverLimit == nil { firstSourceOverLimit = (line, text.text.isEmpty ? url.text : text.text) }
                sourceIDs[key] = InvestmentCSV.unsourcedID
                return InvestmentCSV.unsourcedID
            }
            let source: Source
            if text.text.isEmpty, url.text.isEmpty {
                // Credited by the file's base name: a directory never reaches a PDF or SVG.
                let name = URL(fileURLWithPath: file).lastPathComponent
                source = Source(
                    id: InvestmentCSV.unsourcedID, title: "Not stated in the CSV file", publisher: name, date: "", url: "",
                    note: "The rows that cite this source give no source and no URL in \(name); check them before relying on them.")
            } else {
                citedSources += 1
                let name = text.text.isEmpty ? url.text : text.text
                source = Source(id: "csv-\(citedSources)", title: name, publisher: name, date: "", url: url.text)
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

        /// The bidi embedding, override and isolate controls (U+202A–U+202E,
        /// U+2066–U+2069): in a name they can reorder the text around it.
        static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
            (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }

        /// `text` without its bidi controls, and the ones removed; nil when it has none.
        static func withoutBidiControls(_ text: String) -> (text: String, removed: [Unicode.Scalar])? {
            let removed = text.unicodeScalars.filter(isBidiControl)
            guard !removed.isEmpty else { return nil }
            return (clean(String(String.UnicodeScalarView(text.unicodeScalars.filter { !isBidiControl($0) }))), Array(removed))
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
