import Foundation
import Testing
import TradeBrief

/// The public API as a user meets it (issue 21, item 8): one error type, values checked when made,
/// messages that speak the library's language, warnings kept with errors, ordered output.
@Suite("The public surface: one error type, early checks, library words")
struct PublicSurfaceTests {
    /// Everything a user calls first, in one typed `do`: it compiles only if each throws TradeBriefError.
    private func firstSteps() throws(TradeBriefError) -> Int {
        let dataset = try Dataset.embedded()
        let brief = try Brief(style: .named("colorblind"))
        let chart = try brief.chart("state-bars", width: 320, idPrefix: "bars")
        let states = try StatePages.parseStateList("GA, Kentucky")
        _ = try Manifest(version: "1", sourceDateEpoch: nil, creationDate: nil, inputs: [], artifacts: []).encoded()
        return dataset.investments.count + states.count + (try chart.render(.svg)).count
    }

    @Test("Dataset.embedded, Brief, chart, StatePages and Manifest all throw TradeBriefError; catch gives error.description")
    func oneErrorType() {
        do throws(TradeBriefError) {
            #expect(try firstSteps() > 0)
            _ = try Brief().chart("state-mapp")
            Issue.record("an unknown chart name did not throw")
        } catch {
            #expect(error.description.contains("state-map"))
        }
    }

    @Test("Dataset.load(from:) and Dataset.decode(_:file:) throw TradeBriefError too, located in the file named")
    func datasetFiles() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-dataset-\(UUID().uuidString).json")
        try Data(#"{"title": 5}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do throws(TradeBriefError) {
            _ = try Dataset.load(from: url, displayName: "mine.json")
            Issue.record("a broken dataset file did not throw")
        } catch {
            guard case .data = error else { Issue.record("expected a data error, got \(error)"); return }
            #expect(error.description.contains("mine.json"))
        }
        do throws(TradeBriefError) {
            _ = try Dataset.decode(Data("not json".utf8), file: "bytes.json")
            Issue.record("bytes that are not JSON did not throw")
        } catch {
            #expect(error.description.contains("bytes.json"))
        }
    }

    @Test("chart(_:width:idPrefix:) checks the width and the prefix when the value is made, not when it renders")
    func chartChecksEarly() throws {
        let brief = try Brief()
        for (width, prefix) in [(100.0, nil), (9000, nil), (.nan, nil), (504, "1abc"), (504, "a b"), (504, "")] as [(Double, String?)] {
            do {
                _ = try brief.chart("state-map", width: width, idPrefix: prefix)
                Issue.record("width \(width), prefix \(prefix ?? "nil") was accepted")
            } catch {
                guard case .usage(let message) = error else { Issue.record("not a usage error: \(error)"); continue }
                #expect(message.contains(prefix == nil ? "width" : "prefix"))
            }
        }
        #expect(try brief.chart("state-map", width: 160, idPrefix: "map-1").width == 160)
    }

    @Test("An unknown chart name points to Brief.chartNames, not to the command line")
    func libraryWords() throws {
        do {
            _ = try Brief().chart("state-mapp")
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("Did you mean 'state-map'?"))
            #expect(error.description.contains("Brief.chartNames"))
            #expect(!error.description.contains("tradebrief chart --list"))
        }
    }

    @Test("A CSV with errors keeps its warnings: both are in the data error")
    func warningsWithErrors() {
        let csv = "company,project,sector,states,amount_usd,year,source,url,colour\n"
            + "SK Hynix,Packaging plant,Semiconductors,Indiana,lots,2024,SK hynix,https://news.skhynix.com/x,blue\n"
        do {
            _ = try Brief(.investmentsCSV(csv, name: "mine.csv"))
            Issue.record("a CSV with a bad amount was accepted")
        } catch {
            guard case .data(let problem) = error else { Issue.record("not a data error: \(error)"); return }
            #expect(problem.problems.contains { $0.description.contains("mine.csv:2") })
            #expect(problem.warnings.contains { $0.description.contains("colour") }, "\(problem.warnings)")
        }
    }

    @Test("Writing to standard output comes after what print wrote before it (stdio is flushed first)")
    func flushesBeforeStandardOutput() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-stdout-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let chart = try Brief().chart("state-bars")
        let target = open(file.path, O_WRONLY)
        #expect(target >= 0)
        fflush(nil)
        let saved = dup(STDOUT_FILENO)
        dup2(target, STDOUT_FILENO)
        print("BEFORE-THE-CHART-\(getpid())")
        let thrown: TradeBriefError?
        do {
            try chart.write(.svg, toFileDescriptor: STDOUT_FILENO)
            thrown = nil
        } catch {
            thrown = error
        }
        fflush(nil)
        dup2(saved, STDOUT_FILENO)
        close(saved)
        close(target)
        #expect(thrown == nil)
        let text = try String(contentsOf: file, encoding: .utf8)
        let marker = try #require(text.range(of: "BEFORE-THE-CHART-\(getpid())"))
        let svg = try #require(text.range(of: "<svg"))
        #expect(marker.lowerBound < svg.lowerBound, "the printed line came after the chart")
    }
}
