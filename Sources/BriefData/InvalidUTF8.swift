/// Where a file stops being UTF-8: the line and column of its first byte
/// that does not decode, the column counting characters as every other
/// message does (a byte-order mark at the start does not count), so that
/// "not UTF-8 text" can say where.
public enum InvalidUTF8 {
    /// The 1-based line and column of the first invalid byte in `bytes`, or nil when all decode.
    public static func firstPlace<Bytes: Collection>(in bytes: Bytes) -> (line: Int, column: Int)? where Bytes.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var valid: [UInt8] = []
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                valid.append(contentsOf: encoded)
            case .emptyInput:
                return nil
            case .error:
                let text = String(decoding: valid, as: UTF8.self)
                // Split on scalars: as characters, "\r\n" is one, and not "\n".
                let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                var last = String(String.UnicodeScalarView(lines.last ?? Substring.UnicodeScalarView()))
                if lines.count == 1, last.first == "\u{FEFF}" { last.removeFirst() }
                return (lines.count, last.count + 1)
            }
        }
    }
}
