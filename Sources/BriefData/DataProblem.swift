/// One thing wrong (or worth a warning) in a data file, with where it is.
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file's name or path as the user gave it.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The column or field name, e.g. `amount_usd`.
    public var field: String?
    /// What is wrong and what to do.
    public var message: String

    /// Creates a problem report.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `FILE:LINE:COLUMN: column 'NAME': message`, leaving out what is not known.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        let what = field.map { "column '\($0)': " } ?? ""
        return "\(place): \(what)\(message)"
    }
}
