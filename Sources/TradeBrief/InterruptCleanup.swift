import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Makes SIGINT, SIGTERM and SIGHUP end the process without leaving
/// temporary files behind: the signal is handled on a dispatch queue, which
/// removes the temporary files of ``ArtifactWriter`` and ``AtomicFile`` and
/// exits with status 128 + the signal's number (130 for Ctrl-C), as a shell
/// expects. Output files are each either the old or the new version, never
/// partial, since they are only ever replaced by a rename.
package enum InterruptCleanup {
    /// The signals handled.
    package static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let queue = DispatchQueue(label: "tradebrief.interrupt")

    /// Installs the handlers once; call it at the start of the program.
    package static func install() {
        queue.sync {
            guard sources.isEmpty else { return }
            for number in signals {
                // The default action would kill the process at once; ignored, the
                // signal reaches the dispatch source instead.
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler {
                    TemporaryFiles.shared.removeAllBeforeExit()
                    _exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
