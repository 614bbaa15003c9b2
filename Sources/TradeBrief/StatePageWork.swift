import BriefRender

/// The one-pagers of one batch, shared among workers: each worker takes the
/// next page from one queue and renders it with a typesetter of its own, so
/// a worker that starts late (beside the brief) or meets a longer page does
/// not leave another idle. The bytes of a page do not depend on which worker
/// rendered it, nor on the pages that worker rendered before.
struct StatePageWork: Sendable {
    /// One page's place in the sorted list of codes, and what rendering it gave.
    typealias Page = (index: Int, result: Result<Artifact, TradeBriefError>)

    /// The pages' settings: dataset, paper, style, language.
    let pages: StatePages
    /// The states' USPS codes, sorted, each once.
    let codes: [String]
    private let national: NationalPicture
    private let queue: PageQueue
    private let counter: ProgressCounter

    /// The work of rendering `codes` (valid codes, sorted) of `pages`, reporting each finished page to `progress`.
    init(pages: StatePages, codes: [String], progress: StatePages.Progress?) {
        self.pages = pages
        self.codes = codes
        national = NationalPicture(dataset: pages.dataset, language: pages.language)
        queue = PageQueue(count: codes.count)
        counter = ProgressCounter(total: codes.count, report: progress)
    }

    /// One worker: renders the pages it takes from the queue until none is
    /// left, with a typesetter of its own, in one synchronous run (no
    /// suspension point, so Pango and Cairo objects never change threads).
    /// A page that fails does not stop the others, so that the error
    /// reported is always the one of the first failing state in code order.
    /// - Throws: `CancellationError` when the task is cancelled (checked before each page).
    func renderTakenPages() throws -> [Page] {
        let typesetter = pages.makeTypesetter()
        let heights = FigureHeights()
        var done: [Page] = []
        while let index = queue.next() {
            try Task.checkCancellation()
            // Hashed here for the manifest, beside the other pages, not after them all.
            let result = Result {
                try pages.render(stateCode: codes[index], national: national, typesetter: typesetter, heights: heights).withDigest()
            }.mapError(TradeBriefError.wrap)
            if case .success = result { counter.finished(codes[index]) }
            done.append((index, result))
        }
        return done
    }

    /// The workers' pages in code order; the error of the first failing state if any failed.
    func artifacts(from parts: [[Page]]) throws(TradeBriefError) -> [Artifact] {
        let pages = parts.joined().sorted { $0.index < $1.index }
        guard pages.count == codes.count else {
            throw .unexpected("\(pages.count) of \(codes.count) one-pagers were rendered")
        }
        return try pages.map { page throws(TradeBriefError) in try page.result.get() }
    }
}
