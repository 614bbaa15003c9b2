import BriefData
import BriefLayout
import BriefRender
import BriefDocument
import Foundation
import Testing
import TestSupport
import TradeBrief

@Suite("The Korean edition of the brief")
struct KoreanBriefTests {
    // Parsed on each use, not kept in a `static let`: LeakSanitizer cannot follow the pointers
    // that Swift stores with enum tags in their spare bits (the documents' indirect Markdown
    // cases), so a parsed document alive at exit is reported as leaked (`make sanitize`).
    static var english: BriefDocument? { BundledBriefs.defaultBrief(for: .english) }
    static var korean: BriefDocument? { BundledBriefs.defaultBrief(for: .korean) }
    /// The two documents' text as written in `Briefs/`.
    static func source(_ name: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Briefs/\(name)"), encoding: .utf8)
    }

    /// Every `{{…}}` of a document's text, in order; `markers`: the conditions' `{{if:…}}`,
    /// `{{else}}` and `{{end}}` too (English needs `one-state` where Korean has no plural).
    static func liveFigures(_ text: String, markers: Bool = false) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let inside = String(rest[open.upperBound..<close.lowerBound])
            if markers || !(inside.hasPrefix("if:") || inside == "else" || inside == "end") { found.append(inside) }
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// The value an English or Korean figure stands for: `$23.2B` → 23.2e9, `232억 달러` → 232e8,
    /// `38억 7,000만 달러` → 3.87e9, `2.3%` → 2.3, `1st`/`1위` → 1, `Georgia`/`조지아` → the state's code.
    static func value(_ text: String) -> String {
        if let state = USState.all.first(where: { $0.name == text || $0.name(in: .korean) == text }) { return state.code }
        if let sector = KoreanTerms.sectors[text.lowercased()] { return sector }
        let digits = text.filter { $0.isNumber || $0 == "." }
        if text.contains("억") || text.contains("조") || text.contains("만") {
            var total = 0.0
            var number = ""
            for character in text {
                if character.isNumber || character == "." { number.append(character); continue }
                let scale: Double? = ["조": 1e12, "억": 1e8, "만": 1e4][character]
                if let scale, let value = Double(number) { total += value * scale; number = "" }
            }
            return String(format: "%.0f", total)
        }
        for (suffix, scale) in [("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3), (" billion", 1e9), (" million", 1e6)]
        where text.hasSuffix(suffix) && text.hasPrefix("$") {
            return String(format: "%.0f", (Double(digits) ?? 0) * scale)
        }
        if text.hasSuffix("%") { return digits + "%" }
        if let number = Double(digits), !digits.isEmpty { return String(format: "%.0f", number) }
        return text
    }

    @Test("Both editions have the same live figures and the same citations")
    func sameFiguresAndCitations() throws {
        let english = try Self.source("us-rok.md"), korean = try Self.source("us-rok.ko.md")
        #expect(Set(Self.liveFigures(english)) == Set(Self.liveFigures(korean)))
        // The same text is left out with a user's CSV.
        func articleOnly(_ text: String) -> Int { Self.liveFigures(text, markers: true).filter { $0 == "if:article" }.count }
        #expect(articleOnly(english) == articleOnly(korean))
        func citations(_ text: String) -> Set<String> {
            Set(text.components(separatedBy: "[@").dropFirst().compactMap { $0.split(separator: "]").first.map(String.init) })
        }
        #expect(citations(english) == citations(korean))
        #expect(try #require(Self.korean).frontMatter.language == .korean)
        #expect(try #require(Self.english).frontMatter.language == .english)
    }

    /// A document's prose: its text after the front matter, without live figures and citations.
    static func prose(_ text: String) -> String {
        var body = Substring(text)
        if body.hasPrefix("---"), let end = body.dropFirst(3).range(of: "\n---\n") { body = body[end.upperBound...] }
        return String(body).replacing(#/\{\{[^}]*\}\}|\[@[^\]]*\]/#, with: " ")
    }

    @Test("Both editions cite the same sources in the same order, claim for claim")
    func sameCitationOrder() throws {
        func citations(_ text: String) -> [String] { text.matches(of: #/\[@([^\]]+)\]/#).map { String($0.output.1) } }
        let english = citations(try Self.source("us-rok.md")), korean = citations(try Self.source("us-rok.ko.md"))
        #expect(english.count > 20)
        #expect(english == korean)
    }

    @Test("The Korean prose has no English phrase left in it: no run of three lower-case English words, no dollar amount")
    func noEnglishPhrases() throws {
        let prose = Self.prose(try Self.source("us-rok.ko.md"))
        #expect(prose.contains("기고문"))
        let phrases = prose.matches(of: #/\b[a-z]+\s+[a-z]+\s+[a-z]+\b/#).map { String($0.output) }
        #expect(phrases.isEmpty, "\(phrases)")
        #expect(!prose.contains("$"))
    }

    @Test("Every live figure of the Korean brief equals the English one", arguments: ["embedded", "stress"])
    func figuresEqual(data: String) throws {
        var dataset = try Dataset.embedded()
        if data == "stress" {
            // Other amounts, states and sectors than the article's: the formats must agree on any data.
            dataset.investments = dataset.investments.map { investment in
                var changed = investment
                changed.amountUSD *= 1.137
                return changed
            }
        }
        let english = FigureValues(dataset: dataset, format: FigureFormat(language: .english), reference: try Dataset.embedded())
        let korean = FigureValues(dataset: dataset, format: FigureFormat(language: .korean), reference: try Dataset.embedded())
        let figures = Set(Self.liveFigures(try Self.source("us-rok.ko.md"))).filter { !$0.hasPrefix("table:") }
        #expect(figures.count >= 15)
        for token in figures.sorted() {
            guard case .success(let figure) = LiveFigure.parse(token) else { Issue.record("\(token) does not parse"); continue }
            let en = try english.text(for: figure).get(), ko = try korean.text(for: figure).get()
            #expect(Self.value(en) == Self.value(ko), "{{\(token)}}: \(en) ≠ \(ko)")
            if token.hasPrefix("top:") { #expect(HangulWords.containsHangul(ko), "{{\(token)}} is not in Korean: \(ko)") }
        }
    }

    @Test("The Korean brief builds with --strict: no number without a source; Korean text, fonts and /Lang in the PDF")
    func builds() throws {
        var builder = BriefBuilder(dataset: try Dataset.embedded(), formats: [.pdf], creationDate: Date(timeIntervalSince1970: 1_745_366_400), strict: true)
        builder.language = .korean
        let result = try builder.build()
        let brief = try #require(result.artifacts.first { $0.relativePath == "brief.ko.pdf" })
        #expect((brief.pageCount ?? 0) >= 3)
        #expect(result.artifacts.contains { $0.relativePath == "state-map.ko.pdf" })
        #expect(!result.artifacts.contains { $0.relativePath == "brief.pdf" })
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("brief-\(UUID().uuidString).ko.pdf").path
        try brief.data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try Checker.output("pdftotext", [path, "-"])
        for expected in ["한미 무역·투자 브리프", "요약", "조지아", "켄터키", "억 달러", "2025년 4월 23일", "출처", "SK하이닉스", "1,278억 달러"] {
            #expect(text.contains(expected), "brief.ko.pdf lacks \(expected)")
        }
        #expect(!text.contains("Georgia"))
        let fonts = try Checker.output("pdffonts", [path])
        #expect(fonts.contains("NotoSansCJKkr"))
        #expect(String(decoding: brief.data, as: UTF8.self).contains("/Lang (ko)"))
        #expect(try Checker.output("qpdf", ["--check", path]).contains("No syntax or stream encoding errors"))
    }

    @Test("No line of the Korean brief breaks inside a Korean word, and paragraphs are ragged right")
    func lineBreaks() throws {
        var builder = BriefBuilder(dataset: try Dataset.embedded(), formats: [.pdf])
        builder.language = .korean
        let document = try builder.layout(typesetter: Typesetter(
            theme: ChartTheme.standard.typeset(for: .korean), layoutStyle: LayoutStyle().typeset(for: .korean), language: .korean))
        var checked = 0
        for item in document.items {
            for lines in item.shownLineGroups where lines.count > 1 {
                let text = lines.joined()
                let words = HangulWords.ranges(in: text)
                var offset = 0
                for line in lines.dropLast() {
                    offset += line.utf8.count
                    let inside = words.first { $0.lowerBound < offset && offset < $0.upperBound }
                    #expect(inside == nil, "a line ends inside a word: \(lines)")
                    checked += 1
                }
            }
        }
        #expect(checked > 30)
        #expect(!LayoutStyle().typeset(for: .korean).justifiesParagraphs)
        #expect(LayoutStyle().typeset(for: .english).justifiesParagraphs)
    }

    @Test("The English brief is unchanged by the Korean edition: no Hangul but the companies' Korean names")
    func englishUnchanged() throws {
        let builder = BriefBuilder(dataset: try Dataset.embedded(), formats: [.pdf], strict: true)
        let result = try builder.build()
        #expect(result.artifacts.contains { $0.relativePath == "brief.pdf" })
        #expect(!result.artifacts.contains { $0.relativePath.contains(".ko.") })
    }
}
