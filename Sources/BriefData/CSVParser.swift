import Foundation

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
/// The reader works on bytes and makes one `String` per field (which is most
/// of its cost); in a release build it reads well over 100 MB a second.
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
        var reader = Reader(buffer: buffer, parser: self)
        return reader.run()
    }
}

private let quote = UInt8(ascii: "\"")
private let comma = UInt8(ascii: ",")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
/// The bytes that end or disturb an unquoted field: `,` `\n` `\r` `"`.
private let unquotedStops: UInt64 = 1 << 0x2C | 1 << 0x0A | 1 << 0x0D | 1 << 0x22
/// The bytes that matter inside a quoted field: `"` and `\n`.
private let quotedStops: UInt64 = 1 << 0x22 | 1 << 0x0A

/// The state of one pass over the input.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let parser: CSVParser
    var index = 0
    var line = 1
    var output = CSVParser.Output()
    var scratch: [UInt8] = []
    var reportedBareCarriageReturn = false
    var badUTF8: (line: Int, column: Int)?
    var badUTF8Fields = 0

    init(buffer: UnsafeBufferPointer<UInt8>, parser: CSVParser) {
        bytes = buffer
        self.parser = parser
    }

    mutating func run() -> CSVParser.Output {
        let count = bytes.count
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            output.problems.append(.init(
                line: 1, column: nil,
                message: "the file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"))
            return output
        }
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }

        var fields: [String] = []
        while index < count {
            if parser.skipsEmptyLines, skipEmptyLine() { continue }
            if output.records.count >= parser.maxRecords {
                output.stoppedAtLine = line
                break
            }
            var record = CSVParser.Record(line: line, fields: [])
            fields.removeAll(keepingCapacity: true)
            var column = 1
            while true {
                readField(column: column, into: &fields, record: &record)
                if index >= count { break }
                let byte = bytes[index]
                if byte == comma {
                    index += 1
                    column += 1
                    continue
                }
                endLine()
                break
            }
            record.fields = fields
            output.records.append(record)
        }
        if let badUTF8 {
            let others = badUTF8Fields - 1
            let more = others == 0 ? "" : " (and \(others) more field\(others == 1 ? "" : "s"))"
            output.problems.append(.init(
                line: badUTF8.line, column: badUTF8.column,
                message: "this field is not valid UTF-8 text\(more); save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"))
            output.problems.sort { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        }
        return output
    }

    /// Skips a line with nothing on it; says whether it did.
    mutating func skipEmptyLine() -> Bool {
        let byte = bytes[index]
        if byte == lineFeed {
            index += 1
            line += 1
            return true
        }
        if byte == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed {
            index += 2
            line += 1
            return true
        }
        return false
    }

    /// Consumes the line end at `index` (`\n`, `\r\n`, or a bare `\r`, which is reported).
    mutating func endLine() {
        if bytes[index] == carriageReturn {
            if index + 1 < bytes.count, bytes[index + 1] == lineFeed {
                index += 2
            } else {
                if !reportedBareCarriageReturn {
                    reportedBareCarriageReturn = true
                    output.problems.append(.init(
                        line: line, column: nil,
                        message: "a line ends with a bare carriage return (CR), as in old Mac files; save the file with \\n (LF) or \\r\\n (CRLF) line ends"))
                }
                index += 1
            }
        } else {
            index += 1
        }
        line += 1
    }

    /// Reads one field starting at `index` and leaves `index` at the byte after
    /// it (a comma, a line end, or the end of the input).
    mutating func readField(column: Int, into fields: inout [String], record: inout CSVParser.Record) {
        let count = bytes.count
        let startLine = line
        let fieldStart = index
        var value: String
        var length: Int
        var highBits: UInt8 = 0

        if index < count, bytes[index] == quote {
            index += 1
            let start = index
            var escapes = false
            var closed = false
            // Local copies keep the hot loop in registers.
            var position = index
            var lines = 0
            while position < count {
                let byte = bytes[position]
                highBits |= byte
                guard isSpecial(byte, in: quotedStops) else {
                    position += 1
                    continue
                }
                if byte == quote {
                    if position + 1 < count, bytes[position + 1] == quote {
                        escapes = true
                        position += 2
                        continue
                    }
                    closed = true
                    break
                }
                lines += 1
                position += 1
            }
            index = position
            line += lines
            let end = index
            if closed { index += 1 }
            length = end - start
            value = escapes ? unescaped(start..<end) : text(start..<end)
            if !closed {
                record.isCutShort = true
                record.flawedColumns.append(column)
                output.problems.append(.init(
                    line: startLine, column: column,
                    message: "a quoted field starts here but its closing quote is missing, so it runs to the end of the file; add the closing \" (and write \"\" for a quote inside a quoted field)"))
            } else if index < count, !isFieldEnd(bytes[index]) {
                let extraStart = index
                while index < count, !isFieldEnd(bytes[index]) {
                    highBits |= bytes[index]
                    index += 1
                }
                value += text(extraStart..<index)
                length += index - extraStart
                record.flawedColumns.append(column)
                output.problems.append(.init(
                    line: line, column: column,
                    message: "there is text after the closing quote of a quoted field; put the whole field in quotes, write \"\" for each quote inside it, and put nothing between the closing quote and the next comma"))
            }
        } else {
            let start = index
            var strayQuote = false
            var position = index
            while position < count {
                let byte = bytes[position]
                if isSpecial(byte, in: unquotedStops) {
                    guard byte == quote else { break }
                    strayQuote = true
                }
                highBits |= byte
                position += 1
            }
            index = position
            length = index - start
            value = text(start..<index)
            if strayQuote {
                record.flawedColumns.append(column)
                let leadingSpaces = value.prefix { $0 == " " || $0 == "\t" }.count
                let advice = leadingSpaces > 0 && value.dropFirst(leadingSpaces).first == "\""
                    ? "remove the spaces before the opening quote"
                    : "put the whole field in quotes and write each quote inside it twice, e.g. \"5\"\" screen\""
                output.problems.append(.init(
                    line: startLine, column: column,
                    message: "a quote (\") inside a field that does not start with a quote; \(advice)"))
            }
        }

        // Quotes are ASCII, so the raw span of the field is valid UTF-8 exactly when its text is.
        if highBits >= 0x80, !isValidUTF8(fieldStart..<index) {
            badUTF8Fields += 1
            if badUTF8 == nil { badUTF8 = (startLine, column) }
        }
        // Characters are never more than bytes, so only long fields need counting.
        // A field cut short by a missing quote has been reported already.
        if length > parser.maxFieldCharacters, !record.isCutShort {
            let characters = value.count
            if characters > parser.maxFieldCharacters {
                record.flawedColumns.append(column)
                output.problems.append(.init(
                    line: startLine, column: column,
                    message: "the field is \(CSVParser.grouped(characters)) characters long; the limit is \(CSVParser.grouped(parser.maxFieldCharacters)), so shorten it"))
            }
        }
        fields.append(value)
    }

    /// Whether `byte` is one of the bytes in `set`, a bit mask of bytes below 64.
    @inline(__always)
    func isSpecial(_ byte: UInt8, in set: UInt64) -> Bool {
        byte < 64 && (set >> UInt64(byte)) & 1 != 0
    }

    func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }

    /// The bytes in `range`, decoded as UTF-8 (bad bytes become U+FFFD).
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The bytes in `range` with each `""` read as `"`.
    mutating func unescaped(_ range: Range<Int>) -> String {
        scratch.removeAll(keepingCapacity: true)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            scratch.append(byte)
            position += byte == quote ? 2 : 1
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Whether the bytes in `range` are well-formed UTF-8.
    func isValidUTF8(_ range: Range<Int>) -> Bool {
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
