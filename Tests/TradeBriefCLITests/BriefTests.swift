import Foundation
import Testing
import TestSupport

@Suite("The default brief, read by independent tools")
struct BriefTests {
    @Test("brief.pdf: at least 3 Letter pages, metadata, outline, live links, tags and real text")
    func defaultBrief() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--out", folder.path, "--format", "pdf", "--quiet"],
                                 environment: ["SOURCE_DATE_EPOCH": "1745366400"])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.appendingPathComponent("brief.pdf").path
        let info = try Checker.output("pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 3)
        #expect(info.contains("Page size:       612 x 792 pts (letter)"))
        #expect(info.contains("Title:           U.S.–ROK Trade and Investment Brief"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("CreationDate:    Wed Apr 23 00:00:00 2025 UTC"))
        let links = try Checker.output("pdfinfo", ["-url", pdf])
        #expect(links.contains("https://www.csis.org/analysis/us-rok-negotiations-opportunity-reset-trade-investment-and-technology"))
        let outline = try Checker.run("qpdf", ["--json", pdf]).output
        for heading in ["Summary", "Korean investment in U.S. states", "The trade picture", "Where cooperation can grow", "Sources"] {
            #expect(outline.contains("\"title\": \"\(heading)\""), "outline lacks \(heading)")
        }
        let text = try Checker.output("pdftotext", [pdf, "-"])
        for probe in ["$65.5B", "$127.8B", "MOTIE", "2.3%", "Georgia", "$7.9B", "$5.8B", "$5.6B", "Source: CSIS", "Sources", "현대자동차그룹",
                      "joint commitment", "Ford’s share is about $7B", "split as published by Ford", "#1",
                      "Georgia draws a third of the tracked investment", "$23,170,000,000 (exact;"] {
            #expect(text.contains(probe), "pdftotext lacks \(probe)")
        }
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // The corrections stay corrected: the misreading and what followed from it never come back.
        #expect(!flat.contains("no split is published") && !flat.contains("No split among states is published"))
        #expect(flat.range(of: #"exports to Korea[^.]{0,40}127\.8"#, options: .regularExpression).map { flat[$0].contains("gives") } ?? true,
                "$127.8B is named as U.S. exports without saying it is the article's wording")
        #expect(!flat.contains("1.9 times") && !flat.contains("divided evenly"))
        let check = try Checker.run("qpdf", ["--check", pdf]).output
        #expect(check.contains("No syntax or stream encoding errors"))
    }

    @Test("brief.pdf embeds only the pinned fonts: DejaVu Sans and, for Hangul, NanumGothic, a TrueType font (pdffonts)")
    func embeddedFonts() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--format", "pdf", "--quiet"]).status == 0)
        let listing = try Checker.output("pdffonts", [folder.appendingPathComponent("brief.pdf").path])
        // Lines after the two header lines: "ABCDEF+DejaVuSans-Bold  TrueType …".
        let names = listing.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first }
            .map { $0.split(separator: "+").last.map(String.init) ?? "" }
        #expect(!names.isEmpty)
        for name in names {
            #expect(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique", "DejaVuSansMono",
                     "NanumGothic", "NanumGothicBold"].contains(name),
                    "unexpected font \(name)")
        }
        #expect(names.contains("NanumGothic"), "\(listing)")
        // Not Noto Sans CJK's CFF: Cairo would read its whole 20 MB glyph table (34 MiB more memory).
        let hangul = listing.split(separator: "\n").filter { $0.contains("Nanum") }
        #expect(!hangul.isEmpty && hangul.allSatisfy { $0.contains("CID TrueType") }, "\(listing)")
    }

    @Test("numbers.currency_symbol reaches every amount: the brief, the charts and the one-pagers (pdftotext)")
    func currencySymbol() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let style = folder.appendingPathComponent("usd.yaml")
        try "extends: default\nnumbers:\n  currency_symbol: \"US$\"\n".write(to: style, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--style", style.path, "--format", "pdf", "--state", "GA", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["brief.pdf", "state-bars.pdf", "state-map.pdf", "key-figures.pdf", "trade-balance.pdf", "states/GA.pdf"] {
            var text = try Checker.output("pdftotext", [out.appendingPathComponent(file).path, "-"])
            // The Sources list quotes titles and notes as their publishers wrote them ("$11.4B Investment").
            if let sources = text.range(of: "\nSources\n", options: .backwards) { text = String(text[..<sources.lowerBound]) }
            // So do quotations in the text (“with figures reaching $127.8 billion”).
            text = text.replacingOccurrences(of: "“[^”]*”", with: "", options: .regularExpression)
            #expect(text.contains("US$"), "\(file) has no US$")
            // Every $ belongs to a US$.
            #expect(text.components(separatedBy: "$").count == text.components(separatedBy: "US$").count, "\(file) has a bare $")
        }
    }

    @Test("a user's CSV without a source column: credited by its base name, never a path, and CSIS is not credited for it (pdftotext)")
    func provenanceFollowsTheData() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("mine.csv")
        try "company,sector,states,amount_usd\nAcme Korea,Batteries,OH,1.2B\nBeta Chem,Chemicals,TX;LA,800M\n".write(to: csv, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--investments", csv.path, "--per-state", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".svg") || $0.hasSuffix(".json") }
        #expect(files.count > 10)
        for file in files {
            let path = out.appendingPathComponent(file).path
            let text = file.hasSuffix(".pdf") ? try Checker.output("pdftotext", [path, "-"]) : try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains(folder.path), "\(file) holds the CSV's absolute path")
        }
        let brief = try Checker.output("pdftotext", [out.appendingPathComponent("brief.pdf").path, "-"])
        #expect(brief.contains("Investments: mine.csv") && !brief.contains("mine.csv (mine.csv)"), "the file is named once")
        #expect(!brief.contains("Main source: CSIS") && !brief.contains("Figures as of 23 April 2025"))
        let bars = try String(contentsOf: out.appendingPathComponent("state-bars.svg"), encoding: .utf8)
        #expect(bars.contains("mine.csv") && !bars.contains("CSIS"), "the state bars credit the user's file, not CSIS")
        let ohio = try Checker.output("pdftotext", [out.appendingPathComponent("states/OH.pdf").path, "-"])
        #expect(!ohio.contains("Main source: CSIS"))
    }

    @Test("The ‡ note (a split as published, a joint commitment) reads the same in the brief and on the one-pager, in English and Korean")
    func splitNoteWordedOnce() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--state", "KY", "--lang", "en,ko", "--format", "pdf", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        func note(_ file: String) throws -> String? {
            let text = try Checker.output("pdftotext", [folder.appendingPathComponent(file).path, "-"])
            // One line: hyphens that break a word at a line end go, with the line breaks.
            let flat = text.replacingOccurrences(of: "\u{AD}\n", with: "").replacingOccurrences(of: "\u{AD}", with: "")
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return flat.range(of: #"‡ SK[^‡†]*?(investment\.|아니다\.)"#, options: .regularExpression).map { String(flat[$0]) }
        }
        for (brief, page) in [("brief.pdf", "states/KY.pdf"), ("brief.ko.pdf", "states/KY.ko.pdf")] {
            let inBrief = try note(brief), onPage = try note(page)
            #expect(inBrief != nil && inBrief == onPage, "\(brief): \(inBrief ?? "no ‡ note") ≠ \(page): \(onPage ?? "no ‡ note")")
        }
    }

    @Test("the Kentucky one-pager: Ford's published $5.8B, untied, with computed figures never credited to CSIS")
    func kentuckyOnePager() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--state", "KY,TN,GA", "--format", "pdf", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Checker.output("pdftotext", [folder.appendingPathComponent("states/KY.pdf").path, "-"])
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("$5.8B") && !flat.contains("tied with"))
        #expect(flat.contains("split as published by Ford (2021)"))
        #expect(flat.contains("Ford’s share of the whole is about $7B"))
        #expect(flat.range(of: #"\b(rank|share)[^.]{0,60}Source: CSIS"#, options: .regularExpression) == nil)
        #expect(flat.contains("Computed from the sources below") && flat.contains("Computed by tradebrief"))
        // Ford pays part of Kentucky's amount: its card does not call it Korean investment.
        #expect(flat.contains("Investment tracked in Kentucky, incl. Ford’s share") && !flat.contains("Korean investment tracked in Kentucky"))
        // Georgia's $7.9B is tradebrief's sum of two CSIS figures, which CSIS never published as one.
        let georgia = try Checker.output("pdftotext", [folder.appendingPathComponent("states/GA.pdf").path, "-"])
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(georgia.contains("Korean investment tracked in Georgia") && georgia.contains("Computed from CSIS (2025)"), "\(georgia)")
        let tennessee = try Checker.output("pdftotext", [folder.appendingPathComponent("states/TN.pdf").path, "-"])
        #expect(tennessee.contains("$5.6B"))
    }

    @Test("--page a4 makes A4 pages")
    func a4() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--format", "pdf", "--page", "a4", "--quiet"]).status == 0)
        let info = try Checker.output("pdfinfo", [folder.appendingPathComponent("brief.pdf").path])
        #expect(info.contains("595.276 x 841.89 pts (A4)"))
    }

    @Test("A bad --page is a usage error that writes nothing")
    func badPage() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--out", folder.path, "--page", "legal"])
        #expect(result.status == 2)
        #expect(CLI.files(in: folder).isEmpty)
    }
}
