import BriefCharts
import BriefData
import BriefRender
import BriefStyle

/// Everything that can go wrong in tradebrief, as values with messages a
/// user can act on. The CLI maps each case to its own exit status.
public enum TradeBriefError: Error, Sendable, CustomStringConvertible {
    /// Input data that cannot be used: every problem, located.
    case data(DataError)
    /// A chart that cannot be made as asked.
    case chart(ChartError)
    /// A style file that cannot be used: every problem, located.
    case style(StyleError)
    /// Cairo or Pango failed.
    case render(RenderError)
    /// A file or folder that cannot be read or written.
    case io(path: String, reason: String)
    /// An option with a value that cannot work.
    case usage(String)
    /// The work was cancelled (its task was cancelled) before it finished; nothing was written.
    case cancelled
    /// An error tradebrief does not expect, with its description: a bug, to be reported.
    case unexpected(String)

    /// The message for a person: for data and style errors every problem on
    /// its own line, located; otherwise one line naming what failed and why.
    ///
    /// ```swift
    /// do { _ = try Brief(.investmentsFile(url)) } catch { print(error.description) }
    /// ```
    public var description: String {
        switch self {
        case .data(let error): error.description
        case .chart(let error): error.description
        case .style(let error): error.description
        case .render(let error): error.description
        case .io(let path, let reason): "\(path): \(reason)"
        case .usage(let message): message
        case .cancelled: "cancelled before the work was done; nothing was written"
        case .unexpected(let description):
            "an unexpected error (\(description)); this is a bug in tradebrief, please report it with the command that caused it"
        }
    }

    /// Wraps any error thrown by the lower layers: each kind in its own
    /// case, `CancellationError` as ``cancelled``, anything else as ``unexpected(_:)``.
    public static func wrap(_ error: Error) -> TradeBriefError {
        switch error {
        case let error as TradeBriefError: error
        case let error as DataError: .data(error)
        case let error as ChartError: .chart(error)
        case let error as StyleError: .style(error)
        case let error as RenderError: .render(error)
        case is CancellationError: .cancelled
        default: .unexpected(String(describing: error))
        }
    }
}
