import BriefData
import FoundationEssentials

extension Build {
    /// One language's edition of the brief: the language, and the document
    /// written in it (nil: the default brief of that language).
    public struct Edition: Sendable, Hashable {
        /// The language the edition is built in (its charts, names and file names).
        public var language: BriefLanguage
        /// The document written in that language; nil for the default brief.
        public var documentPath: String?

        /// An edition in `language` of the document at `documentPath` (nil: the default brief).
        public init(language: BriefLanguage, documentPath: String?) {
            self.language = language
            self.documentPath = documentPath
        }
    }

    /// The editions a build makes, in order.
    ///
    /// A document is built in the language its front matter names (`lang:`),
    /// so `brief.ko.md` with `lang: ko` makes `brief.ko.pdf` and Korean charts.
    /// Each further language in ``languages`` needs the document's edition in
    /// that language beside it, named with the language's tag: `brief.md`
    /// (English) and `brief.ko.md` (Korean). Without a document, each
    /// language builds its default brief.
    /// - Throws: ``TradeBriefError/usage(_:)`` when an edition is missing or
    ///   is written in another language; the document's own errors, located.
    public func editions() throws(TradeBriefError) -> [Edition] {
        guard let documentPath else { return (languages ?? [.english]).map { Edition(language: $0, documentPath: nil) } }
        let own = try BriefProject.load(path: documentPath).document.frontMatter.language
        var editions: [Edition] = []
        for language in languages ?? [own] {
            guard language != own else {
                editions.append(Edition(language: language, documentPath: documentPath))
                continue
            }
            let path = Self.editionPath(of: documentPath, writtenIn: own, for: language)
            let name = PathText.lastComponent(documentPath)
            guard FileManager.default.fileExists(atPath: path) else {
                throw .usage("\(name) is written in \(own.englishName) (lang: \(own.tag)); a \(language.englishName) edition needs "
                    + "\(PathText.lastComponent(path)) beside it, with lang: \(language.tag) in its front matter")
            }
            let found = try BriefProject.load(path: path).document.frontMatter.language
            guard found == language else {
                throw .usage("\(PathText.lastComponent(path)) should be the \(language.englishName) edition of \(name), "
                    + "but its front matter says lang: \(found.tag); write lang: \(language.tag)")
            }
            editions.append(Edition(language: language, documentPath: path))
        }
        return editions
    }

    /// The path of the edition of `path` (written in `own`) in `language`:
    /// `brief.md` ↔ `brief.ko.md`, in the same folder.
    static func editionPath(of path: String, writtenIn own: BriefLanguage, for language: BriefLanguage) -> String {
        let folder = PathText.deletingLastComponent(path)
        let file = PathText.lastComponent(path)
        let ext = PathText.fileExtension(file)
        var stem = PathText.deletingExtension(file)
        if own != .english, stem.hasSuffix(".\(own.tag)") { stem.removeLast(own.tag.count + 1) }
        let name = stem + (language == .english ? "" : ".\(language.tag)") + (ext.isEmpty ? "" : ".\(ext)")
        return folder.isEmpty ? name : PathText.appending(name, to: folder)
    }
}
