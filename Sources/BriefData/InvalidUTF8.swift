/// Where a file stops being UTF-8: the line and column (in scalars) of its
/// first byte that does not decode, so that "not UTF-8 text" can say where.
public enum InvalidUTF8 {
    /// The 1-based line and column of the first invalid byte in `bytes`, or nil when all decode.
    public static func firstPlace<Bytes: Collection>(in bytes: Bytes) -> (line: Int, column: Int)? where Bytes.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return (line, column)
            }
        }
    }
}
