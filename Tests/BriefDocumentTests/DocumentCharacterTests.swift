import BriefData
import BriefDocument
import BriefLayout
import Testing

/// A scalar that Swift's string literals refuse (a noncharacter), as a string.
private func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value) ?? "?")) }

/// A brief's characters follow the investments CSV's rule: a control
/// character or a noncharacter is an error where it is; a bidi control is
/// removed, with a warning. (A noncharacter once reached Pango, which refused
/// the page: "input string not valid UTF-8", no line, and a crash after it.)
@Suite("The characters of a brief: what cannot be shown is found where it is")
struct DocumentCharacterTests {
    private let head = "---\ntitle: Characters\n---\n"


    @Test("A control character or a noncharacter is an error at its line and character column", arguments: [
        ("a \u{1B}]0;title\u{07} b", "brief.md:4:3: the text has a control character (U+001B)"),
        ("Seoul " + scalar(0xFFFE) as String, "brief.md:4:7: the text has U+FFFE, a noncharacter"),
        ("서울 `" + scalar(0xFDD0) + "`", "brief.md:4:5: the text has U+FDD0, a noncharacter"),
        ("tab\tand DEL\u{7F}", "brief.md:4:12: the text has a control character (U+007F)"),
        ("C1 \u{85} here", "brief.md:4:4: the text has a control character (U+0085)"),
    ])
    func unshowable(_ line: String, _ expected: String) throws {
        let resolved = try resolve(head + line + "\n")
        let errors = described(resolved.errors)
        #expect(errors.count == 1 && errors.first?.hasPrefix(expected) == true, "\(errors)")
    }

    @Test("One error a line, and at most 20 lines named")
    func oneErrorALine() throws {
        let body = (1...30).map { "line \($0) \u{1}\u{2}" }.joined(separator: "\n")
        let errors = described(try resolve(head + body + "\n").errors)
        #expect(errors.count == 21, "\(errors)")
        #expect(errors.contains("brief.md: 10 more lines have characters that cannot be shown"), "\(errors)")
        #expect(errors.filter { $0.hasPrefix("brief.md:") && $0.contains("U+0001") }.count == 20)
    }

    @Test("A bidi control is removed, with a warning where it was; the text reads as written")
    func bidiRemoved() throws {
        let resolved = try resolve(head + "# Title \u{202E}reversed\u{202C} end\n\nPlain.\n")
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(described(resolved.warnings).contains {
            $0.hasPrefix("brief.md:4:9: removed 2 bidi control characters (U+202E, U+202C)")
        }, "\(described(resolved.warnings))")
        let heading = resolved.blocks.compactMap { if case .heading(let text, _) = $0 { text } else { nil } }.first
        #expect(heading == "Title reversed end")
    }

    @Test("Written as a character reference, the same characters are errors at their text", arguments: [
        ("a &#x1B; b", "the text has a control character (U+001B), written as a character reference"),
        ("a &#x85; b", "the text has a control character (U+0085), written as a character reference"),
        // cmark itself writes a noncharacter's reference as U+FFFD, which can be shown.
        ("a &#xFFFE; b", nil),
        ("a &#x202E;b", "the text has a bidi control character (U+202E), written as a character reference"),
        ("`&#x202E;` stays as written in code", nil),
    ])
    func characterReferences(_ line: String, _ expected: String?) throws {
        let errors = described(try resolve(head + line + "\n").errors)
        if let expected {
            #expect(errors.count == 1 && errors.first?.contains(expected) == true, "\(errors)")
        } else {
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test("A front matter value cannot carry them either (YAML escapes write any character)", arguments: [
        ("title: \"A \\e[2J title\"", "brief.md:2:1: 'title' has a control character (U+001B), which cannot be shown"),
        ("subtitle: \"\\u202Eevil\"", "brief.md:2:1: 'subtitle' has a bidi control character (U+202E)"),
        ("authors: [\"Kim\", \"\\uFFFF\"]", "brief.md:2:1: 'authors' has U+FFFF, a noncharacter"),
    ])
    func frontMatter(_ line: String, _ expected: String) throws {
        let errors = described(try resolve("---\n\(line)\n---\nText.\n").errors)
        #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
    }

    @Test("Printable text of any script passes untouched", arguments: [
        "Hanwha Qcells (한화큐셀) in Dalton, Georgia — $2.5B", "Ünïcödé, 中文, العربية, emoji 🇰🇷 👩‍👩‍👧", "tab\tseparated",
    ])
    func printable(_ line: String) throws {
        let resolved = try resolve(head + line + "\n")
        #expect(resolved.errors.isEmpty && resolved.warnings.isEmpty, "\(described(resolved.errors + resolved.warnings))")
    }

    @Test("A date that looks like an ISO date must be one of the calendar", arguments: [
        ("2025-04-23", true), ("2024-02-29", true), ("2025-04", true), ("Spring 2025", true), ("23 April 2025", true),
        ("2025-02-30", false), ("2023-02-29", false), ("2025-13-45", false), ("0000-01-01", false), ("99999999-01-01", false),
        ("2025-4-23", false), ("2025-00-10", false), ("1900-02-29", false), ("2000-02-29", true),
        ("2025-02-30x", false), ("2025-02-30T00:00:00", false), ("2025-02-3O", false), ("2025-04-23 extra", false),
        ("2025 annual review", true),
    ])
    func dates(_ date: String, _ valid: Bool) throws {
        let errors = described(try resolve("---\ndate: \"\(date)\"\n---\nText.\n").errors)
        if valid {
            #expect(errors.isEmpty, "\(date): \(errors)")
        } else {
            #expect(errors == ["brief.md:2:7: date '\(date)' is not a date of the calendar; write it as YYYY-MM-DD (e.g. 2025-04-23) "
                + "or YYYY-MM for a month, with a year from 1000 to 9999"], "\(date): \(errors)")
        }
    }

    @Test("Lists nested beyond eight levels keep the eighth level's indent, with a warning at the first deeper list")
    func deepLists() throws {
        let body = (0..<60).map { String(repeating: "  ", count: $0) + "- item\($0)" }.joined(separator: "\n")
        let resolved = try resolve(head + body + "\n")
        let items = resolved.blocks.flatMap { block -> [ListBlock.Item] in if case .list(let list) = block { list.items } else { [] } }
        #expect(items.count == 60)
        #expect(items.map(\.level).max() == 7)
        #expect(items.map(\.text.plain) == (0..<60).map { "item\($0)" })
        let warnings = described(resolved.warnings).filter { $0.contains("lists nest more than 8 levels deep here") }
        #expect(warnings.count == 1 && warnings.first?.hasPrefix("brief.md:12:") == true, "\(described(resolved.warnings))")
    }
}
