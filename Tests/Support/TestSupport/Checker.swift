import Foundation
import Testing

/// Independent checkers from the system's packages (poppler's `pdfinfo`,
/// `pdftotext`, `pdffonts`, `pdftoppm`; `qpdf`; `rsvg-convert`; `xmllint`;
/// Chromium …), run on what tradebrief writes, with one policy when one is
/// missing:
///
/// - in CI (the environment variable `CI` set, to anything) a missing checker
///   is a failure: the test throws ``MissingChecker``;
/// - elsewhere the test is skipped with a message that names the package to
///   install (`Test.cancel`, which the test report shows as skipped, never
///   as passed). Checks a test made before it needed the tool still count.
public enum Checker {
    /// The folders searched for a checker, in order.
    static let folders = ["/usr/bin", "/usr/local/bin", "/bin", "/snap/bin"]

    /// Whether a missing checker fails the test (CI) instead of skipping it.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Where `tool` is installed, or nil.
    public static func installed(_ tool: String) -> URL? {
        folders.map { URL(fileURLWithPath: "\($0)/\(tool)") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Where `tool` is installed; when it is not, the test fails (CI) or is
    /// skipped with a message (elsewhere), as the type's policy says.
    public static func require(_ tool: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        try require(anyOf: [tool], sourceLocation: sourceLocation)
    }

    /// The first of `tools` that is installed (a program known by several
    /// names, such as `chromium` and `chromium-browser`), under the same policy;
    /// `required` says whether a missing one fails (by default: in CI).
    public static func require(anyOf tools: [String], required: Bool = isRequired,
                               sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        if let found = tools.lazy.compactMap(installed).first { return found }
        let missing = MissingChecker(tool: tools.first ?? "")
        if required { throw missing }
        try Test.cancel("skipped: \(missing.description) (set CI=1 to make this a failure)", sourceLocation: sourceLocation)
    }

    /// Runs `tool` with `arguments` (see ``require(_:sourceLocation:)`` for a
    /// missing tool) and returns what it printed and its status.
    public static func run(_ tool: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ProgramResult {
        try Program.run(require(tool, sourceLocation: sourceLocation), arguments)
    }

    /// What `tool` prints on standard output for `arguments` (its standard error is dropped).
    public static func output(_ tool: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try run(tool, arguments, sourceLocation: sourceLocation).stdout
    }

    /// `pdfinfo`'s page count for the PDF at `path` (nil when it prints none).
    public static func pdfPages(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int? {
        try output("pdfinfo", [path], sourceLocation: sourceLocation).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }
}

/// A checker a test needs is not installed.
public struct MissingChecker: Error, CustomStringConvertible {
    /// The program's name.
    public var tool: String

    /// The checker `tool` is missing.
    public init(tool: String) { self.tool = tool }

    /// The Debian package that installs `tool`.
    public var package: String {
        switch tool {
        case "pdfinfo", "pdftotext", "pdffonts", "pdftoppm": "poppler-utils"
        case "rsvg-convert": "librsvg2-bin"
        case "xmllint": "libxml2-utils"
        case "chromium", "chromium-browser": "chromium"
        case "sha256sum", "timeout": "coreutils"
        case "fc-list": "fontconfig"
        default: tool
        }
    }

    public var description: String {
        "\(tool) is not installed (apt-get install \(package); scripts/install-deps.sh installs every checker)"
    }
}
