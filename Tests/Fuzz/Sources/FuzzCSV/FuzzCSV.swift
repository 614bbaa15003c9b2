// libFuzzer target: the investments CSV (RFC 4180 reader, header, every cell check).
//
// Besides "never crash, hang or leak", it checks what the README promises:
// - a rejected file is reported with at least one problem, each with a
//   message and, where given, a line inside the file;
// - an accepted file gives investments that the dataset validation accepts
//   (the CLI runs it after parsing), with amounts above 0 and below 10^13,
//   and state allocations that add up exactly to each amount;
// - totals by state, sector and company add up to the grand total.
import BriefData
import TradeBrief
import Foundation

/// Stops with `message` when `condition` fails. (`precondition` drops its
/// message in optimized builds; a fuzz report needs it.)
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// The embedded dataset, decoded once.
private let embedded: Dataset? = try? Dataset.embedded()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    // Lines the file can have: one per \n or lone \r, plus one.
    var lineEnds = 0
    for index in 0..<size where data[index] == 0x0A || (data[index] == 0x0D && (index + 1 == size || data[index + 1] != 0x0A)) {
        lineEnds += 1
    }
    let lastLine = lineEnds + 1
    do {
        let result = try InvestmentCSV.parse(bytes, file: "fuzz.csv")
        check(result, lastLine: lastLine)
    } catch {
        require(!error.problems.isEmpty, "a rejected file must have at least one problem")
        for problem in error.problems {
            require(!problem.message.isEmpty, "a problem without a message: \(problem)")
            require(problem.file == "fuzz.csv", "a problem names another file: \(problem)")
            if let line = problem.line {
                require(line >= 1 && line <= lastLine, "line \(line) is outside the file (1...\(lastLine)): \(problem)")
            }
            if let column = problem.column { require(column >= 1, "column \(column): \(problem)") }
        }
    }
    return 0
}

private func check(_ result: InvestmentCSVResult, lastLine: Int) {
    require(!result.investments.isEmpty, "an accepted file must have at least one investment")
    for warning in result.warnings {
        require(!warning.message.isEmpty, "a warning without a message")
        if let line = warning.line { require(line >= 1 && line <= lastLine, "warning line \(line) outside 1...\(lastLine)") }
    }
    var total: Int64 = 0
    for investment in result.investments {
        require(investment.amountUSD > 0 && investment.amountUSD < AmountParser.limit, "amount out of range: \(investment.amountUSD)")
        require(!investment.states.isEmpty, "no states: \(investment)")
        require(!investment.company.isEmpty && !investment.sector.isEmpty, "empty company or sector: \(investment)")
        let parts = investment.allocations.map(\.amount.cents)
        let (sum, overflow) = parts.reduce((Int64(0), false)) { partial, cents in
            let (value, over) = partial.0.addingReportingOverflow(cents)
            return (value, partial.1 || over)
        }
        require(!overflow && sum == investment.amount.cents, "allocations \(parts) do not add up to \(investment.amount.cents)")
        require(parts.allSatisfy { $0 >= 0 }, "a negative allocation: \(parts)")
        let (next, over) = total.addingReportingOverflow(investment.amount.cents)
        require(!over, "the total of all amounts overflows 64-bit cents")
        total = next
    }
    if var dataset = embedded {
        // As BriefInputs does: the embedded sources that are still cited, then the CSV's.
        let cited = Set(dataset.indicators.map(\.source) + dataset.cooperationAreas.map(\.source)
            + dataset.challenges.map(\.source) + [dataset.primarySource])
        dataset.sources = dataset.sources.filter { cited.contains($0.id) } + result.sources
        dataset.investments = result.investments
        let problems = dataset.validationProblems(file: "fuzz.csv")
        require(problems.isEmpty, "the CSV reader accepted what validation rejects: \(problems)")
        for key in [AggregationKey.state, .sector, .company] {
            let aggregation = dataset.aggregate(by: key)
            require(aggregation.total.cents == total, "\(key) total \(aggregation.total.cents) != \(total)")
            let rows = aggregation.rows.reduce(Int64(0)) { $0 + $1.amount.cents }
            require(rows == total, "\(key) rows add up to \(rows), not \(total)")
        }
    }
}
