/// One checked pass over the data rows of an investments CSV, after its
/// header: each record through ``InvestmentRowRules``, then, for each row that
/// passes, the checks across rows (repeated rows, the limits on sectors,
/// sources and the total) and the sink.
struct InvestmentCSVPass<Sink: InvestmentSink> {
    let file: String
    let header: InvestmentCSVHeader
    var rules: InvestmentRowRules
    /// What is kept of the rows.
    private(set) var sink: Sink
    /// The problems of CSV syntax, of too many rows, and of the whole file
    /// (``finish(_:)`` fills them).
    private(set) var syntaxProblems: [DataProblem] = []
    private(set) var limitProblems: [DataProblem] = []
    private(set) var fileProblems: [DataProblem] = []
    /// The rows read (not counting blank ones).
    private(set) var dataRows = 0
    private var duplicates: DuplicateRowIndex
    /// The key of the row being read, and of a row read again to compare with it.
    private var key = DuplicateRowKey()
    private var earlierKey = DuplicateRowKey()
    private var earlierRecord = CSVRawRecord()
    /// Which sectors the rows read have, and the first row with one over ``InvestmentCSV/maxSectors``.
    private var sectorSeen: [Bool] = []
    private(set) var sectorCount = 0
    private var firstSectorOverLimit: (line: Int, sector: String)?
    /// The sum of the amounts of the rows read, in cents, and whether it went over ``InvestmentCSV/maxTotalUSD``.
    private(set) var totalCents: Int64 = 0
    private var reportedTotal = false
    /// The rows that repeat an earlier row (each warned about).
    private(set) var repeatedRows = 0
    /// Whether to keep ``rowHashes`` (for the second half of a file read in two, ``InvestmentCSV``).
    private(set) var keepsRowHashes = false
    /// The repeated-row hash of each row kept, in order, when ``keepsRowHashes``.
    private(set) var rowHashes: [UInt64] = []

    /// Starts a pass after `header`, with an empty index of repeated rows.
    init(file: String, header: InvestmentCSVHeader, sink: Sink, duplicates: DuplicateRowIndex) {
        self.file = file
        self.header = header
        self.sink = sink
        rules = InvestmentRowRules(file: file, header: header, keepsCompanyNames: sink.keepsCompanyNames)
        self.duplicates = duplicates
    }

    /// Reads the records after the header to the end of `stream`.
    mutating func run(_ stream: inout CSVRecordStream) {
        var record = CSVRawRecord()
        while stream.next(into: &record) {
            if record.isBlank { continue }
            dataRows += 1
            if let row = rules.check(record) { accept(row, stream: stream) }
        }
    }

    /// Keeps a row that passed every check: the repeated-row warning, the
    /// sector count, the total, and the sink.
    private mutating func accept(_ row: CheckedInvestmentRow, stream: CSVRecordStream) {
        if let first = firstLine(of: row, stream: stream) {
            repeatedRows += 1
            let project = row.project.string
            let what = [row.companyText, project.isEmpty ? nil : project, row.states.states.map(\.state).joined(separator: ";")]
                .compactMap { $0 }.joined(separator: ", ")
            rules.warnings.append(DataProblem(
                file: file, line: row.line,
                message: "lines \(first) and \(row.line) have the same company, project and states (\(what)); both rows are kept and counted, so delete one if they are the same investment"))
        }
        let sector = row.sector
        if sector.id >= sectorSeen.count { sectorSeen.append(contentsOf: repeatElement(false, count: sector.id + 1 - sectorSeen.count)) }
        if !sectorSeen[sector.id] {
            sectorSeen[sector.id] = true
            sectorCount += 1
            if sectorCount > InvestmentCSV.maxSectors, firstSectorOverLimit == nil {
                firstSectorOverLimit = (row.line, sector.text)
            }
        }
        // Below 10^18 cents before, below 10^15 added: no overflow; adding stops once over.
        if !reportedTotal { totalCents += row.amount.cents }
        if !reportedTotal, totalCents >= InvestmentCSV.maxTotalCents {
            reportedTotal = true
            rules.problems.append(DataProblem(
                file: file, line: row.line, column: header.number(.amount), field: "amount_usd",
                message: "with this row the amounts add up to 10^16 dollars (ten quadrillion) or more, more than the totals "
                    + "can hold; check the amounts (are they in dollars?), or split the file"))
        }
        // A file with an error gives nothing: keep nothing once one is known.
        if rules.problems.isEmpty, rules.sources.firstSourceOverLimit == nil, firstSectorOverLimit == nil {
            sink.add(row, file: file)
        } else {
            sink.dropAll()
        }
    }

    /// The line of an earlier row with the same key as `row`, or nil (noting `row` as the first).
    private mutating func firstLine(of row: CheckedInvestmentRow, stream: CSVRecordStream) -> Int? {
        key.set(company: row.company, project: row.project, codes: row.states.key)
        let hash = key.hash
        if keepsRowHashes { rowHashes.append(hash) }
        var slot = duplicates.firstSlot(for: hash)
        while let candidate = duplicates.nextCandidate(hash, slot: &slot) {
            if isSameKey(key, asRow: candidate, stream: stream) { return duplicates.line(candidate) }
        }
        duplicates.insert(hash: hash, line: row.line, reference: stream.recordOffset, key: key, at: slot)
        return nil
    }

    /// Whether the index has a row that may have the key whose hash is `hash`
    /// (a quick test: ``hasRow(withKey:hash:stream:)`` decides).
    func mayHaveRow(withHash hash: UInt64) -> Bool {
        var slot = duplicates.firstSlot(for: hash)
        return duplicates.nextCandidate(hash, slot: &slot) != nil
    }

    /// Whether a row read by this pass has `key`, whose hash is `hash` (nothing is added).
    mutating func hasRow(withKey key: DuplicateRowKey, hash: UInt64, stream: CSVRecordStream) -> Bool {
        var slot = duplicates.firstSlot(for: hash)
        while let candidate = duplicates.nextCandidate(hash, slot: &slot) {
            if isSameKey(key, asRow: candidate, stream: stream) { return true }
        }
        return false
    }

    /// Keeps ``rowHashes`` from here on, with room for `rows` of them.
    mutating func keepRowHashes(expecting rows: Int) {
        keepsRowHashes = true
        rowHashes.reserveCapacity(rows)
    }

    /// The number of rows in the repeated-row index.
    var indexedRows: Int { duplicates.count }

    /// Where the `number`th row of the repeated-row index can be read again.
    func reference(ofRow number: Int) -> Int { duplicates.reference(number) }

    /// Whether the row numbered `candidate` in the index has `key`.
    private mutating func isSameKey(_ key: DuplicateRowKey, asRow candidate: Int, stream: CSVRecordStream) -> Bool {
        switch duplicates.recall {
        case .keepingKeys:
            return duplicates.matchesKept(candidate, key)
        case .rereading:
            guard stream.reread(at: duplicates.reference(candidate), into: &earlierRecord),
                  rules.duplicateKey(of: earlierRecord, into: &earlierKey) else { return false }
            return earlierKey == key
        }
    }

    /// Notes what is known once every row is read: the syntax problems, too
    /// many rows, too many sectors or sources, no data rows.
    mutating func finish(_ stream: inout CSVRecordStream) {
        syntaxProblems = InvestmentCSV.located(stream.finish(), file: file, header: header)
        if let line = stream.stoppedAtLine {
            let limit = CSVParser.grouped(stream.reader.parser.maxRecords - 1)
            limitProblems.append(DataProblem(
                file: file, line: line,
                message: "the file has more than \(limit) data rows; split it into files of at most \(limit) rows"))
        }
        if let first = firstSectorOverLimit {
            fileProblems.append(DataProblem(
                file: file, line: first.line, column: header.number(.sector), field: "sector",
                message: "the file has \(CSVParser.grouped(sectorCount)) different sectors; the limit is \(InvestmentCSV.maxSectors), "
                    + "and \(AmountParser.quoted(first.sector)) on this line is the first one over it; merge similar sectors (e.g. 'Batteries' for 'Battery cells' and 'Battery packs')"))
        }
        if let problem = rules.sources.limitProblem(header: header) { fileProblems.append(problem) }
        if dataRows == 0, header.problems.isEmpty, syntaxProblems.isEmpty, limitProblems.isEmpty, rules.problems.isEmpty, fileProblems.isEmpty {
            fileProblems.append(DataProblem(
                file: file, line: header.line,
                message: "the file has a header row but no data rows; add one row per investment below the header"))
        }
    }

    /// Every problem, in the order ties are broken: the header's, CSV syntax,
    /// too many rows, rows, the whole file.
    var problems: [DataProblem] {
        header.problems + syntaxProblems + limitProblems + rules.problems + fileProblems
    }
}
