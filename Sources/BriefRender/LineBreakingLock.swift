import Synchronization

/// Serialises Pango's line breaking across every `Typesetter` of the
/// process.
///
/// Each typesetter has its own font map, yet two of them breaking lines at
/// the same time, each loading its fonts, sometimes measured a justified
/// line that ends in an inserted hyphen without the hyphen (Pango 1.50,
/// cairo 1.16): its spaces came out 3.4 points wider in all, and the same
/// build gave different PDF bytes depending on what ran beside it (4 of 24
/// builds, two at a time; `BuildConcurrencyTests`). Holding this lock while
/// a layout's lines are computed removes it (0 of 448 builds) and costs
/// about 5% of wall time where two workers lay out one-pagers side by side.
/// Holding it only for a typesetter's first layout in each font also
/// removed it (0 of 96): the race is in loading fonts into two font maps at
/// once, below Pango; locking all of the breaking is sound without knowing
/// which shared object races. Once computed, a layout's lines are only read
/// (measured, drawn) without it.
///
/// The lock is a `Mutex` (Synchronization), not Foundation's `NSLock`, so
/// that the module links only FoundationEssentials (issue 20, memory); both
/// are one process-wide, non-recursive lock held for exactly the duration
/// of `body`, so what it fences is unchanged.
enum LineBreakingLock {
    private static let lock = Mutex(())

    /// Runs `body` (which sets text and computes lines) holding the lock.
    static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try lock.withLock { _ throws(E) -> T in try body() }
    }
}
