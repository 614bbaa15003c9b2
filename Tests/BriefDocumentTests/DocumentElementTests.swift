import BriefData
import BriefDocument
import BriefLayout
import Testing

@Suite struct DocumentElementTests {
    @Test func frontMatterMakesTheTitleBlock() throws {
        let resolved = try resolve("---\ntitle: My Brief\nsubtitle: A test\ndate: 2025-04-23\nauthors: [Ann Lee, Bo Kim]\n---\n# One\n")
        guard case .title(let title, let subtitle, let dateline) = resolved.blocks.first else { Issue.record("no title block"); return }
        #expect(title == "My Brief")
        #expect(subtitle == "A test")
        #expect(dateline == "Ann Lee and Bo Kim  ·  23 April 2025")
        #expect(resolved.title == "My Brief" && resolved.date == "23 April 2025" && resolved.authors == ["Ann Lee", "Bo Kim"])
    }

    @Test func withoutFrontMatterTheFirstHeadingIsTheTitle() throws {
        let resolved = try resolve("# Trade notes\n\nText.")
        #expect(resolved.title == "Trade notes")
        if case .title = resolved.blocks.first { Issue.record("a title block without a front matter title") }
    }

    @Test func headingsKeepTheirLevelUpToThree() throws {
        let resolved = try resolve("# A\n\n## B\n\n#### D\n")
        let levels = resolved.blocks.compactMap { if case .heading(_, let level) = $0 { level } else { nil } }
        #expect(levels == [1, 2, 3])
    }

    @Test func emphasisStrongCodeAndStrikethroughBecomeMarkup() throws {
        let text = try #require(firstParagraph(try resolve("*a* **b** `c` ~~d~~ & <").blocks))
        #expect(text.markup == "<i>a</i> <b>b</b> <tt>c</tt> <s>d</s> &amp; &lt;")
        #expect(text.plain == "a b c d & <")
    }

    @Test func liveLinksFollowTheLinkPolicy() throws {
        let resolved = try resolve("See [CSIS](https://www.csis.org) or [mail](mailto:a@b.org), not [this](javascript:alert(1)).")
        let text = try #require(firstParagraph(resolved.blocks))
        #expect(text.links.map(\.target) == [.uri("https://www.csis.org"), .uri("mailto:a@b.org")])
        #expect(text.plain == "See CSIS or mail, not this.")
        let csis = try #require(text.links.first)
        #expect(Array(Array(text.plain.utf8)[csis.range]) == Array("CSIS".utf8))
        #expect(described(resolved.warnings) == [
            "brief.md:1:65: the link to 'javascript:alert(1)' is not made live: only https:, http: and mailto: addresses are (the text is kept)",
        ])
    }

    @Test func aSchemeInCapitalsIsLiveInLowerCase() throws {
        // The scheme's case is ignored: the live link carries it in lower case, which the PDF and SVG writers accept.
        let resolved = try resolve("See [r](HTTPS://www.example.com/report), <HTTP://www.example.com/auto> and [m](MAILTO:a@example.com).")
        let text = try #require(firstParagraph(resolved.blocks))
        #expect(text.links.map(\.target) == [.uri("https://www.example.com/report"), .uri("http://www.example.com/auto"), .uri("mailto:a@example.com")])
        #expect(resolved.warnings.isEmpty, "\(described(resolved.warnings))")
    }

    @Test func aLongQuotationInAMessageIsCut() throws {
        // An unknown live figure named with 1,500 characters: its message quotes the start of it, not all.
        let resolved = try resolve("Text {{" + String(repeating: "x", count: 1_500) + "}}.\n")
        let message = try #require(described(resolved.errors).first)
        #expect(message.count < 400 && message.contains("'{{xxxx") && message.contains("x…'"), "\(message.prefix(300))")
    }

    @Test func theTitleReadsConditionsOnlyAndItsNumbersAreChecked() throws {
        // A live figure in the title would print with its braces: an error where it is written.
        let figure = try resolve("---\ntitle: A {{total}} brief\n---\nText.\n")
        #expect(described(figure.errors) == [
            "brief.md:2:10: 'title' reads only {{if:…}} conditions, so '{{total}}' would be printed as written; give the figure in the text below the title"])
        // --strict holds the title's and subtitle's numbers to a source, as the body's.
        let numbers = try resolve("---\ntitle: Revenue was $5B\nsubtitle: 42 billion reasons\n---\nText.\n")
        #expect(numbers.errors.isEmpty)
        #expect(numbers.unsourcedNumbers.map(\.line) == [2, 3], "\(described(numbers.unsourcedNumbers))")
        #expect(numbers.unsourcedNumbers.map(\.column) == [20, 11], "at the numbers: \(described(numbers.unsourcedNumbers))")
        let quoted = try resolve("---\ntitle: \"Korea and the G20: 3 lessons\"\n---\nText.\n")
        #expect(quoted.unsourcedNumbers.map(\.column) == [28], "\(described(quoted.unsourcedNumbers))")
        #expect(try resolve("---\ntitle: Trade and Investment, 2016–2025\n---\nText.\n").unsourcedNumbers.isEmpty, "years are not figures")
    }

    @Test func citationsAreNumberedInOrderAndListedAsSources() throws {
        let resolved = try resolve("First [@motie-2025]. Then [@csis-2025; @motie-2025]. Again [@csis-2025].")
        let text = try #require(firstParagraph(resolved.blocks))
        #expect(text.plain == "First [1]. Then [2, 1]. Again [2].")
        #expect(text.links.map(\.target) == [.destination("source-1"), .destination("source-2"), .destination("source-1"), .destination("source-2")])
        let notes = sourceNotes(resolved.blocks, after: "Sources")
        #expect(notes.prefix(2).map(\.anchor) == ["source-1", "source-2"])
        #expect(notes.first?.text.contains("MOTIE") == true)
        #expect(notes[1].text.hasPrefix("Philip Luck and Erin L. Murphy"))
        #expect(resolved.citedSources.map(\.id) == ["motie-2025", "csis-2025"])
    }

    @Test func onlyUsedSourcesAreListed() throws {
        let resolved = try resolve("Plain text [@census-2024].")
        let notes = sourceNotes(resolved.blocks, after: "Sources")
        #expect(notes.count == 1)
        #expect(notes.first?.text.contains("Census") == true)
    }

    @Test("Something that opens like a citation but is not one warns at its place instead of printing quietly")
    func brokenCitationsWarn() throws {
        let open = try resolve("Text\nmore [@csis-2025 without its bracket.")
        #expect(described(open.warnings) == ["brief.md:2:6: '[@csis-2025 without its bracket.' is printed as text, not cited: "
            + "its closing ']' is not in the same run of text (a citation stays on one line, without emphasis); write [@id] or [@id; @other]"])
        // Broken across a line, a citation is not one either, and the message says why.
        let broken = try resolve("Text [@csis-2025;\n@census-2024].")
        #expect(described(broken.warnings).first?.contains("a citation stays on one line") == true, "\(described(broken.warnings))")
        let spaced = try resolve("Text [@csis 2025].")
        #expect(described(spaced.warnings).first?.hasPrefix("brief.md:1:6: '[@csis 2025]' is printed as text, not cited: a citation holds only") == true,
                "\(described(spaced.warnings))")
        #expect(try resolve("Fine [@csis-2025; @census-2024], and [a link](https://e.com/@x).").warnings.isEmpty)
    }

    @Test func unknownCitationsAreLocatedErrors() throws {
        let resolved = try resolve("Text\nmore [@csis-205] here.")
        #expect(described(resolved.errors) == [
            "brief.md:2:6: unknown source '[@csis-205]'; did you mean '[@csis-2025]'? (sources: csis-2025, skhynix-2024, motie-2025, census-2024, ford-2021, skhynix-site, hyundai-site, skinnovation-site, qcells-site)",
        ])
    }

    @Test func footnotesBecomeNumberedNotesLinkedBothWays() throws {
        let resolved = try resolve("A claim[^x] and another[^y].\n\n[^y]: Second note.\n[^x]: First note with a [link](https://example.org).\n")
        let text = try #require(firstParagraph(resolved.blocks))
        #expect(text.plain == "A claim1 and another2.")
        #expect(text.markup.contains("<sup>"))
        #expect(text.links.map(\.target) == [.destination("note-1"), .destination("note-2")])
        let notes = sourceNotes(resolved.blocks, after: "Notes")
        #expect(notes.map(\.text) == ["First note with a link.", "Second note."])
        #expect(notes.map(\.anchor) == ["note-1", "note-2"])
        #expect(notes.first?.url == "https://example.org")
    }

    @Test("A Korean brief's footnotes are under 각주, not 주, the investments table's State column (finding 19)")
    func koreanNotesHeadingIsNotTheStateColumn() throws {
        let resolved = try resolve("---\nlang: ko\n---\n주장[^x].\n\n{{table:investments}}\n\n[^x]: 각주 내용.\n")
        #expect(sourceNotes(resolved.blocks, after: "각주").map(\.text) == ["각주 내용."])
        let headings = resolved.blocks.compactMap { if case .heading(let text, _) = $0 { text } else { nil } }
        let table = resolved.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }.first
        let columns = try #require(table).columns.map(\.title)
        #expect(columns.contains("주"))
        #expect(headings.contains("각주") && !headings.contains("주"), "\(headings) \(columns)")
    }

    @Test func listsAreBulletedNumberedAndNested() throws {
        let resolved = try resolve("3. three\n4. four\n   - inner\n     - deeper\n")
        guard case .list(let list) = resolved.blocks.first else { Issue.record("no list"); return }
        #expect(list.items.map(\.marker) == ["3.", "4.", "–", "◦"])
        #expect(list.items.map(\.level) == [0, 0, 1, 2])
        #expect(list.items.map(\.text.plain) == ["three", "four", "inner", "deeper"])
    }

    @Test func quotesCodeAndRules() throws {
        let resolved = try resolve("> quoted *text*\n\n```\nlet x = 1\n```\n\n---\n\n<div>raw</div>\n")
        guard case .quote(let quote) = resolved.blocks[0] else { Issue.record("no quote"); return }
        #expect(quote.markup == "quoted <i>text</i>")
        guard case .code(let code) = resolved.blocks[1] else { Issue.record("no code"); return }
        #expect(code == "let x = 1")
        guard case .spacer = resolved.blocks[2] else { Issue.record("no rule"); return }
        #expect(described(resolved.warnings) == ["brief.md:9:1: raw HTML is left out of the brief; write Markdown instead"])
    }

    @Test func tablesAlignNumbersRightAndKeepTheHeader() throws {
        let resolved = try resolve("| State | Amount | Note |\n|---|---|:-:|\n| GA | {{state:GA}} | a |\n| KY | 12 | b |\n")
        guard case .table(let table) = resolved.blocks.first else { Issue.record("no table"); return }
        #expect(table.columns.map(\.title) == ["State", "Amount", "Note"])
        #expect(table.columns.map(\.alignment) == [.left, .right, .center])
        #expect(table.rows == [["GA", "$7.9B", "a"], ["KY", "12", "b"]])
    }

    @Test func theInvestmentsTableIsABlock() throws {
        let resolved = try resolve("Intro.\n\n{{table:investments}}\n")
        guard case .table(let table) = resolved.blocks[1] else { Issue.record("no investments table"); return }
        #expect(table.columns.map(\.title) == ["Company", "Project", "State(s)", "Sector", "Amount", "Source"])
        #expect(table.rows.count == 4)
        let wrong = try resolve("{{table:investmnts}}\n\nA {{table:investments}} inline.")
        #expect(described(wrong.errors) == [
            "brief.md:1:1: there is no table called 'investmnts'; did you mean '{{table:investments}}'? (tables: investments)",
            "brief.md:3:3: {{table:investments}}: '{{table:investments}}' is a table: put it alone in its own paragraph",
        ])
    }

    @Test func theTableNoteSaysHowTheTableRoundsItsAmounts() throws {
        let dataset = try Dataset.embeddedDataset()
        let english = InvestmentTable(dataset: dataset)
        #expect(english.notes().first == "Total of the 4 tracked investments: $23,170,000,000 (exact; amounts in the table are rounded as in the charts, to at most three significant digits and one decimal).")
        // What the note says is what the table shows: SK hynix's $3.87B is $3.9B, one decimal at most.
        let amounts = english.table().rows.map { $0[4] }
        #expect(amounts.contains("$3.9B"), "\(amounts)")
        for amount in amounts {
            let digits = amount.filter(\.isNumber)
            let decimals = amount.split(separator: ".").dropFirst().first?.filter(\.isNumber).count ?? 0
            #expect(digits.count <= 3 && decimals <= 1, "\(amount)")
        }
        let korean = InvestmentTable(dataset: dataset, format: FigureFormat(language: .korean))
        #expect(korean.notes().first?.hasSuffix("(정확한 값이며, 표의 금액은 차트와 같이 유효숫자 세 자리 이하로 반올림).") == true, "\(korean.notes())")
        #expect(korean.table().rows.map { $0[4] }.contains("39억 달러"))
    }

    @Test func chartImagesBecomeDescribedFigures() throws {
        let resolved = try resolve("![Georgia leads with {{state:GA}}](chart:state-bars?limit=2)")
        guard case .describedFigure(let figure, let caption) = resolved.blocks.first else { Issue.record("no figure"); return }
        #expect(caption == "<b>Figure 1.</b> Georgia leads with $7.9B")
        let chart = try #require(figure as? ChartFigure)
        #expect(chart.chart.name == "state-bars")
        #expect(resolved.errors.isEmpty)
    }

    @Test func chartErrorsAreLocated() throws {
        let resolved = try resolve("![a](chart:state-bar)\n\n![b](chart:state-map?limit=3)\n\n![c](chart:state-bars?limit=0)\n\n![d](picture.png)\n\nText ![e](chart:state-map) inline.\n")
        #expect(described(resolved.errors) == [
            "brief.md:1:6: there is no chart called 'state-bar'; did you mean 'state-bars'? (state-bars, sector-bars, state-sector, state-map, trade-balance, key-figures)",
            "brief.md:3:6: chart 'state-map' takes no limit (only state-bars and sector-bars do)",
            "brief.md:5:6: limit '0' must be a whole number from 1 to 15",
            "brief.md:7:1: image 'picture.png' is not a chart: a brief places charts only, as ![caption](chart:NAME) (charts: state-bars, sector-bars, state-sector, state-map, trade-balance, key-figures)",
            "brief.md:9:6: a chart must stand alone in its own paragraph: put a blank line before and after ![…](chart:state-map)",
        ])
    }

    @Test("Every problem of one chart address is reported at once, a repeated option among them")
    func chartAddressProblemsAllAtOnce() throws {
        let resolved = try resolve("![a](chart:sector-bars?limit=20&title=descriptiv&size=2&limit=3)\n")
        #expect(described(resolved.errors) == [
            "brief.md:1:6: limit '20' must be a whole number from 1 to 15",
            "brief.md:1:6: title 'descriptiv' must be takeaway or descriptive; did you mean 'descriptive'?",
            "brief.md:1:6: chart option 'size' is not known (charts take: limit, title)",
            "brief.md:1:6: chart option 'limit' is given more than once; keep one",
        ])
    }

    @Test func frontMatterProblemsAreLocated() throws {
        let resolved = try resolve("---\ntitle: T\nsubtitel: S\npage: legal\nlang: fr\n---\nText.\n")
        #expect(described(resolved.warnings) == [
            "brief.md:3:1: unknown front matter key 'subtitel' is ignored; did you mean 'subtitle'? (keys: title, subtitle, date, authors, page, style, investments, lang)",
        ])
        #expect(described(resolved.errors) == [
            "brief.md:4:7: page 'legal' is not a paper size; use letter or a4",
            "brief.md:5:7: lang 'fr' is not a language tradebrief writes; use en or ko",
        ])
        let unclosed = try resolve("---\ntitle: T\n\nText.\n")
        #expect(described(unclosed.errors) == ["brief.md:1:1: the front matter opened here is never closed; end it with a line '---'"])
    }

    @Test("Front matter YAML through BriefYAML, as through Yams: a syntax error at its line, a repeated key at the first, aliases read, columns of keys")
    func frontMatterYAMLIsReadAsBefore() throws {
        let syntax = try resolve("---\ntitle: T\n  sub: x\npage: a4\n---\nText.\n")
        #expect(described(syntax.errors) == ["brief.md:3:1: the front matter is not valid YAML; write one 'key: value' per line"])
        let repeated = try resolve("---\ntitle: T\ntitle: U\n---\nText.\n")
        #expect(described(repeated.errors) == ["brief.md:2:1: the front matter gives 'title' more than once; keep one"])
        let later = try resolve("---\ntitle: T\npage: a4\nauthors: [A]\npage: letter\n---\nText.\n")
        #expect(described(later.errors) == ["brief.md:3:1: the front matter gives 'page' more than once; keep one"], "at the key's first place")
        let aliased = BriefDocument(text: "---\ntitle: &t Trade\nsubtitle: *t\nauthors: [&k Kim, *k]\n  \n---\n", file: "a.md")
        #expect(aliased.frontMatter.title == "Trade")
        #expect(aliased.frontMatter.subtitle == "Trade")
        #expect(aliased.frontMatter.authors == ["Kim", "Kim"])
        let list = try resolve("---\n   lang: [en]\n---\nText.\n")
        #expect(described(list.errors) == ["brief.md:2:4: 'lang' must be a single value"])
    }

    @Test func languageIsATypedValuePassedToTheFormat() throws {
        let document = BriefDocument(text: "---\nlang: ko-KR\npage: A4\n---\n", file: "k.md")
        #expect(document.frontMatter.language == .korean)
        #expect(document.frontMatter.page == .a4)
        let resolver = DocumentResolver(document: document, dataset: try Dataset.embeddedDataset())
        #expect(resolver.format.language == .korean)
        #expect(BriefDocument(text: "Text", file: "e.md").frontMatter.language == .english)
    }

    @Test func indicatorsAndInvestmentsFallBackToTheReferenceDataset() throws {
        var dataset = try Dataset.embeddedDataset()
        let reference = dataset
        dataset.indicators = []
        dataset.investments = Array(dataset.investments.prefix(1))
        let document = BriefDocument(text: "{{indicator:korea-share-of-us-fdi}} and {{investment:hyundai-georgia}} [@ford-2021]", file: "r.md")
        let alone = DocumentResolver(document: document, dataset: dataset).resolve()
        #expect(alone.errors.count == 2)
        let resolved = DocumentResolver(document: document, dataset: dataset, reference: reference).resolve()
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(paragraphs(resolved.blocks) == ["2.3% and $5.4B [1]"])
    }

    @Test func theDefaultBriefIsEmbeddedAndPassesStrict() throws {
        let document = try #require(BundledBriefs.defaultBrief())
        let resolved = DocumentResolver(document: document, dataset: try Dataset.embeddedDataset()).resolve()
        #expect(resolved.errors.isEmpty, "\(described(resolved.errors))")
        #expect(resolved.unsourcedNumbers.isEmpty, "\(described(resolved.unsourcedNumbers))")
        #expect(resolved.warnings.isEmpty, "\(described(resolved.warnings))")
        let text = paragraphs(resolved.blocks).joined(separator: " ")
        // What the article argues, as issue 16 lists it (its text is not in the stored sources, so the list is the record).
        for claim in ["Free Trade Agreement", "small modular reactors", "quantum computing", "second-largest shipbuilder", "executive order",
                      "Samsung and SK hynix", "CHIPS and Science Act", "Inflation Reduction Act", "Naver", "interpret inconsistently",
                      "truck assembly plant", "full spectrum of the partnership"] {
            #expect(text.contains(claim) || resolved.blocks.map { "\($0)" }.joined().contains(claim), "the default brief lacks \(claim)")
        }
        // A proposed bill 'would reach' those firms; the Korean edition may not say it 'applies' to them.
        let korean = try #require(BundledBriefs.defaultBrief(for: .korean))
        let koreanBlocks = DocumentResolver(document: korean, dataset: try Dataset.embeddedDataset()).resolve().blocks.map { "\($0)" }.joined()
        #expect(!koreanBlocks.contains("적용된다") && koreanBlocks.contains("미칠 수 있다"))
        // Never the misreading: $127.8B as U.S. exports, stated as fact.
        #expect(!text.contains("U.S. exports to Korea reached"))
    }
}
