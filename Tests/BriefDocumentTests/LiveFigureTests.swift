import BriefData
import BriefDocument
import BriefLayout
import FoundationEssentials
import Testing

@Suite struct LiveFigureTests {
    @Test func everyFigureHasItsValue() throws {
        let text = """
        Total {{total}}, count {{count}}, states {{states}}, sectors {{sectors}}, Georgia {{state:GA}} or {{state:georgia}}, \
        share {{share:GA}}, rank {{rank:GA}}, Indiana rank {{rank:IN}}, batteries {{sector:Batteries}}, \
        top state {{top:state}}, top sector {{top:sector}}, FDI share {{indicator:korea-share-of-us-fdi}}.
        """
        let resolved = try resolve(text)
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(paragraphs(resolved.blocks) == [
            "Total $23.2B, count 4, states 4, sectors 4, Georgia $7.9B or $7.9B, share 34%, rank 1st, Indiana rank 4th, "
                + "batteries $11.4B, top state Georgia, top sector Batteries, FDI share 2.3%.",
        ])
        #expect(resolved.unsourcedNumbers.isEmpty)
    }

    /// Issue 17, point 6: a published figure keeps its digits; one no source states follows the one rule.
    @Test func anIndicatorNoSourceStatesFollowsTheRule() throws {
        let resolved = try resolve("Exports {{indicator:us-goods-exports-to-korea}}, imports {{indicator:us-goods-imports-from-korea}}.")
        #expect(paragraphs(resolved.blocks) == ["Exports $65.5B, imports $132B."])
    }

    @Test func amountsUseTheCurrencySymbolPassedIn() throws {
        let dataset = try Dataset.embeddedDataset()
        let document = BriefDocument(text: "{{total}}", file: "brief.md")
        let resolved = DocumentResolver(document: document, dataset: dataset, format: FigureFormat(currencySymbol: "US$")).resolve()
        #expect(paragraphs(resolved.blocks) == ["US$23.2B"])
    }

    @Test func unknownNamesAreLocatedWithASuggestion() throws {
        let resolved = try resolve("# T\n\nSome {{totl}} and {{nosuch}}.\n")
        #expect(described(resolved.errors) == [
            "brief.md:3:6: unknown live figure '{{totl}}'; did you mean '{{total}}'? (figures: total, count, states, sectors, state, share, rank, sector, top, indicator, investment, table)",
            "brief.md:3:19: unknown live figure '{{nosuch}}' (figures: total, count, states, sectors, state, share, rank, sector, top, indicator, investment, table)",
        ])
    }

    @Test func statesNotInTheDataAreErrors() throws {
        let resolved = try resolve("A {{state:GX}} and {{share:Alaska}} and {{rank:Georgai}}.")
        #expect(described(resolved.errors) == [
            "brief.md:1:3: {{state:GX}}: 'GX' is not a U.S. state (use a USPS code such as GA, or a name such as Georgia); did you mean '{{state:GA}}'? (in the data: GA, KY, TN, IN)",
            "brief.md:1:20: {{share:Alaska}}: Alaska (AK) has no tracked investment in the data (in the data: GA, KY, TN, IN)",
            "brief.md:1:41: {{rank:Georgai}}: 'Georgai' is not a U.S. state (use a USPS code such as GA, or a name such as Georgia); did you mean '{{rank:GA}}'? (in the data: GA, KY, TN, IN)",
        ])
    }

    @Test func sectorsIndicatorsAndTopAreChecked() throws {
        let resolved = try resolve("{{sector:Batteris}} {{indicator:us-goods-export-to-korea}} {{top:states}} {{state}} {{total:GA}}")
        #expect(described(resolved.errors) == [
            "brief.md:1:1: {{sector:Batteris}}: sector 'Batteris' is not in the data; did you mean '{{sector:Batteries}}'? (in the data: Batteries, Electric vehicles, Semiconductors, Solar)",
            "brief.md:1:21: {{indicator:us-goods-export-to-korea}}: indicator 'us-goods-export-to-korea' is not in the data; did you mean '{{indicator:us-goods-exports-to-korea}}'? (in the data: korea-largest-investor, korea-share-of-us-fdi, us-goods-exports-to-korea, us-goods-imports-from-korea, us-trade-deficit-with-korea, korea-exports-to-us, korea-exports-to-china, us-rank-among-korea-export-markets, article-stated-us-exports)",
            "brief.md:1:60: {{top:states}}: 'top:states' names nothing tradebrief ranks; did you mean '{{top:state}}'? (in the data: state, sector, company)",
            "brief.md:1:75: '{{state}}' needs an argument, e.g. {{state:GA}}",
            "brief.md:1:85: '{{total:GA}}' takes no argument; write {{total}}",
        ])
    }

    @Test func anUnclosedFigureIsAnError() throws {
        let resolved = try resolve("Text {{total and more")
        #expect(described(resolved.errors).first?.hasPrefix("brief.md:1:6: '{{' is never closed") == true)
    }

    @Test func figuresInCodeStayLiteral() throws {
        let resolved = try resolve("Write `{{total}}` for the total.")
        #expect(resolved.errors.isEmpty)
        #expect(paragraphs(resolved.blocks) == ["Write {{total}} for the total."])
    }

    @Test func linesCountFromTheTopOfTheFileWithFrontMatter() throws {
        let resolved = try resolve("---\ntitle: T\n---\n\n{{nope}}\n")
        #expect(resolved.errors.first?.line == 5)
        #expect(resolved.errors.first?.column == 1)
    }

    @Test func columnsCountCharacters() throws {
        let resolved = try resolve("한국 투자 {{nope}}")
        #expect(resolved.errors.first?.column == 7)
    }

    @Test func theLargestStateIsNamedAsRunningTextNamesIt() throws {
        var dataset = try Dataset.embeddedDataset()
        let result = try InvestmentCSV.parse(Data("company,sector,states,amount_usd\nA,Logistics,DC,2.5B\nC,Steel,TX,900M\n".utf8), file: "dc.csv")
        dataset.investments = result.investments
        dataset.sources += result.sources
        let text = "{{top:state}} receives the most. In 2024, {{top:state}} led.\n\n![By state: {{top:state}} receives the most](chart:state-bars)"
        let resolved = DocumentResolver(document: BriefDocument(text: text, file: "dc.md"), dataset: dataset).resolve()
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(paragraphs(resolved.blocks) == ["The District of Columbia receives the most. In 2024, the District of Columbia led."])
        #expect(resolved.blocks.contains { if case .describedFigure(_, let caption) = $0 { caption.hasSuffix("By state: the District of Columbia receives the most") } else { false } })
    }

    /// The embedded dataset with its investments replaced by `csv`'s rows.
    func dataset(_ csv: String, file: String = "tie.csv") throws -> Dataset {
        var dataset = try Dataset.embeddedDataset()
        let result = try InvestmentCSV.parse(Data(csv.utf8), file: file)
        dataset.investments = result.investments
        dataset.sources += result.sources
        dataset.investmentsFile = file
        return dataset
    }

    /// The paragraphs of `text` resolved against `data`, expecting no error.
    private func resolved(_ text: String, _ data: Dataset) -> [String] {
        let resolved = DocumentResolver(document: BriefDocument(text: text, file: "tie.md"), dataset: data).resolve()
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        return paragraphs(resolved.blocks)
    }

    /// Expects the default brief in each language, resolved against `data`, to hold its sentence and a
    /// caption ending in its caption.
    private func expectDefaultBrief(on data: Dataset, says expected: [(BriefLanguage, String, String)]) throws {
        for (language, sentence, caption) in expected {
            let document = try #require(BundledBriefs.defaultBrief(for: language))
            let resolved = DocumentResolver(document: document, dataset: data, reference: try Dataset.embeddedDataset()).resolve()
            #expect(resolved.errors.isEmpty, "\(language): \(described(resolved.errors))")
            let text = paragraphs(resolved.blocks).joined(separator: " ")
            #expect(text.contains(sentence), "\(language): \(text)")
            let captions = resolved.blocks.compactMap { if case .describedFigure(_, let caption) = $0 { caption } else { nil } }
            #expect(captions.contains { $0.hasSuffix(caption) }, "\(language): \(captions)")
        }
    }

    @Test func statesTiedForTheLargestTotalAreAllNamed() throws {
        // Georgia and Texas tie at $2.5B; Ohio has less.
        let tie = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,2.5B,T,https://e.com/a\nB,Batteries,GA,2.5B,T,https://e.com/b\nC,Solar,OH,900M,T,https://e.com/c\n")
        let english = "{{top:state}} {{if:tied-top-state}}tie for{{else}}receives{{end}} the most, {{state:top}}{{if:tied-top-state}} each{{end}}."
        #expect(resolved(english, tie) == ["Georgia and Texas tie for the most, $2.5B each."])
        let korean = "---\nlang: ko\n---\n가장 많은 투자가 향한 곳은 {{if:tied-top-state}}공동 1위인 {{end}}{{top:state}}주다."
        #expect(resolved(korean, tie) == ["가장 많은 투자가 향한 곳은 공동 1위인 조지아·텍사스주다."])
        // Without a tie, one state, as before.
        let lead = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,2.6B,T,https://e.com/a\nB,Batteries,GA,2.5B,T,https://e.com/b\n")
        #expect(resolved(english, lead) == ["Texas receives the most, $2.6B."])
        #expect(resolved(korean, lead) == ["가장 많은 투자가 향한 곳은 텍사스주다."])
        // The District of Columbia in a tie: named as running text names it; in Korean each name with its own 주 (none for D.C.).
        let capital = try dataset("company,sector,states,amount_usd,source,url\nA,Logistics,DC,2.5B,T,https://e.com/a\nB,Batteries,GA,2.5B,T,https://e.com/b\n")
        #expect(resolved(english, capital) == ["The District of Columbia and Georgia tie for the most, $2.5B each."])
        #expect(resolved(korean, capital) == ["가장 많은 투자가 향한 곳은 공동 1위인 워싱턴 D.C.·조지아주다."])
    }

    @Test func sectorsAndCompaniesTiedForTheLargestTotalAreAllNamed() throws {
        // Batteries (company B) and Solar (company C) tie at $2.5B; Steel (A) has less.
        let tie = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,900M,T,https://e.com/a\nB,Batteries,GA,2.5B,T,https://e.com/b\nC,Solar,OH,2.5B,T,https://e.com/c\n")
        let english = "{{top:sector}} lead with {{sector:top}}{{if:tied-top-sector}} each{{end}}; "
            + "{{top:company}} {{if:tied-top-company}}tie for{{else}}makes{{end}} the largest commitment."
        #expect(resolved(english, tie) == ["Batteries and Solar lead with $2.5B each; B and C tie for the largest commitment."])
        let korean = "---\nlang: ko\n---\n{{top:sector}} 부문이 {{if:tied-top-sector}}각각 {{end}}{{sector:top}}로 가장 크다."
        #expect(resolved(korean, tie) == ["배터리·태양광 부문이 각각 25억 달러로 가장 크다."])
        // Without a tie, one sector and one company, as before.
        let lead = try dataset("company,sector,states,amount_usd,source,url\nB,Batteries,GA,2.6B,T,https://e.com/b\nC,Solar,OH,2.5B,T,https://e.com/c\n")
        #expect(resolved(english, lead) == ["Batteries lead with $2.6B; B makes the largest commitment."])
        #expect(resolved(korean, lead) == ["배터리 부문이 26억 달러로 가장 크다."])
    }

    @Test func theDefaultBriefNamesTiedStatesInBothLanguages() throws {
        let tie = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,2.5B,T,https://e.com/a\nB,Batteries,GA,2.5B,T,https://e.com/b\nC,Solar,OH,900M,T,https://e.com/c\n")
        let expected: [(BriefLanguage, String, String)] = [
            (.english, "The 3 investments tracked in this brief total $5.9B across 3 states; Georgia and Texas tie for the most.",
             "Tracked investment by state: Georgia and Texas tie for the most, $2.5B or 42% of the tracked total each"),
            (.korean, "이 브리프가 추적하는 투자 3건의 총액은 59억 달러로, 3개 주에 걸쳐 있으며 가장 많은 투자가 향한 곳은 공동 1위인 조지아·텍사스주다.",
             "주별 추적 투자: 가장 많은 투자가 향한 공동 1위 조지아·텍사스주는 각각 25억 달러, 추적 총액의 42%"),
        ]
        try expectDefaultBrief(on: tie, says: expected)
    }

    @Test("{{sectors}} counts sectors, {{states}} states and {{count}} investments, each its own number")
    func countsAreDistinct() throws {
        let data = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,900M,T,https://e.com/a\nB,Steel,GA,2.5B,T,https://e.com/b\n"
            + "C,Solar,OH,1B,T,https://e.com/c\nD,Solar,OH,1B,T,https://e.com/d\nE,Solar,OH;GA,1B,T,https://e.com/e\n")
        #expect(resolved("{{count}} investments, {{states}} states, {{sectors}} sectors.", data) == ["5 investments, 3 states, 2 sectors."])
    }

    @Test("A sector named in the singular reads as well as a plural one: 'the largest is Biotechnology', not 'Biotechnology lead'")
    func theDefaultBriefNamesASingularSector() throws {
        let single = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,900M,T,https://e.com/a\nB,Biotechnology,GA,2.5B,T,https://e.com/b\n")
        try expectDefaultBrief(on: single, says: [
            (.english, "By sector, the largest is Biotechnology, with $2.5B of the $3.4B tracked;",
             "Tracked investment by sector, largest first: Biotechnology with $2.5B"),
        ])
    }

    @Test func theDefaultBriefNamesTiedSectorsInBothLanguages() throws {
        let tie = try dataset("company,sector,states,amount_usd,source,url\nA,Steel,TX,900M,T,https://e.com/a\nB,Batteries,GA,2.5B,T,https://e.com/b\nC,Solar,OH,2.5B,T,https://e.com/c\n")
        let expected: [(BriefLanguage, String, String)] = [
            (.english, "By sector, the largest are Batteries and Solar, with $2.5B each of the $5.9B tracked;",
             "Tracked investment by sector, largest first: Batteries and Solar with $2.5B each"),
            (.korean, "부문별로는 배터리·태양광 부문이 추적 총액 59억 달러 가운데 각각 25억 달러로 가장 크다.",
             "부문별 추적 투자: 배터리·태양광 부문이 각각 25억 달러로 최대"),
        ]
        try expectDefaultBrief(on: tie, says: expected)
    }
}
