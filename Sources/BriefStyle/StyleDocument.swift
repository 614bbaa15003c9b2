import BriefYAML

/// One style file, parsed and checked on its own: the keys it sets (each
/// with its line) and every problem found in it, all of them in one pass.
struct StyleDocument: Sendable {
    /// Where the file comes from.
    var origin: StyleOrigin
    /// The leaf keys the file sets, by dotted path, with checked values.
    var settings: [String: StyleSetting] = [:]
    /// Every problem found in the file, top to bottom.
    var problems: [StyleProblem] = []
    /// How messages quote the file's text (one line at most).
    private let quote: StyleQuote

    /// Parses and checks the YAML `text` of the file at `origin`.
    init(text: String, origin: StyleOrigin) {
        self.origin = origin
        quote = StyleQuote(text: text)
        // An alias stands for everything its anchor names, so a few hundred bytes of
        // nested aliases ("billion laughs") stand for billions of values, which every
        // check here would then visit. A style never needs one.
        if let alias = Self.firstAlias(text) {
            problems = [StyleProblem(
                file: origin.displayPath, at: alias,
                message: "YAML aliases (*name) are not supported in style files; write the value out where it is used")]
            return
        }
        let root: YAMLNode?
        do {
            // Plain scalars come untyped; YAMLScalarTag classifies them.
            root = try YAMLReader.compose(text)
        } catch {
            problems = [Self.syntaxProblem(error, file: origin.displayPath, text: text)]
            return
        }
        guard let root, YAMLScalarTag.of(root) != .null else { return }
        guard let mapping = root.mapping else {
            let found = root.scalar.map { quote($0.string, line: root.mark.line) } ?? "a list"
            problems = [StyleProblem(
                file: origin.displayPath, at: root.mark,
                message: "a style is a mapping of keys, like 'colors:' with keys indented under it, not \(found)")]
            return
        }
        walk(mapping, parent: "")
    }

    /// The `extends` reference, if the file has a valid one.
    var extends: (reference: String, setting: StyleSetting)? {
        guard let setting = settings["extends"], let reference = setting.value.text else { return nil }
        return (reference, setting)
    }

    /// The file's own description, if it has one.
    var description: String? { settings["description"]?.value.text }

    private var file: String { origin.displayPath }

    private mutating func walk(_ mapping: YAMLMapping, parent: String) {
        for (keyNode, valueNode) in mapping {
            let keyMark = keyNode.mark
            guard let written = keyNode.scalar?.string else {
                problems.append(StyleProblem(
                    file: file, at: keyMark, key: parent.isEmpty ? nil : parent,
                    message: "a key must be a plain name, not a list or mapping"))
                continue
            }
            // A key is quoted in messages: one line at most, like any text of the file.
            let name = String(StyleQuote.excerpt(written).dropFirst().dropLast())
            let path = parent.isEmpty ? name : parent + "." + name
            if let kind = StyleSchema.kind(of: path) {
                let (value, found) = kind.check(valueNode, key: path, file: file, keyMark: keyMark, quote: quote)
                problems += found
                if let value { settings[path] = StyleSetting(value: value, file: file, line: keyMark.line, column: YAMLMark.place(ofValue: valueNode.mark, key: keyMark).column) }
            } else if StyleSchema.isGroup(path) {
                switch valueNode {
                case .mapping(let inner):
                    walk(inner, parent: path)
                case .scalar(let scalar) where YAMLScalarTag.of(valueNode) != .null:
                    problems.append(StyleProblem(
                        file: file, at: valueNode.mark, key: path,
                        message: "\(quote(scalar.string, line: valueNode.mark.line)) is not a mapping; write its keys on the lines below, indented: "
                            + StyleSchema.children(of: path).joined(separator: ", ")))
                case .scalar:
                    continue  // `colors:` with nothing under it changes nothing.
                default:
                    problems.append(StyleProblem(
                        file: file, at: keyMark, key: path,
                        message: "expects a mapping of keys ("
                            + StyleSchema.children(of: path).joined(separator: ", ") + "), not a list"))
                }
            } else {
                problems.append(StyleProblem(
                    file: file, at: keyMark, key: path, message: StyleSchema.unknownKeyMessage(path, parent: parent)))
            }
        }
    }

    /// Where the first YAML alias (`*name` where a value or key starts) is in
    /// `text`, outside quotes and comments; nil when there is none. A `*` inside
    /// text (`Bold *and* clear`) is not an alias.
    static func firstAlias(_ text: String) -> YAMLMark? {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "*")) else { return nil }
        var line = 1
        var quote: UInt8?
        var inComment = false
        var atNodeStart = true
        var previous = UInt8(ascii: "\n")
        var index = 0
        func isBlank(_ offset: Int) -> Bool {
            offset >= bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset])
        }
        while index < bytes.count {
            let byte = bytes[index]
            defer { index += 1 }
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                inComment = false
                if quote == nil { atNodeStart = true }
                previous = 0x0A
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                    index += 1  // an escaped character
                } else if byte == open {
                    if open == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == open {
                        index += 1  // '' is one quote
                    } else {
                        quote = nil
                    }
                }
                previous = byte
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0D:
                break
            case UInt8(ascii: "#") where [0x20, 0x09, 0x0A].contains(previous):
                inComment = true
            case UInt8(ascii: "\"") where atNodeStart, UInt8(ascii: "'") where atNodeStart:
                quote = byte
                atNodeStart = false
            case UInt8(ascii: "*") where atNodeStart:
                return YAMLMark(line: line, column: Self.column(of: index, in: bytes))
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                atNodeStart = isBlank(index + 1)
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                atNodeStart = true
            default:
                atNodeStart = false
            }
            previous = byte
        }
        return nil
    }

    /// A located problem for an error of the YAML reader.
    private static func syntaxProblem(_ error: YAMLError, file: String, text: String) -> StyleProblem {
        // At the end of a file without a final line break, libyaml puts the mark on
        // the line after the last one; an editor cannot go there.
        let end = YAMLMark.end(of: text)
        let lastLine = end.line
        func located(_ context: YAMLError.Context?, _ problem: String, _ mark: YAMLMark) -> StyleProblem {
            let detail = context.map { " (\($0.text) on line \(min($0.mark.line, lastLine)))" } ?? ""
            // Past the end, the column would be of a line that is not there.
            let place = mark.line > lastLine ? end : mark
            return StyleProblem(file: file, at: place, message: "YAML syntax error: \(problem)\(detail)")
        }
        switch error {
        case .scanner(let context, let problem, let mark),
             .parser(let context, let problem, let mark),
             .composer(let context, let problem, let mark):
            return located(context, problem, mark)
        case .reader(let problem, let offset):
            return StyleProblem(file: file, at: offset.map { YAMLMark.end(of: text.prefix($0)) }, message: "cannot read the YAML: \(problem)")
        case .duplicateKeys(let duplicates, let mark):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return StyleProblem(
                file: file, at: mark,
                message: "YAML syntax error: key \(names) appears more than once in the same mapping; keep one")
        case .memory:
            return StyleProblem(file: file, message: "YAML syntax error; check the file with a YAML linter")
        }
    }

    /// The 1-based column, in Unicode scalars as libyaml's marks count, of
    /// the byte at `index` of `bytes` (UTF-8).
    private static func column(of index: Int, in bytes: [UInt8]) -> Int {
        var start = index
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars.count + 1
    }
}
