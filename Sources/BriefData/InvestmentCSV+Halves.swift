import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a big investments CSV as two halves at once, one per core.
///
/// The second half starts after the first line end past the middle of the
/// file. Each half is checked by a pass of its own (rules, repeated-row index,
/// totals), at the same time; then the passes are joined. Where the second
/// half starts may be inside a quoted field, and the order of rows decides
/// some of what a pass says (which of two repeated rows is named first, which
/// sector is the first over the limit), so the halves are joined only when
/// that cannot change anything, and otherwise the caller reads the file in one
/// pass as before. They are joined only when:
/// - the first half (header and rows to the split) passes every check: had
///   the split been inside a quoted field, the first half would end in an
///   unclosed quote, which is an error;
/// - the second half has no problem, no row repeated within it (the warning
///   names two lines), and no shares problem (its field names the line): its
///   other warnings are kept, with their lines counted from the file's start;
/// - no row of the second half repeats a row of the first (hashes compared,
///   then any candidate read again and compared in full);
/// - together they stay within the limits of rows, sectors, sources and total;
/// - every byte was read, and the file did not grow while it was.
/// Joined, the totals, warnings and counts are those of one pass: ids of
/// sectors and companies are given in the order one pass would give them.
extension InvestmentCSV {
    /// Files of at least this many bytes (about 83,000 rows of 101 bytes; one pass over
    /// 100,000 such rows took 0.19–0.20 s on the machine of Benchmarks/RESULTS.md) are read
    /// as two halves when the machine has two cores; smaller files in one pass, as before.
    static let halvesMinimumBytes = 8 * 1024 * 1024

    /// Whether the machine has two CPUs or more online. An affinity mask
    /// (`taskset`) or a container's CPU quota is not looked at (Swift's Glibc
    /// module does not declare `sched_getaffinity`): a process held to one CPU
    /// reads the halves one after the other, with the same result.
    static var hasTwoCores: Bool { sysconf(Int32(_SC_NPROCESSORS_ONLN)) >= 2 }

    /// What each of the two iterations of `concurrentPerform` reads and
    /// gives: each touches only its own stream, source and pass, and the
    /// results are read after both iterations have ended.
    private final class Halves: @unchecked Sendable {
        let header: InvestmentCSVHeader
        let parser: CSVParser
        var firstStream: CSVRecordStream
        let secondSlice: CSVFileSlice
        var first: InvestmentCSVPass<InvestmentTotals>?
        var second: (pass: InvestmentCSVPass<InvestmentTotals>, stream: CSVRecordStream)?

        init(header: InvestmentCSVHeader, parser: CSVParser, firstStream: CSVRecordStream, secondSlice: CSVFileSlice) {
            self.header = header
            self.parser = parser
            self.firstStream = firstStream
            self.secondSlice = secondSlice
        }
    }

    /// ``totals(from:file:by:)`` of `input` read as two halves at once: nil
    /// when the file is smaller than `minimumBytes` or not a regular file, or
    /// when the halves cannot give exactly what one pass gives (then read it
    /// in one pass). Nothing is read from `input`'s position.
    static func totalsInHalves(of input: CSVFileInput, file: String, by key: AggregationKey, maxRows: Int, maxFieldCharacters: Int,
                               chunkSize: Int, minimumBytes: Int = halvesMinimumBytes) -> InvestmentCSVTotals? {
        guard let size = input.expectedSize, size >= minimumBytes, size <= maxBytes,
              let split = splitOffset(of: input, size: size),
              let firstSlice = input.slice(from: 0, to: split), let secondSlice = input.slice(from: split, to: size)
        else { return nil }
        let parser = parser(maxRows: maxRows, maxFieldCharacters: maxFieldCharacters)
        var firstStream = CSVRecordStream(source: firstSlice, parser: parser, chunkSize: chunkSize)
        guard let header = try? readHeader(&firstStream, file: file) else { return nil }
        let halves = Halves(header: header, parser: parser, firstStream: firstStream, secondSlice: secondSlice)
        let rows = expectedRows(bytes: size - split, parser: parser)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                halves.first = try? readRows(&halves.firstStream, header: halves.header, file: file, into: InvestmentTotals(by: key))
            } else {
                var stream = CSVRecordStream(source: halves.secondSlice, parser: halves.parser, chunkSize: chunkSize, startsInput: false)
                var pass = InvestmentCSVPass(file: file, header: halves.header, sink: InvestmentTotals(by: key),
                                             duplicates: DuplicateRowIndex(recall: .rereading, expectedRows: rows))
                pass.keepRowHashes(expecting: rows)
                pass.run(&stream)
                pass.finish(&stream)
                halves.second = (pass, stream)
            }
        }
        guard var first = halves.first, var second = halves.second, !firstSlice.hasFailed, !secondSlice.hasFailed, input.endsAt(size),
              let totals = joined(&first, stream: halves.firstStream, &second.pass, stream: second.stream, maxRecords: parser.maxRecords),
              // Joining reads candidate rows again: a read that failed there may have hidden a repeated row.
              !firstSlice.hasFailed, !secondSlice.hasFailed
        else { return nil }
        return totals
    }

    /// Where the second half starts: after the first line end at or past the
    /// middle (within 64 KiB of it); nil when there is none.
    private static func splitOffset(of input: CSVFileInput, size: Int) -> Int? {
        let middle = size / 2
        guard let window = input.slice(from: middle, to: min(size, middle + 64 * 1024)) else { return nil }
        var bytes = [UInt8](repeating: 0, count: window.end - window.start)
        guard let count = bytes.withUnsafeMutableBufferPointer({ window.read(at: 0, into: $0) }),
              let lineEnd = bytes[..<count].firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        let split = middle + lineEnd + 1
        return split < size ? split : nil
    }

    /// The warnings about the rows of the second half (its rules begin with
    /// the header's, which the first half has already), at their lines in the
    /// file: its lines count from 1 at the split, after `linesBefore` lines.
    private static func laterWarnings(_ second: InvestmentCSVPass<InvestmentTotals>, linesBefore: Int) -> [DataProblem] {
        second.rules.warnings.dropFirst(second.header.warnings.count).map { warning in
            var moved = warning
            moved.line = warning.line.map { $0 + linesBefore }
            return moved
        }
    }

    /// The totals of the two passes joined, or nil when one pass could say something else.
    private static func joined(_ first: inout InvestmentCSVPass<InvestmentTotals>, stream firstStream: CSVRecordStream,
                               _ second: inout InvestmentCSVPass<InvestmentTotals>, stream secondStream: CSVRecordStream,
                               maxRecords: Int) -> InvestmentCSVTotals? {
        // The second half adds rows and their own warnings, nothing else.
        guard second.problems.isEmpty, second.repeatedRows == 0, second.sink.validationProblems.isEmpty,
              second.indexedRows == second.rowHashes.count,
              firstStream.reader.recordsRead + secondStream.reader.recordsRead <= maxRecords
        else { return nil }
        // A row of the second half that repeats one of the first: one pass warns, naming both lines.
        var record = CSVRawRecord()
        var key = DuplicateRowKey()
        for (number, hash) in second.rowHashes.enumerated() where first.mayHaveRow(withHash: hash) {
            guard secondStream.reread(at: second.reference(ofRow: number), into: &record),
                  second.rules.duplicateKey(of: record, into: &key),
                  !first.hasRow(withKey: key, hash: hash, stream: firstStream)
            else { return nil }
        }
        // Both below 10^18 cents: the sum cannot overflow.
        guard first.totalCents + second.totalCents < maxTotalCents else { return nil }
        var rules = first.rules
        guard rules.sources.cite(second.rules.sources) else { return nil }
        let sectorIDs = rules.sectors.ids(adding: second.rules.sectors)
        let companyIDs = rules.companies.ids(adding: second.rules.companies)
        guard rules.sectors.count <= maxSectors else { return nil }
        var sink = first.sink
        sink.add(second.sink, ids: sink.key == .company ? companyIDs : sectorIDs)
        return InvestmentCSVTotals(
            aggregation: sink.aggregation(sectors: rules.sectors.names, companies: rules.companies.names),
            warnings: first.rules.warnings + laterWarnings(second, linesBefore: firstStream.reader.line - 1)
                + SectorLookalikes.warnings(rules.sectors.names, file: rules.file),
            validationProblems: sink.validationProblems,
            investmentCount: sink.count, sectorCount: rules.sectors.count)
    }
}
