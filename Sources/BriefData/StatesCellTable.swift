/// The distinct `states` cells of a file, each read once by
/// ``StateListParser``: what a cell says, looked up by its text.
struct StatesCellTable {
    /// What one distinct `states` cell says, worked out once. A class, so
    /// that handing it to each row that has the cell copies one reference.
    final class Entry {
        let states: [StateShare]
        let split: SplitMethod
        /// The note that goes with an even split.
        let note: String?
        /// The index in ``USState/all`` of each state, in the cell's order.
        let indexes: [Int]
        /// The codes as the repeated-row check compares them: sorted when
        /// more than one, joined by `;`.
        let key: [UInt8]
        /// What ``Dataset/validationProblems(file:)`` says about the shares, if anything.
        let sharesProblem: (field: String, message: String)?
        /// The shares in ten-thousandths when every one is a whole number
        /// of them and they add up to exactly 1; empty otherwise.
        let tenThousandths: [Int64]

        init(states: [StateShare], split: SplitMethod, note: String?, indexes: [Int], key: [UInt8],
             sharesProblem: (field: String, message: String)?, tenThousandths: [Int64]) {
            self.states = states
            self.split = split
            self.note = note
            self.indexes = indexes
            self.key = key
            self.sharesProblem = sharesProblem
            self.tenThousandths = tenThousandths
        }
    }

    private var cells = TextInterner()
    /// The entry of each distinct cell (an index in `entries`).
    private var entryOfCell: [Int] = []
    /// The entries: first the 51 single states (by index in ``USState/all``), then one per distinct cell.
    private var entries: [Result<Entry, StateListParser.Failure>]

    init() {
        entries = USState.all.enumerated().map { index, state in
            .success(Entry(
                states: [StateShare(state: state.code)], split: .single, note: nil, indexes: [index],
                key: Array(state.code.utf8), sharesProblem: nil, tenThousandths: []))
        }
    }

    /// The entry of a cell's text (an index for ``subscript(_:)``).
    @inline(__always)
    mutating func entry(for text: CellText) -> Int {
        switch text {
        case .ascii(let bytes):
            if bytes.count == 2, let index = USState.index(code: bytes[0], bytes[1]) { return index }
            return entry(cell: cells.lookUp(ascii: bytes).id)
        case .text(let string):
            return entry(cell: cells.lookUp(string))
        }
    }

    /// What entry `index` says, or why the cell cannot be read.
    subscript(index: Int) -> Result<Entry, StateListParser.Failure> { entries[index] }

    /// The entry of the distinct cell `id`, worked out on first use from the
    /// text it was first seen with.
    private mutating func entry(cell id: Int) -> Int {
        if id < entryOfCell.count { return entryOfCell[id] }
        let text = cells.names[id]
        let result: Result<Entry, StateListParser.Failure>
        do throws(StateListParser.Failure) {
            let (states, split) = try StateListParser.parse(text)
            let codes = states.map(\.state)
            let indexes = codes.map { code in USState.all.firstIndex { $0.code == code } ?? 0 }
            let tenThousandths = split == .shares ? Investment.tenThousandths(states) ?? [] : []
            result = .success(Entry(
                states: states, split: split, note: split == .even ? Self.evenSplitNote(codes) : nil, indexes: indexes,
                key: Array((codes.count == 1 ? codes : codes.sorted()).joined(separator: ";").utf8),
                sharesProblem: split == .shares ? Dataset.sharesProblem(states) : nil, tenThousandths: tenThousandths))
        } catch {
            result = .failure(error)
        }
        entries.append(result)
        entryOfCell.append(entries.count - 1)
        return entries.count - 1
    }

    /// `No split between Kentucky and Tennessee is given; the amount is divided evenly.`
    static func evenSplitNote(_ codes: [String]) -> String {
        let names = codes.map { code in USState.all.first { $0.code == code }?.name ?? code }
        if names.count <= 2 {
            return "No split between \(names.joined(separator: " and ")) is given; the amount is divided evenly."
        }
        let list = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        return "No split among \(list) is given; the amount is divided evenly."
    }
}
