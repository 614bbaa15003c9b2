import FoundationEssentials

/// The sources an investments CSV cites: one ``Source`` per distinct pair of
/// `source` text and `url` (ids `csv-1`, `csv-2`, … in order of first use),
/// `csv-unsourced` for rows with neither, and the check of each address
/// (``LinkPolicy``), made once per distinct address.
struct CSVSourceRegistry {
    /// The file, for the unsourced source's credit and for problems.
    let file: String
    /// The sources made, in order.
    private(set) var sources: [Source] = []
    /// How many sources other than `csv-unsourced` have been made.
    private(set) var citedSources = 0
    /// The distinct sources past ``InvestmentCSV/maxSources``, and the first row with one.
    private(set) var sourcesOverLimit = 0
    private(set) var firstSourceOverLimit: (line: Int, source: String)?

    private var sourceTexts = TextInterner()
    /// The addresses as links use them.
    private var urls = TextInterner()
    /// The addresses as written (ASCII only), and what ``LinkPolicy`` says of each.
    private var writtenURLs = ByteInterner()
    private var verdicts: [Result<(id: Int, text: String), LinkProblem>] = []
    private var emptyURL: (id: Int, text: String)?
    /// The id of the source for each pair of source text and URL ids.
    private var sourceIDs: [Int: String] = [:]
    /// The source text and live URL of each distinct pair, in the order first cited.
    private var pairs: [(text: String, url: String)] = []

    init(file: String) {
        self.file = file
    }

    /// The id and text of a `source` cell.
    @inline(__always)
    mutating func sourceText(_ cell: CellText) -> (id: Int, text: String) {
        switch cell {
        case .ascii(let bytes): return sourceTexts.lookUp(ascii: bytes)
        case .text(let text): return (sourceTexts.lookUp(text), text)
        }
    }

    /// The address of a non-empty `url` cell as a link uses it (its id and
    /// text), or why it cannot be a link.
    @inline(__always)
    mutating func link(_ cell: CellText) -> Result<(id: Int, text: String), LinkProblem> {
        switch cell {
        case .ascii(let bytes):
            let (id, inserted) = writtenURLs.intern(bytes)
            if inserted { verdicts.append(verdict(String(decoding: bytes, as: UTF8.self))) }
            return verdicts[id]
        case .text(let text):
            return verdict(text)
        }
    }

    private mutating func verdict(_ written: String) -> Result<(id: Int, text: String), LinkProblem> {
        LinkPolicy.liveURL(written).map { live in (urls.lookUp(live), live) }
    }

    /// No address.
    mutating func noLink() -> (id: Int, text: String) {
        if let emptyURL { return emptyURL }
        let empty = (urls.lookUp(""), "")
        emptyURL = empty
        return empty
    }

    /// The id of the source for this pair of `source` text and `url`, made on first use.
    mutating func sourceID(text: (id: Int, text: String), url: (id: Int, text: String), line: Int) -> String {
        let key = text.id << 32 | url.id
        if let id = sourceIDs[key] { return id }
        pairs.append((text.text, url.text))
        if citedSources >= InvestmentCSV.maxSources, !(text.text.isEmpty && url.text.isEmpty) {
            // Over the limit: an error (reported once, at the first row over), and no more sources kept.
            sourcesOverLimit += 1
            if firstSourceOverLimit == nil { firstSourceOverLimit = (line, text.text.isEmpty ? url.text : text.text) }
            sourceIDs[key] = InvestmentCSV.unsourcedID
            return InvestmentCSV.unsourcedID
        }
        let source: Source
        if text.text.isEmpty, url.text.isEmpty {
            // Credited by the file's base name: a directory never reaches a PDF or SVG.
            let name = UnshowableText.shownName(URL(fileURLWithPath: file).lastPathComponent)
            source = Source(
                id: InvestmentCSV.unsourcedID, title: "Not stated in the CSV file", publisher: name, date: "", url: "",
                note: "The rows that cite this source give no source and no URL in \(name); check them before relying on them.",
                titleKorean: "CSV 파일에 출처가 없음",
                noteKorean: "이 항목에 해당하는 행들은 파일에 출처도 URL도 없으니, 확인한 뒤에 근거로 삼아야 한다.")
        } else {
            citedSources += 1
            let name = text.text.isEmpty ? url.text : text.text
            source = Source(id: InvestmentCSV.sourceIDPrefix + "\(citedSources)", title: name, publisher: name, date: "", url: url.text)
        }
        sources.append(source)
        sourceIDs[key] = source.id
        return source.id
    }

    /// Cites, in order, the pairs `other` has, as citing the rows `other`
    /// read after the rows this one read would: false when that goes over
    /// ``InvestmentCSV/maxSources`` (the line of the first source over it is
    /// then not known).
    mutating func cite(_ other: CSVSourceRegistry) -> Bool {
        for (text, url) in other.pairs {
            _ = sourceID(text: (sourceTexts.lookUp(text), text), url: (urls.lookUp(url), url), line: 0)
        }
        return firstSourceOverLimit == nil
    }

    /// The error for a file over ``InvestmentCSV/maxSources``, at its first row over, if it is.
    func limitProblem(header: InvestmentCSVHeader) -> DataProblem? {
        guard let first = firstSourceOverLimit else { return nil }
        let column = header.number(.source) ?? header.number(.url)
        return DataProblem(
            file: file, line: first.line, column: column, field: header.number(.source) != nil ? "source" : "url",
            message: "the file cites \(CSVParser.grouped(citedSources + sourcesOverLimit)) different sources (pairs of source and url); "
                + "the limit is \(CSVParser.grouped(InvestmentCSV.maxSources)), as the brief lists every one, and '\(CSVText.shown(first.source))' "
                + "on this line is the first one over it; cite one source for rows from the same publication")
    }
}
