import BriefData
import BriefStyle

extension TradeBriefError {
    /// This error, pointed at the front matter line whose setting caused it:
    /// `brief.md:3:14: investments 'missing.csv': no such file; check the path`
    /// rather than `missing.csv: no such file`, which does not say that the
    /// name came from the document (or from which line).
    ///
    /// Only the errors about the setting itself are moved: a file that cannot
    /// be opened, a style name that names no style. Problems inside the CSV or
    /// the style file keep their own file and line.
    /// - Parameters:
    ///   - key: The front matter key (`investments` or `style`).
    ///   - value: Its value, as written.
    ///   - document: The document's path, as shown to the user.
    ///   - line: The key's line in the document, if known.
    ///   - column: The value's column on that line, if known.
    func located(atFrontMatter key: String, value: String, document: String, line: Int?,
                 column: Int? = nil) -> TradeBriefError {
        let place = document + (line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? "")
        switch self {
        case .io(_, let reason):
            return .io(path: place, reason: "\(key) '\(value)': \(reason) (paths in the front matter are read from the document's folder)")
        case .style(let error):
            // The name that names no style (no file), or the file it names that cannot be read (no line in
            // it: missing, a folder, a pipe or device in Styles/, not UTF-8).
            let problems = error.problems.map { problem in
                guard problem.line == nil else { return problem }
                return StyleProblem(file: document, line: line, column: column, key: key, message: (problem.file.map { "\($0): " } ?? "") + problem.message)
            }
            return .style(StyleError(problems: problems))
        default:
            return self
        }
    }
}
