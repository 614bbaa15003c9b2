import Foundation
import Testing
import Yams

/// The CI examples in Examples/ci are YAML their CI systems accept, and every
/// command they run exists: the files and make targets they name, and each
/// `tradebrief` subcommand with each of its options.
@Suite("The CI examples")
struct CIExamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every shell line a workflow runs: GitHub's `steps[].run`, GitLab's `before_script` and `script`.
    static func commands(in node: Any) -> [String] {
        var lines: [String] = []
        if let map = node as? [String: Any] {
            for (key, value) in map {
                if key == "run", let text = value as? String { lines += text.split(separator: "\n").map(String.init) }
                else if key == "script" || key == "before_script", let list = value as? [String] { lines += list }
                else { lines += commands(in: value) }
            }
        } else if let list = node as? [Any] {
            for item in list { lines += commands(in: item) }
        }
        return lines
    }

    @Test("GitHub Actions and GitLab CI: valid YAML that installs, builds, tests, checks with --check and keeps Output/",
          arguments: ["github-actions.yml", "gitlab-ci.yml"])
    func workflow(_ name: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Examples/ci/\(name)"), encoding: .utf8)
        let yaml = try #require(try Yams.load(yaml: text))
        let lines = Self.commands(in: yaml).flatMap { $0.components(separatedBy: " && ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains { $0.hasPrefix("bash scripts/install-deps.sh") })
        #expect(lines.contains("make test"))
        #expect(lines.contains { $0.contains("tradebrief build") && $0.contains("--check") })
        #expect(text.contains("Output/"), "the artifacts are not kept")

        for line in lines {
            let words = line.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            switch first {
            case "bash":
                #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(words[1]).path), "\(name): \(line)")
            case "make":
                let makefile = try String(contentsOf: Self.root.appendingPathComponent("Makefile"), encoding: .utf8)
                #expect(makefile.contains("\n\(words[1]):"), "\(name): no make target '\(words[1])'")
            case let tool where tool.hasSuffix("tradebrief"):
                let help = try CLI.run([words[1], "--help"])
                #expect(help.status == 0, "\(name): no subcommand '\(words[1])'")
                for option in words.dropFirst(2) where option.hasPrefix("--") {
                    #expect(help.stdout.contains(option), "\(name): 'tradebrief \(words[1])' has no option \(option)")
                }
            default:
                continue
            }
        }
    }
}
