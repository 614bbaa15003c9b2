import Foundation
import Testing
import TradeBrief

/// Which document each language builds: a document's own `lang:`, and its
/// editions beside it (`brief.md` ↔ `brief.ko.md`).
@Suite("Build editions: a document builds in its own language; other languages need its edition beside it")
struct BuildEditionsTests {
    private static let english = """
        ---
        title: House brief
        lang: en
        ---

        # Investment

        Tracked investment totals {{total}}.

        """

    private static let korean = """
        ---
        title: 하우스 브리프
        lang: ko
        ---

        # 투자

        추적된 투자는 모두 {{total}}이다.

        """

    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-editions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    private func pdfText(_ output: Build.Output, _ name: String) throws -> String {
        let data = try #require(output.artifacts.first { $0.relativePath == name }?.data, "\(name) was not made")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("A Korean document alone builds the Korean edition: brief.ko.pdf and Korean charts, no English files")
    func koreanDocumentAlone() async throws {
        let dir = try folder(["house.ko.md": Self.korean])
        defer { try? FileManager.default.removeItem(at: dir) }
        let build = Build(documentPath: dir.appendingPathComponent("house.ko.md").path, formats: [.pdf])
        #expect(try build.editions() == [Build.Edition(language: .korean, documentPath: build.documentPath)])
        let names = try await build.render().artifacts.map(\.relativePath)
        #expect(names.contains("brief.ko.pdf") && names.contains("state-map.ko.pdf"))
        #expect(!names.contains("brief.pdf") && !names.contains("state-map.pdf"), "\(names)")
    }

    @Test("--lang en,ko builds brief.md and its Korean edition brief.ko.md, each in its own language")
    func bothEditions() async throws {
        let dir = try folder(["house.md": Self.english, "house.ko.md": Self.korean])
        defer { try? FileManager.default.removeItem(at: dir) }
        for start in ["house.md", "house.ko.md"] {
            var build = Build(documentPath: dir.appendingPathComponent(start).path, formats: [.pdf])
            build.languages = [.english, .korean]
            let editions = try build.editions()
            #expect(editions.map(\.language) == [.english, .korean])
            #expect(editions.map { ($0.documentPath as NSString?)?.lastPathComponent } == ["house.md", "house.ko.md"], "from \(start)")
        }
        var build = Build(documentPath: dir.appendingPathComponent("house.md").path, formats: [.pdf])
        build.languages = [.english, .korean]
        build.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
        let output = try await build.render()
        let names = output.artifacts.map(\.relativePath)
        #expect(names.contains("brief.pdf") && names.contains("brief.ko.pdf"))
        // The PDF's metadata carries each edition's own title and language.
        let english = try pdfText(output, "brief.pdf")
        let korean = try pdfText(output, "brief.ko.pdf")
        #expect(english.contains("/Title (House brief)"))
        #expect(korean.contains("/Lang (ko)") && !english.contains("/Lang (ko)"))
    }

    @Test("A language without its edition, or an edition in the wrong language, is a usage error that names the file")
    func missingOrWrongEdition() throws {
        let dir = try folder(["house.ko.md": Self.korean, "other.md": Self.english, "other.ko.md": Self.english])
        defer { try? FileManager.default.removeItem(at: dir) }
        var build = Build(documentPath: dir.appendingPathComponent("house.ko.md").path, formats: [.pdf])
        build.languages = [.english]
        #expect {
            try build.editions()
        } throws: { error in
            guard case TradeBriefError.usage(let message) = error else { return false }
            return message.contains("house.md") && message.contains("written in Korean")
        }
        build = Build(documentPath: dir.appendingPathComponent("other.md").path, formats: [.pdf])
        build.languages = [.korean]
        #expect {
            try build.editions()
        } throws: { error in
            guard case TradeBriefError.usage(let message) = error else { return false }
            return message.contains("other.ko.md") && message.contains("lang: en") && message.contains("lang: ko")
        }
    }

    @Test("Without a document, each language builds its default brief")
    func defaultBriefs() throws {
        var build = Build(formats: [.pdf])
        #expect(try build.editions() == [Build.Edition(language: .english, documentPath: nil)])
        build.languages = [.korean, .english]
        #expect(try build.editions().map(\.language) == [.korean, .english])
    }
}
