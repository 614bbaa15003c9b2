import ArgumentParser
import TradeBrief

extension AggregationKey: ExpressibleByArgument {}
extension AggregationFormat: ExpressibleByArgument {}

/// `tradebrief data`: the totals behind the charts, for pipes and spreadsheets.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Print investment totals by state, sector or company (table, CSV or JSON) on standard output.",
        discussion: """
        Examples:
          tradebrief data --by state
          tradebrief data --by state --exact
          tradebrief data --by company --format csv > companies.csv
          tradebrief data --by sector --format json --investments my-list.csv
        """
    )

    @Option(help: "What to total by: state, sector or company.")
    var by: AggregationKey = .state

    @Option(help: "Output format: table, csv or json.")
    var format: AggregationFormat = .table

    @Flag(help: "Print exact amounts in the table ($7,900,000,000 rather than $7.9B); CSV and JSON are always exact.")
    var exact = false

    @Option(help: ArgumentHelp("An investments CSV to use instead of the embedded investments.", valueName: "file.csv"))
    var investments: String?

    func run() throws {
        do {
            let aggregation: Aggregation
            let warnings: [DataProblem]
            if let investments {
                // One pass that keeps running totals, not the rows.
                (aggregation, warnings) = try BriefInputs.totals(investmentsCSV: investments, by: by)
            } else {
                InputOptions.noteLocalCSV()
                let inputs = try BriefInputs.load()
                (aggregation, warnings) = (inputs.dataset.aggregate(by: by), inputs.warnings)
            }
            Diagnostics.problems(warnings.map(\.description), kind: "warning")
            StandardStreams.out(format.render(aggregation, exact: exact))
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
