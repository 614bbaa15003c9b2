import CCairo
import FoundationEssentials

/// Collects the bytes a Cairo stream surface writes.
final class ByteSink {
    /// The bytes written so far: an array, not `Data`, because Cairo writes a PDF in
    /// thousands of small pieces and `Data`'s append cost about 0.5% of a default
    /// build's CPU in its bookkeeping alone (perf, issue 20).
    private var bytes: [UInt8] = []

    /// The bytes written so far, as one `Data`.
    var data: Data { Data(bytes) }

    /// The C callback that appends to the sink passed as `closure`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
