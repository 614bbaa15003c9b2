import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// What a set of files looks like on disk (modification time to the
/// nanosecond, size, inode, or absent), to notice a change by polling.
/// An editor that saves by writing a new file and renaming it changes the inode.
package struct FileStamps: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var inode: UInt64
    }

    private var stamps: [String: Stamp?]

    /// The stamps of `paths` now.
    package init(_ paths: [String]) {
        var stamps: [String: Stamp?] = [:]
        for path in paths {
            var info = stat()
            stamps[path] = stat(path, &info) == 0
                ? Stamp(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec), size: Int64(info.st_size),
                        inode: UInt64(info.st_ino))
                : nil
        }
        self.stamps = stamps
    }

    /// The paths whose stamp differs in `other` (or that only one of them has), sorted.
    package func changes(to other: FileStamps) -> [String] {
        Set(stamps.keys).union(other.stamps.keys).filter { stamps[$0] != other.stamps[$0] }.sorted()
    }
}
