import BriefData
import FoundationEssentials

/// Finds, reads, checks and resolves style files.
///
/// `--style NAME` looks for `NAME.yaml` in each search path in turn, then
/// among the styles embedded in the binary, so that an installed `tradebrief`
/// works outside the repository. `--style path/to/file.yaml` (anything with a
/// `/` or ending `.yaml` or `.yml`) reads that file. A style's `extends`
/// names a style, or a file inside the folder of the style that extends it
/// (see `StyleFinder.extended(_:from:)`); only regular files are read.
public enum StyleLoader {
    /// Loads and resolves the style `nameOrPath` and every style it extends.
    ///
    /// Every problem in every file of the chain is collected before failing,
    /// so one run lists them all.
    /// - Parameters:
    ///   - nameOrPath: A style name (`default`, `colorblind`) or a path to a YAML file.
    ///   - searchPaths: Folders to look in for `NAME.yaml`, in order, before
    ///     the embedded styles (the CLI passes `./Styles`).
    /// - Throws: ``StyleError`` listing every problem, each located as
    ///   `FILE:LINE:COLUMN: key 'NAME': what is wrong`.
    public static func load(_ nameOrPath: String, searchPaths: [URL]) throws(StyleError) -> Style {
        let finder = StyleFinder(searchPaths: searchPaths)
        let origin: StyleOrigin
        if StyleFinder.isPath(nameOrPath) {
            origin = .file(URL(fileURLWithPath: nameOrPath))
        } else if let special = finder.special(named: nameOrPath) {
            throw StyleError(problems: [StyleProblem(file: StyleOrigin.file(special).displayPath, message: Self.specialMessage)])
        } else if let found = finder.named(nameOrPath) {
            origin = found
        } else {
            throw StyleError(problems: [StyleProblem(file: nil, message: unknownNameMessage(nameOrPath, finder: finder))])
        }

        var chain: [StyleOrigin] = []
        var documents: [StyleDocument] = []
        var sources: [StyleSourceFile] = []
        var problems: [StyleProblem] = []
        var next: StyleOrigin? = origin
        // The `extends` that named `next`, once past the first file.
        var via: (reference: String, setting: StyleSetting)?
        reading: while let current = next {
            next = nil
            let contents: (text: String, data: Data)
            do {
                contents = try current.read()
            } catch {
                guard let via else { throw error }
                // The file an `extends` names cannot be read: located at that `extends`.
                problems += error.problems.map { problem in
                    guard problem.line == nil else { return problem }
                    return via.setting.problem(key: "extends", "\(StyleQuote.excerpt(via.reference)): " + (problem.file.map { "\($0): " } ?? "") + problem.message)
                }
                break
            }
            chain.append(current)
            sources.append(StyleSourceFile(path: current.displayPath, data: contents.data))
            let document = StyleDocument(text: contents.text, origin: current)
            problems += document.problems
            documents.append(document)
            guard let (reference, setting) = document.extends else { break }
            let target: StyleOrigin
            switch finder.extended(reference, from: current) {
            case .found(let found):
                target = found
            case .missing:
                problems.append(setting.problem(key: "extends", missingMessage(reference, from: current, finder: finder)))
                break reading
            case .outside:
                problems.append(setting.problem(key: "extends", outsideMessage(reference)))
                break reading
            case .special(let url):
                problems.append(setting.problem(key: "extends", "\(StyleQuote.excerpt(reference)) names \(StyleOrigin.file(url).displayPath), "
                    + "which " + specialReason))
                break reading
            }
            if let start = chain.firstIndex(where: { $0.identity == target.identity }) {
                let names = (chain[start...] + [target]).map(\.styleName).joined(separator: " → ")
                problems.append(setting.problem(key: "extends", "'\(reference)' makes a cycle: \(names)"))
                break
            }
            next = target
            via = (reference, setting)
        }

        var merged: [String: StyleSetting] = [:]
        for document in documents.reversed() {
            merged.merge(document.settings.filter { !StyleSchema.ownKeys.contains($0.key) }) { _, new in new }
        }
        problems += Style.consistencyProblems(merged)
        guard problems.isEmpty else { throw StyleError(problems: problems) }
        return Style(
            name: origin.styleName, description: documents.first?.description ?? "",
            settings: merged, sourceFiles: sources)
    }

    /// Every style `--style NAME` can find (search paths first, then the
    /// embedded styles; the first of each name wins), sorted by name, with
    /// its description, for `tradebrief styles`.
    public static func available(searchPaths: [URL]) -> [StyleSummary] {
        StyleFinder(searchPaths: searchPaths).all().map { name, origin in
            let description: String
            if !StyleFinder.isReadable(origin) {
                return StyleSummary(name: name, description: "(not a regular file, so not read)", path: origin.displayPath)
            }
            do {
                let document = StyleDocument(text: try origin.read().text, origin: origin)
                description = document.description ?? (document.problems.isEmpty ? "" : "(has problems; use it to see them)")
            } catch {
                description = "(cannot be read)"
            }
            return StyleSummary(name: name, description: description, path: origin.displayPath)
        }
    }

    /// Why a folder, FIFO, socket, device or broken link is not read as a style.
    static let specialReason = "is not a regular file (a folder, pipe, socket, device or broken link), so it is not opened; "
        + "replace it with a YAML file"

    /// The message for a style name whose file is not a regular file.
    static let specialMessage = "cannot read the style: it " + specialReason

    /// The message for a style name that names no style.
    private static func unknownNameMessage(_ name: String, finder: StyleFinder) -> String {
        // Only the styles that can be read, not the files `styles` lists as not regular.
        let names = finder.all().filter { StyleFinder.isReadable($0.origin) }.map(\.name)
        if let match = closestMatch(to: name, in: names, ignoringSeparators: true, name: { $0 }) {
            return "no style named '\(name)'; did you mean '\(match)'?"
        }
        return "no style named '\(name)'; the styles are " + names.joined(separator: ", ")
    }

    /// The message for an `extends` path that leaves its style's folder; it
    /// quotes only the style's own text (at most 120 characters of it).
    private static func outsideMessage(_ reference: String) -> String {
        "\(StyleQuote.excerpt(reference)) is outside the folder of this style, so it is not read; "
            + "extends names a style (like default) or a file in this style's folder or below it"
    }

    /// The message for an `extends` that names no file or style.
    private static func missingMessage(_ reference: String, from origin: StyleOrigin, finder: StyleFinder) -> String {
        if reference.contains("/") {
            if case .file(let url) = origin {
                let target = reference.hasPrefix("/")
                    ? URL(fileURLWithPath: reference) : url.deletingLastPathComponent().appendingPathComponent(reference)
                return "\(StyleQuote.excerpt(reference)) names no file (looked for \(StyleOrigin.file(target).displayPath))"
            }
            return "'\(reference)' is a path, but a built-in style can only extend another by name"
        }
        let name = StyleOrigin.styleName(ofFile: reference) ?? reference
        if case .file = origin, name == origin.styleName {
            return "\(StyleQuote.excerpt(reference)) is this style's own name; by its own name a style extends the built-in style of that name, "
                + "and there is none called \(StyleQuote.excerpt(name))"
        }
        return unknownNameMessage(name, finder: finder)
    }
}
