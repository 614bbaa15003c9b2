@testable import BriefCharts
import BriefData
import BriefRender
import BriefStyle
import StressData
import Testing
@testable import TradeBrief

/// Issue 17, point 2, on one-pagers: a state's sector chart names the
/// state's own largest sectors, not the brief's seven coloured ones, and
/// sums only the rest in one grey "Other" bar.
@Suite("A one-pager's sector chart: the state's own largest sectors by name, the rest in one grey Other bar")
struct StateSectorMixTests {
    static let cases: [(String, BriefLanguage)] = ["default", "grayscale", "colorblind"].flatMap { style in
        [BriefLanguage.english, .korean].map { (style, $0) }
    }

    @Test("Busiest states of the 100-list: every sector larger than what Other holds is named, largest first; no Other with few sectors",
          arguments: cases)
    func ownLargestSectors(style name: String, language: BriefLanguage) throws {
        let stress = StressDataset.large
        let dataset = try Brief(.investmentsCSV(stress.csv(), name: stress.fileName)).dataset
        let theme = try StyleLoader.load(name, searchPaths: []).chartTheme
        let national = NationalPicture(dataset: dataset, language: language)
        let colors = SectorColors(dataset: dataset, theme: theme)
        let words = ChartWording(language, theme: theme)
        let rows = SectorColors.maximumStateBars
        let otherPrefix = language == .korean ? "기타(" : "Other ("
        let fillLimit = theme.palette.allSatisfy(\.isAchromatic) ? SectorColors.maximumGrays : SectorColors.maximumColors + 1

        // The states with the most projects, and those the review named (Texas, Minnesota, Tennessee, Louisiana).
        let busiest = dataset.aggregate(by: .state).rows.map(\.key).filter { USState.named($0) != nil }
        var composers = try busiest.map { code in
            StatePageComposer(dataset: dataset, state: try #require(USState.named(code)), theme: theme, national: national, language: language)
        }
        composers.sort { $0.projects.count > $1.projects.count }
        let checked = composers.prefix(8) + composers.filter { ["TX", "MN", "TN", "LA"].contains($0.state.code) }
        var grouped = 0, whole = 0
        for composer in checked {
            let code = composer.state.code
            var totals: [String: Money] = [:]
            for project in composer.projects { totals[project.investment.sector, default: .zero] += project.amount }
            let sorted = totals.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let items = composer.sectorMix(theme: theme, compact: false).items
            let other = items.last.flatMap { $0.label.hasPrefix(otherPrefix) ? $0 : nil }
            let named = other == nil ? items[...] : items.dropLast()

            if totals.count <= rows {
                #expect(other == nil, "\(code) (\(name), \(language)): \(totals.count) sectors, yet an Other bar")
                whole += 1
            } else {
                #expect(items.count == rows, "\(code): \(items.count) bars for \(totals.count) sectors")
                grouped += 1
            }
            // The named bars are the state's largest sectors, largest first: any sector larger than Other's largest member is named.
            #expect(named.map(\.label) == sorted.prefix(named.count).map { words.sector($0.key) },
                    "\(code) (\(name), \(language)): \(named.map(\.label)) are not its largest sectors \(sorted.map(\.key))")
            if let other {
                let members = sorted.dropFirst(named.count)
                #expect(members.count >= 2, "\(code): Other holds one sector")
                #expect(other.amount == members.reduce(Money.zero) { $0 + $1.value })
                #expect(other.color == colors.otherColor, "\(code): Other is not the grey")
                if let largest = members.first?.value {
                    #expect(named.allSatisfy { $0.amount >= largest }, "\(code): a sector in Other is larger than a named one")
                }
                if totals.count <= rows, let first = named.first {
                    #expect(other.amount <= first.amount, "\(code): Other outweighs every named bar")
                }
            }
            // Colours: a sector keeps its brief colour (the grey when the brief groups it); no more fills than the brief's.
            for (bar, sector) in zip(named, sorted) {
                #expect(bar.color == colors.color(for: sector.key), "\(code): \(sector.key) not in its brief colour")
            }
            #expect(Set(items.compactMap(\.color)).count <= fillLimit, "\(code): too many fills")
            #expect(items.reduce(Money.zero) { $0 + $1.amount } == totals.values.reduce(Money.zero, +))
        }
        #expect(grouped > 0 && whole > 0, "the busiest states cover both cases (\(grouped) grouped, \(whole) whole)")
    }
}
