import BriefStyle
import Foundation
import Testing

/// Style inputs that once crashed, hung, leaked or misbehaved, found by the
/// fuzz target in Tests/Fuzz (`make fuzz`) and by the bad-input corpus; each
/// test names what was wrong.
@Suite("Fuzz and bad-input regressions: style files")
struct StyleFuzzRegressionTests {
    private func problems(_ path: String) -> [String] {
        do {
            _ = try StyleLoader.load(path, searchPaths: [])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("An empty style file loads as the house style, without Foundation's empty-file leak (fuzz: crash-da39a3ee, LeakSanitizer)")
    func emptyFile() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("empty.yaml", "")
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(style.name == "empty")
        #expect(style.sourceFiles.map(\.data) == [Data()])
    }

    @Test("/dev/zero as a style is refused before reading: only regular files are read",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func endlessDevice() {
        #expect(problems("/dev/zero") == ["/dev/zero: cannot read the style: it is not a regular file (a pipe, socket or device); give the path of a .yaml file"])
    }

    @Test("`extends: /dev/zero` is refused unread, located at the extends line: an absolute path leaves the style's folder")
    func extendsEndlessDevice() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("zero.yaml", "extends: /dev/zero\n")
        #expect(problems(path) == ["\(path):1:10: key 'extends': '/dev/zero' is outside the folder of this style, so it is not read; extends names a style (like default) or a file in this style's folder or below it"])
    }

    @Test("A style file over 1 MB is refused with its size limit")
    func hugeFile() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("huge.yaml", "description: x\n" + String(repeating: "# padding\n", count: 110_000))
        #expect(problems(path) == ["\(path): cannot read the style: it is over 1 MB (1048576 bytes); a style file is a few kilobytes of YAML"])
    }

    @Test("A syntax error at the end of a file without a final line break is on the last line, not the one after (fuzz style: crash-19854fe9, line 12 of 11)")
    func errorAtEndOfFile() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("eof.yaml", "page:\n  size: a4\nfonts")
        #expect(problems(path) == ["\(path):3:6: YAML syntax error: could not find expected ':' (while scanning a simple key on line 3)"])
        let ended = try fixture.write("ended.yaml", "page:\n  size: [a4\n")
        #expect(problems(ended) == ["\(ended):3:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence on line 2)"])
    }

    @Test("Nested aliases used as keys (a 'billion laughs' file) are refused at once instead of hashing for ever")
    func aliasBomb() throws {
        let fixture = try StyleFixture()
        var lines = ["a: &a [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]"]
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines += ["? *i", ": 1", "? *h", ": 2"]
        let path = try fixture.write("bomb.yaml", lines.joined(separator: "\n") + "\n")
        #expect(problems(path) == ["\(path):2:8: YAML aliases (*name) are not supported in style files; write the value out where it is used"])
        let anchored = try fixture.write("anchor.yaml", "description: Bold *and* clear, 5 * 3 # *not an alias\ncolors:\n  accent: &blue \"#0072B2\"\nnumbers:\n  currency_symbol: '*'\n")
        #expect(problems(anchored) == [])
        let alias = try fixture.write("alias.yaml", "colors:\n  accent: &blue \"#0072B2\"\n  palette: [\"#000000\", *blue]\n")
        #expect(problems(alias) == ["\(alias):3:24: YAML aliases (*name) are not supported in style files; write the value out where it is used"])
    }

    @Test("NUL and other control characters in values are errors (a font family 'DejaVu\\0Sans' reached C as 'DejaVu')")
    func controlCharacters() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("control.yaml", """
        fonts:
          families:
            body: "DejaVu\\0Sans"
        numbers:
          currency_symbol: "\\a$"
        """)
        #expect(problems(path) == [
            "\(path):3:11: key 'fonts.families.body': has a control character (U+0000), which cannot be used; remove it",
            "\(path):5:20: key 'numbers.currency_symbol': has a control character (U+0007), which cannot be used; remove it",
        ])
    }
}
