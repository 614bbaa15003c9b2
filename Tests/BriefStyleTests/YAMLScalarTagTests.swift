@testable import BriefStyle
import Testing
import Yams

@Suite("Plain YAML scalars get the tags Yams's default resolver gives them, without its regular expressions")
struct YAMLScalarTagTests {
    /// Plain scalars of every kind the YAML 1.1 rules tell apart, and near misses.
    static let samples: [String] = [
        // null
        "", "~", "null", "Null", "NULL", "nULL", "none",
        // bool
        "yes", "Yes", "YES", "yEs", "no", "NO", "true", "True", "TRUE", "tRUE", "false", "off", "On", "ON", "y", "n",
        // int
        "0", "-0", "+0", "1", "12", "1_000", "-42", "+7", "00", "07", "08", "0o17", "0o", "0o8", "0_",
        "0b1010", "0b", "0b12", "-0b1", "0x1F", "0xfg", "0x", "+0xA_B", "190:20:30", "1:5", "1:60", "1:69", "1:", ":30", "01:30",
        // float
        "1.5", "-1.5", "1.", ".5", "._5", ".5e+3", ".5e3", "1e3", "1E-3", "1e", "1.5e+", "6.8523015e+5", "685.230_15e+03",
        "190:20:30.15", "1:20.", "1:60.5", ".inf", "-.Inf", "+.INF", ".iNf", ".nan", ".NaN", "-.nan", "1_", "1__2.3_",
        // merge, value
        "<<", "=", "==", "<<<",
        // timestamp
        "2025-04-23", "2025-4-23", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15 2:59:43.10",
        "2001-12-14T21:59:43Z", "2001-12-14T21:59:43 Z", "2001-12-14T21:59:43 ", "2001-12-14T21:59", "20011-12-14",
        "2001-12-14 21:59:43+05:0",
        // strings
        "letter", "a4", "DejaVu Sans", "#1f77b4", "$", "12pt", "1.5x", "- 1", "0.5.1", "1 000", "١٢", "１２", "조지아",
    ]

    @Test("each sample resolves as Yams.Resolver.default resolves it")
    func sameAsYams() throws {
        for text in Self.samples {
            let expected = Resolver.default.resolveTag(of: Node(text))
            #expect(YAMLScalarTag.resolve(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test("a quoted or explicitly tagged scalar keeps its own tag")
    func nonPlain() throws {
        let root = try #require(try Yams.compose(yaml: "a: '12'\nb: !!int '12'\nc: 12\nd: \"\"\ne:\nf: |\n  12\n", .basic))
        let values = Dictionary(uniqueKeysWithValues: try #require(root.mapping).map { ($0.key.string ?? "", $0.value) })
        #expect(YAMLScalarTag.of(try #require(values["a"])) == .str)
        #expect(YAMLScalarTag.of(try #require(values["b"])) == .int)
        #expect(YAMLScalarTag.of(try #require(values["f"])) == .str)
        #expect(YAMLScalarTag.of(try #require(values["c"])) == .int)
        #expect(YAMLScalarTag.of(try #require(values["d"])) == .str)
        #expect(YAMLScalarTag.of(try #require(values["e"])) == .null)
        #expect(YAMLScalarTag.of(root) == .map)
        // Reading Yams's own (basic) tag first resolves it in place; the answer stays the same.
        let c = try #require(values["c"])
        _ = c.tag
        #expect(YAMLScalarTag.of(c) == .int)
    }
}
