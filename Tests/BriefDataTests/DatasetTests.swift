@testable import BriefData
import Foundation
import Testing

@Suite("The embedded dataset")
struct DatasetTests {
    let dataset: Dataset

    init() throws { dataset = try Dataset.embeddedDataset() }

    @Test("It is decoded once: every call gives the same dataset, equal to a fresh decode of the JSON")
    func decodedOnce() throws {
        let first = try Dataset.embeddedDataset()
        #expect(try Dataset.embeddedDataset() == first)
        let json = try #require(Dataset.embeddedJSON)
        #expect(try Dataset.decodeDataset(Data(json.utf8), file: "dataset.json") == first)
    }

    @Test("It holds the article's four investments and the corrected trade figures")
    func contents() {
        #expect(dataset.investments.count == 4)
        #expect(dataset.indicator("us-exports-to-korea") == nil, "the misread figure must not come back under its old id")
        #expect(dataset.indicator("us-goods-exports-to-korea")?.value == Decimal(string: "65500000000"))
        #expect(dataset.indicator("us-goods-imports-from-korea")?.value == Decimal(string: "131500000000"))
        #expect(dataset.indicator("us-trade-deficit-with-korea")?.value == Decimal(string: "66000000000"))
        #expect(dataset.indicator("us-trade-deficit-with-korea")?.year == 2024)
        #expect(dataset.indicator("korea-share-of-us-fdi")?.formattedValue == "2.3%")
        #expect(dataset.cooperationAreas.map(\.title) == [
            "Semiconductors", "Shipbuilding", "Digital technology and connectivity", "Energy and battery technology",
        ])
        #expect(dataset.challenges.count >= 7)
    }

    @Test("Every figure names a source that exists, with a title, publisher, date and URL")
    func everyFigureIsSourced() throws {
        let ids = Set(dataset.sources.map(\.id))
        // Company websites (cited for Korean names) have no publication date; every other source has one.
        let websites = Set(dataset.investments.compactMap(\.companyKoreanSource))
        for source in dataset.sources {
            #expect(!source.title.isEmpty && !source.publisher.isEmpty && (!source.date.isEmpty || websites.contains(source.id)))
            #expect(source.url.hasPrefix("https://"))
        }
        for investment in dataset.investments {
            for id in investment.provenanceSourceIDs { #expect(ids.contains(id)) }
            if investment.companyKorean != nil { #expect(investment.companyKoreanSource.map(ids.contains) == true, "\(investment.company)'s Korean name has no source") }
        }
        for indicator in dataset.indicators { #expect(ids.contains(indicator.source)) }
        for area in dataset.cooperationAreas { #expect(ids.contains(area.source)) }
        for challenge in dataset.challenges { #expect(ids.contains(challenge.source)) }
    }

    @Test("SK hynix's state is flagged as coming from SK hynix, not the article")
    func skHynixLocationFlagged() throws {
        let hynix = try #require(dataset.investments.first { $0.company == "SK hynix" })
        #expect(hynix.states.map(\.state) == ["IN"])
        #expect(hynix.locationFromOtherSource)
        #expect(dataset.source(hynix.locationSource ?? "")?.publisher.contains("SK hynix") == true)
    }

    @Test("The battery parks use Ford's published split, KY $5.8B and TN $5.6B, credited to Ford")
    func publishedSplit() throws {
        let parks = try #require(dataset.investments.first { $0.company == "SK Innovation & Ford" })
        #expect(parks.split == .amounts)
        #expect(parks.allocations.map(\.state) == ["KY", "TN"])
        #expect(parks.allocations.map(\.amount) == [Money(wholeDollars: 5_800_000_000), Money(wholeDollars: 5_600_000_000)])
        #expect(parks.splitFromOtherSource)
        #expect(dataset.source(parks.splitSource ?? "")?.publisher.contains("Ford") == true)
        #expect(parks.note?.contains("evenly") == false)
        #expect(parks.note?.contains("No split") == false)
    }

    @Test("The $11.4B is labelled a joint Ford–SK commitment with Ford's share of about $7B")
    func jointCommitment() throws {
        let parks = try #require(dataset.investments.first { $0.company == "SK Innovation & Ford" })
        let joint = try #require(parks.joint)
        #expect(joint.partner == "Ford")
        #expect(joint.partnerShareUSD == 7_000_000_000 && joint.approximate)
        #expect(joint.partnerShareText() == "about $7B" && joint.partnerShareText(symbol: "US$") == "about US$7B")
        #expect(dataset.source(joint.source)?.date == "2021-09-27")
    }

    @Test("The article's $127.8B is kept as what the article says, and corrected: Korea's exports to the U.S. (MOTIE)")
    func articleExportFigureCorrected() throws {
        let stated = try #require(dataset.indicator("article-stated-us-exports"))
        #expect(stated.value == Decimal(string: "127800000000") && stated.source == "csis-2025")
        let corrected = try #require(dataset.indicator(stated.correctedBy ?? ""))
        #expect(corrected.id == "korea-exports-to-us" && corrected.value == stated.value)
        #expect(dataset.source(corrected.source)?.publisher.contains("MOTIE") == true)
        #expect(dataset.indicator("korea-exports-to-china")?.value == Decimal(string: "133000000000"))
        #expect(dataset.indicator("us-rank-among-korea-export-markets")?.value == 2)
        #expect(dataset.indicator("korea-export-destination-rank") == nil, "the article's reversed rank must not be a figure")
        // What could not be confirmed says so.
        #expect(dataset.indicator("us-goods-imports-from-korea")?.isConfirmed == false)
        #expect(dataset.indicator("us-goods-exports-to-korea")?.isConfirmed == true)
    }

    @Test("A published split must add up to the amount")
    func amountsMustAddUp() throws {
        var broken = dataset
        let index = try #require(broken.investments.firstIndex { $0.split == .amounts })
        broken.investments[index].states[1].amountUSD = 1_000
        #expect(broken.validationProblems(file: "d.json").contains { $0.message.contains("do not add up") })
    }

    @Test("State totals add up exactly to the grand total of $23.17 billion")
    func totalsReconcile() {
        for key in AggregationKey.allCases {
            let aggregation = dataset.aggregate(by: key)
            #expect(aggregation.rows.reduce(Money.zero) { $0 + $1.amount } == aggregation.total)
            #expect(aggregation.total == Money(wholeDollars: 23_170_000_000))
        }
        let states = dataset.aggregate(by: .state)
        #expect(states.rows.map(\.key) == ["GA", "KY", "TN", "IN"])
        #expect(states.row(for: "GA")?.amount == Money(wholeDollars: 7_900_000_000))
        #expect(states.row(for: "GA")?.projects == 2)
    }

    @Test("A broken dataset reports every problem with where it is")
    func validation() throws {
        var broken = dataset
        broken.investments[0].source = "nowhere"
        broken.investments[1].states = [StateShare(state: "XX")]
        broken.investments[2].year = 1900
        let problems = broken.validationProblems(file: "data.json")
        #expect(problems.count == 3)
        #expect(problems.map(\.description).contains("data.json: column 'investments[sk-hynix-indiana].source': 'nowhere' is not the id of any source"))
        let json = try JSONEncoder().encode(broken)
        #expect(throws: DataError.self) { try Dataset.decodeDataset(json, file: "data.json") }
    }

    @Test("JSON that is not a dataset says where it breaks")
    func badJSON() {
        do {
            _ = try Dataset.decodeDataset(Data(#"{"title": 5}"#.utf8), file: "x.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("x.json: at title: expected"))
        }
    }
}
