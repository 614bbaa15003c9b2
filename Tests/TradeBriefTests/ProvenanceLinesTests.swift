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
        #expect(english.contains("other sources (see the brief's Sources)  ·  Trade and FDI figures: "), "\(english)")
        #expect(!english.contains(") ("), "\(english)")
        let korean = ProvenanceLines(dataset: dataset, language: .korean).dateline
        #expect(korean.hasPrefix("투자(stress-43.csv): "), "\(korean)")
        #expect(!korean.contains(") ("), "\(korean)")
    }

    @Test("A CSV without a source column is credited by its name once, not 'mine.csv (mine.csv)'")
    func fileOnce() throws {
        let csv = "company,sector,states,amount_usd\nAcme Korea,Batteries,OH,1.2B\n"
        let dataset = try Brief(.investmentsCSV(csv, name: "mine.csv")).dataset
        #expect(ProvenanceLines(dataset: dataset).dateline.hasPrefix("Investments: mine.csv  ·  Trade and FDI figures: "))
        #expect(ProvenanceLines(dataset: dataset, language: .korean).dateline.hasPrefix("투자: mine.csv  ·  "))
    }
}
