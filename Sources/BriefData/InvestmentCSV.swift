import BriefText
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

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
    public static let unsourcedID = sourceIDPrefix + "unsourced"

    /// How the ids of a CSV's sources begin (`csv-1`, `csv-2`, …, ``unsourcedID``):
    /// made up by the reader, so messages name those sources by their names instead.
    public static let sourceIDPrefix = "csv-"
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
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw failure("there is no such file; check the path")
        }
        guard !isDirectory else { throw failure("this is a folder, not a CSV file; give the path of the file") }
        func unreadable(_ reason: String) -> DataError {
            failure("cannot read the file (\(reason)); check that it exists and can be read")
        }
        // The entry itself, as `attributesOfItem` reports it (a link is not followed).
        var status = stat()
        let listed = lstat(url.path, &status) == 0
        let size = listed ? Int(status.st_size) : 0
        if size > maxBytes { throw failure(tooLarge(bytes: size)) }
        let data: Data
        if listed, status.st_mode & S_IFMT == S_IFREG, size > 0 {
            do {
                data = try Data(contentsOf: url, options: .mappedIfSafe)
            } catch {
                throw unreadable(systemErrorReason(error))
            }
        } else {
            // A device, a pipe or a file that reports no size (`/dev/zero`, `<(…)`,
            // `/proc`): read at most one byte over the limit, so nothing can hang.
            // (This also keeps empty files away from `Data(contentsOf:)`, which
            // leaks a 4 KB buffer for them on Linux.)
            let descriptor = CSVFileInput.open(url.path)
            guard descriptor >= 0 else { throw unreadable(String(cString: strerror(errno))) }
            defer { close(descriptor) }
            let input = CSVFileInput(descriptor: descriptor, limit: maxBytes)
            data = input.readToEnd()
            switch input.failure {
            case .tooLarge: throw failure(tooLarge(bytes: maxBytes + 1))
            case .unreadable(let reason): throw unreadable(reason)
            case nil: break
            }
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
    static func parse(_ data: Data, file: String, maxRows: Int, maxFieldCharacters: Int, hashMask: UInt64 = ~0) throws(DataError) -> InvestmentCSVResult {
        let pass = try read(data, file: file, into: InvestmentList(), maxRows: maxRows, maxFieldCharacters: maxFieldCharacters, hashMask: hashMask)
        return result(of: pass)
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
        let pass = try read(data, file: file, into: InvestmentTotals(by: key), maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
        return totals(of: pass)
    }

    /// ``totals(_:file:by:)`` for a file read a chunk at a time, in memory
    /// that does not grow with the rows (the buffer holds about `chunkSize`
    /// bytes, more only for a record longer than that). When `input` stops
    /// early (``CSVFileInput/failure``), what was read is checked; the caller
    /// reports the failure instead.
    ///
    /// A regular file of 8 MiB or more is read as two halves at once on a
    /// machine with two cores, with the same result (see ``totalsInHalves(of:file:by:maxRows:maxFieldCharacters:chunkSize:minimumBytes:)``).
    package static func totals(from input: CSVFileInput, file: String, by key: AggregationKey) throws(DataError) -> InvestmentCSVTotals {
        if hasTwoCores, let totals = totalsInHalves(of: input, file: file, by: key, maxRows: maxRows, maxFieldCharacters: maxFieldCharacters,
                                                    chunkSize: CSVRecordStream.defaultChunkSize) {
            return totals
        }
        return try totals(from: input, file: file, by: key, maxRows: maxRows, maxFieldCharacters: maxFieldCharacters, chunkSize: CSVRecordStream.defaultChunkSize)
    }

    /// ``totals(from:file:by:)`` from any source, with other limits and chunk size, for tests.
    static func totals(from source: any CSVByteSource, file: String, by key: AggregationKey, maxRows: Int, maxFieldCharacters: Int,
                       chunkSize: Int, hashMask: UInt64 = ~0) throws(DataError) -> InvestmentCSVTotals {
        var stream = CSVRecordStream(source: source, parser: parser(maxRows: maxRows, maxFieldCharacters: maxFieldCharacters), chunkSize: chunkSize)
        return totals(of: try read(&stream, file: file, into: InvestmentTotals(by: key), hashMask: hashMask))
    }

    /// ``parse(_:file:)`` from a source read a chunk at a time, for tests;
    /// `hashMask` 0 makes every row's hash collide in the repeated-row index.
    static func parse(from source: any CSVByteSource, file: String, maxRows: Int = maxRows, maxFieldCharacters: Int = maxFieldCharacters,
                      chunkSize: Int, hashMask: UInt64 = ~0) throws(DataError) -> InvestmentCSVResult {
        var stream = CSVRecordStream(source: source, parser: parser(maxRows: maxRows, maxFieldCharacters: maxFieldCharacters), chunkSize: chunkSize)
        return result(of: try read(&stream, file: file, into: InvestmentList(), hashMask: hashMask))
    }

    private static func result(of pass: InvestmentCSVPass<InvestmentList>) -> InvestmentCSVResult {
        InvestmentCSVResult(investments: pass.sink.investments, sources: pass.rules.sources.sources,
                            warnings: pass.rules.warnings + SectorLookalikes.warnings(pass.rules.sectors.names, file: pass.rules.file))
    }

    private static func totals(of pass: InvestmentCSVPass<InvestmentTotals>) -> InvestmentCSVTotals {
        InvestmentCSVTotals(
            aggregation: pass.sink.aggregation(sectors: pass.rules.sectors.names, companies: pass.rules.companies.names),
            warnings: pass.rules.warnings + SectorLookalikes.warnings(pass.rules.sectors.names, file: pass.rules.file),
            validationProblems: pass.sink.validationProblems,
            investmentCount: pass.sink.count, sectorCount: pass.sectorCount)
    }

    /// One checked pass over `data`.
    private static func read<Sink: InvestmentSink>(_ data: Data, file: String, into sink: Sink, maxRows: Int, maxFieldCharacters: Int,
                                                   hashMask: UInt64 = ~0) throws(DataError) -> InvestmentCSVPass<Sink> {
        guard data.count <= maxBytes else {
            throw DataError(problems: [DataProblem(file: file, message: tooLarge(bytes: data.count))])
        }
        let parser = parser(maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
        let pass = data.withUnsafeBytes { raw in
            Result { () throws(DataError) in
                var stream = CSVRecordStream(bytes: raw.bindMemory(to: UInt8.self), parser: parser)
                return try read(&stream, file: file, into: sink, hashMask: hashMask)
            }
        }
        return try pass.get()
    }

    /// One checked pass over the records of `stream`: the header, then every row.
    private static func read<Sink: InvestmentSink>(_ stream: inout CSVRecordStream, file: String, into sink: Sink, hashMask: UInt64 = ~0) throws(DataError) -> InvestmentCSVPass<Sink> {
        let header = try readHeader(&stream, file: file)
        return try readRows(&stream, header: header, file: file, into: sink, hashMask: hashMask)
    }

    /// Reads the header of `stream`: the first record that is not blank.
    static func readHeader(_ stream: inout CSVRecordStream, file: String) throws(DataError) -> InvestmentCSVHeader {
        var record = CSVRawRecord()
        var headerRecord: CSVParser.Record?
        while stream.next(into: &record) {
            if record.isBlank { continue }
            headerRecord = record.parsed
            break
        }
        guard let headerRecord else {
            let syntax = located(stream.finish(), file: file, header: nil)
            throw sorted(syntax.isEmpty ? [DataProblem(
                file: file,
                message: "the file is empty; it needs a header row naming the columns (\(InvestmentCSVHeader.columnList)) and one row per investment")] : syntax)
        }
        let header = InvestmentCSVHeader(headerRecord, file: file)
        // Without a header, the rows cannot be read column by column (but their syntax is checked).
        guard header.isHeader else {
            while stream.next(into: &record) {}
            throw sorted(header.problems + located(stream.finish(), file: file, header: nil))
        }
        return header
    }

    /// Checks the rows of `stream` after `header`: the pass, or every problem found.
    static func readRows<Sink: InvestmentSink>(_ stream: inout CSVRecordStream, header: InvestmentCSVHeader, file: String, into sink: Sink,
                                                hashMask: UInt64 = ~0) throws(DataError) -> InvestmentCSVPass<Sink> {
        let expectedRows = expectedRows(bytes: stream.expectedSize ?? 0, parser: stream.reader.parser)
        let duplicates = DuplicateRowIndex(recall: stream.canReread ? .rereading : .keepingKeys, expectedRows: expectedRows, hashMask: hashMask)
        var pass = InvestmentCSVPass(file: file, header: header, sink: sink, duplicates: duplicates)
        pass.run(&stream)
        pass.finish(&stream)
        let problems = pass.problems
        // The warnings go with the problems: a user fixing the errors sees them too.
        guard problems.isEmpty else { throw sorted(problems, warnings: pass.rules.warnings) }
        return pass
    }

    /// About one row per 80 bytes, at most the records allowed: the rows to
    /// make room for in the repeated-row index up front.
    static func expectedRows(bytes: Int, parser: CSVParser) -> Int {
        min(bytes / 80, parser.maxRecords)
    }

    /// The reader's settings for these limits.
    static func parser(maxRows: Int, maxFieldCharacters: Int) -> CSVParser {
        CSVParser(maxRecords: maxRows + 1, maxFieldCharacters: maxFieldCharacters)
    }

    /// Problems sorted by line and column, in the order found where those are equal.
    private static func sorted(_ problems: [DataProblem], warnings: [DataProblem] = []) -> DataError {
        let ordered = problems.enumerated().sorted { a, b in
            let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return left < right
        }
        return DataError(problems: ordered.map(\.element), warnings: warnings)
    }

    /// The CSV syntax problems, located in `file`, with the names of their
    /// columns when they are below a header.
    static func located(_ found: [CSVParser.Problem], file: String, header: InvestmentCSVHeader?) -> [DataProblem] {
        found.map { problem in
            var field: String?
            if let header, problem.line > header.line, let column = problem.column {
                field = header.fieldName(column: column)
            }
            return DataProblem(file: file, line: problem.line, column: problem.column, field: field, message: problem.message)
        }
    }

    /// ``maxTotalUSD`` in cents.
    static let maxTotalCents: Int64 = 1_000_000_000_000_000_000

    private static func tooLarge(bytes: Int) -> String {
        "the file is \(CSVParser.grouped(bytes)) bytes; the limit is 256 MB (\(CSVParser.grouped(maxBytes)) bytes), so split it into smaller files"
    }
}
