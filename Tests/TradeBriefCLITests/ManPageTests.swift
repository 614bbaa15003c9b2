import Foundation
import Testing

/// The committed man page (Documentation/man/tradebrief.1, made by
/// `make manpage`) documents every command and option the tool has, with its
/// non-ASCII characters intact.
@Suite("The man page")
struct ManPageTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Documentation/man/tradebrief.1")

    @Test("every subcommand and each of its options is in tradebrief.1; run 'make manpage' when this fails")
    func complete() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        let root = try CLI.run(["--help"])
        // Subcommand lines are indented by two spaces: "  build (default)   Build …".
        let subcommands = root.stdout.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && $0.dropFirst(2).first?.isLetter == true }
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.allSatisfy { $0.isLetter } && $0.first?.isLowercase == true } ?? []
        #expect(subcommands.count >= 5, "\(root.stdout)")
        for command in subcommands where command != "help" {
            #expect(text.contains(command), "tradebrief.1 lacks \(command)")
            let help = try CLI.run([command, "--help"]).stdout
            // The options as the OPTIONS section lists them: "  --per-state", "  -o, --output <output>".
            let options = (help.components(separatedBy: "OPTIONS:").last ?? "").split(separator: "\n")
                .compactMap { line in line.split(separator: " ").first { $0.hasPrefix("--") } }
                .map { String($0.prefix { $0 == "-" || $0.isLetter || $0.isNumber }) }
            #expect(!options.isEmpty, "\(command) lists no options")
            for option in Set(options) where option != "--help" && option != "--version" {
                // mdoc writes --per-state as "Fl -per-state", and -o, --output as "Fl o , -output".
                #expect(text.contains("Fl -\(option.dropFirst(2))") || text.contains(", -\(option.dropFirst(2))"), "tradebrief.1 lacks \(command) \(option)")
            }
        }
    }

    @Test("non-ASCII characters survive as groff escapes (U.S.–Korea, not U.S.Korea)")
    func nonASCII() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(text.contains("U.S.\\[u2013]Korea"))
        #expect(!text.contains("U.S.Korea"))
        #expect(!text.contains("\\e[u"), "an escape was left escaped")
    }
}
