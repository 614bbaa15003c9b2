import BriefData
import BriefLayout

/// A document resolved against its data: the layout blocks, the title and
/// metadata, and everything the build should report.
public struct ResolvedDocument: Sendable {
    /// The blocks to lay out, title block first, Notes and Sources last.
    public var blocks: [Block]
    /// The title (front matter, else the first heading, else the file's name), plain text.
    public var title: String
    /// The subtitle, plain text.
    public var subtitle: String?
    /// The date as printed (`23 April 2025`), if the front matter gives one.
    public var date: String?
    /// The authors.
    public var authors: [String]
    /// The sources cited, in the order of their numbers.
    public var citedSources: [Source]
    /// Problems that stop the build, all of them, located.
    public var errors: [DataProblem]
    /// Things worth knowing (an unknown front matter key, a link that is not live), located.
    public var warnings: [DataProblem]
    /// Numbers in prose without a source (warnings; errors with `--strict`), located.
    public var unsourcedNumbers: [DataProblem]
}
