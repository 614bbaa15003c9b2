import BriefRender
import BriefLayout
import BriefDocument
import Foundation
import Testing
import TradeBrief

/// Errors keep their kind (issue 21, item 6): an unknown error is not an I/O error with an empty path,
/// cancellation is its own case, a chart the data cannot draw leaves a visible note and a warning.
@Suite("Errors: unexpected, cancelled, charts left out, bad markup")
struct ErrorCaseTests {
    private struct Oddity: Error, CustomStringConvertible {
        var description: String { "an oddity" }
    }

    @Test("An error of no known kind is .unexpected with its description, never .io with an empty path")
    func unexpected() {
        let wrapped = TradeBriefError.wrap(Oddity())
        guard case .unexpected(let description) = wrapped else { Issue.record("got \(wrapped)"); return }
        #expect(description == "an oddity")
        #expect(wrapped.description.contains("an oddity") && wrapped.description.contains("bug"))
        #expect(!wrapped.description.hasPrefix(":"))
    }

    @Test("CancellationError is .cancelled; a cancelled build throws .cancelled and writes nothing")
    func cancelled() async throws {
        guard case .cancelled = TradeBriefError.wrap(CancellationError()) else { Issue.record("not .cancelled"); return }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-cancel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var build = Build(formats: [.svg])
        build.statePages = .only(["GA"])
        let task = Task { () async -> String in
            withUnsafeCurrentTask { $0?.cancel() }
            do {
                try await build.write(to: out)
                return "written"
            } catch let error as TradeBriefError {
                if case .cancelled = error { return "cancelled" }
                return "\(error)"
            } catch {
                return "\(error)"
            }
        }
        #expect(await task.value == "cancelled")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("A chart the data cannot draw leaves a visible note in the brief and a located warning")
    func chartLeftOut() throws {
        // A dataset without indicators: the trade balance has nothing to draw.
        var dataset = try Dataset.embedded()
        dataset.indicators = []
        let text = "---\ntitle: Test\n---\n\nTrade first.\n\n![The balance](chart:trade-balance)\n\nAfter the chart.\n"
        let resolved = DocumentResolver(document: BriefDocument(text: text, file: "brief.md"), dataset: dataset).resolve()
        #expect(resolved.warnings.contains { $0.description.hasPrefix("brief.md:7:1: chart 'trade-balance' is left out") },
                "\(resolved.warnings.map(\.description))")
        let notes = resolved.blocks.compactMap { block -> String? in if case .note(let text) = block { text } else { nil } }
        #expect(notes.contains { $0.hasPrefix("[Chart &#39;trade-balance&#39; is left out:") }, "no placeholder: \(notes)")
        #expect(resolved.errors.isEmpty)
        // The note is on the page, where the chart would be.
        let page = LayoutEngine(style: LayoutStyle()).layout(resolved.blocks, typesetter: Typesetter())
        let lines = page.items.flatMap(\.shownLineGroups).joined().joined(separator: " ")
        #expect(lines.contains("[Chart 'trade-balance' is left out:"), "\(lines)")
    }

    @Test("Markup Pango cannot read is set as plain text with a warning naming it")
    func badMarkup() {
        let document = LayoutEngine(style: LayoutStyle()).layout([.paragraph("Good text."), .paragraph("A <b>bold claim without its end")],
                                                                 typesetter: Typesetter())
        #expect(document.warnings.contains { $0.contains("cannot be read") && $0.contains("A <b>bold claim") }, "\(document.warnings)")
        #expect(document.warnings.count == 1)
    }
}
