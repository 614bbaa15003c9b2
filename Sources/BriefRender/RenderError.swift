import CCairo

/// An error from the render layer: a Cairo or Pango failure, said in words.
public struct RenderError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was being done when it failed, e.g. "creating a PDF surface".
    public let operation: String
    /// The reason, as Cairo or Pango states it.
    public let reason: String

    /// Creates an error for `operation` failing for `reason`.
    public init(operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    public var description: String { "render error while \(operation): \(reason)" }

    /// Throws when `status` is not success.
    static func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws {
        if let error = RenderError(status: status, operation: operation()) { throw error }
    }

    /// The error for a Cairo `status`; nil when it is success.
    init?(status: cairo_status_t, operation: @autoclosure () -> String) {
        guard status != CAIRO_STATUS_SUCCESS else { return nil }
        let reason = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
        self.init(operation: operation(), reason: reason)
    }
}
