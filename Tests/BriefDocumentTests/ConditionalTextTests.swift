import BriefData
import BriefDocument
import BriefLayout
import FoundationEssentials
import Testing

/// `{{if:NAME}}…{{else}}…{{end}}`: text that holds only for some data, and the
/// default brief, which says nothing of the article's projects once a user's CSV
/// replaces them.
@Suite struct ConditionalTextTests {
    /// The embedded dataset with its investments replaced by `csv`'s, as `--investments` does.
    func csvDataset(_ csv: String, name: String = "mine.csv") throws -> Dataset {
        var dataset = try Dataset.embeddedDataset()
        let result = try InvestmentCSV.parse(Data(csv.utf8), file: name)
        let kept = Set(dataset.indicators.map(\.source) + [dataset.primarySource])
        dataset.sources = dataset.sources.filter { kept.contains($0.id) } + result.sources
        dataset.investments = result.investments
        dataset.investmentsFile = name
        return dataset
    }

    let twoRows = "company,project,sector,states,amount_usd,source,url\nA,B,Logistics,DC,2.5B,T,https://e.com/a\nC,D,Steel,TX;OK,900M,T,https://e.com/b\n"
    let oneRow = "company,project,sector,states,amount_usd,source,url\nA,B,Logistics,DC,2.5B,T,https://e.com/a\n"

    func resolve(_ text: String, dataset: Dataset) throws -> ResolvedDocument {
        DocumentResolver(document: BriefDocument(text: text, file: "c.md"), dataset: dataset, reference: try Dataset.embeddedDataset()).resolve()
    }

    @Test func theTextOfAConditionThatHoldsIsKeptAndTheOtherLeftOut() throws {
        let text = "Tracked{{if:article}} from the article{{else}} from a CSV{{end}}: {{count}}."
        let article = try resolve(text, dataset: try Dataset.embeddedDataset())
        #expect(article.errors.isEmpty, "\(described(article.errors))")
        #expect(paragraphs(article.blocks) == ["Tracked from the article: 4."])
        let csv = try resolve(text, dataset: try csvDataset(twoRows))
        #expect(paragraphs(csv.blocks) == ["Tracked from a CSV: 2."])
    }

    /// The quick byte check that spares paragraphs without markers (issue 20) must still see
    /// every marker: any case, spaces inside, a non-ASCII space, next to a live figure.
    @Test func markersInAnyCaseAndSpacingAreSeen() throws {
        let text = "A{{ IF:article }}x{{count}}{{ Else }}y{{\u{3000}END}}. {{if : csv}}C{{eNd}}{{top:state}} differs"
        let resolved = try resolve(text, dataset: try Dataset.embeddedDataset())
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        let paragraph = try #require(paragraphs(resolved.blocks).first)
        #expect(paragraph.hasPrefix("Ax4. "), "\(paragraph)")
        #expect(!paragraph.contains("{{") && !paragraph.contains(". C"), "\(paragraph)")
    }

    @Test func countConditionsChooseSingularOrPlural() throws {
        let text = "{{count}} {{if:one-investment}}investment{{else}}investments{{end}} in {{states}} {{if:one-state}}state{{else}}states{{end}}"
        #expect(paragraphs(try resolve(text, dataset: try csvDataset(oneRow)).blocks) == ["1 investment in 1 state"])
        #expect(paragraphs(try resolve(text, dataset: try csvDataset(twoRows)).blocks) == ["2 investments in 3 states"])
    }

    @Test func conditionsNestAndWorkInCaptionsHeadingsAndEmphasis() throws {
        let text = """
            # Data{{if:csv}} from a CSV{{end}}

            {{if:csv}}CSV{{if:one-state}}, one state{{else}}, {{states}} states{{end}}{{end}} *x{{if:article}} y{{end}}*

            ![Investment{{if:article}} of the article{{end}}](chart:state-bars)
            """
        let resolved = try resolve(text, dataset: try csvDataset(twoRows))
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(paragraphs(resolved.blocks) == ["CSV, 3 states x"])
        #expect(resolved.blocks.contains { if case .heading(let text, _) = $0 { text == "Data from a CSV" } else { false } })
        #expect(resolved.blocks.contains { if case .describedFigure(_, let caption) = $0 { caption.hasSuffix("Investment") } else { false } })
    }

    @Test func textLeftOutCitesNothingAndCountsForNothing() throws {
        let text = "Amounts [@csis-2025].{{if:article}} SK hynix {{investment:sk-hynix-indiana}} [@skhynix-2024].{{end}}"
        let resolved = try resolve(text, dataset: try csvDataset(twoRows))
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(paragraphs(resolved.blocks) == ["Amounts [1]."])
        #expect(resolved.citedSources.map(\.id) == ["csis-2025"])
        let listed = sourceNotes(resolved.blocks, after: "Sources").map(\.text)
        #expect(!listed.contains { $0.contains("SK hynix") }, "\(listed)")
    }

    @Test func problemsOfConditionsAndOfTextLeftOutAreLocated() throws {
        let resolved = try resolve("A {{if:artcle}}b{{end}} c {{end}} {{if:csv}}{{totl}}{{else}}d{{else}}e\n\n{{if:csv}}never closed", dataset: try Dataset.embeddedDataset())
        let problems = described(resolved.errors)
        #expect(problems.contains { $0.hasPrefix("c.md:1:3: unknown condition '{{if:artcle}}'; did you mean '{{if:article}}'?") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("c.md:1:27: '{{end}}' has no '{{if:…}}' before it") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("c.md:1:45: unknown live figure '{{totl}}'") }, "text left out is still checked: \(problems)")
        #expect(problems.contains { $0.hasPrefix("c.md:1:62: '{{else}}' appears twice") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("c.md:1:35: '{{if:csv}}' is never closed") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("c.md:3:1: '{{if:csv}}' is never closed") }, "\(problems)")
    }

    @Test func theFrontMattersTitleAndSubtitleHoldConditionalText() throws {
        let text = """
            ---
            title: Investment{{if:csv}} from a CSV{{end}}
            subtitle: Korean {{if:article}}manufacturing {{end}}investment, {{if:one-state}}one state{{else}}many{{end}}
            ---

            Body.
            """
        let csv = try resolve(text, dataset: try csvDataset(twoRows))
        #expect(csv.errors.isEmpty, "\(described(csv.errors))")
        #expect(csv.title == "Investment from a CSV")
        #expect(csv.subtitle == "Korean investment, many")
        #expect(csv.blocks.contains { if case .title(let title, let subtitle, _) = $0 { title == "Investment from a CSV" && subtitle == "Korean investment, many" } else { false } })
        let article = try resolve(text, dataset: try Dataset.embeddedDataset())
        #expect(article.title == "Investment" && article.subtitle == "Korean manufacturing investment, many")
        for language in [BriefLanguage.english, .korean] {
            let document = try #require(BundledBriefs.defaultBrief(for: language))
            let subtitle = DocumentResolver(document: document, dataset: try csvDataset(twoRows), reference: try Dataset.embeddedDataset()).resolve().subtitle
            #expect(subtitle?.hasPrefix(language == .korean ? "미국 각 주의 한국 투자, " : "Korean investment in U.S. states, ") == true, "\(subtitle ?? "")")
        }
        let wrong = try resolve("---\nsubtitle: A {{if:artcle}}b{{end}}\n---\n\nBody.\n", dataset: try Dataset.embeddedDataset())
        #expect(described(wrong.errors).contains { $0.hasPrefix("c.md:2:13: unknown condition '{{if:artcle}}'") }, "\(described(wrong.errors))")
    }

    @Test func theDefaultBriefWithAUsersCSVSaysNothingOfTheArticlesProjects() throws {
        for language in [BriefLanguage.english, .korean] {
            let document = try #require(BundledBriefs.defaultBrief(for: language))
            let resolved = DocumentResolver(document: document, dataset: try csvDataset(twoRows), reference: try Dataset.embeddedDataset()).resolve()
            #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
            #expect(resolved.unsourcedNumbers.isEmpty, "\(described(resolved.unsourcedNumbers))")
            let text = paragraphs(resolved.blocks).joined(separator: " ")
            for project in ["SK Hynix’s", "SK hynix’s", "Hyundai", "Hanwha", "battery parks", "SK하이닉스의", "SK하이닉스 시설", "현대", "한화", "배터리 단지",
                            "manufacturing investments", "제조업 투자 2건"] {
                #expect(!text.contains(project), "\(language): the brief speaks of \(project) with a CSV that has no such row")
            }
            #expect(!resolved.citedSources.contains { ["skhynix-2024", "ford-2021"].contains($0.id) }, "\(resolved.citedSources.map(\.id))")
            let listed = sourceNotes(resolved.blocks, after: language == .korean ? "출처" : "Sources").map(\.text).joined(separator: " ")
            #expect(!listed.contains("SK hynix") && !listed.contains("Ford"), "\(language): \(listed)")
        }
    }

    @Test func theDefaultBriefWithOneRowUsesSingularForms() throws {
        let document = try #require(BundledBriefs.defaultBrief())
        let resolved = DocumentResolver(document: document, dataset: try csvDataset(oneRow), reference: try Dataset.embeddedDataset()).resolve()
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        let text = paragraphs(resolved.blocks).joined(separator: " ")
        #expect(text.contains("The one investment tracked in this brief amounts to $2.5B, all of it in "), "\(text)")
        #expect(text.contains("The tracked commitments reach 1 state."), "\(text)")
        for plural in ["1 investments", "1 states", "1 manufacturing"] { #expect(!text.contains(plural), "\(text)") }
    }

    /// How many sentences `text` has: full stops before a space or at the end (`U.S.` inside a
    /// sentence counts too, the same in every build of one language, so differences are exact).
    func sentenceCount(_ text: String) -> Int {
        let characters = Array(text)
        return characters.indices.filter { characters[$0] == "." && ($0 + 1 == characters.count || characters[$0 + 1].isWhitespace) }.count
    }

    @Test func theKoreanBriefSaysWithACSVWhatTheEnglishSays() throws {
        // Against the article's data, each paragraph of the Korean brief gains or loses with a CSV as
        // many sentences as the English one: the Korean's CSV-only text adds no sentence of its own.
        func sentences(_ language: BriefLanguage, _ dataset: Dataset) throws -> [Int] {
            let document = try #require(BundledBriefs.defaultBrief(for: language))
            let resolved = DocumentResolver(document: document, dataset: dataset, reference: try Dataset.embeddedDataset()).resolve()
            #expect(resolved.errors.isEmpty, "\(language): \(described(resolved.errors))")
            return paragraphs(resolved.blocks).map(sentenceCount)
        }
        let article = try Dataset.embeddedDataset()
        let english = try sentences(.english, article), korean = try sentences(.korean, article)
        #expect(english.count == korean.count)
        for csv in [twoRows, oneRow] {
            let dataset = try csvDataset(csv)
            let englishCSV = try sentences(.english, dataset), koreanCSV = try sentences(.korean, dataset)
            let englishChange = zip(englishCSV, english).map { $0 - $1 }, koreanChange = zip(koreanCSV, korean).map { $0 - $1 }
            #expect(englishChange == koreanChange, "sentences gained (+) or lost (-) per paragraph with \(dataset.investments.count) rows")
        }
        // One row in one state: the Korean says so as the English does ('The one investment … amounts to …, all of it in …').
        let document = try #require(BundledBriefs.defaultBrief(for: .korean))
        let resolved = DocumentResolver(document: document, dataset: try csvDataset(oneRow), reference: article).resolve()
        let text = paragraphs(resolved.blocks).joined(separator: " ")
        #expect(text.contains("이 브리프가 추적하는 투자 한 건의 금액은 25억 달러로, 모두 워싱턴 D.C.에 있다."), "\(text)")
        let caption = resolved.blocks.compactMap { if case .describedFigure(_, let caption) = $0 { caption } else { nil } }
        #expect(caption.contains { $0.contains("전액(25억 달러)이 워싱턴 D.C.로 향함") }, "\(caption)")
    }

    @Test func theDefaultBriefWithTheEmbeddedDataKeepsTheArticlesProjects() throws {
        let document = try #require(BundledBriefs.defaultBrief())
        let resolved = DocumentResolver(document: document, dataset: try Dataset.embeddedDataset()).resolve()
        let text = paragraphs(resolved.blocks).joined(separator: " ")
        #expect(text.contains("The 4 manufacturing investments tracked in this brief total $23.2B across "), "\(text)")
        #expect(text.contains("Among them are SK hynix’s $3.87B semiconductor facility"), "\(text)")
        #expect(text.contains("The tracked commitments reach 4 states. The article does not say where the SK hynix facility is;"), "\(text)")
        #expect(resolved.citedSources.map(\.id).contains("ford-2021"))
    }
}
