#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text formatted by the C library's `printf` rules, as Foundation's
/// `String(format:)` formats numbers on Linux (it hands `%f`, `%d` and `%X`
/// to the C library), for code that links only FoundationEssentials.
///
/// Use it for numbers only (`%.1f`, `%04X`, `%02lld`); `%@` and other
/// Objective-C conversions do not exist here.
///
/// - Parameters:
///   - format: a printf format for the arguments.
///   - arguments: numbers (`Double`, `Int`, `Int64`, `UInt32`…).
/// - Returns: the formatted text, or the format itself if the C library
///   reports an error.
public func cFormat(_ format: String, _ arguments: any CVarArg...) -> String {
    withVaList(arguments) { first in
        var buffer = [CChar](repeating: 0, count: 128)
        let needed = vsnprintf(&buffer, buffer.count, format, first)
        guard needed >= 0 else { return format }
        if Int(needed) < buffer.count { return String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        // Longer than the first buffer: format again, with a va_list of its own.
        return withVaList(arguments) { again in
            var large = [CChar](repeating: 0, count: Int(needed) + 1)
            _ = vsnprintf(&large, large.count, format, again)
            return String(decoding: large.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
