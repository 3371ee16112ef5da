namespace Exposure.Synthetic;

/// <summary>The words synthetic names are built from.</summary>
internal static class Vocabulary
{
    /// <summary>A place a company on the list is named after: English, the postal romanisation where it differs (a transliteration), native.</summary>
    public sealed record Region(string English, string? Postal, string? Native);

    /// <summary>An industry: the words in an English legal name, and the native words.</summary>
    public sealed record Industry(string English, string Native);

    public static readonly Region[] ChineseRegions =
    [
        new("Xinjiang", "Sinkiang", "新疆"), new("Zhejiang", "Chekiang", "浙江"), new("Jiangsu", "Kiangsu", "江苏"),
        new("Guangdong", "Kwangtung", "广东"), new("Shandong", "Shantung", "山东"), new("Sichuan", "Szechwan", "四川"),
        new("Hubei", "Hupeh", "湖北"), new("Hunan", null, "湖南"), new("Henan", "Honan", "河南"), new("Hebei", "Hopeh", "河北"),
        new("Fujian", "Fukien", "福建"), new("Anhui", "Anhwei", "安徽"), new("Jiangxi", "Kiangsi", "江西"),
        new("Shaanxi", "Shensi", "陕西"), new("Shanxi", "Shansi", "山西"), new("Gansu", "Kansu", "甘肃"),
        new("Yunnan", null, "云南"), new("Guizhou", "Kweichow", "贵州"), new("Liaoning", null, "辽宁"),
        new("Jilin", "Kirin", "吉林"), new("Heilongjiang", null, "黑龙江"), new("Qinghai", "Tsinghai", "青海"),
        new("Ningxia", null, "宁夏"), new("Beijing", "Peking", "北京"), new("Shanghai", null, "上海"),
        new("Shenzhen", null, "深圳"), new("Hangzhou", "Hangchow", "杭州"), new("Guangzhou", "Canton", "广州"),
        new("Tianjin", "Tientsin", "天津"), new("Chongqing", "Chungking", "重庆"), new("Nanjing", "Nanking", "南京"),
        new("Xiamen", "Amoy", "厦门"), new("Suzhou", "Soochow", "苏州"), new("Wuhan", null, "武汉"),
        new("Chengdu", null, "成都"), new("Qingdao", "Tsingtao", "青岛"), new("Ningbo", null, "宁波"),
        new("Urumqi", "Urumchi", "乌鲁木齐"), new("Hotan", "Khotan", "和田"), new("Kashgar", null, "喀什"),
        new("Aksu", null, "阿克苏"), new("Shihezi", null, "石河子"), new("Changji", null, "昌吉"),
        new("Turpan", "Turfan", "吐鲁番"), new("Hami", null, "哈密"), new("Korla", null, "库尔勒"),
        new("Huai'an", null, "淮安"), new("Wuxi", null, "无锡"), new("Hefei", null, "合肥"), new("Xi'an", "Sian", "西安"),
    ];

    public static readonly Region[] HongKongRegions = [new("Hong Kong", null, "香港"), new("China", null, "中国"), new("Sino", null, "华")];
    public static readonly Region[] TaiwanRegions = [new("Taiwan", null, "台湾"), new("Formosa", null, "福尔摩沙")];
    public static readonly Region[] UsRegions = [new("China", null, null), new("Asia", null, null), new("Sino", null, null)];
    public static readonly Region[] KoreaRegions = [new("Korea", null, null), new("Hanil", null, null)];

    /// <summary>Pinyin syllables for brand names, each with its own character so that native names stay unique.</summary>
    public static readonly (string Latin, string Native)[] BrandSyllables =
    [
        ("heng", "恒"), ("tai", "泰"), ("jin", "金"), ("long", "隆"), ("hua", "华"), ("xin", "鑫"), ("da", "大"), ("zhong", "中"),
        ("sheng", "盛"), ("feng", "丰"), ("yuan", "源"), ("rui", "瑞"), ("kang", "康"), ("an", "安"), ("bao", "宝"), ("cheng", "成"),
        ("chuang", "创"), ("de", "德"), ("ding", "鼎"), ("dong", "东"), ("fu", "富"), ("guang", "光"), ("hai", "海"), ("hong", "宏"),
        ("hui", "辉"), ("jia", "嘉"), ("jian", "建"), ("jie", "捷"), ("jing", "晶"), ("ju", "聚"), ("kai", "凯"), ("ke", "科"),
        ("li", "利"), ("lian", "联"), ("lin", "林"), ("ming", "明"), ("nan", "南"), ("peng", "鹏"), ("ping", "平"), ("qi", "启"),
        ("qiang", "强"), ("quan", "泉"), ("ren", "仁"), ("rong", "荣"), ("run", "润"), ("shan", "山"), ("shen", "深"), ("shi", "石"),
        ("shun", "顺"), ("si", "思"), ("tian", "天"), ("tong", "通"), ("wan", "万"), ("wei", "威"), ("wen", "文"), ("xiang", "祥"),
        ("xing", "兴"), ("xu", "旭"), ("ya", "亚"), ("yang", "阳"), ("yi", "亿"), ("ying", "盈"), ("yong", "永"), ("yu", "宇"),
        ("yue", "悦"), ("yun", "云"), ("ze", "泽"), ("zhan", "展"), ("zhen", "振"), ("zheng", "正"), ("zhi", "智"), ("zhou", "洲"),
        ("bo", "博"), ("chang", "昌"), ("chen", "辰"), ("fa", "发"), ("gao", "高"), ("guo", "国"), ("he", "合"), ("huan", "环"),
        ("ji", "吉"), ("jun", "骏"), ("kun", "坤"), ("lei", "雷"), ("mei", "美"), ("mu", "沐"), ("ning", "宁"), ("pu", "浦"),
        ("sen", "森"), ("shuo", "硕"), ("tao", "涛"), ("teng", "腾"), ("wang", "旺"), ("xi", "熙"), ("xiu", "秀"), ("yan", "岩"),
        ("yao", "耀"), ("yin", "银"), ("zhu", "筑"), ("zi", "紫"), ("ao", "奥"), ("bai", "百"), ("can", "灿"), ("cui", "翠"),
    ];

    public static readonly Industry[] Industries =
    [
        new("Photovoltaic Technology", "光伏科技"), new("Silicon Industry", "硅业"), new("New Energy", "新能源"),
        new("Textile", "纺织"), new("Cotton Industry", "棉业"), new("Electronics Technology", "电子科技"),
        new("Digital Technology", "数字技术"), new("Intelligent Technology", "智能科技"), new("Information Technology", "信息技术"),
        new("Mining", "矿业"), new("Nonferrous Metals", "有色金属"), new("Chemical", "化工"), new("Pharmaceutical", "医药"),
        new("Biotechnology", "生物科技"), new("Tomato Products", "番茄制品"), new("Agricultural Development", "农业发展"),
        new("Iron and Steel", "钢铁"), new("Aluminium", "铝业"), new("Polysilicon", "多晶硅"), new("Battery Technology", "电池科技"),
        new("Optoelectronics", "光电"), new("Precision Machinery", "精密机械"), new("Construction Engineering", "建设工程"),
        new("Logistics", "物流"), new("Garment", "服饰"), new("Sugar Industry", "糖业"), new("Wind Power", "风电"),
        new("Electric Power", "电力"), new("Auto Parts", "汽车零部件"), new("Security Technology", "安防科技"),
        new("Network Technology", "网络科技"), new("Semiconductor", "半导体"), new("Advanced Materials", "新材料"),
        new("Food", "食品"), new("Paper", "纸业"), new("Cement", "水泥"), new("Coal Industry", "煤业"), new("Petrochemical", "石化"),
        new("Rare Earth", "稀土"), new("Glass", "玻璃"), new("Tyre", "轮胎"), new("Shipping", "航运"),
        new("Environmental Technology", "环保科技"), new("Science and Technology", "科技"), new("Industrial Internet", "工业互联网"),
        new("Heavy Industry", "重工"), new("Display Technology", "显示技术"), new("Precision Industry", "精密工业"),
    ];

    public static readonly string[] TradingWords = ["Solar", "Power", "Tech", "Smart", "Home", "Cloud", "Vision", "Auto", "Bio", "Steel"];

    /// <summary>English legal forms of Chinese, Hong Kong and Taiwan companies, and the matching native form.</summary>
    public static readonly (string English, string Native)[] ChineseForms =
    [
        ("Co., Ltd.", "股份有限公司"), ("Co., Ltd.", "股份有限公司"), ("Co., Ltd.", "有限公司"), ("Group Co., Ltd.", "集团股份有限公司"),
        ("Holding Co., Ltd.", "控股股份有限公司"), ("Corporation Limited", "股份有限公司"), ("Co., Limited", "股份有限公司"),
    ];

    public static readonly string[] HongKongForms = ["Holdings Limited", "Group Holdings Ltd.", "Limited", "Holdings Ltd."];
    public static readonly string[] UsForms = ["Inc.", "Corp.", "Holding Co., Ltd.", "Limited"];
    public static readonly string[] KoreaForms = ["Co., Ltd.", "Corporation", "Holdings Co., Ltd."];

    /// <summary>
    /// First words of the names of the securities no source names: checked against the list before use. No place words
    /// the matcher weighs down (CHINA, ASIA, PACIFIC, GLOBAL …), so that a name's first word always counts in full.
    /// </summary>
    public static readonly string[] UniverseLeads =
    [
        "ATLANTIC", "NORDIC", "ALPINE", "BALTIC", "IBERIAN", "ANDEAN", "ARCTIC", "CELTIC", "SAXON", "ROYAL", "UNITED",
        "NATIONAL", "FIRST", "GRAND", "GOLDEN", "SILVER", "CRYSTAL", "SUMMIT", "HORIZON", "MERIDIAN", "ZENITH",
        "AURORA", "BEACON", "FALCON", "EAGLE", "LION", "TIGER", "ORCHID", "LOTUS", "MAPLE", "CEDAR", "OAK", "PINE", "RIVER",
        "LAKE", "BAY", "HARBOR", "PORT", "VALLEY", "MOUNTAIN", "PRAIRIE", "DESERT", "COASTAL", "METRO", "URBAN", "CIVIC",
        "PIONEER", "FRONTIER", "LIBERTY", "HERITAGE", "LEGACY", "PREMIER", "PRIME", "APEX", "VERTEX", "NOVA", "STELLAR",
        "ORBIT", "QUANTUM", "VECTOR", "MATRIX", "NEXUS", "ALPHA", "OMEGA", "SIGMA", "DELTA", "KAPPA", "THETA", "BOREAL",
        "AUSTRAL", "OCEANIC", "CONTINENTAL", "IMPERIAL", "SOVEREIGN", "INDUS", "MEKONG", "DANUBE", "RHINE", "THAMES",
        "HUDSON", "SAKURA", "FUJI", "KANTO", "KANSAI", "HANSEONG", "BUSAN", "TAIPEI", "KAOHSIUNG", "MUMBAI", "DELHI",
        "BENGAL", "PUNJAB", "DECCAN", "JAVA", "SUMATRA", "LUZON", "SIAM", "MALACCA", "BORNEO", "CAPE", "NATAL", "SAVANNA",
        "PAMPAS", "PATAGONIA", "ANDES", "YUKON", "ONTARIO", "QUEBEC", "TEXAS", "DAKOTA", "CAROLINA", "GEORGIA", "VIRGINIA",
        "OHIO", "BRIDGE", "ANCHOR", "COMPASS", "KEYSTONE", "CORNERSTONE", "GATEWAY", "TRINITY", "UNION", "CENTRAL", "WESTERN",
        "EASTERN", "NORTHERN", "SOUTHERN", "MIDLAND", "HIGHLAND", "ISLAND", "EMERALD", "SAPPHIRE", "RUBY", "JADE", "AMBER",
    ];

    public static readonly string[] UniverseIndustries =
    [
        "SEMICONDUCTOR MANUFACTURING", "ELECTRONICS", "BANK", "FINANCIAL", "INSURANCE", "PROPERTIES", "REAL ESTATE",
        "PHARMACEUTICALS", "BIOTECH", "ENERGY", "OIL AND GAS", "MINING", "STEEL", "CHEMICALS", "MOTOR", "AUTOMOTIVE",
        "TELECOM", "COMMUNICATIONS", "FOODS", "BEVERAGES", "RETAIL", "HOTELS", "AIRLINES", "SHIPPING", "LOGISTICS",
        "UTILITIES", "POWER", "GAS", "WATER", "CONSTRUCTION", "ENGINEERING", "INDUSTRIES", "MACHINERY", "SOFTWARE",
        "SYSTEMS", "NETWORKS", "MEDIA", "ENTERTAINMENT", "HEALTHCARE", "MEDICAL DEVICES", "CAPITAL", "SECURITIES",
        "INVESTMENT", "RESOURCES", "METALS", "CEMENT", "PAPER", "TEXTILES", "APPAREL", "GAMING", "TECHNOLOGY", "SOLAR",
        "DIGITAL SERVICES", "CONSUMER BRANDS", "DEVELOPMENT", "INFRASTRUCTURE", "AGRICULTURE", "PACKAGING", "ELECTRIC",
    ];

    public static readonly string[] UniverseForms =
    [
        "CO LTD", "CORP", "INC", "LTD", "PLC", "HOLDINGS LTD", "GROUP", "HOLDINGS INC", "SA", "AG", "NV", "BHD", "TBK",
        "PCL", "AB", "ASA", "SPA", "LIMITED", "CORPORATION", "GROUP CO LTD", "HOLDINGS", "",
    ];

    public static readonly string[] Sectors =
    [
        "Information Technology", "Financials", "Industrials", "Materials", "Energy", "Health Care", "Consumer Discretionary",
        "Consumer Staples", "Communication", "Utilities", "Real Estate",
    ];

    /// <summary>Fixed-width syllables (consonant, vowel): any sequence of them reads back one way only.</summary>
    public const string BrandConsonants = "BDFGHJKLMNPRSTVZ";
    public const string BrandVowels = "AEIOU";

    public static readonly string[] ListNames =
    [
        "Synthetic entity list (benchmark data)", "Synthetic import-ban list (benchmark data)",
        "Synthetic research report on labour transfers (benchmark data)", "Synthetic sanctions list (benchmark data)",
        "Synthetic press investigation (benchmark data)",
    ];

    /// <summary>Allegation categories with weights out of 100.</summary>
    public static readonly (string Category, int Weight)[] Categories =
        [("forced-labour", 60), ("surveillance", 20), ("labour-transfer", 12), ("sanctioned", 8)];

    public static string Title(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
