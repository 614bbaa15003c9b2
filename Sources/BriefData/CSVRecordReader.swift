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
///
/// The bytes may be the whole input, or a window onto it (``isAtEnd`` false):
/// then a record that runs past the window's end is not read; ``next(into:)``
/// returns false with ``needsMoreInput`` set and ``index`` back where that
/// record starts, and the caller gives a longer window that starts there
/// (``continue(with:isAtEnd:)``). So a record is always read from one
/// contiguous window, and its result is the same wherever the input was cut.
struct CSVRecordReader {
    private(set) var bytes: UnsafeBufferPointer<UInt8>
    let parser: CSVParser
    /// Whether ``bytes`` runs to the end of the input.
    private(set) var isAtEnd: Bool
    /// Where ``bytes`` starts in the input.
    private(set) var bytesOffset = 0
    /// The next byte to read, in ``bytes``.
    private(set) var index = 0
    var line = 1
    /// The problems found so far (without the one about bad UTF-8, which
    /// ``finish()`` adds).
    var problems: [CSVParser.Problem] = []
    /// When reading stopped because there were more than ``CSVParser/maxRecords``
    /// records: the line of the first record not read.
    var stoppedAtLine: Int?
    /// The number of records read.
    var recordsRead = 0
    /// The offset in ``bytes`` where the last record read starts.
    var recordStart = 0
    /// Whether the last call to ``next(into:)`` stopped at the end of the window.
    private(set) var needsMoreInput = false
    /// Whether the start of the input (a byte-order mark) is still to be looked at.
    private var atStart: Bool
    var reportedBareCarriageReturn = false
    var badUTF8: (line: Int, column: Int)?
    var badUTF8Fields = 0
    var done = false

    /// What a record changes, kept to undo a record cut short by the window's end.
    private struct Mark {
        var index: Int
        var line: Int
        var problems: Int
        var reportedBareCarriageReturn: Bool
        var badUTF8: (line: Int, column: Int)?
        var badUTF8Fields: Int
    }

    /// Reads `bytes`: the whole input when `isAtEnd`, else its first part.
    /// - Parameter startsInput: whether `bytes` starts the input, so that a
    ///   byte-order mark is looked for (false to read one record from the middle).
    init(bytes: UnsafeBufferPointer<UInt8>, parser: CSVParser, isAtEnd: Bool = true, startsInput: Bool = true) {
        self.bytes = bytes
        self.parser = parser
        self.isAtEnd = isAtEnd
        atStart = startsInput
    }

    /// Goes on with a window that starts at the byte ``index`` was at (the
    /// bytes before it are no longer needed) and is longer than the old one
    /// from there, or runs to the end of the input.
    mutating func `continue`(with window: UnsafeBufferPointer<UInt8>, isAtEnd: Bool) {
        bytesOffset += index
        bytes = window
        self.isAtEnd = isAtEnd
        index = 0
        recordStart = 0
        needsMoreInput = false
    }

    /// Reads nothing more (the input failed).
    mutating func stop() {
        done = true
        needsMoreInput = false
    }

    /// Where the last record read starts in the input.
    var recordOffset: Int { bytesOffset + recordStart }

    /// Reads the next record into `record`; false at the end of the input (or
    /// of the records allowed), or at the end of the window (``needsMoreInput``).
    mutating func next(into record: inout CSVRawRecord) -> Bool {
        guard !done else { return false }
        needsMoreInput = false
        let count = bytes.count
        if atStart {
            guard isAtEnd || count - index >= 3 else { return starve() }
            atStart = false
            if count - index >= 2, (bytes[index] == 0xFF && bytes[index + 1] == 0xFE) || (bytes[index] == 0xFE && bytes[index + 1] == 0xFF) {
                problems.append(.init(
                    line: 1, column: nil,
                    message: "the file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"))
                done = true
                return false
            }
            if count - index >= 3, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { index += 3 }
        }
        while index < count {
            if parser.skipsEmptyLines {
                switch skipEmptyLine() {
                case true?: continue
                case nil: return starve()
                case false?: break
                }
            }
            if recordsRead >= parser.maxRecords {
                stoppedAtLine = line
                done = true
                return false
            }
            let mark = Mark(index: index, line: line, problems: problems.count, reportedBareCarriageReturn: reportedBareCarriageReturn,
                            badUTF8: badUTF8, badUTF8Fields: badUTF8Fields)
            recordStart = index
            record.input = bytes
            record.reset(line: line)
            var column = 1
            while true {
                guard readField(column: column, record: &record) else { return undo(mark) }
                if index >= count {
                    guard isAtEnd else { return undo(mark) }
                    break
                }
                if bytes[index] == comma {
                    index += 1
                    column += 1
                    continue
                }
                guard endLine() else { return undo(mark) }
                break
            }
            recordsRead += 1
            return true
        }
        guard isAtEnd else { return starve() }
        done = true
        return false
    }

    /// Stops at the end of the window, asking for more.
    private mutating func starve() -> Bool {
        needsMoreInput = true
        return false
    }

    /// Undoes a record that runs past the end of the window.
    private mutating func undo(_ mark: Mark) -> Bool {
        index = mark.index
        line = mark.line
        problems.removeSubrange(mark.problems...)
        reportedBareCarriageReturn = mark.reportedBareCarriageReturn
        badUTF8 = mark.badUTF8
        badUTF8Fields = mark.badUTF8Fields
        return starve()
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

    /// Skips a line with nothing on it: whether it did, or nil when the window
    /// ends before that is known.
    private mutating func skipEmptyLine() -> Bool? {
        let byte = bytes[index]
        if byte == lineFeed {
            index += 1
            line += 1
            return true
        }
        if byte == carriageReturn {
            guard index + 1 < bytes.count else { return isAtEnd ? false : nil }
            if bytes[index + 1] == lineFeed {
                index += 2
                line += 1
                return true
            }
        }
        return false
    }

    /// Consumes the line end at `index` (`\n`, `\r\n`, or a bare `\r`, which
    /// is reported); false when the window ends before it is known which.
    private mutating func endLine() -> Bool {
        if bytes[index] == carriageReturn {
            if index + 1 < bytes.count, bytes[index + 1] == lineFeed {
                index += 2
            } else {
                guard index + 1 < bytes.count || isAtEnd else { return false }
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
        return true
    }

    /// Reads one field starting at `index` and leaves `index` at the byte after
    /// it (a comma, a line end, or the end of the input); false when the field
    /// may go on past the end of the window.
    private mutating func readField(column: Int, record: inout CSVRawRecord) -> Bool {
        let count = bytes.count
        let startLine = line
        let fieldStart = index
        var length: Int
        var highBits: UInt8 = 0
        // The OR of the words skipped eight bytes at a time (``ByteWords``), for `highBits`.
        var skippedWords: UInt64 = 0
        let base = bytes.baseAddress
        var text: String?

        if index < count, bytes[index] == quote {
            let start = index + 1
            var escapes = false
            var closed = false
            // Local copies keep the hot loop in registers.
            var position = start
            var lines = 0
            while position < count {
                if position + 8 <= count, let base {
                    let word = ByteWords.load(base, at: position)
                    let stops = ByteWords.bytes(word, equalTo: quote) | ByteWords.bytes(word, equalTo: lineFeed)
                    guard moveToStop(in: word, stops: stops, at: &position, skipped: &skippedWords) else { continue }
                }
                let byte = bytes[position]
                highBits |= byte
                guard isSpecial(byte, in: quotedStops) else {
                    position += 1
                    continue
                }
                if byte == quote {
                    if position + 1 < count {
                        if bytes[position + 1] == quote {
                            escapes = true
                            position += 2
                            continue
                        }
                    } else if !isAtEnd {
                        return false
                    }
                    closed = true
                    break
                }
                lines += 1
                position += 1
            }
            // A field still open at the window's end may close further on.
            guard closed || isAtEnd else { return false }
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
                guard index < count || isAtEnd else { return false }
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
                if position + 8 <= count, let base {
                    let word = ByteWords.load(base, at: position)
                    let stops = ByteWords.bytes(word, equalTo: comma) | ByteWords.bytes(word, equalTo: lineFeed)
                        | ByteWords.bytes(word, equalTo: carriageReturn) | ByteWords.bytes(word, equalTo: quote)
                    guard moveToStop(in: word, stops: stops, at: &position, skipped: &skippedWords) else { continue }
                }
                let byte = bytes[position]
                if isSpecial(byte, in: unquotedStops) {
                    guard byte == quote else { break }
                    strayQuote = true
                }
                highBits |= byte
                position += 1
            }
            guard position < count || isAtEnd else { return false }
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

        if skippedWords & ByteWords.highBits != 0 { highBits |= 0x80 }
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
        return true
    }

    /// Moves `position` to the first byte of `word` (the eight bytes at
    /// `position`) marked in `stops`, ORing the bytes passed into `skipped`:
    /// true when the word has such a byte (`position` is then at it); false
    /// when it has none (`position` is then past all eight).
    @inline(__always)
    private func moveToStop(in word: UInt64, stops: UInt64, at position: inout Int, skipped: inout UInt64) -> Bool {
        guard stops != 0 else {
            skipped |= word
            position += 8
            return false
        }
        let before = ByteWords.firstMarked(stops)
        skipped |= word & ((1 &<< UInt64(before &* 8)) &- 1)
        position += before
        return true
    }

    /// Whether `byte` is one of the bytes in `set`, a bit mask of bytes below 64.
    @inline(__always)
    private func isSpecial(_ byte: UInt8, in set: UInt64) -> Bool {
        byte < 64 && (set >> UInt64(byte)) & 1 != 0
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == comma || byte == lineFeed || byte == carriageReturn
    }

    /// Whether the bytes in `range` are well-formed UTF-8.
    private func isValidUTF8(_ range: Range<Int>) -> Bool {
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
