@testable import BriefStyle
import BriefYAML
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
            #expect(YAMLScalarTag.resolve(text).rawValue == expected.rawValue, "\(text.debugDescription)")
        }
    }

    @Test("a quoted or explicitly tagged scalar keeps its own tag, as with Yams.compose")
    func nonPlain() throws {
        let text = "a: '12'\nb: !!int '12'\nc: 12\nd: \"\"\ne:\nf: |\n  12\ng: !!str 12\nh: ! 12\ni: [1]\n"
        let root = try #require(try YAMLReader.compose(text))
        let values = Dictionary(uniqueKeysWithValues: try #require(root.mapping).map { ($0.key.string ?? "", $0.value) })
        #expect(YAMLScalarTag.of(try #require(values["a"])) == .str)
        #expect(YAMLScalarTag.of(try #require(values["b"])) == .int)
        #expect(YAMLScalarTag.of(try #require(values["f"])) == .str)
        #expect(YAMLScalarTag.of(try #require(values["c"])) == .int)
        #expect(YAMLScalarTag.of(try #require(values["d"])) == .str)
        #expect(YAMLScalarTag.of(try #require(values["e"])) == .null)
        #expect(YAMLScalarTag.of(root) == .map)
        // The same tags as YAMLScalarTag.of gave Yams's nodes (their tags read first or not).
        let yams = try #require(try Yams.compose(yaml: text, .basic)?.mapping)
        for (key, node) in yams {
            let name = try #require(key.string)
            let plainTag: String? = if case .scalar(let scalar) = node, scalar.style == .plain,
                                       [Tag.Name.implicit.rawValue, Tag.Name.str.rawValue].contains(scalar.tag.description) {
                YAMLScalarTag.resolve(scalar.string).rawValue
            } else {
                nil
            }
            #expect(YAMLScalarTag.of(try #require(values[name])).rawValue == plainTag ?? node.tag.rawValue, "\(name)")
        }
    }

    @Test("booleans and numbers read from each sample as Yams's constructors read them, plain and quoted")
    func sameValuesAsYams() throws {
        let extra = ["1:2:3:4:5:6:7:8:9:10", "0x7fffffffffffffff", "-0b101", "+0o17", "017", "1e400", "0.1_5", "Yes", "oN", "OFF"]
        for text in Self.samples + extra {
            for quoted in [false, true] {
                let yaml = "v: " + (quoted ? "'\(text)'" : text.isEmpty ? "''" : text) + "\n"
                // ("- 1" starts a list after "v: ", and "1:" a mapping.)
                guard let yams = try? Yams.compose(yaml: yaml, .basic)?.mapping?.first?.value else { continue }
                let mine = try #require(try YAMLReader.compose(yaml)?.mapping?.first?.value)
                #expect(mine.bool == yams.bool, "\(yaml.debugDescription)")
                #expect(mine.int == yams.int, "\(yaml.debugDescription)")
                #expect(mine.float.map { $0.isNaN ? "nan" : "\($0)" } == yams.float.map { $0.isNaN ? "nan" : "\($0)" }, "\(yaml.debugDescription)")
            }
        }
    }

    @Test("a base-60 integer too large for Int is not a number (Yams stopped the process on it)")
    func sexagesimalOverflow() throws {
        let node = try #require(try YAMLReader.compose("v: 1:2:3:4:5:6:7:8:9:10:11:12\n")?.mapping?.first?.value)
        #expect(YAMLScalarTag.of(node) == .int)
        #expect(node.int == nil)
        #expect(node.float != nil)
    }
}
