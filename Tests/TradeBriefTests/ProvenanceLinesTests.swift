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
        #expect(english.contains(", 41 sources in all (see the full brief’s Sources)  ·  Trade and FDI figures: "), "\(english)")
        #expect(!english.contains(") ("), "\(english)")
        let korean = ProvenanceLines(dataset: dataset, language: .korean).dateline
        #expect(korean.hasPrefix("투자(stress-43.csv): "), "\(korean)")
        #expect(!korean.contains(") ("), "\(korean)")
    }

    @Test("'N sources in all' counts every source, the named ones included: one number wherever two or three are named")
    func sourcesInAllCountsSources() throws {
        // Six sources under four credits (Alpha's two addresses are two sources).
        var csv = "company,sector,states,amount_usd,source,url\n"
        let credits = ["Alpha", "Beta", "Gamma", "Gamma", "Delta", "Alpha"]
        for (row, credit) in credits.enumerated() {
            csv += "Company \(row),Batteries,OH,1.\(row)B,\(credit),https://example.com/\(row)\n"
        }
        let dataset = try Brief(.investmentsCSV(csv, name: "six.csv")).dataset
        let ids = dataset.investments.map(\.source)
        for limit in [1, 2] {
            let names = SourceLine.names(ids, in: dataset, limit: limit)
            #expect(names.count == limit + 1, "\(names)")
            #expect(names.last == "6 sources in all (see the full brief’s Sources)", "\(names)")
        }
        #expect(SourceLine.names(ids, in: dataset, limit: 2, language: .korean).last == "모두 6곳(전체 브리프의 출처 목록 참조)")
        // Four credits and a limit of three: the fourth is named rather than counted.
        #expect(SourceLine.names(ids, in: dataset, limit: 3) == ["Alpha", "Beta", "Gamma", "Delta"])
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
