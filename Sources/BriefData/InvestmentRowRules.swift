import FoundationEssentials

/// The checks of one data row of an investments CSV, written once for every
/// row: each cell is read as its own bytes when they are clean printable ASCII
/// (no `String` is made, and amounts, years and names are read from the bytes)
/// and as cleaned text otherwise, and the same rules then apply to both.
///
/// Problems (errors) and warnings are collected in ``problems`` and
/// ``warnings``, each located at its line and column.
struct InvestmentRowRules {
    typealias Column = InvestmentCSVHeader.Column

    let file: String
    let header: InvestmentCSVHeader
    /// Whether rows get the id of their company (``CheckedInvestmentRow/companyName``).
    let keepsCompanyNames: Bool
    /// The errors found in rows, in row order.
    var problems: [DataProblem] = []
    /// The warnings: the header's, then those of the rows, in order.
    var warnings: [DataProblem]
    /// The distinct `states` cells.
    var states = StatesCellTable()
    /// The sources cited.
    var sources: CSVSourceRegistry
    var companies = TextInterner()
    var sectors = TextInterner()
    /// The line of the row being checked, and whether it has passed so far.
    private var line = 0
    private var rowIsValid = true

    init(file: String, header: InvestmentCSVHeader, keepsCompanyNames: Bool) {
        self.file = file
        self.header = header
        self.keepsCompanyNames = keepsCompanyNames
        warnings = header.warnings
        sources = CSVSourceRegistry(file: file)
    }

    /// Checks a record that follows the header: its values when every check
    /// passes, nil (with the problems noted) otherwise.
    mutating func check(_ record: CSVRawRecord) -> CheckedInvestmentRow? {
        // A field that runs to the end of the file has been reported; nothing else is reliable.
        guard !record.isCutShort, hasHeaderFieldCount(record) else { return nil }
        line = record.line
        rowIsValid = true

        let companyCell = cell(.company, of: record)
        let company = companyCell ?? .empty
        if companyCell?.isEmpty == true {
            report(.company, "the company is missing; give the name of the investing company")
        }
        let sectorCell = cell(.sector, of: record)
        let sector = sectorCell ?? .empty
        if sectorCell?.isEmpty == true {
            report(.sector, "the sector is missing; give the industry, e.g. Semiconductors or Batteries")
        }
        let project = cell(.project, of: record) ?? .empty
        warnIfLong(.company, company)
        warnIfLong(.project, project)
        warnIfLong(.sector, sector)

        var entry: StatesCellTable.Entry?
        if let text = cell(.states, of: record) {
            let index = states.entry(for: text)
            switch states[index] {
            case .success(let found): entry = found
            case .failure(let error): for message in error.messages { report(.states, message) }
            }
        }
        var amount = ParsedAmount(significand: 0, exponent: 0)
        if let text = cell(.amount, of: record) {
            if case .ascii(let bytes) = text, let quick = AmountParser.parsedAmount(bytes) {
                amount = quick
            } else {
                do throws(AmountParser.Failure) {
                    amount = try AmountParser.parseAmount(text.string)
                } catch {
                    report(.amount, error.message)
                }
            }
        }
        var year: Int?
        if let text = cell(.year, of: record), !text.isEmpty {
            year = self.year(text)
        }
        let sourceText = cell(.source, of: record) ?? .empty
        var url: (id: Int, text: String)?
        if let text = cell(.url, of: record), !text.isEmpty {
            switch sources.link(text) {
            case .success(let live):
                url = live
                if live.text.utf8.count > 120, live.text.count > 120 {
                    warn(.url, "the address is \(CSVParser.grouped(live.text.count)) characters long; the brief shows its first 119 and '…' (the link keeps all of it)")
                }
            case .failure(let problem):
                report(.url, "'\(CSVText.shown(text.string))' cannot be a link: \(problem)")
            }
        }

        guard rowIsValid, let entry else { return nil }
        let source = sources.sourceID(text: sources.sourceText(sourceText), url: url ?? sources.noLink(), line: line)
        return CheckedInvestmentRow(
            line: line, company: company, companyName: keepsCompanyNames ? Self.lookUp(company, in: &companies) : nil,
            sector: Self.lookUp(sector, in: &sectors), project: project, states: entry, amount: amount, year: year, source: source)
    }

    /// Whether the record has a field per header column (noting the problem when not).
    private mutating func hasHeaderFieldCount(_ record: CSVRawRecord) -> Bool {
        let expected = header.names.count
        let count = record.count
        if count > expected {
            problems.append(DataProblem(
                file: file, line: record.line, column: expected + 1,
                message: "the row has \(count) fields but the header has \(expected) columns; put quotes around any value that contains a comma, e.g. \"3,870,000,000\" or \"Seoul, Korea\""))
        } else if count < expected {
            problems.append(DataProblem(
                file: file, line: record.line, column: count + 1, field: header.fieldName(column: count + 1),
                message: "the row has \(count) field\(count == 1 ? "" : "s") but the header has \(expected) columns; add the missing values (an empty value still needs its comma)"))
        }
        return count == expected
    }

    /// The year in a non-empty `year` cell, or nil with the problem noted.
    private mutating func year(_ text: CellText) -> Int? {
        let value: Int? = text.withUTF8 { bytes in
            guard bytes.count == 4 else { return nil }
            var value = 0
            for byte in bytes {
                guard byte &- 48 < 10 else { return nil }
                value = value * 10 + Int(byte &- 48)
            }
            return value
        }
        guard let value else {
            report(.year, "\(AmountParser.quoted(text.string)) is not a year; write a four-digit year from 1950 to 2100, e.g. 2024, or leave the cell empty")
            return nil
        }
        guard InvestmentCSV.years.contains(value) else {
            report(.year, "\(value) is not a year from 1950 to 2100; correct it, or leave the cell empty")
            return nil
        }
        return value
    }

    /// Warns about a company, project or sector name too long for charts and tables.
    private mutating func warnIfLong(_ column: Column, _ text: CellText) {
        guard text.isLonger(than: InvestmentCSV.maxLabelCharacters) else { return }
        warn(column, "the \(column.name) is \(CSVParser.grouped(text.characterCount)) characters long, over \(InvestmentCSV.maxLabelCharacters); "
            + "charts shorten it to two lines ending in …, and in the brief's table it may not fit on a page; shorten it")
    }

    /// The cleaned text of `column`'s cell, with its problem or warning noted;
    /// nil when the header has no such column, or the cell cannot be read
    /// (then the row does not pass).
    @inline(__always)
    private mutating func cell(_ column: Column, of record: CSVRawRecord) -> CellText? {
        switch Self.read(column, of: record, header: header) {
        case .absent: return nil
        case .text(let text): return text
        case .flawed:
            rowIsValid = false
            return nil
        case .refused(let message):
            report(column, message)
            return nil
        case .cleaned(let text, let warning):
            warn(column, warning)
            return text
        }
    }

    /// What reading a cell found.
    enum CellReading {
        /// The header has no such column.
        case absent
        /// The field has a syntax problem, reported already.
        case flawed
        /// The text.
        case text(CellText)
        /// Text that cannot be used, and why.
        case refused(String)
        /// The text with something removed, and the warning that says what.
        case cleaned(CellText, warning: String)
    }

    /// Reads `column`'s cell of `record` (no side effects, so a row can be read again).
    @inline(__always)
    static func read(_ column: Column, of record: CSVRawRecord, header: InvestmentCSVHeader) -> CellReading {
        let index = header.index(column)
        guard index >= 0 else { return .absent }
        guard record.flawedColumns.isEmpty || !record.flawedColumns.contains(index + 1) else { return .flawed }
        let bytes = record.bytes(index)
        if CSVText.isCleanASCII(bytes) { return .text(.ascii(bytes)) }
        let text = CSVText.clean(record.string(index))
        if let control = CSVText.firstControlCharacter(text) {
            // NUL and other control characters cut names short in PDFs and charts.
            return .refused("the text has a control character (\(CSVText.codePoint(control))), which cannot be shown; "
                + "remove it (a file with NUL bytes may be damaged, or UTF-16 text without a byte-order mark)")
        }
        guard text.utf8.contains(where: { $0 >= 0xE2 }) else { return .text(.text(text)) }
        if let forbidden = text.unicodeScalars.first(where: \.properties.isNoncharacterCodePoint) {
            // XML 1.0 forbids U+FFFE and U+FFFF: an SVG with one is not XML at all.
            return .refused("the text has \(CSVText.codePoint(forbidden)), a noncharacter that XML (and so SVG) does not allow; remove it")
        }
        if column != .url, let (clean, found) = CSVText.withoutBidiControls(text) {
            return .cleaned(.text(clean), warning: "removed \(found.count == 1 ? "a bidi control character" : "\(found.count) bidi control characters") "
                + "(\(found.map(CSVText.codePoint).joined(separator: ", "))), which could reorder the text around it")
        }
        return .text(.text(text))
    }

    /// The repeated-row key of a record read again (one that passed before),
    /// made as for the row the first time; false when it cannot be made.
    mutating func duplicateKey(of record: CSVRawRecord, into key: inout DuplicateRowKey) -> Bool {
        func text(_ column: Column) -> CellText? {
            switch Self.read(column, of: record, header: header) {
            case .text(let text), .cleaned(let text, _): text
            case .absent: .empty
            case .flawed, .refused: nil
            }
        }
        guard let company = text(.company), let project = text(.project), let statesText = text(.states) else { return false }
        let index = states.entry(for: statesText)
        guard case .success(let entry) = states[index] else { return false }
        key.set(company: company, project: project, codes: entry.key)
        return true
    }

    private mutating func report(_ column: Column, _ message: String) {
        problems.append(DataProblem(file: file, line: line, column: header.number(column), field: column.name, message: message))
        rowIsValid = false
    }

    private mutating func warn(_ column: Column, _ message: String) {
        warnings.append(DataProblem(file: file, line: line, column: header.number(column), field: column.name, message: message))
    }

    /// The id and text of a name in `table`.
    @inline(__always)
    private static func lookUp(_ text: CellText, in table: inout TextInterner) -> (id: Int, text: String) {
        switch text {
        case .ascii(let bytes): table.lookUp(ascii: bytes)
        case .text(let string): (table.lookUp(string), string)
        }
    }
}
