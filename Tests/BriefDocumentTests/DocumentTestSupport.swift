import BriefData
import BriefDocument
import BriefLayout

/// Resolves Markdown `text` (as `brief.md`) against the embedded dataset.
func resolve(_ text: String, file: String = "brief.md") throws -> ResolvedDocument {
    let dataset = try Dataset.embeddedDataset()
    return DocumentResolver(document: BriefDocument(text: text, file: file), dataset: dataset).resolve()
}

/// `FILE:LINE:COLUMN: message` of each problem.
func described(_ problems: [DataProblem]) -> [String] { problems.map(\.description) }

/// The plain text of every rich paragraph.
func paragraphs(_ blocks: [Block]) -> [String] {
    blocks.compactMap { if case .richParagraph(let text, _) = $0 { text.plain } else { nil } }
}

/// The first rich paragraph's text.
func firstParagraph(_ blocks: [Block]) -> RichText? {
    for block in blocks { if case .richParagraph(let text, _) = block { return text } }
    return nil
}

/// The source notes of the last `.sourceNotes` block.
func sourceNotes(_ blocks: [Block], after heading: String) -> [SourceNote] {
    var seen = false
    for block in blocks {
        if case .heading(let text, _) = block { seen = text == heading }
        if seen, case .sourceNotes(let notes) = block { return notes }
    }
    return []
}
