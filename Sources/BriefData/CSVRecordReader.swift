private let quote = UInt8(ascii: "\"")
private let comma = UInt8(ascii: ",")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
/// The bytes that end or disturb an unquoted field: `,` `\n` `\r` `"`.
private let unquotedStops: UInt64 = 1 << 0x2C | 1 << 0x0A | 1 << 0x0D | 1 << 0x22
/// The bytes that matter inside a quoted field: `"` and `\n`.
private let quotedStops: UInt64 = 1 << 0x22 | 1 << 0x0A

/// One pass of ``CSVParser`` over some bytes, one record at a time: the rules
/// and the problems are those of ``CSVParser``; ``next(into:)`` fills a
/// reusable ``CSVRawRecord``, and ``finish()`` gives the problems.
struct CSVRecordReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let parser: CSVParser
    var index = 0
    var line = 1
    /// The problems found so far (without the one about bad UTF-8, which
    /// ``finish()`` adds).
    var problems: [CSVParser.Problem] = []
    /// When reading stopped because there were more than ``CSVParser/maxRecords``
    /// records: the line of the first record not read.
    var stoppedAtLine: Int?
    /// The number of records read.
    var recordsRead = 0
    /// The byte offset where the last record read starts.
    var recordStart = 0
    var reportedBareCarriageReturn = false
    var badUTF8: (line: Int, column: Int)?
    var badUTF8Fields = 0
    var done = false

    init(bytes: UnsafeBufferPointer<UInt8>, parser: CSVParser) {
        self.bytes = bytes
        self.parser = parser
        let count = bytes.count
        if count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            problems.append(.init(
                line: 1, column: nil,
                message: "the file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"))
            done = true
            return
        }
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// Reads the next record into `record`; false at the end of the input (or
    /// of the records allowed).
    mutating func next(into record: inout CSVRawRecord) -> Bool {
        guard !done else { return false }
        let count = bytes.count
        while index < count {
            if parser.skipsEmptyLines, skipEmptyLine() { continue }
            if recordsRead >= parser.maxRecords {
                stoppedAtLine = line
                done = true
                return false
            }
            recordStart = index
            record.input = bytes
            record.reset(line: line)
            var column = 1
            while true {
                readField(column: column, record: &record)
                if index >= count { break }
                if bytes[index] == comma {
                    index += 1
                    column += 1
                    continue
                }
                endLine()
                break
            }
            recordsRead += 1
            return true
        }
        done = true
        return false
    }

    /// The problems, in input order (call once, at the end).
    mutating func finish() -> [CSVParser.Problem] {
        if let badUTF8 {
            let others = badUTF8Fields - 1
            let more = others == 0 ? "" : " (and \(others) more field\(others == 1 ? "" : "s"))"
            problems.append(.init(
                line: badUTF8.line, column: badUTF8.column,
                message: "this field is not valid UTF-8 text\(more); save the file as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"))
            problems.sort { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
            self.badUTF8 = nil
        }
        return problems
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
                    problems.append(.init(
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
    mutating func readField(column: Int, record: inout CSVRawRecord) {
        let count = bytes.count
        let startLine = line
        let fieldStart = index
        var length: Int
        var highBits: UInt8 = 0
        var text: String?

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
            if escapes {
                let scratchStart = record.scratch.count
                var position = start
                while position < end {
                    let byte = bytes[position]
                    record.scratch.append(byte)
                    position += byte == quote ? 2 : 1
                }
                record.spans.append(.init(start: scratchStart, end: record.scratch.count, inScratch: true))
            } else {
                record.spans.append(.init(start: start, end: end, inScratch: false))
            }
            if !closed {
                record.isCutShort = true
                record.flawedColumns.append(column)
                problems.append(.init(
                    line: startLine, column: column,
                    message: "a quoted field starts here but its closing quote is missing, so it runs to the end of the file; add the closing \" (and write \"\" for a quote inside a quoted field)"))
            } else if index < count, !isFieldEnd(bytes[index]) {
                let extraStart = index
                while index < count, !isFieldEnd(bytes[index]) {
                    highBits |= bytes[index]
                    index += 1
                }
                // The quoted part and the rest are decoded apart, then joined.
                var value = record.string(record.spans.count - 1)
                value += String(decoding: UnsafeBufferPointer(rebasing: bytes[extraStart..<index]), as: UTF8.self)
                text = value
                record.texts.append((column, value))
                length += index - extraStart
                record.flawedColumns.append(column)
                problems.append(.init(
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
            record.spans.append(.init(start: start, end: index, inScratch: false))
            if strayQuote {
                record.flawedColumns.append(column)
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                let leadingSpaces = value.prefix { $0 == " " || $0 == "\t" }.count
                let advice = leadingSpaces > 0 && value.dropFirst(leadingSpaces).first == "\""
                    ? "remove the spaces before the opening quote"
                    : "put the whole field in quotes and write each quote inside it twice, e.g. \"5\"\" screen\""
                problems.append(.init(
                    line: startLine, column: column,
                    message: "a quote (\") inside a field that does not start with a quote; \(advice)"))
            }
        }

        if highBits >= 0x80 {
            record.hasNonASCII = true
            // Quotes are ASCII, so the raw span of the field is valid UTF-8 exactly when its text is.
            if !isValidUTF8(fieldStart..<index) {
                badUTF8Fields += 1
                if badUTF8 == nil { badUTF8 = (startLine, column) }
            }
        }
        // Characters are never more than bytes, so only long fields need counting.
        // A field cut short by a missing quote has been reported already.
        if length > parser.maxFieldCharacters, !record.isCutShort {
            let characters = (text ?? record.string(record.spans.count - 1)).count
            if characters > parser.maxFieldCharacters {
                record.flawedColumns.append(column)
                problems.append(.init(
                    line: startLine, column: column,
                    message: "the field is \(CSVParser.grouped(characters)) characters long; the limit is \(CSVParser.grouped(parser.maxFieldCharacters)), so shorten it"))
            }
        }
    }

    /// Whether `byte` is one of the bytes in `set`, a bit mask of bytes below 64.
    @inline(__always)
    func isSpecial(_ byte: UInt8, in set: UInt64) -> Bool {
        byte < 64 && (set >> UInt64(byte)) & 1 != 0
    }

    func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
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
