import BriefCharts
import BriefData
import Foundation
import StressData
import Testing
import TestSupport
@testable import TradeBrief

/// The cover's dateline names a user's CSV once, before its sources.
@Suite("Provenance lines with a user's CSV")
struct ProvenanceLinesTests {
    @Test("A CSV with sources: the file, then its sources, with no second parenthesis (English and Korean)")
    func fileThenSources() throws {
        let dataset = try Brief(.investmentsCSV(StressDataset.standard.csv(), name: "stress-43.csv")).dataset
        let english = ProvenanceLines(dataset: dataset).dateline
        #expect(english.hasPrefix("Investments (stress-43.csv): "), "\(english)")
        #expect(english.contains("other sources (see the full brief’s Sources)  ·  Trade and FDI figures: "), "\(english)")
        #expect(!english.contains(") ("), "\(english)")
        let korean = ProvenanceLines(dataset: dataset, language: .korean).dateline
        #expect(korean.hasPrefix("투자(stress-43.csv): "), "\(korean)")
        #expect(!korean.contains(") ("), "\(korean)")
    }

    @Test("'N other sources' counts the sources left unnamed, not their distinct credits")
    func otherSourcesCountsSources() throws {
        // Six sources under three credits: two named, then the third credit's two sources and the fourth's one.
        var csv = "company,sector,states,amount_usd,source,url\n"
        let credits = ["Alpha", "Beta", "Gamma", "Gamma", "Delta", "Alpha"]
        for (row, credit) in credits.enumerated() {
            csv += "Company \(row),Batteries,OH,1.\(row)B,\(credit),https://example.com/\(row)\n"
        }
        let dataset = try Brief(.investmentsCSV(csv, name: "six.csv")).dataset
        let names = SourceLine.names(dataset.investments.map(\.source), in: dataset, limit: 2)
        #expect(names.count == 3, "\(names)")
        #expect(names.last == "3 other sources (see the full brief’s Sources)", "\(names)")
    }

    @Test("A CSV without a source column is credited by its name once, not 'mine.csv (mine.csv)'")
    func fileOnce() throws {
        let csv = "company,sector,states,amount_usd\nAcme Korea,Batteries,OH,1.2B\n"
        let dataset = try Brief(.investmentsCSV(csv, name: "mine.csv")).dataset
        #expect(ProvenanceLines(dataset: dataset).dateline.hasPrefix("Investments: mine.csv  ·  Trade and FDI figures: "))
        #expect(ProvenanceLines(dataset: dataset, language: .korean).dateline.hasPrefix("투자: mine.csv  ·  "))
    }
}

@Suite("Provenance lines of the embedded dataset")
struct EmbeddedProvenanceLinesTests {
    @Test("The Korean dateline names the main source as the Korean text does: 미국 전략국제문제연구소(CSIS)")
    func koreanMainSource() throws {
        let dataset = try Dataset.embedded()
        #expect(ProvenanceLines(dataset: dataset, language: .korean).dateline == "2025년 4월 23일 기준 수치  ·  주 출처: 미국 전략국제문제연구소(CSIS)")
        #expect(ProvenanceLines(dataset: dataset).dateline == "Figures as of 23 April 2025  ·  Main source: Center for Strategic and International Studies (CSIS)")
    }
}
