import Foundation
import Testing
@testable import BriefData

/// Bytes handed out as a file would, at most `pieces[i]` bytes in the i-th
/// read (the last size repeating), and read again from any offset when
/// `canReadAgain` (a regular file) or not at all (a pipe).
private final class ChunkedBytes: CSVByteSource {
    let bytes: [UInt8]
    let pieces: [Int]
    let canReadAgain: Bool
    private var position = 0
    private var reads = 0

    init(_ bytes: [UInt8], pieces: [Int], canReadAgain: Bool = true) {
        self.bytes = bytes
        self.pieces = pieces
        self.canReadAgain = canReadAgain
    }

    convenience init(_ text: String, chunk: Int, canReadAgain: Bool = true) {
        self.init(Array(text.utf8), pieces: [chunk], canReadAgain: canReadAgain)
    }

    var expectedSize: Int? { nil }
    var hasFailed: Bool { false }

    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let piece = pieces[min(reads, pieces.count - 1)]
        reads += 1
        let count = min(buffer.count, piece, bytes.count - position)
        for offset in 0..<count { buffer[offset] = bytes[position + offset] }
        position += count
        return count
    }

    func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard canReadAgain else { return nil }
        let count = max(0, min(buffer.count, bytes.count - offset))
        for index in 0..<count { buffer[index] = bytes[offset + index] }
        return count
    }
}

/// The chunked reader (``CSVRecordStream`` over a ``CSVByteSource``) reads
/// what the whole-input reader reads, wherever the chunks end, and the
/// repeated-row index finds exactly the repeated rows.
@Suite("Reading CSV in chunks")
struct ChunkedReadingTests {
    /// Inputs whose records are easy to cut in the wrong place.
    static let tricky: [String] = [
        "\u{FEFF}company,sector\r\nA,B\r\n",
        "a,\"quoted, with comma\",\"line\nbreak\",\"crlf\r\ninside\",\"\"\"escaped\"\"\"\r\nx,y,z,w,v\n",
        "name,city\nHyundai \u{D604}\u{B300},\u{C11C}\u{C6B8}\n\u{1F600} emoji,caf\u{E9}\u{301}\n",
        "a,b\r\n\r\n\n,,\r\nc,d\r",
        "a,\"b\"x,c\nd,e\"f,g\n\"open,\nh,i\n",
        "a,b\rc,d\r\ne,f\n",
        "\"\"\"\",\"\"\n\"a\"\"\",\"\"\"b\"\r\n",
        "x",
        "",
        "\u{FEFF}",
        "\u{FEFF}\r\n\r\n",
    ]

    /// What ``CSVParser`` makes of `text` read whole.
    private func whole(_ text: String, parser: CSVParser = CSVParser()) -> CSVParser.Output {
        parser.parse(text)
    }

    /// What ``CSVRecordStream`` makes of the bytes read in `pieces`.
    private func streamed(_ bytes: [UInt8], pieces: [Int], chunkSize: Int, parser: CSVParser = CSVParser()) -> CSVParser.Output {
        var stream = CSVRecordStream(source: ChunkedBytes(bytes, pieces: pieces), parser: parser, chunkSize: chunkSize)
        var record = CSVRawRecord()
        var output = CSVParser.Output()
        while stream.next(into: &record) { output.records.append(record.parsed) }
        output.problems = stream.finish()
        output.stoppedAtLine = stream.stoppedAtLine
        return output
    }

    @Test("A record cut at any byte (quoted line breaks, CRLF, UTF-8, byte-order mark) reads as when whole")
    func everyCut() {
        for text in Self.tricky {
            let bytes = Array(text.utf8)
            let expected = whole(text)
            // A read of 0 bytes is the end of the input, so the first cut is after byte 1.
            for cut in 1...max(bytes.count, 1) {
                let output = streamed(bytes, pieces: [cut, bytes.count], chunkSize: 1)
                #expect(output.records == expected.records, "cut at \(cut) of \(text.debugDescription)")
                #expect(output.problems == expected.problems, "cut at \(cut) of \(text.debugDescription)")
            }
        }
    }

    @Test("Chunks of 1, 7 and 4,096 bytes read what the whole input reads", arguments: [1, 7, 4096])
    func chunkSizes(_ size: Int) {
        let inputs = Self.tricky + [StreamingTotalsTests.generated(rows: 300)]
        for text in inputs {
            let expected = whole(text)
            let output = streamed(Array(text.utf8), pieces: [size], chunkSize: size)
            #expect(output.records == expected.records, "\(text.prefix(60).debugDescription)")
            #expect(output.problems == expected.problems, "\(text.prefix(60).debugDescription)")
        }
        // The record limit stops at the same line.
        let limited = CSVParser(maxRecords: 5, maxFieldCharacters: 8)
        let text = StreamingTotalsTests.generated(rows: 40)
        let output = streamed(Array(text.utf8), pieces: [size], chunkSize: size, parser: limited)
        let expected = whole(text, parser: limited)
        #expect(output.records == expected.records)
        #expect(output.problems == expected.problems)
        #expect(output.stoppedAtLine == expected.stoppedAtLine && expected.stoppedAtLine != nil)
    }

    @Test("A record longer than the chunk grows the buffer; a quote left open reads to the end")
    func longRecords() {
        let long = "a,b\n\"" + String(repeating: "x\n", count: 5_000) + "\",y\n\"open," + String(repeating: "z", count: 3_000) + "\n"
        let expected = whole(long)
        for size in [1, 64, 4096] {
            let output = streamed(Array(long.utf8), pieces: [size], chunkSize: size)
            #expect(output.records == expected.records)
            #expect(output.problems == expected.problems)
        }
    }

    /// Files for ``InvestmentCSV``: usable ones, ones with problems, repeated rows.
    static let files: [String] = {
        let header = "company,project,sector,states,amount_usd,year,source,url"
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/investments.csv")
        return [
            (try? String(contentsOf: example, encoding: .utf8)) ?? "",
            StreamingTotalsTests.generated(rows: 400),
            "\u{FEFF}" + header + "\r\nA,\"p\r\nq\",Steel,GA;KY,5M,2020,s,https://x.example\r\na,\"P\r\nQ\",Steel,ky;ga,6M,2021,s,\r\n",
            header + "\nA,p,Steel,GA,5M,2020,s,u\nA,p,,XX,-5B,20x4,s,u\nA,\"p\"x,Steel,GA;GA,5M,2020,s,u\n",
            header + "\nA,p,Steel,GA,5M,2020\nB,q\n\"open,\n",
            "",
            "a,b\n1,2\n",
        ]
    }()

    @Test("InvestmentCSV gives the same investments, totals, warnings and problems read in chunks of 1, 7 and 4,096 bytes",
          arguments: [1, 7, 4096])
    func investmentsInChunks(_ size: Int) {
        for text in Self.files {
            let data = Data(text.utf8)
            for canReadAgain in [true, false] {
                let whole = Result { () throws(DataError) in try InvestmentCSV.parse(data, file: "f.csv") }
                let chunked = Result { () throws(DataError) in
                    try InvestmentCSV.parse(from: ChunkedBytes(text, chunk: size, canReadAgain: canReadAgain), file: "f.csv", chunkSize: size)
                }
                #expect(Self.same(whole, chunked), "\(text.prefix(60).debugDescription), can read again: \(canReadAgain)")
                for key in AggregationKey.allCases {
                    let totals = Result { () throws(DataError) in try InvestmentCSV.totals(data, file: "f.csv", by: key) }
                    let chunkedTotals = Result { () throws(DataError) in
                        try InvestmentCSV.totals(from: ChunkedBytes(text, chunk: size, canReadAgain: canReadAgain), file: "f.csv", by: key,
                                                 maxRows: InvestmentCSV.maxRows, maxFieldCharacters: InvestmentCSV.maxFieldCharacters, chunkSize: size)
                    }
                    #expect(Self.same(totals, chunkedTotals), "\(key) of \(text.prefix(60).debugDescription)")
                }
            }
        }
    }

    /// Whether two reads gave the same value, or failed with the same problems.
    static func same<Value: Equatable>(_ a: Result<Value, DataError>, _ b: Result<Value, DataError>) -> Bool {
        switch (a, b) {
        case let (.success(x), .success(y)): x == y
        case let (.failure(x), .failure(y)): x.problems == y.problems && x.warnings == y.warnings
        default: false
        }
    }

    @Test("A file read through CSVFileInput (a regular file, and a pipe) gives the totals of the bytes in memory")
    func fileInput() throws {
        let text = StreamingTotalsTests.generated(rows: 300)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = try InvestmentCSV.totals(Data(text.utf8), file: "t.csv", by: .state)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let input = CSVFileInput(descriptor: handle.fileDescriptor, limit: InvestmentCSV.maxBytes)
        #expect(input.canReadAgain && input.expectedSize == text.utf8.count)
        #expect(try InvestmentCSV.totals(from: input, file: "t.csv", by: .state) == expected)
        #expect(input.failure == nil)

        // A pipe (smaller than its buffer, so written whole first) cannot be read again: keys are kept.
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data(text.prefix(20_000).utf8))
        try pipe.fileHandleForWriting.close()
        let reading = pipe.fileHandleForReading
        defer { try? reading.close() }  // keeps the descriptor open while the input reads it
        let piped = CSVFileInput(descriptor: reading.fileDescriptor, limit: InvestmentCSV.maxBytes)
        #expect(!piped.canReadAgain)
        let part = String(text.prefix(20_000))
        let partial = Result { () throws(DataError) in try InvestmentCSV.totals(Data(part.utf8), file: "t.csv", by: .company) }
        #expect(Self.same(Result { () throws(DataError) in try InvestmentCSV.totals(from: piped, file: "t.csv", by: .company) }, partial))

        // Over the limit: reading stops, and the input says why.
        let small = try FileHandle(forReadingFrom: url)
        defer { try? small.close() }
        let limited = CSVFileInput(descriptor: small.fileDescriptor, limit: 1_000)
        _ = try? InvestmentCSV.totals(from: limited, file: "t.csv", by: .state)
        #expect(limited.failure == .tooLarge)

        // What was read before a failure is not read to an end: a quoted field
        // open at the limit is not "a quote that runs to the end of the file".
        let open = "company,sector,states,amount_usd\nA,\"" + String(repeating: "x", count: 5_000) + "\",GA,5M\n"
        try Data(open.utf8).write(to: url)
        let cut = try FileHandle(forReadingFrom: url)
        defer { try? cut.close() }
        let failing = CSVFileInput(descriptor: cut.fileDescriptor, limit: 1_000)
        let problems: [String]
        do throws(DataError) {
            _ = try InvestmentCSV.totals(from: failing, file: "t.csv", by: .state, maxRows: InvestmentCSV.maxRows,
                                         maxFieldCharacters: InvestmentCSV.maxFieldCharacters, chunkSize: 100)
            problems = []
        } catch {
            problems = error.problems.map(\.message)
        }
        #expect(failing.failure == .tooLarge)
        #expect(!problems.contains { $0.contains("closing quote") })
        #expect(problems.contains { $0.contains("no data rows") })
    }

    // MARK: The repeated-row index

    @Test("Repeated rows are found whatever the case, the order of states, or the Unicode form; others are not")
    func repeatedRows() throws {
        let text = """
            company,project,sector,states,amount_usd
            Caf\u{E9},P,Steel,GA;KY,5M
            Cafe\u{301},p,Steel,KY;GA,6M
            ACME,X,Steel,ga,1M
            acme,x,Steel,Georgia,2M
            \u{212A}orea,Y,Steel,TN,1M
            Korea,y,Steel,TN,1M
            a,"b,c",Steel,TN,1M
            "a,b",c,Steel,TN,1M
            a,b,Steel,TN;KY,1M
            a,b,Steel,TN,1M
            ab,,Steel,TN,1M
            a,b,Steel,tn,3M

            """
        let pairs = try InvestmentCSV.parse(Data(text.utf8), file: "d.csv").warnings.compactMap { warning -> [Int]? in
            guard warning.message.contains("have the same company") else { return nil }
            return warning.message.split(separator: " ").prefix(4).compactMap { Int($0) }
        }
        #expect(pairs == [[2, 3], [4, 5], [6, 7], [11, 13]])
    }

    @Test("With every hash colliding, only full comparisons decide: the same warnings, read again or kept", arguments: [true, false])
    func collidingHashes(_ canReadAgain: Bool) throws {
        let text = StreamingTotalsTests.generated(rows: 300)
        let expected = try InvestmentCSV.parse(Data(text.utf8), file: "t.csv")
        #expect(expected.warnings.contains { $0.message.contains("have the same company") })
        let colliding = try InvestmentCSV.parse(from: ChunkedBytes(text, chunk: 4096, canReadAgain: canReadAgain), file: "t.csv",
                                                chunkSize: 4096, hashMask: 0)
        #expect(colliding == expected)
        let inMemory = try InvestmentCSV.parse(Data(text.utf8), file: "t.csv", maxRows: InvestmentCSV.maxRows,
                                               maxFieldCharacters: InvestmentCSV.maxFieldCharacters, hashMask: 0)
        #expect(inMemory == expected)
    }

    @Test("The index keeps rows apart whose hashes collide, and finds a row among them")
    func indexCollisions() {
        func key(_ company: String) -> DuplicateRowKey {
            var key = DuplicateRowKey()
            key.set(company: .text(company), project: .text(""), codes: Array("GA".utf8))
            return key
        }
        var index = DuplicateRowIndex(recall: .keepingKeys)
        let hash: UInt64 = 0xDEAD_BEEF_0000_0001
        for (line, name) in ["alpha", "beta", "gamma"].enumerated() {
            var slot = index.firstSlot(for: hash)
            while let candidate = index.nextCandidate(hash, slot: &slot) {
                #expect(!index.matchesKept(candidate, key(name)))
            }
            let inserted = index.insert(hash: hash, line: line + 2, reference: line * 10, key: key(name), at: slot)
            #expect(inserted)
        }
        var all: [Int] = []
        var slot = index.firstSlot(for: hash)
        while let candidate = index.nextCandidate(hash, slot: &slot) { all.append(candidate) }
        #expect(all.count == 3)
        #expect(all.filter { index.matchesKept($0, key("beta")) }.map { index.line($0) } == [3])
        #expect(all.filter { index.matchesKept($0, key("delta")) }.isEmpty)
        #expect(all.map { index.reference($0) }.sorted() == [0, 10, 20])
    }

    @Test("The index grows and still finds every row")
    func indexGrows() {
        var index = DuplicateRowIndex(recall: .keepingKeys)
        var key = DuplicateRowKey()
        for round in 0..<2 {
            for number in 0..<5_000 {
                key.set(company: .text("company \(number)"), project: .text(""), codes: Array("GA".utf8))
                let hash = key.hash
                var slot = index.firstSlot(for: hash)
                var line: Int?
                while line == nil, let candidate = index.nextCandidate(hash, slot: &slot) {
                    if index.matchesKept(candidate, key) { line = index.line(candidate) }
                }
                if round == 0 {
                    #expect(line == nil)
                    index.insert(hash: hash, line: number, reference: number, key: key, at: slot)
                } else {
                    #expect(line == number)
                }
            }
        }
        #expect(index.count == 5_000)
    }

    @Test("A line longer than the size limit never grows the window past the limit (validate /dev/zero held 552 MB for a 256 MB limit)",
          arguments: [false, true])
    func windowStopsAtTheLimit(quoted: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-window-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.csv")
        // One line of 100,000 bytes (no line break), read with a limit of 50,000 bytes.
        try Data((quoted ? [UInt8(ascii: "\"")] : []) + [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)).write(to: file)
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        let input = CSVFileInput(descriptor: handle.fileDescriptor, limit: 50_000)
        var stream = CSVRecordStream(source: input, parser: CSVParser(), chunkSize: 4096)
        var record = CSVRawRecord()
        while stream.next(into: &record) {}
        #expect(input.failure == .tooLarge)
        #expect(stream.windowCapacity <= 50_001, "window \(stream.windowCapacity) bytes")
    }
}
