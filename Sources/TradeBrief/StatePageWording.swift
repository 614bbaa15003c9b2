import BriefCharts
import BriefData
import BriefRender

/// The words of a state's one-pager in one language: titles, card labels,
/// sentences, table headings and notes. English phrases are the pages'
/// original ones; Korean ones are written as a Korean report states them
/// (no particles after names that would have to agree with their last
/// syllable: lists end in 순, ties are given as 공동 순위).
struct StatePageWording {
    /// The language.
    let language: BriefLanguage
    /// The currency symbol of English amounts: the style's (`numbers.currency_symbol`).
    var currencySymbol = MoneyFormat.defaultSymbol
    /// Whether amounts are abbreviated (the style's `numbers.abbreviate`).
    var abbreviatesAmounts = true
    /// Whether the investments are called manufacturing investment: the embedded
    /// dataset's are (its sources say so); a user's CSV says nothing of what its
    /// investments are (``ChartWording/namesManufacturing``).
    var namesManufacturing = true
    private var korean: Bool { language == .korean }
    private var charts: ChartWording { ChartWording(language, currencySymbol: currencySymbol, abbreviatesAmounts: abbreviatesAmounts) }
    /// `Korean manufacturing investment` (`한국 제조업 투자`), or `Korean investment` (`한국 투자`)
    /// unless ``namesManufacturing``.
    private var koreanInvestment: String {
        switch (korean, namesManufacturing) {
        case (false, true): "Korean manufacturing investment"
        case (false, false): "Korean investment"
        case (true, true): "한국 제조업 투자"
        case (true, false): "한국 투자"
        }
    }

    /// A short amount (`$7.9B`, `79억 달러`; whole when not abbreviated) and one in words for the
    /// page's sentences (`$7.9 billion`, `79억 달러`), both by the one rule: three significant digits.
    func amount(_ money: Money) -> String { language.shortAmount(money, symbol: currencySymbol, abbreviated: abbreviatesAmounts) }
    func long(_ money: Money) -> String { language.computedAmount(money, symbol: currencySymbol) }

    /// `Georgia` / `조지아`.
    func state(_ state: USState) -> String { state.name(in: language) }
    /// The state inside an English sentence (`the District of Columbia`), and opening one (`The District of Columbia`).
    private func inText(_ state: USState) -> String { state.nameInText(language) }
    private func opening(_ state: USState) -> String { state.nameStartingSentence(language) }
    /// `Georgia` / `조지아주` (`워싱턴 D.C.`): the state as the subject of a phrase.
    func stateWithNoun(_ state: USState) -> String { state.nameWithNoun(in: language) }

    // MARK: Document

    func title(_ state: USState) -> String { korean ? "\(stateWithNoun(state)) 한국 투자" : "Korean investment in \(inText(state))" }

    func subject(_ state: USState, invested: Bool) -> String {
        switch (korean, invested) {
        case (false, true): "\(koreanInvestment) tracked in \(inText(state)): total, rank among states, projects, sectors and sources"
        case (false, false): "No \(koreanInvestment) is tracked in \(inText(state)) in this dataset"
        case (true, true): "\(stateWithNoun(state))에서 추적된 \(koreanInvestment): 합계, 주별 순위, 사업, 부문, 출처"
        case (true, false): "이 데이터에서 \(stateWithNoun(state))에 추적된 \(koreanInvestment)는 없음"
        }
    }

    var keywords: [String] { korean ? ["한국", "미국", "외국인직접투자"] : ["Korea", "United States", "foreign direct investment"] }

    func pageTitle(_ state: USState) -> String { korean ? stateWithNoun(state) : state.name }

    func pageSubtitle(_ state: USState) -> String {
        korean ? "\(stateWithNoun(state))에서 추적된 \(koreanInvestment)" : "\(koreanInvestment) tracked in \(inText(state))"
    }

    func projectsHeading(_ state: USState) -> String { korean ? "\(stateWithNoun(state))의 사업" : "Projects in \(inText(state))" }

    var sourcesHeading: String { korean ? "출처" : "Sources" }

    // MARK: Cards

    var sourceNotStated: String { korean ? "출처: 명시되지 않음" : "Source: not stated" }
    func source(_ name: String) -> String { korean ? "출처: \(name)" : "Source: \(name)" }
    var sourcesBelow: String { korean ? "출처: 아래 참조" : "Sources: see below" }
    var computed: String { korean ? "tradebrief 계산" : "Computed by tradebrief" }
    var computedFromBelow: String { korean ? "아래 출처로 계산" : "Computed from the sources below" }
    /// A sum of several figures of one source: `Computed from CSIS (2025)`.
    func computed(from name: String) -> String { korean ? "\(name) 자료로 계산" : "Computed from \(name)" }
    var counted: String { korean ? "tradebrief 집계" : "Counted by tradebrief" }

    func rankLabel(of count: Int, tiedWith tied: String?) -> String {
        switch (korean, tied) {
        case (false, nil): "of \(count) state\(count == 1 ? "" : "s") by amount"
        case (false, let tied?): "of \(count) states, tied with \(tied)"
        case (true, nil): "금액 기준, \(count)개 주 중"
        case (true, let tied?): "\(count)개 주 중, 공동 순위: \(tied)"
        }
    }

    func rankValue(_ rank: Int?) -> String { rank.map { language.ordinal($0) } ?? "–" }

    /// The amount card's label: `Korean investment tracked in Georgia`; when non-Korean
    /// `partners` of joint commitments pay part of the amount, it does not call it Korean:
    /// `Investment tracked in Kentucky, incl. Ford’s share`.
    func amountLabel(_ state: USState, partners: [String]) -> String {
        switch (korean, partners.count) {
        case (false, 0): "Korean investment tracked in \(inText(state))"
        case (false, 1): "Investment tracked in \(inText(state)), incl. \(partners[0])’s share"
        case (false, _): "Investment tracked in \(inText(state)), incl. partners’ shares"
        case (true, 0): "\(stateWithNoun(state))에서 추적된 한국 투자"
        case (true, 1): "\(stateWithNoun(state))에서 추적된 투자(\(partners[0]) 몫 포함)"
        case (true, _): "\(stateWithNoun(state))에서 추적된 투자(파트너 몫 포함)"
        }
    }

    func projectsValue(_ count: Int) -> String { korean ? "\(count)건" : "\(count)" }

    func projectsLabel(_ count: Int, of total: Int) -> String {
        korean ? "추적 사업(전체 \(total)건 중)" : "project\(count == 1 ? "" : "s") (\(total) tracked in all)"
    }

    func shareLabel(of total: Money) -> String { korean ? "미국 전체 \(amount(total)) 중 비중" : "of the \(amount(total)) U.S. total" }

    func glance(_ state: USState) -> String { korean ? "한눈에 보는 \(stateWithNoun(state))" : "\(opening(state)) at a glance" }

    /// The states tied with this one: `KY`, `KY and TN`, or `4 others` beyond two.
    func tied(_ names: [String]) -> String {
        names.count > 2 ? (korean ? "그 밖의 \(names.count)개 주" : "\(names.count) others") : language.list(names)
    }

    // MARK: Sentences

    func nationalShareLine(_ state: USState, share: String, total: Money, states: Int) -> String {
        korean
            ? "\(stateWithNoun(state))는 전국에서 추적된 <b>\(long(total))</b>(\(states)개 주) 가운데 <b>\(Typesetter.escapeMarkup(share))</b>를 차지한다."
            : "\(opening(state)) holds <b>\(Typesetter.escapeMarkup(share))</b> of the <b>\(long(total))</b> tracked nationally in \(states) state\(states == 1 ? "" : "s")."
    }

    func nationalLine(_ state: USState, rank: StateRank, tied: String?) -> String {
        let projects = rank.projects
        if korean {
            let place = rank.rank.map { "추적된 \(koreanInvestment) 규모에서 \(rank.rankedStates)개 주 중 \(language.ordinal($0))" + (tied.map { "(공동 순위: \($0))" } ?? "") }
            return "\(stateWithNoun(state))는 " + (place.map { "\($0)로, " } ?? "")
                + "사업 \(projects)건에 <b>\(long(rank.amount))</b>가 추적되며, 이는 전국 \(rank.nationalProjects)건 "
                + "\(long(rank.nationalTotal)) 중 <b>\(Typesetter.escapeMarkup(rank.shareText))</b>에 해당한다."
        }
        var place = opening(state)
        if let rankText = rank.rankText {
            place = "\(opening(state)) ranks \(rankText) with tracked \(koreanInvestment)" + (tied.map { ", tied with \($0)" } ?? "")
        }
        let count = projects == 1 ? "one project" : "\(projects) projects"
        return "\(place): <b>\(long(rank.amount))</b> in \(count), <b>\(Typesetter.escapeMarkup(rank.shareText))</b> of the "
            + "\(long(rank.nationalTotal)) tracked nationally across \(rank.nationalProjects) project\(rank.nationalProjects == 1 ? "" : "s")."
    }

    func noInvestment(_ state: USState) -> String {
        korean ? "<b>이 데이터에서 \(stateWithNoun(state))에 추적된 \(koreanInvestment)는 없다.</b> "
            : "<b>No \(koreanInvestment) is tracked in \(inText(state)) in this dataset.</b> "
    }

    var noneAnywhere: String {
        korean ? "이 데이터는 어느 주에서도 \(koreanInvestment)를 추적하지 않는다."
            : "The dataset tracks no \(koreanInvestment) in any state."
    }

    func nationalContext(total: Money, projects count: Int, states: Int, leaders: [String]) -> String {
        korean
            ? "참고로 이 데이터는 \(states)개 주에서 사업 \(count)건, 모두 <b>\(long(total))</b>를 추적하며, 투자액 상위 주는 \(language.list(leaders)) 순이다."
            : "For context, the dataset tracks <b>\(long(total))</b> across \(count) project\(count == 1 ? "" : "s") "
                + "in \(states) state\(states == 1 ? "" : "s"), led by \(language.list(leaders))."
    }

    // MARK: Charts

    var amongStates: String { korean ? "주별 위치" : "Among the states" }
    func outlinedNoInvestment(_ state: USState) -> String {
        korean ? "테두리로 표시한 \(stateWithNoun(state))에는 추적된 투자가 없음" : "\(opening(state)), outlined, has no tracked investment"
    }
    var bySector: String { korean ? "부문별" : "By sector" }
    func partOfEachProject(_ state: USState) -> String {
        korean ? "사업별 \(stateWithNoun(state)) 몫, 미국 달러" : "\(opening(state))’s part of each project, U.S. dollars"
    }
    var dollars: String { korean ? "미국 달러" : "U.S. dollars" }
    var evenSplitCaveat: String { korean ? " 배분 비율이 없는 사업은 균등 배분." : " Even split where the data gives no shares." }

    // MARK: Table

    var columns: [String] { korean ? ["회사", "사업", "부문", "금액", "출처"] : ["Company", "Project", "Sector", "Amount", "Source"] }
    /// A shared project's whole under the state's part: `of $4.9B`, `전체 49억 달러`.
    func ofWhole(_ amount: String) -> String { korean ? "전체 \(amount)" : "of \(amount)" }
    /// Amounts shown together (a table's Amount column), with one rule for decimals: `$3.0B` beside `$3.9B`.
    func amounts(_ moneys: [Money]) -> [String] { language.shortAmounts(moneys, symbol: currencySymbol, abbreviated: abbreviatesAmounts) }

    func sharedNote(_ state: USState) -> String {
        korean ? "금액은 각 사업 가운데 \(stateWithNoun(state)) 몫이며, ‘전체’는 여러 주에 걸친 사업의 총액이다."
            : "Amounts are \(inText(state))’s part of each project; “of” gives the whole amount of a project shared with other states."
    }

    var evenSplitNote: String {
        korean ? " * 자료에 주별 배분이 없어 사업 금액을 해당 주들에 균등하게 나눴다."
            : " * The data gives no split among states; the amount is divided evenly among the project’s states."
    }

    /// After ``computedNote(investments:)`` on a page that does not list the
    /// dataset's sources: where they are listed.
    var sourcesListedInTheBrief: String {
        korean ? " 이 투자들의 출처는 전체 브리프의 출처 목록에 있다." : " The sources of these investments are listed in the full brief’s Sources."
    }

    func computedNote(investments count: Int) -> String {
        korean
            ? "합계·순위·비중: 이 데이터의 추적 투자 \(count)건으로 tradebrief가 계산. 금액은 발표된 투자 약속(미국 달러)이며 집행액이 아니다."
            : "Totals, rank and shares: tradebrief, computed from the \(count) tracked investment\(count == 1 ? "" : "s") "
                + "in this dataset. Amounts are announced commitments in U.S. dollars, not disbursements."
    }
}
