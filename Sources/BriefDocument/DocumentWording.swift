import BriefData

/// The words the document layer adds to a brief, in the document's
/// language: the Notes and Sources headings, figure numbers, the note on
/// computed figures, the dateline's date, the investments table and its notes.
/// English phrases are the layer's original ones.
struct DocumentWording {
    /// The document's language.
    let language: BriefLanguage
    private var korean: Bool { language == .korean }

    var notesHeading: String { korean ? "각주" : "Notes" }
    var sourcesHeading: String { korean ? "출처" : "Sources" }
    func figure(_ number: Int) -> String { korean ? "<b>그림 \(number).</b> " : "<b>Figure \(number).</b> " }

    /// The placeholder where a chart the data cannot draw would be: `[Chart 'state-map' is left out: REASON]`.
    func chartLeftOut(_ name: String, reason: String) -> String {
        korean ? "[차트 '\(name)' 생략: \(reason)]" : "[Chart '\(name)' is left out: \(reason)]"
    }
    /// `text` (a source's entry) with a sentence saying that the charts and
    /// tables draw on it (after the entry's own full stop, not inside its note).
    func markingDrawnOn(_ text: String) -> String {
        let sentence = korean ? "차트와 표에 사용." : "Drawn on by the charts and tables."
        return text + (text.hasSuffix(".") ? " " : ". ") + sentence
    }
    /// One line for a long run of sources that only the charts and tables
    /// draw on (entries `first` to `last`, more than ``drawnOnMarkedSingly``),
    /// in place of a remark on each.
    func drawnOnEntries(_ first: Int, _ last: Int) -> String {
        korean
            ? "\(first)–\(last)번 출처는 본문에 인용되지 않았으며 차트와 표에 사용되었다."
            : "Entries \(first)–\(last): drawn on by the charts and tables, not cited in the text."
    }
    /// The most sources the list marks one by one as drawn on by the charts
    /// and tables; a longer run is named once, in a line of its own.
    static let drawnOnMarkedSingly = 3
    var computedNote: String {
        korean
            ? "합계·비중·순위와 차트: 위 출처의 수치로 tradebrief가 계산. 금액은 발표된 투자 약속(미국 달러)이며 집행액이 아니다."
            : "Totals, shares, ranks and charts: computed by tradebrief from the figures of these sources. Amounts are announced commitments in U.S. dollars, not disbursements."
    }

    /// A source in the list: its citation and its note, in the document's
    /// language (a note without a Korean text is given as written, never dropped).
    func sourceText(_ source: Source, cut: (String) -> String) -> String {
        cut(source.citation(in: language)) + (source.note(in: language).map { " \($0)" } ?? "")
    }

    /// A list in running text.
    func list(_ items: [String]) -> String { language.list(items) }

    // MARK: The investments table (and the one-pagers' tables: see InvestmentMarkNote)

    var columns: [String] { korean ? ["회사", "사업", "주", "부문", "금액", "출처"] : ["Company", "Project", "State(s)", "Sector", "Amount", "Source"] }

    /// The table's exact total; `rounded`: the table's amounts are abbreviated by the charts' one rule
    /// (`MoneyFormat.short`: at most three significant digits and one decimal, `$3.87B` as `$3.9B`).
    func exactTotal(count: Int, total: String, rounded: Bool = true) -> String {
        korean
            ? "추적 투자 \(count)건의 합계: \(total)" + (rounded ? "(정확한 값이며, 표의 금액은 차트와 같이 유효숫자 세 자리 이하로 반올림)." : ".")
            : "Total of the \(count) tracked investment\(count == 1 ? "" : "s"): \(total)"
                + (rounded ? " (exact; amounts in the table are rounded as in the charts, to at most three significant digits and one decimal)." : ".")
    }

    func hiddenRows(limit: Int, hidden: Int, rest: String) -> String {
        korean
            ? "표에는 금액이 큰 \(limit)건만 실었다. 나머지 \(hidden)건(합계 \(rest))도 모든 차트와 합계에 포함된다."
            : hidden == 1
                ? "The table lists the \(limit) largest investments. One more, of \(rest), is included in every chart and total."
                : "The table lists the \(limit) largest investments. \(hidden) more, totalling \(rest), are included in every chart and total."
    }

    func evenSplit(_ names: String) -> String {
        korean ? "* 자료에 주별 배분이 없는 투자(\(names))는 금액을 해당 주들에 균등하게 나눴다."
            : "* The data gives no split among states for \(names); the amount is divided evenly among the states listed."
    }

    func andMore(_ count: Int) -> String { korean ? " 외 \(count)건" : " and \(count) more" }

    func publishedSplit(by source: String, parts: [String]) -> String {
        korean ? "\(source) 발표 기준 주별 배분: \(list(parts)). " : "split as published by \(source): \(list(parts)). "
    }

    func jointShare(partner: String, share: String, credit: String) -> String {
        korean ? "합작 투자 약속으로 전체 중 \(partner) 몫은 \(share)\(CreditText.inParentheses(credit))이므로, 전액이 한국의 투자는 아니다."
            : "A joint commitment; \(partner)’s share of the whole is \(share) \(CreditText.inParentheses(credit)), so not all of it is Korean investment."
    }

    func location(note: String?, source: String?) -> String {
        let text = korean ? "주 출처에는 입지가 나오지 않는다." : (note ?? "the location is not given by the main source.")
        return text + (source.map { korean ? " 입지 출처: \($0)." : " Location source: \($0)." } ?? "")
    }
}
