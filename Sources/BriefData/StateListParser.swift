import FoundationEssentials

/// Reads the `states` cell of the investments CSV: the U.S. states an
/// investment lands in, with their shares when given.
///
/// - States are separated by `;`. Each is a USPS code (`GA`) or a full name
///   (`Georgia`), in any case, with spaces around it ignored (see
///   ``USState/named(_:)``). The 50 states and DC are accepted.
/// - Each state may carry a share after `=`: a fraction (`KY=0.5`, `KY=.5`)
///   or a percentage (`KY=50%`), more than 0 and at most 1 (100%). Either every
///   state in the cell has a share or none does, and the shares must add up to
///   1 within 0.001.
/// - No state may appear twice (`GA;Georgia` is GA twice), and an entry may
///   not be empty (`GA;;TN`, `GA;`).
///
/// The result uses USPS codes and says how the amount is split: ``SplitMethod/single``
/// for one state (its share, if given, must be 1 and is dropped),
/// ``SplitMethod/shares`` for several with shares, ``SplitMethod/even`` for
/// several without.
public enum StateListParser {
    /// The most a share may differ from adding up to 1.
    public static let tolerance = Decimal(sign: .plus, exponent: -3, significand: 1)

    /// Why a `states` cell cannot be used: one message per thing wrong.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong and what to write instead, one entry per problem.
        public var messages: [String]

        /// Creates a failure.
        public init(messages: [String]) { self.messages = messages }

        /// The messages, separated by `; `.
        public var description: String { messages.joined(separator: "; ") }
    }

    /// Reads a `states` cell.
    /// - Returns: the states with USPS codes (in the order given) and how the
    ///   amount is split among them.
    /// - Throws: ``Failure`` with every problem in the cell.
    public static func parse(_ text: String) throws(Failure) -> (states: [StateShare], split: SplitMethod) {
        let trimmed = AmountParser.trimmingWhitespace(text)
        guard !trimmed.isEmpty else {
            throw Failure(messages: ["no state given; list the states separated by ';', e.g. GA, Georgia or KY;TN"])
        }
        // Quick path: one state, no share.
        if !trimmed.utf8.contains(UInt8(ascii: ";")), !trimmed.utf8.contains(UInt8(ascii: "=")),
           let state = lookUp(String(trimmed)) {
            return ([StateShare(state: state.code)], .single)
        }
        var messages: [String] = []
        var entries: [(state: USState, share: Decimal?)] = []
        var sharesValid = true
        var emptyEntry = false
        var withShare = 0
        var withoutShare: [Substring] = []
        for part in trimmed.split(separator: ";", omittingEmptySubsequences: false) {
            let item = AmountParser.trimmingWhitespace(part)
            if item.isEmpty {
                if !emptyEntry {
                    messages.append("\(quoted(String(trimmed))) has an empty entry; separate states with a single ';' and leave none at the end")
                }
                emptyEntry = true
                continue
            }
            let name: String
            var share: Decimal?
            if let equals = item.utf8.firstIndex(of: UInt8(ascii: "=")) {
                withShare += 1
                name = String(AmountParser.trimmingWhitespace(item[..<equals]))
                let shareText = String(AmountParser.trimmingWhitespace(item[item.index(after: equals)...]))
                if let value = parseShare(shareText) {
                    if value > 0, value <= 1 {
                        share = value
                    } else {
                        sharesValid = false
                        messages.append("the share \(quoted(shareText)) of \(quoted(name)) is not more than 0 and at most 1; write a fraction such as 0.5 or a percentage such as 50%")
                    }
                } else {
                    sharesValid = false
                    messages.append("\(quoted(shareText)) after \(quoted(name + "=")) is not a share; write a fraction such as 0.5 or a percentage such as 50%")
                }
            } else {
                name = String(item)
                withoutShare.append(item)
            }
            guard let state = lookUp(name) else {
                messages.append(notAState(name))
                continue
            }
            guard !entries.contains(where: { $0.state == state }) else {
                messages.append("\(state.name) (\(state.code)) is listed more than once; list each state once")
                continue
            }
            entries.append((state, share))
        }

        if withShare > 0, !withoutShare.isEmpty {
            let names = withoutShare.map { quoted(String($0)) }.joined(separator: ", ")
            messages.append("give a share for every state or for none; \(names) \(withoutShare.count == 1 ? "has" : "have") no share (write e.g. KY=0.5;TN=0.5 or KY;TN)")
        } else if withShare > 0, sharesValid, messages.isEmpty {
            let total = entries.reduce(Decimal(0)) { $0 + ($1.share ?? 0) }
            var difference = total - 1
            if difference < 0 { difference = -difference }
            if difference > tolerance {
                messages.append("the shares add up to \(total) (\(total * 100)%), not 1; make them add up to 1 (100%)")
            }
        }
        guard messages.isEmpty else { throw Failure(messages: messages) }

        if entries.count == 1 {
            return ([StateShare(state: entries[0].state.code)], .single)
        }
        let withShares = entries.first?.share != nil
        return (entries.map { StateShare(state: $0.state.code, share: $0.share) }, withShares ? .shares : .even)
    }

    /// The states by USPS code and full name, as written in the table and in
    /// lower case: a quick path to what ``USState/named(_:)`` finds.
    private static let byName: [String: USState] = {
        var table: [String: USState] = [:]
        for state in USState.all {
            for key in [state.code, state.name, state.code.lowercased(), state.name.lowercased()] { table[key] = state }
        }
        return table
    }()

    /// The state named by a USPS code or full name (see ``USState/named(_:)``).
    private static func lookUp(_ name: String) -> USState? {
        byName[name] ?? byName[name.lowercased()] ?? USState.named(name)
    }

    /// A fraction (`0.5`, `.5`, `1`) or a percentage (`50%`, `50 %`, `33.3%`), exact.
    private static func parseShare(_ text: String) -> Decimal? {
        var body = Substring(text)
        var percent = false
        if body.hasSuffix("%") {
            percent = true
            body = body.dropLast()
            while body.last == " " { body = body.dropLast() }
        }
        let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = pieces.first ?? ""
        let fraction = pieces.dropFirst().first ?? ""
        guard !(whole.isEmpty && fraction.isEmpty), pieces.count == 1 || !fraction.isEmpty,
              whole.utf8.allSatisfy(isDigit), fraction.utf8.allSatisfy(isDigit),
              whole.count + fraction.count <= 18
        else { return nil }
        let significand = Decimal(UInt64(whole + fraction) ?? 0)
        let value = Decimal(sign: .plus, exponent: -fraction.count - (percent ? 2 : 0), significand: significand)
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Why `name` is not a state: with "did you mean" when one state is
    /// clearly the nearest (see ``USState/suggestion(for:)``), and what to write.
    static func notAState(_ name: String) -> String {
        guard let state = USState.suggestion(for: name) else {
            return "\(quoted(name)) is not a U.S. state; use a USPS code (GA) or a full name (Georgia), separated by ';'"
        }
        return "\(quoted(name)) is not a U.S. state; did you mean \(state.name) (\(state.code))? write \(state.code) or \(state.name)"
    }

    /// `'text'`, shortened to 40 characters.
    private static func quoted(_ text: String) -> String {
        text.count > 40 ? "'\(text.prefix(39))…'" : "'\(text)'"
    }
}
