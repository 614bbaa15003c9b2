@testable import BriefYAML
import Testing
import Yams

/// The reader against Yams's `compose(yaml:, .basic)`, which the library used
/// before: the same tree (text, style, resolved tag, mark of every node) and
/// the same errors (context, problem and mark), so that messages built from
/// them stay the same.
@Suite("YAMLReader composes YAML as Yams.compose did: nodes, marks, aliases, errors")
struct YAMLReaderTests {
    /// Texts that compose, of every shape the style files and front matter use, and more.
    static let documents: [String] = [
        "", "# only a comment\n", "---\n", "---\n...\n", "~\n", "plain\n", "'quoted'\n", "- a\n- b\n",
        "title: Korea–U.S. trade\nauthors:\n  - Kim\n  - Lee\npage: a4\n",
        "colors:\n  accent: \"#0b5394\"\n  palette: [\"#deebf7\", '#08306b']\nfonts:\n  sizes:\n    body: 9.5\n",
        "a: |\n  line one\n  line two\nb: >\n  folded\n  text\nc: \"esc\\t\\u00e9\\0x\"\n",
        "조지아: 주\nkey: 값 # comment\n\"quoted key\": 1\n",
        "a: &x [1, 2]\nb: *x\nc: &x three\nd: *x\n",
        "base: &b {size: 9, family: Sans}\nother: *b\n",
        "? [a, b]\n: list key\n? {c: d}\n: map key\n",
        "a: !!int '12'\nb: !!str 12\nc: ! 12\nd: !custom x\ne: !!seq [1]\nf: !!map {g: h}\n",
        "empty:\nnull: ~\nlist: []\nmap: {}\n",
        "a: 1\r\nb: 2\r\n", "\u{FEFF}a: 1\n", "a:\tb\n", "a: 1", "- - - x\n    - y\n  - z\n",
        "%YAML 1.1\n---\na: 1\n", "a: 1\n!!int 1: 2\n1: 3\n",
    ]

    /// Texts that do not compose, one for each kind of error and place.
    static let failures: [String] = [
        "colors:\n  accent: \"#0b5394\"\n   text: \"#000000\"\n",
        "description: x\ncolors:\n  palette: [\"#000\", \"#111\"\n  text: \"#000\"\n",
        "page:\n  size: a4\nfonts", "page:\n  size: [a4\n", "a: b: c\n", "a: 'open\n", "- a\nb: c\n",
        "a: *missing\n", "a: &x [*x]\n", "a: 1\n---\nb: 2\n", "colors:\n  text: \"#000\"\n  text: \"#111\"\n",
        "b: 1\na: 2\nb: 3\na: 4\n", "a: 1\n'a': 2\n", "? [x]\n: 1\n? [x]\n: 2\n",
        "a: \u{01}\n", "이름: \"값\n", "a:\n\t- b\n", "[a, b]]\n", "{a: 1\n", "a: !<bad tag> x\n", "%FOO bar\n---\na: 1\n",
        "a: \"\\q\"\n", "&a &b x\n",
    ]

    @Test("each document composes to the same nodes as with Yams")
    func sameNodes() throws {
        for text in Self.documents {
            let expected = try Yams.compose(yaml: text, .basic).map(Self.dump)
            let composed = try YAMLReader.compose(text).map(Self.dump)
            #expect(composed == expected, "\(text.debugDescription)")
        }
    }

    @Test("each bad text fails with Yams's error: the same context, problem and mark")
    func sameErrors() {
        for text in Self.failures {
            var expected: YAMLError?
            do {
                _ = try Yams.compose(yaml: text, .basic)
            } catch let error as YamlError {
                expected = Self.converted(error)
            } catch {}
            #expect(expected != nil, "Yams read \(text.debugDescription)")
            #expect(throws: expected ?? .memory, "\(text.debugDescription)") { try YAMLReader.compose(text) }
        }
    }

    @Test("quoted and block scalars record the str tag, plain ones none, explicit ones their own")
    func writtenTags() throws {
        let root = try #require(try YAMLReader.compose("a: '1'\nb: 1\nc: !!int 1\nd: |\n  x\ne: ! x\n")?.mapping)
        let tags = root.map { $0.value.scalar?.tag }
        #expect(tags == [.str, nil, .int, .str, .nonSpecific])
        #expect(root.map(\.value.resolvedTag) == [.str, .str, .int, .str, .str])
        #expect(root.map { $0.value.scalar?.style } == [.singleQuoted, .plain, .plain, .literal, .plain])
    }

    @Test("an alias is the node its anchor names, with the anchored node's marks")
    func aliases() throws {
        let root = try #require(try YAMLReader.compose("a: &x [1, 2]\nb: *x\n")?.mapping)
        #expect(root[1].value == root[0].value)
        #expect(root[1].value.mark == YAMLMark(line: 1, column: 4))
    }

    @Test("lists and mappings nested deeper than maximumDepth are refused at the first level too deep, not by the stack")
    func depth() throws {
        let limit = YAMLReader.maximumDepth
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try YAMLReader.compose(deepest) != nil)
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        let mark = YAMLMark(line: 1, column: limit + 1)
        #expect(throws: YAMLError.composer(
            context: .init(text: "while composing a list or mapping", mark: mark),
            problem: "found lists and mappings nested more than \(limit) deep", mark: mark)) { try YAMLReader.compose(tooDeep) }
        let block = (0...limit).map { String(repeating: " ", count: $0) + "- x:\n" }.joined()
        #expect(throws: YAMLError.self) { try YAMLReader.compose(block) }
    }

    @Test("long lists and mappings keep every item, in order (each item is appended in place, never by copying the list)")
    func longContainers() throws {
        let count = 50_000
        let list = try #require(try YAMLReader.compose("[" + (0..<count).map(String.init).joined(separator: ", ") + "]")?.sequence)
        #expect(list.count == count && list.first?.scalar?.string == "0" && list.last?.scalar?.string == "\(count - 1)")
        let mapping = try #require(try YAMLReader.compose((0..<count).map { "k\($0): \($0)" }.joined(separator: "\n"))?.mapping)
        #expect(mapping.count == count && mapping[count - 1].value.scalar?.string == "\(count - 1)")
    }

    /// Yams's error as the reader's.
    static func converted(_ error: YamlError) -> YAMLError? {
        func mark(_ mark: Mark) -> YAMLMark { YAMLMark(line: mark.line, column: mark.column) }
        func context(_ context: YamlError.Context?) -> YAMLError.Context? {
            context.map { YAMLError.Context(text: $0.text, mark: mark($0.mark)) }
        }
        switch error {
        case .reader(let problem, let offset, _, _): return .reader(problem: problem, offset: offset)
        case .scanner(let c, let problem, let m, _): return .scanner(context: context(c), problem: problem, mark: mark(m))
        case .parser(let c, let problem, let m, _): return .parser(context: context(c), problem: problem, mark: mark(m))
        case .composer(let c, let problem, let m, _): return .composer(context: context(c), problem: problem, mark: mark(m))
        case .duplicatedKeysInMapping(let duplicates, let c):
            // Yams names a list or mapping key "<uncovertable>"; the reader says what it is.
            return .duplicateKeys(duplicates.map { $0 == "<uncovertable>" ? "<list or mapping>" : $0 }, mark: mark(c.mark))
        case .memory: return .memory
        default: return nil
        }
    }

    /// A Yams node as text: kind, mark, style, resolved tag and contents.
    static func dump(_ node: Node) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case .scalar(let scalar):
            return "S\(mark)/\(scalar.style.rawValue)/\(node.tag.rawValue)/\(scalar.string.debugDescription)"
        case .sequence(let sequence):
            return "L\(mark)/\(node.tag.rawValue)[" + sequence.map(dump).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "M\(mark)/\(node.tag.rawValue){" + mapping.map { dump($0.key) + ":" + dump($0.value) }.joined(separator: ",") + "}"
        case .alias:
            return "alias"
        }
    }

    /// The reader's node as text, in the form of ``dump(_:)-(Node)``.
    static func dump(_ node: YAMLNode) -> String {
        let mark = "\(node.mark.line):\(node.mark.column)"
        switch node {
        case .scalar(let scalar):
            let style = switch scalar.style {
            case .plain: 1
            case .singleQuoted: 2
            case .doubleQuoted: 3
            case .literal: 4
            case .folded: 5
            }
            return "S\(mark)/\(style)/\(node.resolvedTag.rawValue)/\(scalar.string.debugDescription)"
        case .sequence(let sequence):
            return "L\(mark)/\(node.resolvedTag.rawValue)[" + sequence.map(dump).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "M\(mark)/\(node.resolvedTag.rawValue){" + mapping.map { dump($0.key) + ":" + dump($0.value) }.joined(separator: ",") + "}"
        }
    }
}
