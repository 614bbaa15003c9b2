import BriefCharts
import BriefData
import BriefYAML

/// The YAML block between `---` lines at the top of a brief: its title and
/// the settings it is built with. Every key is optional.
public struct FrontMatter: Hashable, Sendable {
    /// The paper sizes a document may ask for.
    public enum Page: String, Hashable, Sendable, CaseIterable {
        /// US Letter.
        case letter
        /// ISO A4.
        case a4
    }

    /// The document's title (the title block, the running header, the PDF's title).
    public var title: String?
    /// A line under the title.
    public var subtitle: String?
    /// The date the brief is current to, as written (`2025-04-23` prints as `23 April 2025`).
    public var date: String?
    /// Who wrote it.
    public var authors: [String] = []
    /// The paper size, unless the command line sets one.
    public var page: Page?
    /// A style name or a style file relative to the document.
    public var style: String?
    /// An investments CSV relative to the document, inside its folder.
    public var investments: String?
    /// The language the document is written in (`en` unless given).
    public var language: BriefLanguage = .english
    /// The line each key is on, to point at it in messages.
    public var lines: [String: Int] = [:]
    /// The column each key's value starts at (its key's, when the value is
    /// on a later line), to point at it in messages.
    public var columns: [String: Int] = [:]

    /// The keys a front matter may have.
    public static let keys = ["title", "subtitle", "date", "authors", "page", "style", "investments", "lang"]

    /// Creates an empty front matter.
    public init() {}

    /// Reads `yaml` (the text between the `---` lines) whose first line is
    /// line `firstLine` of `file`. Unknown keys are warnings; values of the
    /// wrong kind are errors.
    public static func parse(_ yaml: String, file: String, firstLine: Int) -> (FrontMatter, errors: [DataProblem], warnings: [DataProblem]) {
        var matter = FrontMatter()
        var errors: [DataProblem] = []
        var warnings: [DataProblem] = []
        func problem(_ line: Int, _ column: Int, _ message: String) -> DataProblem {
            DataProblem(file: file, line: line, column: column, message: message)
        }
        let root: YAMLNode?
        do {
            // The front matter reads every value as text.
            root = try YAMLReader.compose(yaml)
        } catch {
            let line = Self.line(of: error) ?? 1
            errors.append(problem(firstLine + line - 1, 1, Self.message(for: error)))
            return (matter, errors, warnings)
        }
        guard let root else { return (matter, errors, warnings) }
        guard let mapping = root.mapping else {
            errors.append(problem(firstLine, 1, "the front matter must be 'key: value' lines (keys: \(keys.joined(separator: ", ")))"))
            return (matter, errors, warnings)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = firstLine + keyNode.mark.line - 1
            let column = keyNode.mark.column
            matter.lines[key] = line
            matter.columns[key] = YAMLMark.place(ofValue: value.mark, key: keyNode.mark).column
            // A value that is not allowed is reported where the value is written (on the key's line), as for 'investments'.
            let valueColumn = matter.columns[key] ?? column
            // What a value may not carry (YAML escapes such as "\e" or "\u202E" can write any
            // character): the document's own characters were checked before (`DocumentCharacters`).
            func showable(_ string: String) -> String? {
                guard let found = UnshowableText.firstFinding(in: string) else { return string }
                errors.append(problem(line, column, "'\(key)' has \(found.what), \(found.why); remove it"))
                return nil
            }
            func text() -> String? {
                guard let scalar = value.scalar else {
                    errors.append(problem(line, column, "'\(key)' must be a single value"))
                    return nil
                }
                return showable(scalar.string)
            }
            switch key {
            case "title": matter.title = text()
            case "subtitle": matter.subtitle = text()
            case "date":
                guard let date = text() else { continue }
                if DateText.looksLikeISODate(date), !DateText.isCalendarDate(date) {
                    errors.append(problem(line, valueColumn, "date '\(date)' is not a date of the calendar; write it as YYYY-MM-DD (e.g. 2025-04-23) "
                        + "or YYYY-MM for a month, with a year from 1000 to 9999"))
                } else {
                    matter.date = date
                }
            case "style": matter.style = text()
            case "investments": matter.investments = text()
            case "authors":
                if let sequence = value.sequence {
                    matter.authors = sequence.compactMap { $0.scalar.flatMap { showable($0.string) } }
                } else if let single = text() {
                    matter.authors = [single]
                }
            case "page":
                guard let name = text() else { continue }
                if let page = Page(rawValue: name.lowercased()) {
                    matter.page = page
                } else {
                    errors.append(problem(line, valueColumn, "page '\(name)' is not a paper size; use letter or a4"))
                }
            case "lang":
                guard let tag = text() else { continue }
                if let language = BriefLanguage(tag: tag) {
                    matter.language = language
                } else {
                    errors.append(problem(line, valueColumn, "lang '\(tag)' is not a language tradebrief writes; use en or ko"))
                }
            default:
                // A did-you-mean for the first keys only: a hostile front matter can hold 100,000 keys.
                let hint = warnings.count < 50 ? closestMatch(to: key, in: keys).map { "; did you mean '\($0)'?" } ?? "" : ""
                warnings.append(problem(line, column, "unknown front matter key '\(key)' is ignored\(hint) (keys: \(keys.joined(separator: ", ")))"))
            }
        }
        return (matter, errors, warnings)
    }

    /// The line of a syntax error, as Yams gave it, or of a duplicate key's first place; none for a reader error.
    private static func line(of error: YAMLError) -> Int? {
        switch error {
        case .scanner(_, _, let mark), .parser(_, _, let mark), .composer(_, _, let mark), .duplicateKeys(_, let mark): mark.line
        default: nil
        }
    }

    /// What to tell the writer: a key given twice, or lists nested too deep, by name; any other
    /// error as YAML that is not 'key: value' lines.
    private static func message(for error: YAMLError) -> String {
        switch error {
        case .duplicateKeys(let names, _):
            return "the front matter gives \(names.map { "'\($0)'" }.joined(separator: ", ")) more than once; keep one"
        case .composer(_, let problem, _) where problem.contains("nested more than"):
            return "the front matter \(problem.replacing("found ", with: "has ")); write one 'key: value' per line"
        default:
            return "the front matter is not valid YAML; write one 'key: value' per line"
        }
    }
}
