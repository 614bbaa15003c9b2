/// The words the stress data is made of: fictional Korean companies (English
/// and Hangul names, some long, some with commas or quotes), sectors with the
/// products they build, and the states Korean manufacturers favour. The
/// companies are invented, so no generated figure can be mistaken for a real
/// company's announcement.
enum StressVocabulary {
    /// A fictional company: its English name and its name in Hangul.
    struct Company {
        var english: String
        var korean: String
    }

    /// Fictional companies, short and long.
    static let companies: [Company] = [
        Company(english: "Hanbit Energy Solution", korean: "한빛에너지솔루션"),
        Company(english: "Daesung Motor Group", korean: "대성자동차그룹"),
        Company(english: "Mirae Semiconductor", korean: "미래반도체"),
        Company(english: "Saebyeok Advanced Battery Materials & Recycling Solutions America", korean: "새벽첨단배터리소재"),
        Company(english: "Gaon Q Cells", korean: "가온큐셀"),
        Company(english: "Hankang Steel", korean: "한강제철"),
        Company(english: "Nuri Biologics", korean: "누리바이오로직스"),
        Company(english: "Cheonji Chemical", korean: "천지화학"),
        Company(english: "Pureun Foods", korean: "푸른식품"),
        Company(english: "Dongbang Heavy Industries, America Inc.", korean: "동방중공업"),
        Company(english: "Haneul Aerospace & Defense Systems", korean: "하늘항공우주"),
        Company(english: "Seorak Tire", korean: "설악타이어"),
        Company(english: "Arum Cosmetics", korean: "아름화장품"),
        Company(english: "Baekdu Electric", korean: "백두전기"),
        Company(english: "Jinju Hydrogen", korean: "진주수소"),
        Company(english: "Byeol Display", korean: "별디스플레이"),
        Company(english: "Bitnara Robotics", korean: "빛나라로보틱스"),
        Company(english: "Halla Nuclear Power Engineering & Construction", korean: "한라원자력"),
        Company(english: "Sinhan Cable", korean: "신한전선"),
        Company(english: "Geumgang Textile", korean: "금강섬유"),
        Company(english: "Dasan Logistics", korean: "다산물류"),
        Company(english: "Yeoul Data Centers", korean: "여울데이터센터"),
        Company(english: "Sol Medical Devices", korean: "솔메디컬"),
        Company(english: "Taeyang Shipbuilding & Offshore Engineering", korean: "태양조선해양"),
        Company(english: "\"K-Battery\" Alliance", korean: "K배터리연합"),
        Company(english: "Daesung Mobis", korean: "대성모비스"),
        Company(english: "Mirae Precision Auto Parts", korean: "미래정밀"),
        Company(english: "Hanbit Wind Power", korean: "한빛풍력"),
    ]

    /// A sector, its products (for project names) and the company indexes in
    /// ``companies`` that build in it.
    struct Sector {
        var name: String
        var products: [String]
        var companies: [Int]
    }

    /// Sectors, most invested first: the generator draws them with falling weights.
    static let sectors: [Sector] = [
        Sector(name: "Batteries", products: ["battery cell plant", "battery module assembly", "pouch-cell gigafactory"], companies: [0, 3, 24]),
        Sector(name: "Electric vehicles", products: ["electric-vehicle assembly plant", "EV metaplant", "electric SUV line"], companies: [1, 25]),
        Sector(name: "Semiconductors", products: ["advanced packaging fab", "memory back-end plant", "wafer fabrication campus"], companies: [2]),
        Sector(name: "Solar", products: ["solar module factory", "ingot and wafer plant", "cell and module complex"], companies: [4]),
        Sector(name: "Battery materials", products: ["cathode active material plant", "separator film plant", "copper foil plant"], companies: [3, 7]),
        Sector(name: "Steel", products: ["electric-arc steel mill", "steel pipe mill", "coil coating line"], companies: [5]),
        Sector(name: "Biopharmaceuticals", products: ["biologics manufacturing site", "contract manufacturing plant", "antibody drug plant"], companies: [6]),
        Sector(name: "Auto parts", products: ["seat and cockpit module plant", "drive-unit plant", "lamp and sensor plant"], companies: [25, 26]),
        Sector(name: "Chemicals", products: ["specialty chemicals plant", "recycled plastics plant", "electrolyte plant"], companies: [7]),
        Sector(name: "Shipbuilding", products: ["shipyard modernisation", "naval repair yard", "offshore module yard"], companies: [23, 9]),
        Sector(name: "Wind energy", products: ["wind tower factory", "offshore foundation plant", "blade plant"], companies: [27, 9]),
        Sector(name: "Food", products: ["noodle factory", "frozen dumpling plant", "bakery plant"], companies: [8]),
        Sector(name: "Aerospace and defense", products: ["munitions plant", "aero-engine parts plant", "satellite assembly line"], companies: [10]),
        Sector(name: "Electrical equipment", products: ["power transformer plant", "switchgear plant", "grid battery storage plant"], companies: [13, 18]),
        Sector(name: "Tires", products: ["tire plant", "tire plant expansion"], companies: [11]),
        Sector(name: "Hydrogen", products: ["fuel-cell plant", "electrolyser factory"], companies: [14]),
        Sector(name: "Displays", products: ["display module plant", "OLED materials plant"], companies: [15]),
        Sector(name: "Cosmetics", products: ["cosmetics plant", "skin-care laboratory and plant"], companies: [12]),
        Sector(name: "Robotics", products: ["robot assembly plant", "automation centre"], companies: [16]),
        Sector(name: "Nuclear energy", products: ["small modular reactor components plant", "nuclear fuel plant"], companies: [17]),
        Sector(name: "Cables", products: ["high-voltage subsea cable plant", "power cable plant"], companies: [18]),
        Sector(name: "Textiles", products: ["spandex plant", "tire-cord plant"], companies: [19]),
        Sector(name: "Logistics", products: ["distribution centre", "cold-chain hub"], companies: [20]),
        Sector(name: "Data centers", products: ["hyperscale data centre", "AI data centre campus"], companies: [21]),
        Sector(name: "Medical devices", products: ["diagnostics plant", "medical imaging plant"], companies: [22]),
    ]

    /// States in the order Korean manufacturers favour them (most first): the
    /// generator picks from the front with falling weights.
    static let states = [
        "GA", "TX", "AL", "TN", "SC", "KY", "OH", "IN", "MI", "AZ", "NC", "NY", "CA", "IL", "PA",
        "VA", "NJ", "WA", "MN", "LA", "MS", "OK", "KS", "MO", "WI", "NV", "FL", "UT", "CO", "IA",
        "DE", "OR", "AR", "NE", "WV",
    ]

    /// Who a row cites: made-up publishers, marked as stress data, many of
    /// them (real lists cite a dozen sources, which must fit a card's credit).
    static let publishers = [
        "Stress data: company press release", "Stress data: governor's office", "Stress data: state economic development agency",
        "Stress data: trade press", "Stress data: Korean business daily", "Stress data: wire service",
        "Stress data: SelectUSA-style announcement list", "Stress data: local newspaper", "Stress data: annual report",
        "Stress data: investor presentation",
    ]

    /// Words that make a project name longer and more realistic.
    static let projectPrefixes = ["", "", "", "Second ", "New ", "Expanded ", "Joint-venture "]
    /// Phases appended to tell projects of one company apart.
    static let phases = ["", "", "", ", phase 2", ", phase 3", " (expansion)"]
}
