import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The reason a file operation failed, in the words of the C library
/// (`strerror`), for messages such as "cannot read the file (No such file or
/// directory)".
///
/// FoundationEssentials has no `localizedDescription`: its errors print as
/// `CocoaError(code: …, userInfo: …)`. The POSIX error inside one (the error
/// itself, or the `NSUnderlyingError` that file operations attach) is what a
/// user can act on, so that is what this gives.
///
/// - Parameter error: an error thrown by FileManager, `Data(contentsOf:)`,
///   `Data.write(to:)` and the like.
/// - Returns: `strerror`'s text for the POSIX code inside `error`, or
///   `errno`-style text from the error's own code, or its description.
public func systemErrorReason(_ error: any Error) -> String {
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    if let cocoa = error as? CocoaError {
        if let underlying = cocoa.userInfo["NSUnderlyingError"] as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        switch cocoa.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
        case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
        case .fileWriteFileExists: return String(cString: strerror(EEXIST))
        case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
        default: return "file error \(cocoa.code.rawValue)"
        }
    }
    return String(describing: error)
}
