import BriefData

/// The characters of a brief's file, checked before it is parsed, by the
/// rule the investments CSV follows (``UnshowableText``): a control
/// character or a noncharacter is an error at its line and column (and is
/// replaced by U+FFFD, so that nothing after reports it again); a bidi
/// control is removed, with a warning.
enum DocumentCharacters {
    /// The most lines reported with a character error; the rest are counted in the last.
    static let reportedLines = 20

    /// `text` with its bidi controls removed and its unshowable characters
    /// replaced, and what was found, at lines and character columns of `file`.
    static func check(_ text: String, file: String) -> (text: String, errors: [DataProblem], warnings: [DataProblem]) {
        guard UnshowableText.mayHaveUnshowable(text) else { return (text, [], []) }
        var errors: [DataProblem] = []
        var warnings: [DataProblem] = []
        var linesWithErrors = 0
        var checked = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var lineHasError = false
        var removed: [Unicode.Scalar] = []
        var removedAt = 1
        func endLine() {
            if !removed.isEmpty {
                let what = removed.count == 1 ? "a bidi control character" : "\(removed.count) bidi control characters"
                warnings.append(DataProblem(file: file, line: line, column: removedAt, message:
                    "removed \(what) (\(removed.map(UnshowableText.codePoint).joined(separator: ", "))), which could reorder the text around it"))
            }
            removed = []
            lineHasError = false
            line += 1
            column = 1
        }
        for character in text {
            if character == "\n" || character == "\r\n" {
                checked.append(contentsOf: character.unicodeScalars)
                endLine()
                continue
            }
            for scalar in character.unicodeScalars {
                if let problem = UnshowableText.problem(with: scalar) {
                    if !lineHasError {
                        lineHasError = true
                        linesWithErrors += 1
                        if linesWithErrors <= reportedLines {
                            errors.append(DataProblem(file: file, line: line, column: column, message:
                                "the text has \(problem), which cannot be shown; remove it (text pasted from a terminal or a binary file can carry one)"))
                        }
                    }
                    checked.append("\u{FFFD}")
                } else if UnshowableText.isBidiControl(scalar) {
                    if removed.isEmpty { removedAt = column }
                    removed.append(scalar)
                } else {
                    checked.append(scalar)
                }
            }
            column += 1
        }
        if !removed.isEmpty { endLine() }
        if linesWithErrors > reportedLines {
            errors.append(DataProblem(file: file, message: "\(linesWithErrors - reportedLines) more lines have characters that cannot be shown"))
        }
        return (String(checked), errors, warnings)
    }
}
