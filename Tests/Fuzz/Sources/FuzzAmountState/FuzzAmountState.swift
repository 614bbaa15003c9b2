// libFuzzer target: the `amount_usd` and `states` cells.
//
// The input, read as UTF-8 (bad bytes become U+FFFD as they do in the CSV
// reader), goes to both parsers. Besides "never crash, hang or leak", it checks:
// - an amount is above 0, below 10^13 and exact to the cent; it reads back
//   the same from its own digits, and spaces around it change nothing;
// - a states cell gives known USPS codes, each once, with a split that fits
//   their number, shares (when given) that add up to 1 within 0.001, and
//   allocations of any amount that add up to it exactly; spaces around it
//   change nothing.
import BriefData
import Foundation

/// Stops with `message` when `condition` fails. (`precondition` drops its
/// message in optimized builds; a fuzz report needs it.)
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let amount = checkAmount(text)
    checkStates(text, amount: amount ?? 1_000_000_007)
    return 0
}

private func checkAmount(_ text: String) -> Decimal? {
    let amount: Decimal
    do {
        amount = try AmountParser.parse(text)
    } catch {
        require(!error.message.isEmpty, "an amount failure without a message")
        let padded: Decimal? = try? AmountParser.parse(" \(text) ")
        require(padded == nil, "\(String(reflecting: text)) fails, but with spaces around it reads as \(padded.map { "\($0)" } ?? "")")
        return nil
    }
    require(amount > 0 && amount < AmountParser.limit, "amount out of range: \(amount) from \(String(reflecting: text))")
    var cents = amount * 100
    var rounded = Decimal()
    NSDecimalRound(&rounded, &cents, 0, .plain)
    require(rounded == cents, "\(amount) from \(String(reflecting: text)) is not whole cents")
    let digits = "\(amount)"
    let again: Decimal? = try? AmountParser.parse(digits)
    require(again == amount, "\(amount) from \(String(reflecting: text)) reads back from '\(digits)' as \(again.map { "\($0)" } ?? "an error")")
    let padded: Decimal? = try? AmountParser.parse(" \(text)\t")
    require(padded == amount, "spaces around \(String(reflecting: text)) change its amount")
    return amount
}

private func checkStates(_ text: String, amount: Decimal) {
    let parsed: (states: [StateShare], split: SplitMethod)
    do {
        parsed = try StateListParser.parse(text)
    } catch {
        require(!error.messages.isEmpty && error.messages.allSatisfy { !$0.isEmpty }, "a states failure without messages")
        return
    }
    let (states, split) = parsed
    let codes = states.map(\.state)
    require(!states.isEmpty, "no states from \(String(reflecting: text))")
    require(Set(codes).count == codes.count, "a state twice: \(codes) from \(String(reflecting: text))")
    for code in codes {
        require(USState.all.contains { $0.code == code }, "'\(code)' is not a USPS code, from \(String(reflecting: text))")
    }
    switch split {
    case .single:
        require(states.count == 1 && states[0].share == nil, "single split with \(states)")
    case .even:
        require(states.count > 1 && states.allSatisfy { $0.share == nil }, "even split with \(states)")
    case .amounts:
        require(false, "the CSV never gives per-state amounts: \(states)")
    case .shares:
        require(states.count > 1 && states.allSatisfy { $0.share != nil }, "shares split with \(states)")
        let total = states.reduce(Decimal(0)) { $0 + ($1.share ?? 0) }
        var difference = total - 1
        if difference < 0 { difference = -difference }
        require(difference <= StateListParser.tolerance, "shares add up to \(total): \(String(reflecting: text))")
        require(states.allSatisfy { ($0.share ?? 0) > 0 && ($0.share ?? 0) <= 1 }, "a share out of range: \(states)")
    }
    let investment = Investment(
        id: "fuzz", company: "C", project: "", sector: "S", amountUSD: amount, year: nil,
        states: states, split: split, source: "s", note: nil, line: 1)
    let parts = investment.allocations
    require(parts.map(\.state) == codes, "allocations name other states")
    require(parts.allSatisfy { $0.amount.cents >= 0 }, "a negative allocation: \(parts)")
    require(parts.reduce(Int64(0)) { $0 + $1.amount.cents } == investment.amount.cents, "allocations of \(amount) over \(states) do not add up")
    let padded = try? StateListParser.parse(" \(text) ")
    require(padded?.states == states && padded?.split == split, "spaces around \(String(reflecting: text)) change the states")
}
