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

    /// Makes `surface` (created to write into this sink) keep the sink alive
    /// until Cairo destroys the surface. Cairo finishes a surface, and so
    /// writes to its sink, when the last reference to it goes, which may be a
    /// drawing context that outlives the writer that made both (after an
    /// error, say): without this, that write went to a freed sink (a crash).
    /// - Returns: false when Cairo could not store the reference (out of memory).
    func retain(by surface: OpaquePointer) -> Bool {
        let retained = Unmanaged.passRetained(self).toOpaque()
        let status = cairo_surface_set_user_data(surface, Self.surfaceKey, retained) { pointer in
            guard let pointer else { return }
            Unmanaged<ByteSink>.fromOpaque(pointer).release()
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            Unmanaged<ByteSink>.fromOpaque(retained).release()
            return false
        }
        return true
    }

    /// The key under which a surface holds its sink: Cairo compares keys by
    /// address only, so one allocation, never written or freed, serves every
    /// surface of the process (hence safe to share across threads).
    nonisolated(unsafe) private static let surfaceKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)
}
