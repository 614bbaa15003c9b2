@testable import BriefData
import Foundation
import Testing

@Suite("The embedded dataset")
struct DatasetTests {
    let dataset: Dataset

    init() throws { dataset = try Dataset.embedded() }

    @Test("It holds the article's four investments and five indicators")
    func contents() {
        #expect(dataset.investments.count == 4)
        #expect(dataset.indicator("us-exports-to-korea")?.value == Decimal(string: "127800000000"))
        #expect(dataset.indicator("us-trade-deficit-with-korea")?.value == Decimal(string: "66000000000"))
        #expect(dataset.indicator("korea-share-of-us-fdi")?.formattedValue == "2.3%")
        #expect(dataset.cooperationAreas.map(\.title) == [
            "Semiconductors", "Shipbuilding", "Digital technology and connectivity", "Energy and battery technology",
        ])
        #expect(dataset.challenges.count >= 7)
    }

    @Test("Every figure names a source that exists, with a title, publisher, date and URL")
    func everyFigureIsSourced() throws {
        let ids = Set(dataset.sources.map(\.id))
        for source in dataset.sources {
            #expect(!source.title.isEmpty && !source.publisher.isEmpty && !source.date.isEmpty)
            #expect(source.url.hasPrefix("https://"))
        }
        for investment in dataset.investments {
            #expect(ids.contains(investment.source))
            if let location = investment.locationSource { #expect(ids.contains(location)) }
        }
        for indicator in dataset.indicators { #expect(ids.contains(indicator.source)) }
        for area in dataset.cooperationAreas { #expect(ids.contains(area.source)) }
        for challenge in dataset.challenges { #expect(ids.contains(challenge.source)) }
    }

    @Test("SK Hynix's state is flagged as coming from SK hynix, not the article")
    func skHynixLocationFlagged() throws {
        let hynix = try #require(dataset.investments.first { $0.company == "SK Hynix" })
        #expect(hynix.states.map(\.state) == ["IN"])
        #expect(hynix.locationFromOtherSource)
        #expect(dataset.source(hynix.locationSource ?? "")?.publisher.contains("SK hynix") == true)
    }

    @Test("The battery parks are split evenly between Kentucky and Tennessee, and that is disclosed")
    func evenSplitDisclosed() throws {
        let parks = try #require(dataset.investments.first { $0.company == "SK Innovation & Ford" })
        #expect(parks.split == .even)
        #expect(parks.allocations.map(\.amount) == [Money(wholeDollars: 5_700_000_000), Money(wholeDollars: 5_700_000_000)])
        #expect(parks.note?.contains("evenly") == true)
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
        #expect(throws: DataError.self) { try Dataset.decode(json, file: "data.json") }
    }

    @Test("JSON that is not a dataset says where it breaks")
    func badJSON() {
        do {
            _ = try Dataset.decode(Data(#"{"title": 5}"#.utf8), file: "x.json")
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.description.hasPrefix("x.json: at title: expected"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
