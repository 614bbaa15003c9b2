@testable import BriefCharts
import BriefData
import BriefLayout
import BriefRender
import BriefStyle
import Foundation
import Testing
import TestSupport
import TradeBrief

@Suite("Per-state one-pagers")
struct StatePagesTests {
    static let creationDate = Date(timeIntervalSince1970: 1_745_366_400)

    /// The 19 states that share projects with Georgia in the synthetic dataset.
    static let partners = ["AL", "AZ", "CA", "CO", "IL", "IN", "KY", "MI", "MN", "NC", "NJ", "NY", "OH", "PA", "SC", "TX", "VA", "WA", "TN"]

    /// 40 investments in 20 states, all of them touching Georgia: 20 in Georgia
    /// alone, 19 split evenly with one partner state each (Alabama and Arizona
    /// tie), one with published shares (Georgia 40%, Tennessee 60%).
    static func synthetic() throws -> Dataset {
        var dataset = try Dataset.embedded()
        dataset.sources += [
            Source(id: "synth-a", title: "Plant announcements", publisher: "Example Wire", date: "2024-05-01", url: "https://example.org/wire"),
            Source(id: "synth-b", title: "Investment tracker", publisher: "Example Institute (EI)", date: "2025-01-15", url: "https://example.org/tracker"),
            Source(id: "synth-c", title: "Site selection", publisher: "Example County", date: "2024-09-30", url: "https://example.org/county"),
        ]
        let companies = [("Hanbit Energy", "한빛에너지"), ("Daesung Motors", "대성모터스"), ("Mirae Cells", nil), ("Seoul Precision Materials", nil),
                         ("Koryo Steel & Heavy Industries", "고려중공업"), ("Nara Semiconductor", nil), ("Jeju Solar", nil)]
        let sectors = ["Batteries", "Electric vehicles", "Semiconductors", "Solar", "Steel", "Cathode materials"]
        let projects = ["Battery cell plant", "Cathode active materials and precursor plant", "Assembly line", "Module factory",
                        "Research and development campus with pilot line", "Expansion"]
        let sources = ["csis-2025", "synth-a", "synth-b"]
        var investments: [Investment] = []
        for index in 0..<40 {
            let (company, korean) = companies[index % companies.count]
            var states = [StateShare(state: "GA")]
            var split = SplitMethod.single
            var amount = Decimal(150_000_000 + ((index * 7919) % 40) * 95_000_000)
            if (20..<39).contains(index) {
                states.append(StateShare(state: partners[index - 20]))
                split = .even
                if index == 21 { amount = Decimal(150_000_000 + ((20 * 7919) % 40) * 95_000_000) }  // AL and AZ tie
            } else if index == 39 {
                states = [StateShare(state: "GA", share: Decimal(string: "0.4")), StateShare(state: "TN", share: Decimal(string: "0.6"))]
                split = .shares
            }
            investments.append(Investment(
                id: "synth-\(index)", company: company, companyKorean: korean, project: projects[index % projects.count],
                sector: sectors[index % sectors.count], amountUSD: amount, year: 2020 + index % 5, states: states, split: split,
                source: sources[index % sources.count], locationSource: index == 5 ? "synth-c" : nil,
                note: index == 5 ? "The site comes from the county's filing." : nil))
        }
        dataset.investments = investments
        #expect(dataset.validationProblems(file: "synthetic").isEmpty)
        return dataset
    }

    /// Four investments in five states with a tie: GA $5B, TN $3B (KY/TN split
    /// evenly, plus $1B alone), KY $2B, IN $2B, OH $0.5B.
    static func small() throws -> Dataset {
        var dataset = try Dataset.embedded()
        dataset.investments = [
            Investment(id: "a", company: "A", project: "P", sector: "Solar", amountUSD: 5_000_000_000, states: [StateShare(state: "GA")],
                       split: .single, source: "csis-2025"),
            Investment(id: "b", company: "B", project: "P", sector: "Batteries", amountUSD: 4_000_000_000,
                       states: [StateShare(state: "KY"), StateShare(state: "TN")], split: .even, source: "csis-2025"),
            Investment(id: "c", company: "C", project: "P", sector: "Batteries", amountUSD: 1_000_000_000, states: [StateShare(state: "TN")],
                       split: .single, source: "csis-2025"),
            Investment(id: "d", company: "D", project: "P", sector: "Semiconductors", amountUSD: 2_000_000_000, states: [StateShare(state: "IN")],
                       split: .single, source: "csis-2025"),
            Investment(id: "e", company: "E", project: "P", sector: "Steel", amountUSD: 500_000_000, states: [StateShare(state: "OH")],
                       split: .single, source: "csis-2025"),
        ]
        return dataset
    }

    // MARK: Tools

    /// pdftotext's words joined by single spaces (lines and columns break words apart).
    static func words(_ path: String) throws -> String {
        try Checker.output("pdftotext", [path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: Tests

    /// Pages a state's one-pager may take: one or two (the sources running on), or for the
    /// 40-project state, as many as its table needs.
    static func expectPages(_ artifact: Artifact, busy: Bool, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if busy {
            #expect((2...3).contains(artifact.pageCount ?? 0), "\(context): \(artifact.pageCount ?? 0) pages", sourceLocation: sourceLocation)
        } else {
            #expect((1...2).contains(artifact.pageCount ?? 0), "\(context)", sourceLocation: sourceLocation)
        }
    }

    @Test("Every one-pager of a 40-row, 20-state dataset (and an empty state) has the state's name and total; only the 40-project state's table runs on")
    func everyPageIsOnePage() async throws {
        let dataset = try Self.synthetic()
        let pages = StatePages(dataset: dataset, creationDate: Self.creationDate)
        #expect(pages.investedStates.count == 20)
        let artifacts = try await pages.render(states: pages.investedStates + ["WY"])
        #expect(artifacts.map(\.relativePath) == (pages.investedStates + ["WY"]).sorted().map { "states/\($0).pdf" })
        let aggregation = dataset.aggregate(by: .state)
        for artifact in artifacts {
            let code = String(artifact.relativePath.dropFirst("states/".count).dropLast(".pdf".count))
            let state = try #require(USState.named(code))
            Self.expectPages(artifact, busy: code == "GA", code)
            try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
                #expect(try Checker.pdfPages(path) == artifact.pageCount, "\(code): pdfinfo")
                if code != "GA", code != "WY", (artifact.pageCount ?? 0) > 1 {
                    // Only the sources may run on: the table ends on the first page.
                    let second = try Checker.output("pdftotext", ["-f", "2", "-l", "2", path, "-"])
                    #expect(!second.contains("Company"), "\(code): the table runs on")
                }
                let text = try Self.words(path)
                #expect(text.contains(state.name), "\(code): no name")
                if let row = aggregation.row(for: code) {
                    #expect(text.contains(MoneyFormat.short(row.amount)) || text.contains(MoneyFormat.words(row.amount)),
                            "\(code): no total \(MoneyFormat.short(row.amount))")
                }
            }
        }
    }

    @Test("Every shipped style, on Letter and A4: a one-project and an empty state on one or two pages, the 40-project state's table on the next",
          arguments: ["default", "colorblind", "grayscale", "a4-two-column"])
    func stylesAndPaper(name: String) async throws {
        let style = try StyleLoader.load(name, searchPaths: [])
        for paper in PageSize.allCases {
            let pages = StatePages(dataset: try Self.synthetic(), pageSize: paper, theme: style.chartTheme, layoutStyle: style.layoutStyle,
                                   creationDate: Self.creationDate)
            for artifact in try await pages.render(states: ["GA", "OH", "WY"]) {
                Self.expectPages(artifact, busy: artifact.relativePath == "states/GA.pdf", "\(name) on \(paper): \(artifact.relativePath)")
                try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
                    #expect(try Checker.pdfPages(path) == artifact.pageCount, "\(name) on \(paper): \(artifact.relativePath)")
                    let size = try Checker.output("pdfinfo", [path]).contains(paper == .a4 ? "(A4)" : "(letter)")
                    #expect(size, "\(name) on \(paper): \(artifact.relativePath)")
                }
            }
        }
    }

    @Test("The 40-project state lists every project in its table, continued on the next page; no command line is printed")
    func longProjectList() throws {
        let dataset = try Self.synthetic()
        let artifact = try StatePages(dataset: dataset, creationDate: Self.creationDate).render(state: "Georgia", typesetter: Typesetter())
        #expect(artifact.relativePath == "states/GA.pdf")
        #expect((artifact.pageCount ?? 0) >= 2)
        try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
            let text = try Self.words(path)
            #expect(text.contains("projects (40 tracked in all)") || text.contains("40 projects"))
            #expect(text.contains("1st of 20 states") || text.contains("1st of 20 states by amount") || text.contains("1st"))
            #expect(!text.contains("tradebrief data") && !text.contains("more projects totalling"))
            // Every project, by company and project name, once per project.
            let projects = dataset.investments.filter { $0.states.contains { $0.state == "GA" } }
            #expect(projects.count == 40)
            let table = try Checker.output("pdftotext", ["-layout", path, "-"])
            for investment in projects {
                #expect(text.contains(investment.company), "\(investment.company) missing")
            }
            // The table's rows: a repeated header on each page, and 40 amounts in the Amount column.
            let headers = table.split(separator: "\n").filter { $0.contains("Company") && $0.contains("Amount") }
            #expect(headers.count == artifact.pageCount)
        }
    }

    @Test("A state without investment gets an honest page: no chart of zeros, the locator map and the national total")
    func emptyState() throws {
        let dataset = try Dataset.embedded()
        let artifact = try StatePages(dataset: dataset, creationDate: Self.creationDate).render(state: "wy", typesetter: Typesetter())
        #expect(artifact.relativePath == "states/WY.pdf")
        try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
            #expect(try Checker.pdfPages(path) == 1)
            let text = try Self.words(path)
            #expect(text.contains("No Korean manufacturing investment is tracked in Wyoming in this dataset"))
            #expect(text.contains(MoneyFormat.words(dataset.aggregate(by: .state).total)), "no national total")
            #expect(text.contains("Among the states"), "no locator map")
            #expect(!text.contains("By sector"))
            #expect(!text.contains("Projects in Wyoming"))
            #expect(!text.contains("$0"))
        }
    }

    @Test("Ranks are competition ranks (ties share a rank); shares are of the national total")
    func rankAndShare() throws {
        let dataset = try Self.small()
        func rank(_ code: String) throws -> StateRank { StateRank(state: try #require(USState.named(code)), in: dataset) }
        let georgia = try rank("GA")
        #expect(georgia.rank == 1 && georgia.rankedStates == 5)
        #expect(georgia.rankText == "1st of 5 states")
        #expect(georgia.nationalTotal == Money(wholeDollars: 12_500_000_000))
        #expect(georgia.shareText == "40%")
        #expect(try rank("TN").rank == 2)
        #expect(try rank("TN").amount == Money(wholeDollars: 3_000_000_000))
        #expect(try rank("TN").projects == 2)
        let kentucky = try rank("KY")
        let indiana = try rank("IN")
        #expect(kentucky.rank == 3 && indiana.rank == 3)
        #expect(kentucky.tiedWith == ["IN"] && indiana.tiedWith == ["KY"])
        #expect(kentucky.shareText == "16%")
        #expect(try rank("OH").rank == 5)
        #expect(try rank("OH").shareText == "4.0%")
        let nothing = StatePages(dataset: { var empty = dataset; empty.investments = []; return empty }(), creationDate: Self.creationDate)
        #expect(nothing.investedStates.isEmpty)
        let blank = try nothing.render(state: "GA", typesetter: Typesetter())
        #expect(blank.pageCount == 1)
        let blankText = try TemporaryItems.withFile(blank.data, suffix: ".pdf") { path in try Self.words(path) }
        #expect(blankText.contains("No Korean manufacturing investment is tracked in Georgia in this dataset."))
        #expect(blankText.contains("The dataset tracks no Korean manufacturing investment in any state."))
        let wyoming = try rank("WY")
        #expect(wyoming.rank == nil && wyoming.rankText == nil && !wyoming.hasInvestment && wyoming.shareText == "0%")
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(StateRank.ordinal)
                == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"])

        let artifact = try StatePages(dataset: dataset, creationDate: Self.creationDate).render(state: "KY", typesetter: Typesetter())
        try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
            let text = try Self.words(path)
            #expect(text.contains("3rd"))
            #expect(text.contains("of 5 states, tied with IN"))
            #expect(text.contains("Kentucky holds 16% of the $12.5 billion tracked nationally in 5 states."))
            #expect(text.contains("$2B"))
            #expect(text.contains("of $4B"), "the split project's whole amount")
            #expect(text.contains("divided evenly"))
        }
    }

    @Test("The embedded dataset's Georgia page: metadata, outline, tags, live links and the real figures")
    func georgiaDocument() throws {
        let dataset = try Dataset.embedded()
        let artifact = try StatePages(dataset: dataset, creationDate: Self.creationDate).render(state: "GA", typesetter: Typesetter())
        try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { path in
            let info = try Checker.output("pdfinfo", [path])
            #expect(try Checker.pdfPages(path) == 1)
            #expect(info.contains("Title:           Korean investment in Georgia"))
            #expect(info.contains("Tagged:          yes"))
            #expect(info.contains("CreationDate:    Wed Apr 23 00:00:00 2025 UTC"))
            #expect(info.contains("Page size:       612 x 792 pts (letter)"))
            let links = try Checker.output("pdfinfo", ["-url", path])
            #expect(links.contains("https://www.csis.org/"))
            let json = try Checker.output("qpdf", ["--json", path])
            for heading in ["Projects in Georgia", "Sources"] { #expect(json.contains("\"title\": \"\(heading)\""), "outline lacks \(heading)") }
            let text = try Self.words(path)
            for probe in ["Georgia", "$7.9B", "1st", "of 4 states", "34%", "$23.2 billion", "Georgia holds 34%",
                          "Among the states", "By sector", "Hyundai Motor Group", "Hanwha Qcells", "현대자동차그룹",
                          "Electric vehicles", "Solar", "Source: CSIS (2025)"] {
                #expect(text.contains(probe), "pdftotext lacks \(probe)")
            }
            #expect(try Checker.output("qpdf", ["--check", path]).contains("No syntax or stream encoding errors"))
        }
    }

    @Test("Parallel output equals sequential output byte for byte, sorted by state code; progress counts every page")
    func parallelEqualsSequential() async throws {
        let pages = StatePages(dataset: try Self.synthetic(), creationDate: Self.creationDate)
        let states = ["TN", "GA", "Wyoming", "al", "AZ", "KY", "WA", "GA"]
        let sequential = try await pages.render(states: states, workers: 1)
        #expect(sequential.map(\.relativePath) == ["AL", "AZ", "GA", "KY", "TN", "WA", "WY"].map { "states/\($0).pdf" })
        for workers in [2, 3, 8] {
            let reports = ProgressReports()
            let parallel = try await pages.render(states: states, workers: workers) { done, total, code in
                reports.add(done, total, code)
            }
            #expect(parallel.map(\.relativePath) == sequential.map(\.relativePath))
            #expect(parallel.map(\.data) == sequential.map(\.data), "\(workers) workers")
            let seen = reports.all
            #expect(seen.map(\.done) == Array(1...7))
            #expect(seen.allSatisfy { $0.total == 7 })
            #expect(Set(seen.map(\.code)) == ["AL", "AZ", "GA", "KY", "TN", "WA", "WY"])
        }
        #expect(try await pages.render(states: []).isEmpty)
    }

    @Test("A page rendered alone equals the same page in a batch, whose pages share their measurements (the map's heights, a typesetter's caches)",
          arguments: [BriefLanguage.english, .korean])
    func aloneEqualsInBatch(language: BriefLanguage) async throws {
        // Two states without investment (their maps' subtitles name them), a tie, a busy state, a shared project.
        let states = ["AK", "AL", "AZ", "GA", "TN", "WY"]
        let pages = StatePages(dataset: try Self.synthetic(), creationDate: Self.creationDate, language: language)
        let batch = try await pages.render(states: states, workers: 1)
        #expect(batch.count == states.count)
        for (state, inBatch) in zip(states, batch) {
            let typesetter = Typesetter(theme: ChartTheme.standard.typeset(for: language), layoutStyle: LayoutStyle().typeset(for: language),
                                        language: language)
            let alone = try pages.render(state: state, typesetter: typesetter)
            #expect(alone.relativePath == inBatch.relativePath)
            #expect(alone.data == inBatch.data, "\(state) (\(language))")
        }
    }

    @Test("State lists take codes and names in any case; unknown entries are named before anything is rendered")
    func stateLists() async throws {
        #expect(try StatePages.parseStateList("GA,KY") == ["GA", "KY"])
        #expect(try StatePages.parseStateList("ga, Kentucky") == ["GA", "KY"])
        #expect(try StatePages.parseStateList(" new york ;GA, GA,") == ["GA", "NY"])
        func message(_ text: String) -> String? {
            do {
                _ = try StatePages.parseStateList(text)
                return nil
            } catch {
                guard case .usage(let message) = error else { return "not a usage error: \(error)" }
                return message
            }
        }
        let one = try #require(message("GA,XX"))
        #expect(one.contains("'XX'"))
        #expect(!one.contains("'GA'"))
        let two = try #require(message("XX, Gorgia ,KY"))
        #expect(two.contains("'XX'") && two.contains("'Gorgia'") && two.contains("did you mean 'Georgia'?"))
        #expect(message("") != nil)
        #expect(message(" , ") != nil)

        let reports = ProgressReports()
        let pages = StatePages(dataset: try Dataset.embedded())
        await #expect(throws: TradeBriefError.self) {
            try await pages.render(states: ["GA", "XX"]) { done, total, code in reports.add(done, total, code) }
        }
        #expect(reports.all.isEmpty, "a page was rendered before the error")
    }

    @Test("The locator map outlines the highlighted state without moving a tile; without a highlight it is unchanged")
    func locatorMap() throws {
        let dataset = try Dataset.embedded()
        let typesetter = Typesetter()
        let plain = StateMapChart(dataset: dataset)
        var marked = plain
        marked.highlighted = "WY"
        for width in [240.0, 480.0] {
            let before = plain.layout(width: width, height: nil, typesetter: typesetter)
            let after = marked.layout(width: width, height: nil, typesetter: typesetter)
            #expect(before.tiles == after.tiles)
            #expect(before.plan.size == after.plan.size)
            #expect(before.plan.texts.map(\.text) == after.plan.texts.map(\.text))
            #expect(after.plan.marks.count == before.plan.marks.count + 2, "a ring and a light line")
        }
        #expect(!plain.textDescription.contains("outlined"))
        #expect(marked.textDescription.contains("Wyoming is outlined."))
    }
}
