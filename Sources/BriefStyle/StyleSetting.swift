/// A key's checked value and where it was set, so that checks across keys
/// and font warnings can point at the line that set it.
struct StyleSetting: Hashable, Sendable {
    /// The value.
    var value: StyleValue
    /// The file that set it, as shown to the user.
    var file: String
    /// The 1-based line of the value.
    var line: Int
    /// The 1-based column of the value when it is on its key's line, else of the key.
    var column: Int

    /// A problem located at this setting.
    func problem(key: String, _ message: String) -> StyleProblem {
        StyleProblem(file: file, line: line, column: column, key: key, message: message)
    }
}
