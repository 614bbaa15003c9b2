/// The Korean names of the 50 states and the District of Columbia, by USPS
/// code: the standard transliterations under the National Institute of
/// Korean Language's 외래어 표기법 (foreign-word transliteration), as Korean
/// newspapers and the Korean encyclopedias write them.
///
/// Sources: the list of states with USPS codes in the namu.wiki article
/// “미국/주” (retrieved through its mirror
/// https://mir.pe/wiki/%EB%AF%B8%EA%B5%AD/%EC%A3%BC), which gives the
/// southern, midwestern and western states and DC as “워싱턴 D.C.”; the
/// northeastern and South Atlantic states as listed, with codes, at
/// https://jkgom.tistory.com/150 and https://semoa.tistory.com/72; Maine as
/// “메인” (https://dorah.tistory.com/245). Where lists differ (“알칸사스”,
/// “알래바마”), the 외래어 표기법 form is kept (아칸소, 앨라배마), as the
/// table at https://semoa.tistory.com/72 writes them. (The Korean Wikipedia
/// and the National Institute's own pages were not retrieved here.)
///
/// The names are without the word 주 (“state”): a text adds it where the
/// sentence needs it (`조지아주`), as Korean newspapers do.
public enum KoreanStateNames {
    /// Every state's Korean name by USPS code (51 entries).
    public static let byCode: [String: String] = [
        "AL": "앨라배마", "AK": "알래스카", "AZ": "애리조나", "AR": "아칸소", "CA": "캘리포니아",
        "CO": "콜로라도", "CT": "코네티컷", "DE": "델라웨어", "DC": "워싱턴 D.C.", "FL": "플로리다",
        "GA": "조지아", "HI": "하와이", "ID": "아이다호", "IL": "일리노이", "IN": "인디애나",
        "IA": "아이오와", "KS": "캔자스", "KY": "켄터키", "LA": "루이지애나", "ME": "메인",
        "MD": "메릴랜드", "MA": "매사추세츠", "MI": "미시간", "MN": "미네소타", "MS": "미시시피",
        "MO": "미주리", "MT": "몬태나", "NE": "네브래스카", "NV": "네바다", "NH": "뉴햄프셔",
        "NJ": "뉴저지", "NM": "뉴멕시코", "NY": "뉴욕", "NC": "노스캐롤라이나", "ND": "노스다코타",
        "OH": "오하이오", "OK": "오클라호마", "OR": "오리건", "PA": "펜실베이니아", "RI": "로드아일랜드",
        "SC": "사우스캐롤라이나", "SD": "사우스다코타", "TN": "테네시", "TX": "텍사스", "UT": "유타",
        "VT": "버몬트", "VA": "버지니아", "WA": "워싱턴", "WV": "웨스트버지니아", "WI": "위스콘신",
        "WY": "와이오밍",
    ]
}

extension USState {
    /// The state's name in `language`: `Georgia` or `조지아`.
    public func name(in language: BriefLanguage) -> String {
        switch language {
        case .english: name
        case .korean: KoreanStateNames.byCode[code] ?? name
        }
    }

    /// The name in `language` of the state with USPS code (or name) `code`; `code` itself when it is not a state.
    public static func name(of code: String, in language: BriefLanguage) -> String {
        named(code)?.name(in: language) ?? code
    }

    /// Whether Korean puts the noun 주 (“state”) after the name: every state
    /// does (`조지아주`), the District of Columbia does not (`워싱턴 D.C.`).
    public var takesStateNoun: Bool { code != "DC" }

    /// The name as the subject of a phrase: `Georgia`; in Korean with 주 where
    /// it belongs, `조지아주` but `워싱턴 D.C.`.
    public func nameWithNoun(in language: BriefLanguage) -> String {
        name(in: language) + (language == .korean && takesStateNoun ? "주" : "")
    }
}
