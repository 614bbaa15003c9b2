import BriefYAML

/// One problem in a style file, located as precisely as the file allows:
/// `FILE:LINE:COLUMN: key 'NAME': what is wrong`.
public struct StyleProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file the problem is in, as shown to the user (relative to the
    /// working directory when inside it; `<built-in>/NAME.yaml` for a style
    /// embedded in the binary); nil when no file is involved (an unknown style name).
    public var file: String?
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// The 1-based column (in characters) within ``line``, when known.
    public var column: Int?
    /// The key path (e.g. `colors.accent`, `colors.palette[2]`), when the problem concerns one key.
    public var key: String?
    /// What is wrong, and how to fix it, quoting the bad value.
    public var message: String

    /// Creates a problem.
    public init(file: String?, line: Int? = nil, column: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = line == nil ? nil : column
        self.key = key
        self.message = message
    }

    /// The problem as one line: `FILE:LINE:COLUMN: key 'NAME': message`, leaving out
    /// the parts it does not have.
    public var description: String {
        var prefix = ""
        if let file {
            prefix = file
            if let line { prefix += ":\(line)" }
            if line != nil, let column { prefix += ":\(column)" }
            prefix += ": "
        }
        if let key { prefix += "key '\(key)': " }
        return prefix + message
    }
}

extension StyleProblem {
    /// A problem at `mark`, a position in the style file's YAML.
    init(file: String?, at mark: YAMLMark?, key: String? = nil, message: String) {
        self.init(file: file, line: mark?.line, column: mark?.column, key: key, message: message)
    }
}
