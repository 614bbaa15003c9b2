import BriefData

/// The words a chart is written with, in one language: titles, subtitles,
/// legends, axis and value labels, source lines and the descriptions in
/// words. Every chart takes one (English by default); nothing here reads
/// the environment. English phrases are the charts' original ones.
public struct ChartWording: Hashable, Sendable {
    /// The language.
    public let language: BriefLanguage
    /// The currency symbol of English amounts (`$`, `US$`); Korean amounts always end in 달러.
    public let currencySymbol: String
    /// Whether amounts are abbreviated (`$7.9B`, the default) or written whole
    /// (`$7,900,000,000`: a style's `numbers.abbreviate: false`).
    public let abbreviatesAmounts: Bool

    /// The words in `language`, with amounts in `currencySymbol`, abbreviated or not.
    public init(_ language: BriefLanguage = .english, currencySymbol: String = "$", abbreviatesAmounts: Bool = true) {
        self.language = language
        self.currencySymbol = currencySymbol
        self.abbreviatesAmounts = abbreviatesAmounts
    }

    /// The words in `language` with `theme`'s currency symbol and abbreviation.
    public init(_ language: BriefLanguage, theme: ChartTheme) {
        self.init(language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts)
    }

    /// The words in `language` with `theme`'s currency symbol and abbreviation,
    /// naming the amounts as `dataset`'s investments are known
    /// (see ``namesManufacturing``).
    public init(_ language: BriefLanguage, theme: ChartTheme, dataset: Dataset) {
        self.init(language, theme: theme)
        namesManufacturing = !dataset.investmentsFromUser
    }

    /// Whether the amounts are called manufacturing investment (true by
    /// default): the embedded dataset's projects are, as its sources say;
    /// a user's CSV says nothing of what its investments are, so its amounts
    /// are `Announced investment` (`발표된 투자액`).
    public var namesManufacturing = true

    private var korean: Bool { language == .korean }

    // MARK: Figures and names

    /// An amount for labels, ticks and cards: `$3.9B` or `39억 달러` (whole, `$3,870,000,000`,
    /// when ``abbreviatesAmounts`` is false).
    public func amount(_ amount: Money) -> String {
        language.shortAmount(amount, symbol: currencySymbol, abbreviated: abbreviatesAmounts)
    }

    /// Amounts shown together (value labels, ticks, tiles), with one rule for decimals:
    /// `$8.0B` beside `$8.6B`, `80억 달러` beside `86억 달러` (see `BriefLanguage.shortAmounts`).
    public func amounts(_ amounts: [Money]) -> [String] {
        language.shortAmounts(amounts, symbol: currencySymbol, abbreviated: abbreviatesAmounts)
    }

    /// An amount inside a map tile or a bar segment, where the subtitle names the currency:
    /// `$7.9B` or `79억` (without 달러, which would rarely fit).
    func compactAmount(_ amount: Money) -> String {
        compact(self.amount(amount))
    }

    /// Amounts inside map tiles or bar segments shown together, with one rule for decimals
    /// (``amounts(_:)``), without 달러.
    func compactAmounts(_ amounts: [Money]) -> [String] {
        self.amounts(amounts).map(compact)
    }

    /// `text` without a Korean amount's closing 달러.
    private func compact(_ text: String) -> String {
        let word = " " + KoreanNumberFormat.currencyWord
        return korean && text.hasSuffix(word) ? String(text.dropLast(word.count)) : text
    }

    /// The name of a state by USPS code: `Georgia` or `조지아`.
    public func state(_ code: String) -> String { USState.name(of: code, in: language) }

    /// A sector's name: `Solar` or `태양광`.
    public func sector(_ name: String) -> String { language.sector(name) }

    /// `N state(s)` or `N개 주`.
    func states(_ count: Int) -> String { korean ? "\(count)개 주" : "\(count) state\(count == 1 ? "" : "s")" }

    /// `N sector(s)` or `N개 부문`.
    func sectors(_ count: Int) -> String { korean ? "\(count)개 부문" : "\(count) sector\(count == 1 ? "" : "s")" }

    /// `N project(s)` or `N건`.
    func projects(_ count: Int) -> String { korean ? "\(language.count(count))건" : "\(language.count(count)) project\(count == 1 ? "" : "s")" }

    /// `N bar(s)` or `막대 N개`.
    func bars(_ count: Int) -> String { korean ? "막대 \(count)개" : "\(count) bar\(count == 1 ? "" : "s")" }

    /// What the amounts are: `Announced manufacturing investment, U.S. dollars`
    /// (`Announced investment, U.S. dollars` unless ``namesManufacturing``).
    var investmentMeasure: String {
        korean ? "발표된 \(manufacturing)투자액(미국 달러)" : "Announced \(manufacturing)investment, U.S. dollars"
    }

    /// `manufacturing ` (`제조업 `) before `investment` when ``namesManufacturing``, otherwise nothing.
    private var manufacturing: String { namesManufacturing ? (korean ? "제조업 " : "manufacturing ") : "" }

    /// Between a sentence's parts in descriptions: `; ` in both.
    static let separator = "; "

    // MARK: Catalog charts

    var stateBarsTitle: String { korean ? "주별 한국 투자" : "Korean investment by state" }

    func stateBarsSubtitle(states count: Int) -> String { counted(states(count)) }

    /// The measure and a count: `Announced …, U.S. dollars (4 states)` or `발표된 … 투자액(미국 달러), 4개 주`.
    private func counted(_ count: String) -> String { korean ? "\(investmentMeasure), \(count)" : "\(investmentMeasure) (\(count))" }

    func stateBarsSubtitle(shown: Int, of count: Int, rest: Int, restTotal: Money) -> String {
        korean
            ? "\(investmentMeasure): \(count)개 주 중 상위 \(shown)개 주, 나머지 \(rest)개 주 합계 \(amount(restTotal))"
            : "\(investmentMeasure): the \(shown) largest of \(count) states; \(theOthers(rest)) \(amount(restTotal))"
    }

    /// `the other 3 total` or, for one, `the other one totals`.
    private func theOthers(_ count: Int) -> String { count == 1 ? "the other one totals" : "the other \(count) total" }

    var sectorBarsTitle: String { korean ? "부문별 한국 투자" : "Korean investment by sector" }

    func sectorBarsSubtitle(sectors count: Int) -> String { counted(sectors(count)) }

    func sectorBarsSubtitle(shown: Int, of count: Int, rest: Int, restTotal: Money) -> String {
        korean
            ? "\(investmentMeasure): \(count)개 부문 중 상위 \(shown)개, 나머지 \(rest)개 부문 합계 \(amount(restTotal))"
            : "\(investmentMeasure): the \(shown) largest of \(count) sectors; \(theOthers(rest)) \(amount(restTotal))"
    }

    var stateSectorTitle: String { korean ? "주별·부문별 한국 투자" : "Korean investment by state and sector" }

    func stateSectorSubtitle(states stateCount: Int, sectors sectorCount: Int) -> String {
        counted("\(states(stateCount)), \(sectors(sectorCount))")
    }

    func stateSectorSubtitle(sectors sectorCount: Int, shown: Int, of count: Int, rest: Int, restTotal: Money) -> String {
        korean
            ? "\(investmentMeasure), \(sectors(sectorCount)): \(count)개 주 중 상위 \(shown)개 주, 나머지 \(rest)개 주 합계 \(amount(restTotal))"
            : "\(investmentMeasure), \(sectorCount) sectors: the \(shown) largest of \(count) states; \(theOthers(rest)) \(amount(restTotal))"
    }

    /// The grey bar or segment of the smaller sectors, in every chart (the
    /// brief's sector bars, the state-sector legend, a one-pager's sector
    /// mix): `Other (3 sectors)` or `기타(3개 부문)`.
    func otherSectorsLabel(_ count: Int) -> String {
        korean ? "기타(\(sectors(count)))" : SectorColors.otherLabel(count)
    }

    var mapTitle: String { korean ? "한국 투자가 향하는 곳" : "Where Korean investment lands" }

    /// The map's descriptive subtitle: how many of the 51 tiles (the 50
    /// states and DC) have investment, or "all" when every one has.
    func mapSubtitle(invested count: Int) -> String {
        if count >= USState.all.count {
            return korean
                ? "주별 발표 \(manufacturing)투자액(미국 달러), 50개 주와 워싱턴 D.C. 전체"
                : "Announced \(manufacturing)investment by state, U.S. dollars (all 50 states and DC)"
        }
        return korean
            ? "주별 발표 \(manufacturing)투자액(미국 달러), 50개 주와 워싱턴 D.C. 중 \(count)곳"
            : "Announced \(manufacturing)investment by state, U.S. dollars (\(count) of 50 states and DC)"
    }

    var anyAmount: String { korean ? "전체" : "Any amount" }
    func under(_ amount: String) -> String { korean ? "\(amount) 미만" : "Under \(amount)" }
    func orMore(_ amount: String) -> String { korean ? "\(amount) 이상" : "\(amount) or more" }

    var noTrackedInvestment: String { korean ? "추적된 투자 없음" : "No tracked investment" }

    // MARK: Descriptions in words

    func barDescription(count: Int, largestFirst: Bool) -> String {
        switch (korean, largestFirst) {
        case (false, true): "Horizontal bar chart, \(bars(count)), largest first. "
        case (false, false): "Horizontal bar chart, \(bars(count)) on one scale from zero. "
        case (true, true): "가로 막대그래프, \(bars(count)), 큰 순서. "
        case (true, false): "가로 막대그래프, \(bars(count)), 0부터 같은 척도. "
        }
    }

    func stackedDescription(count: Int) -> String {
        korean ? "누적 가로 막대그래프, \(bars(count)), 합계가 큰 순서. "
            : "Stacked horizontal bar chart, \(bars(count)), largest total first. "
    }

    var mapDescription: String {
        korean ? "미국 50개 주와 워싱턴 D.C.의 타일 지도, 주별 투자 합계에 따라 음영 표시. "
            : "Tile-grid map of the 50 U.S. states and DC, shaded by total investment. "
    }

    func mapOthers(_ count: Int) -> String {
        korean ? "나머지 \(count)곳은 추적된 투자가 없음. " : "The other \(count) have no tracked investment. "
    }

    func mapClasses(_ classes: String) -> String { korean ? "음영 구간: \(classes). " : "Shading classes: \(classes). " }

    func mapOutlined(_ name: String) -> String { korean ? "\(name)는 테두리로 표시. " : "\(name) is outlined. " }

    func cardsDescription(count: Int) -> String {
        korean ? "주요 수치, 카드 \(count)장. " : "Key figures, \(count) card\(count == 1 ? "" : "s"). "
    }

    // MARK: Source lines

    /// `Source: ` / `Sources: ` or `출처: `.
    func sourcePrefix(count: Int) -> String { korean ? "출처: " : (count == 1 ? "Source: " : "Sources: ") }

    var sourceNotStated: String { korean ? "출처: 명시되지 않음." : "Source: not stated." }

    /// After the first few credits of a long list: how many sources there are
    /// in all, the named ones included, so that every line about one set of
    /// sources gives one number.
    func sourcesInAll(_ count: Int) -> String {
        korean ? "모두 \(count)곳(전체 브리프의 출처 목록 참조)" : "\(count) sources in all (see the full brief’s Sources)"
    }

    var anotherSource: String { korean ? "다른 출처" : "another source" }

    func locationNote(company: String, states: String, from other: String) -> String {
        korean ? " \(company)의 입지(\(states))는 주 출처가 아닌 \(other)에 따름."
            : " \(company) location (\(states)) from \(other), not the main source."
    }

    func moreLocated(_ count: Int) -> String {
        korean ? " 그 밖의 투자 \(language.count(count))건은 금액과 다른 출처에서 입지를 확인함."
            : " \(language.count(count)) more investments are located from sources other than their amount’s."
    }

    func evenSplit(_ names: String) -> String {
        korean ? " 자료에 배분 비율이 없어 주별로 균등 배분: \(names)."
            : " Split evenly across states, as the data gives no shares: \(names)."
    }

    func andMore(_ count: Int) -> String { korean ? " 외 \(language.count(count))건" : " and \(language.count(count)) more" }

    func publishedSplit(company: String, parts: String, from other: String) -> String {
        korean ? " \(company)의 주별 배분(\(parts))은 \(other)에 따름." : " \(company) split (\(parts)) from \(other)."
    }

    func jointNote(company: String, amount total: Money, partner: String, share: String, credit: String) -> String {
        korean
            ? " \(company)의 \(amount(total))는 합작 투자 약속이며, 이 중 \(partner) 몫은 \(share)\(CreditText.inParentheses(credit))."
            : " \(company)’s \(amount(total)) is a joint commitment; \(partner)’s share is \(share) \(CreditText.inParentheses(credit))."
    }

    func moreJoint(_ count: Int) -> String {
        korean ? " 그 밖의 \(language.count(count))건도 외국 파트너와의 합작 투자임." : " \(language.count(count)) more are joint commitments with non-Korean partners."
    }

    /// `the sum of 4 tracked projects ($11.4B, …)` or `추적 사업 4건의 합계(114억 달러, …)`.
    func sumOfProjects(_ count: Int, amounts: [String]) -> String {
        let list = amounts.isEmpty ? "" : (korean ? "(" : " (") + amounts.joined(separator: ", ") + ")"
        return korean ? "추적 사업 \(language.count(count))건의 합계\(list)" : "the sum of \(language.count(count)) tracked project\(count == 1 ? "" : "s")\(list)"
    }
}

extension ChartWording {
    // MARK: Trade balance

    func tradeTitle(withImports: Bool) -> String {
        switch (korean, withImports) {
        case (false, true): "Exports, imports, deficit and investment"
        case (false, false): "Exports, deficit and investment"
        case (true, true): "수출, 수입, 무역적자와 투자"
        case (true, false): "수출, 무역적자와 투자"
        }
    }

    var tradeSubtitle: String {
        korean ? "한미 상품 교역과 한국의 투자(미국 달러), 0부터 같은 척도"
            : "U.S.–Korea goods trade and Korean investment, U.S. dollars, one scale from zero"
    }

    /// A bar's label: `U.S. goods exports to Korea, 2024` or `미국의 대한국 상품 수출, 2024년`.
    func indicatorBar(_ indicator: Indicator) -> String { "\(language.label(of: indicator)), \(language.year(indicator.year))" }

    /// The trade chart's investment bar: `Tracked Korean investment in the U.S., 4 projects, as of April 2025`;
    /// when `partners` (non-Korean partners of joint commitments) pay part of it, it says so, as the
    /// key-figure card does: `Tracked investment in the U.S. incl. Ford’s share, …`.
    func trackedInvestmentBar(projects count: Int, partners: [String], asOf: String?) -> String {
        let date = asOf.map { korean ? ", \($0) 기준" : ", as of \($0)" } ?? ""
        switch (korean, partners.count) {
        case (false, 0): return "Tracked Korean investment in the U.S., \(projects(count))" + date
        case (false, 1): return "Tracked investment in the U.S. incl. \(partners[0])’s share, \(projects(count))" + date
        case (false, _): return "Tracked investment in the U.S. incl. partners’ shares, \(projects(count))" + date
        case (true, 0): return "미국 내 한국의 추적 투자, \(projects(count))" + date
        case (true, 1): return "미국 내 추적 투자(\(partners[0]) 몫 포함), \(projects(count))" + date
        case (true, _): return "미국 내 추적 투자(파트너 몫 포함), \(projects(count))" + date
        }
    }

    var notConfirmed: String { korean ? ", 미확인" : ", not confirmed" }

    /// The trade chart's source line: the figures a source published, each with its
    /// source (`exports (2024), Census (2025)`), then the figures that are computed,
    /// each saying from what (`Imports (2024): computed as exports plus the deficit, from
    /// Census (2025); …`; `Investment: the sum of 4 tracked projects (…) from CSIS (2025),
    /// computed by tradebrief.`), never credited to a source as if it had published them.
    func tradeSources(published: [(flow: TradeFlow, credit: String)], computed: [(flow: TradeFlow, note: String)], investment: String) -> String {
        var text = published.isEmpty ? ""
            : sourcePrefix(count: published.count) + published.map { "\(tradeFlow($0.flow)) \($0.credit)" }.joined(separator: "; ") + ". "
        for (flow, note) in computed {
            text += korean ? "\(tradeFlow(flow)) \(note). " : "\(CountWords.capitalized(tradeFlow(flow))) \(note). "
        }
        if korean {
            return text + "투자: \(investment)로 tradebrief 계산. 교역은 연간 상품 흐름이고, 투자는 발표된 투자 약속의 합계임."
        }
        return text + "Investment: \(investment), computed by tradebrief. "
            + "Trade figures are yearly flows of goods; investment is a total of announced commitments."
    }

    /// A trade flow's name in the chart's source line: `exports`, `수출`.
    func tradeFlow(_ flow: TradeFlow) -> String {
        switch (flow, korean) {
        case (.exports, false): "exports"
        case (.imports, false): "imports"
        case (.deficit, false): "deficit"
        case (.exports, true): "수출"
        case (.imports, true): "수입"
        case (.deficit, true): "무역적자"
        }
    }

    /// Imports worked out as exports plus the deficit, never confirmed against a published figure:
    /// `(2024): computed as exports plus the deficit, from Census (2025); not confirmed against a published figure`.
    func sumOfExportsAndDeficit(_ indicator: Indicator, credit: String) -> String {
        let year = language.year(indicator.year)
        return korean ? "(\(year)): 수출에 무역적자를 더한 계산값, \(credit) 자료; 공표 수치로 미확인"
            : "(\(year)): computed as exports plus the deficit, from \(credit); not confirmed against a published figure"
    }

    /// `the sum of 4 tracked projects (…) from CSIS (2025)`; `추적 사업 4건의 합계(…), CSIS (2025) 자료`.
    func investmentFrom(_ note: String, sources: String) -> String {
        korean ? "\(note), \(sources) 자료" : "\(note) from \(sources)"
    }

    /// `(2024), Census (2025)` or `(2024년), Census (2025)`.
    func when(_ indicator: Indicator, credit: String) -> String { "(\(language.year(indicator.year))), \(credit)" }

    func articleStates(article: String, amount stated: Money, corrected: (label: String, credit: String)?) -> String {
        if korean {
            return " \(article)는 \(language.longAmount(stated, symbol: currencySymbol))를 미국의 대한국 수출로 제시하나"
                + (corrected.map { ", 이는 \($0.label)\(CreditText.inParentheses($0.credit))임." } ?? " 출처는 이를 확인하지 않음.")
        }
        return " \(article) gives \(MoneyFormat.stated(stated, symbol: currencySymbol)) as U.S. exports to Korea"
            + (corrected.map { "; it is \($0.label) \(CreditText.inParentheses($0.credit))" } ?? "") + "."
    }

    // MARK: Key figures

    var keyFiguresTitle: String { korean ? "미국 경제 속의 한국" : "Korea in the U.S. economy" }
    var keyFiguresSubtitle: String { korean ? "투자와 교역의 주요 수치" : "Key figures on investment and trade" }

    /// The card label of an indicator, by id, where the card says more than the short label.
    func cardLabel(_ id: String) -> String? {
        switch id {
        case "korea-largest-investor": korean ? "미국 내 외국인 투자국 순위" : "foreign investor in the U.S."
        case "korea-share-of-us-fdi": korean ? "미국 외국인직접투자(FDI) 중 비중" : "of U.S. foreign direct investment"
        default: nil
        }
    }

    /// A card's credit: `Source: CSIS (2025)`, `Sources: CSIS (2025) and one other`, `… and others, 10 in all`,
    /// `Computed from CSIS (2025)`; `출처: CSIS (2025)`, `출처: CSIS (2025) 등 10곳`, `CSIS (2025) 자료로 계산`.
    /// `all` counts every source, the first's included, as the source lines do.
    func cardCredit(first: String, all: Int, onlyFirst: Bool, computed: Bool) -> String {
        if korean {
            let names = first + (onlyFirst ? "" : all == 2 ? " 외 1곳" : " 등 \(all)곳")
            return computed ? "\(names) 자료로 계산" : "출처: \(names)"
        }
        let tail = onlyFirst ? "" : all == 2 ? " and one other" : " and others, \(all) in all"
        if computed { return "Computed from \(first)\(tail)" }
        return (onlyFirst ? "Source: " : "Sources: ") + first + tail
    }

    func cardCreditMissing(computed: Bool) -> String {
        switch (korean, computed) {
        case (false, true): "Computed by tradebrief"
        case (false, false): "Source: not stated"
        case (true, true): "tradebrief 계산"
        case (true, false): "출처: 명시되지 않음"
        }
    }

    func trackedInvestmentCard(projects count: Int, partners: [String]) -> String {
        switch (korean, partners.count) {
        case (false, 0): "tracked Korean investment, \(projects(count))"
        case (false, 1): "tracked investment incl. \(partners[0])’s share, \(projects(count))"
        case (false, _): "tracked investment incl. partners’ shares, \(projects(count))"
        case (true, 0): "추적된 한국 투자, \(projects(count))"
        case (true, 1): "추적 투자(\(partners[0]) 몫 포함), \(projects(count))"
        case (true, _): "추적 투자(파트너 몫 포함), \(projects(count))"
        }
    }

    func investmentComputed(_ note: String) -> String {
        korean ? " 투자: \(note), tradebrief 계산." : " Investment: \(note), computed by tradebrief."
    }
}
