/// Composes libyaml's events into one document's ``YAMLNode`` tree, the way
/// Yams's `Parser.singleRoot()` does: aliases become the nodes their anchors
/// name (an anchor defined again names the later node), a mapping's keys are
/// checked for duplicates when it ends, and a second document is an error.
///
/// It keeps its own stack of open lists and mappings instead of recursing,
/// so a deep text cannot overflow the call stack.
struct YAMLComposer {
    /// A list or mapping whose end has not been read yet: one of `sequence`
    /// and `mapping`. Items are appended in place, through the stack's last
    /// element; taking the container out of the stack and putting it back
    /// copied it at every item, quadratic in a list's length (95,000
    /// palette entries took minutes).
    private struct Open {
        var sequence: YAMLSequence?
        var mapping: YAMLMapping?
        var anchor: String?
        var pendingKey: YAMLNode?
    }

    private let parser: YAMLEventParser
    private var anchors: [String: YAMLNode] = [:]
    private var open: [Open] = []

    init(parser: YAMLEventParser) {
        self.parser = parser
    }

    /// The stream's only document, or nil when the stream has none.
    mutating func singleDocument() throws(YAMLError) -> YAMLNode? {
        _ = try parser.next()  // the stream's start
        guard case .documentStart = try parser.next() else { return nil }
        let root = try node(startingWith: parser.next())
        _ = try parser.next()  // the document's end
        let after = try parser.next()
        if case .streamEnd = after { return root }
        throw .composer(
            context: YAMLError.Context(text: "expected a single document in the stream", mark: YAMLMark(line: 1, column: 1)),
            problem: "but found another document", mark: after.mark ?? parser.lastMark)
    }

    /// The node that `first` starts, reading events up to its end.
    private mutating func node(startingWith first: YAMLEvent) throws(YAMLError) -> YAMLNode {
        var event = first
        while true {
            var finished: (node: YAMLNode, anchor: String?)?
            switch event {
            case .scalar(let scalar, let anchor):
                finished = (.scalar(scalar), anchor)
            case .alias(let anchor, let mark):
                guard let target = anchors[anchor] else {
                    throw .composer(context: nil, problem: "found undefined alias", mark: mark)
                }
                finished = (target, nil)
            case .sequenceStart(let tag, let anchor, let mark):
                try checkDepth(mark)
                open.append(Open(sequence: YAMLSequence([], tag: tag, mark: mark), anchor: anchor))
            case .mappingStart(let tag, let anchor, let mark):
                try checkDepth(mark)
                open.append(Open(mapping: YAMLMapping([], tag: tag, mark: mark), anchor: anchor))
            case .sequenceEnd, .mappingEnd:
                guard let ended = open.popLast() else {
                    throw .composer(context: nil, problem: "found the end of a list or mapping that was not started", mark: parser.lastMark)
                }
                if let sequence = ended.sequence {
                    finished = (.sequence(sequence), ended.anchor)
                } else if let mapping = ended.mapping {
                    try Self.checkDuplicateKeys(mapping)
                    finished = (.mapping(mapping), ended.anchor)
                }
            case .streamStart, .streamEnd, .documentStart, .documentEnd:
                throw .composer(context: nil, problem: "found the end of the document inside a node", mark: parser.lastMark)
            }
            if let (node, anchor) = finished {
                if let anchor { anchors[anchor] = node }
                let parent = open.count - 1
                guard parent >= 0 else { return node }
                if open[parent].sequence != nil {
                    open[parent].sequence?.nodes.append(node)
                } else if let key = open[parent].pendingKey {
                    open[parent].mapping?.pairs.append(YAMLMapping.Pair(key: key, value: node))
                    open[parent].pendingKey = nil
                } else {
                    open[parent].pendingKey = node
                }
            }
            event = try parser.next()
        }
    }

    private func checkDepth(_ mark: YAMLMark) throws(YAMLError) {
        guard open.count >= YAMLReader.maximumDepth else { return }
        throw .composer(
            context: YAMLError.Context(text: "while composing a list or mapping", mark: mark),
            problem: "found lists and mappings nested more than \(YAMLReader.maximumDepth) deep", mark: mark)
    }

    /// Throws when a key appears twice in `mapping`: keys are equal when
    /// their text (or items) and resolved tags are, as Yams compares them.
    /// The keys named are sorted; the mark is the first one's first place.
    private static func checkDuplicateKeys(_ mapping: YAMLMapping) throws(YAMLError) {
        var scalarKeys: [YAMLScalar: Int] = [:]  // key → how many times
        var firstScalar: [YAMLScalar: YAMLMark] = [:]
        var others: [(key: YAMLNode, count: Int)] = []
        for pair in mapping.pairs {
            if case .scalar(let scalar) = pair.key {
                scalarKeys[scalar, default: 0] += 1
                if firstScalar[scalar] == nil { firstScalar[scalar] = scalar.mark }
            } else if let index = others.firstIndex(where: { $0.key == pair.key }) {
                others[index].count += 1
            } else {
                others.append((pair.key, 1))
            }
        }
        let repeated = scalarKeys.filter { $0.value > 1 }.keys.sorted { $0.string < $1.string }
        let repeatedOthers = others.filter { $0.count > 1 }
        guard !repeated.isEmpty || !repeatedOthers.isEmpty else { return }
        let names = repeated.map(\.string) + repeatedOthers.map { _ in "<list or mapping>" }
        let mark = repeated.first.flatMap { firstScalar[$0] } ?? repeatedOthers.first?.key.mark ?? mapping.mark
        throw .duplicateKeys(names, mark: mark)
    }
}
