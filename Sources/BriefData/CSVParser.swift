import FoundationEssentials

/// A small, strict RFC 4180 reader over UTF-8 bytes.
///
/// - An optional UTF-8 byte-order mark at the start is skipped.
/// - Fields are separated by `,`; records end with `\n` or `\r\n` (or the end
///   of the input). A record that is one empty, unquoted field (an empty line)
///   is skipped when ``skipsEmptyLines`` is on.
/// - A field that starts with `"` is quoted: it runs to the next lone `"`,
///   may hold commas and line breaks (kept as they are), and `""` stands for
///   one `"`.
/// - Every record carries the 1-based line it starts on, counting the line
///   breaks inside quoted fields, so the lines of later records stay right.
///
/// Problems do not stop the reader; each is reported with its line and the
/// 1-based position of its field, and reading goes on so that one run finds
/// them all:
/// - a quoted field with no closing quote before the end of the input
///   (reported at the line where it opens);
/// - a `"` inside an unquoted field (the quote is kept as text);
/// - text between a closing quote and the next `,` or line end (kept as text);
/// - a carriage return not followed by a line feed, outside quotes (read as a
///   line end; reported once);
/// - bytes that are not UTF-8 (decoded with U+FFFD; reported once, with the
///   number of fields affected);
/// - a field longer than ``maxFieldCharacters`` characters;
/// - more than ``maxRecords`` records (reading stops; see ``Output/stoppedAtLine``).
///
/// The reader works on bytes: ``CSVRecordReader`` hands out one record at a
/// time as byte spans (``CSVRawRecord``), and only ``parse(_:)-(Data)`` makes a
/// `String` per field.
struct CSVParser: Sendable {
    /// One record (row) of the input.
    struct Record: Hashable, Sendable {
        /// The 1-based line the record starts on.
        var line: Int
        /// The fields, unquoted and unescaped, in order.
        var fields: [String]
        /// The 1-based positions of fields that have a reported syntax problem;
        /// their text is a best guess and should not be checked further.
        var flawedColumns: [Int] = []
        /// Whether the input ended inside this record's last (quoted) field,
        /// so the record is cut short.
        var isCutShort = false
    }

    /// Something wrong in the input, with where it is.
    struct Problem: Hashable, Sendable {
        /// The 1-based line.
        var line: Int
        /// The 1-based position of the field in its record, when known.
        var column: Int?
        /// What is wrong and what to do.
        var message: String
    }

    /// What the reader found.
    struct Output: Sendable {
        /// The records, in input order.
        var records: [Record] = []
        /// The problems, in input order.
        var problems: [Problem] = []
        /// When reading stopped because there were more than ``CSVParser/maxRecords``
        /// records: the line of the first record not read.
        var stoppedAtLine: Int?
    }

    /// The most records to read; reading stops at the next one.
    var maxRecords: Int = .max
    /// The longest field allowed, in characters.
    var maxFieldCharacters: Int = .max
    /// Whether empty lines are skipped rather than read as records of one empty field.
    var skipsEmptyLines = true

    /// Creates a reader with the given limits.
    init(maxRecords: Int = .max, maxFieldCharacters: Int = .max, skipsEmptyLines: Bool = true) {
        self.maxRecords = maxRecords
        self.maxFieldCharacters = maxFieldCharacters
        self.skipsEmptyLines = skipsEmptyLines
    }

    /// `n` with thousands separators, e.g. `1,000,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var result = n < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// Reads `data`.
    func parse(_ data: Data) -> Output {
        data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) { parse($0) }
        }
    }

    /// Reads `bytes`.
    func parse(_ bytes: [UInt8]) -> Output {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    /// Reads `text` (as UTF-8).
    func parse(_ text: String) -> Output {
        parse(Array(text.utf8))
    }

    /// Reads the bytes of `buffer`.
    func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> Output {
        var reader = CSVRecordReader(bytes: buffer, parser: self)
        var raw = CSVRawRecord()
        var output = Output()
        while reader.next(into: &raw) {
            output.records.append(Record(
                line: raw.line, fields: (0..<raw.count).map { raw.string($0) },
                flawedColumns: raw.flawedColumns, isCutShort: raw.isCutShort))
        }
        output.problems = reader.finish()
        output.stoppedAtLine = reader.stoppedAtLine
        return output
    }
}
