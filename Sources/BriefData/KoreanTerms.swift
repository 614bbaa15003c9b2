import FoundationEssentials

/// Korean names of the data's English terms: sectors, the embedded
/// investments' project names, the embedded indicators' labels. A term not
/// in a table stays as the data gives it (a user's CSV may name anything).
///
/// Sector names follow the words of Korea's Ministry of Trade, Industry and
/// Energy (MOTIE) in its monthly trade releases (반도체, 이차전지, 자동차
/// 부품, 바이오헬스 …) where it has one, and the Korean press otherwise.
public enum KoreanTerms {
    /// Sector names, by the English name (compared without case).
    public static let sectors: [String: String] = [
        "semiconductors": "반도체", "electric vehicles": "전기차", "batteries": "배터리",
        "battery materials": "배터리 소재", "solar": "태양광", "shipbuilding": "조선",
        "steel": "철강", "chemicals": "화학", "biopharmaceuticals": "바이오의약품",
        "displays": "디스플레이", "auto parts": "자동차 부품", "automobiles": "자동차",
        "automotive": "자동차", "hydrogen": "수소", "wind energy": "풍력", "nuclear energy": "원자력",
        "aerospace and defense": "항공우주·방산", "robotics": "로봇", "logistics": "물류",
        "food": "식품", "cosmetics": "화장품", "textiles": "섬유", "tires": "타이어", "cables": "전선",
        "electrical equipment": "전력기기", "medical devices": "의료기기", "data centers": "데이터센터",
        "energy": "에너지", "clean energy": "청정에너지", "machinery": "기계", "electronics": "전자",
    ]

    /// Project names of the embedded investments, by the English name (compared without case).
    public static let projects: [String: String] = [
        "semiconductor facility": "반도체 생산시설", "electric-vehicle plant": "전기차 공장",
        "battery parks": "배터리 단지", "solar factory": "태양광 공장",
    ]

    /// The embedded indicators' labels, by indicator id: the long label for
    /// sentences and the short one for cards and bars.
    public static let indicators: [String: (label: String, shortLabel: String)] = [
        "korea-largest-investor": ("미국 내 외국인 투자국 중 한국의 순위", "미국 최대 외국인 투자국"),
        "korea-share-of-us-fdi": ("미국 외국인직접투자(FDI) 총액 중 한국의 비중", "미국 FDI 중 한국 비중"),
        "us-goods-exports-to-korea": ("미국의 대한국 상품 수출", "미국의 대한국 상품 수출"),
        "us-goods-imports-from-korea": ("미국의 대한국 상품 수입", "미국의 대한국 상품 수입"),
        "us-trade-deficit-with-korea": ("미국의 대한국 상품 무역적자", "미국의 대한국 상품 무역적자"),
        "korea-exports-to-us": ("한국의 대미 수출", "한국의 대미 수출"),
        "korea-exports-to-china": ("한국의 대중 수출", "한국의 대중 수출"),
        "us-rank-among-korea-export-markets": ("한국의 수출 대상국 중 미국의 순위", "한국의 수출 대상국 순위"),
        "article-stated-us-exports": ("CSIS 기고문이 미국의 대한국 수출로 제시한 수치", "미국의 대한국 수출(기고문 표현)"),
    ]

    /// Partner companies' Korean names, by the English name (compared without case).
    public static let companies: [String: String] = ["ford": "포드"]

    /// `sector` in Korean when the table has it, else as given.
    public static func sector(_ sector: String) -> String { sectors[sector.lowercased()] ?? sector }

    /// `project` in Korean when the table has it, else as given.
    public static func project(_ project: String) -> String { projects[project.lowercased()] ?? project }
}

extension BriefLanguage {
    /// A sector's name in this language.
    public func sector(_ name: String) -> String { self == .korean ? KoreanTerms.sector(name) : name }

    /// A project's name in this language.
    public func project(_ name: String) -> String { self == .korean ? KoreanTerms.project(name) : name }

    /// An investment's company as a reader of this language knows it: the
    /// English name, or the Korean one (`SK하이닉스`) where the data has it.
    public func company(_ investment: Investment) -> String {
        guard self == .korean, let korean = investment.companyKorean, !korean.isEmpty else { return investment.company }
        // A joint commitment keeps its partner: `SK이노베이션 & Ford` → `SK이노베이션·포드`.
        if let partner = investment.joint?.partner { return korean + "·" + (KoreanTerms.companies[partner.lowercased()] ?? partner) }
        return korean
    }

    /// An indicator's long label in this language.
    public func label(of indicator: Indicator) -> String {
        self == .korean ? KoreanTerms.indicators[indicator.id]?.label ?? indicator.label : indicator.label
    }

    /// An indicator's short label in this language.
    public func shortLabel(of indicator: Indicator) -> String {
        self == .korean ? KoreanTerms.indicators[indicator.id]?.shortLabel ?? indicator.shortLabel : indicator.shortLabel
    }

    /// An indicator's value as printed: `$65.5B` / `655억 달러`, `2.3%`, `Largest` / `1위`, `#2` / `2위`.
    /// Not `abbreviated` (a style's `numbers.abbreviate: false`): amounts whole, `$65,500,000,000`.
    public func value(of indicator: Indicator, symbol: String = "$", abbreviated: Bool = true) -> String {
        switch (indicator.unit, self) {
        case (.usd, _): shortAmount(Money(dollars: indicator.value), symbol: symbol, abbreviated: abbreviated)
        case (.percent, _): percent(indicator.value)
        case (.rank, .english): indicator.formattedValue
        case (.rank, .korean): "\(indicator.value.description)위"
        }
    }
}

extension JointCommitment {
    /// The partner's name in `language` (`Ford`, `포드`).
    public func partner(in language: BriefLanguage) -> String {
        language == .korean ? KoreanTerms.companies[partner.lowercased()] ?? partner : partner
    }

    /// The partner's part as printed in `language`: `about $7B` or `약 70억 달러`.
    /// Not `abbreviated`: the whole amount (`about $7,000,000,000`).
    public func partnerShareText(in language: BriefLanguage, symbol: String = "$", abbreviated: Bool = true) -> String {
        guard language == .korean else { return partnerShareText(symbol: symbol, abbreviated: abbreviated) }
        return (approximate ? "약 " : "") + language.shortAmount(Money(dollars: partnerShareUSD), abbreviated: abbreviated)
    }
}
