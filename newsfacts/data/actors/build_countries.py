"""Regenerate countries.tsv from /work/shared/data/names/world_countries plus the curated tables below.

Run: .venv/bin/python newsfacts/data/actors/build_countries.py [WORLD_COUNTRIES_DIR]
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
DEFAULT_SRC = Path("/work/shared/data/names/world_countries")
HEADER = ["iso3", "iso2", "name_en", "names_zh", "capital_en", "capitals_zh", "wikidata"]

# Cleaner English short names where the ISO list uses the long official form.
NAME_EN = {
    "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "KOR": "South Korea",
    "PRK": "North Korea", "IRN": "Iran", "SYR": "Syria", "VNM": "Vietnam", "LAO": "Laos",
    "TWN": "Taiwan", "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova",
    "FSM": "Micronesia", "COD": "DR Congo", "COG": "Republic of the Congo", "BRN": "Brunei",
    "PSE": "Palestine", "VAT": "Vatican City", "MAC": "Macau", "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands", "CIV": "Côte d'Ivoire", "FLK": "Falkland Islands",
    "MAF": "Saint Martin", "SXM": "Sint Maarten", "BES": "Caribbean Netherlands", "TUR": "Turkey",
}

# Extra Chinese names (simplified or Taiwan/HK forms); OpenCC s2t forms are added automatically.
# One-character forms only for the twelve countries Chinese news conventionally abbreviates so.
EXTRA_ZH = {
    "USA": "美|美方|美利坚合众国|美利坚|美国方面|美国政府|美政府|华府当局",
    "RUS": "俄|俄方|俄国|俄罗斯联邦|俄罗斯方面|俄罗斯政府|俄政府|俄羅斯聯邦",
    "UKR": "乌|乌方|乌克兰方面|乌克兰政府|乌政府",
    "CHN": "中|中方|中华人民共和国|中国政府|中国方面|中国大陆|陆方|中國大陸|大陆|大陸",
    "SUN": "前苏联|苏维埃社会主义共和国联盟",
    "JPN": "日|日方|日本国|日本政府|日本方面",
    "KOR": "韩|韩方|大韩民国|南韩|韩国政府|韩国方面|南朝鲜",
    "PRK": "朝|朝方|朝鲜民主主义人民共和国|北韩|北朝鲜|朝鲜政府|朝鲜方面",
    "GBR": "英|英方|大不列颠及北爱尔兰联合王国|联合王国|英国政府|英国方面",
    "FRA": "法|法方|法兰西共和国|法兰西|法国政府|法国方面",
    "DEU": "德|德方|德意志联邦共和国|德国政府|德国方面",
    "ISR": "以|以方|以色列国|以色列政府|以色列方面",
    "IRN": "伊|伊方|伊朗伊斯兰共和国|伊朗政府|伊朗方面",
    "IND": "印方|印度共和国|印度政府",
    "AUS": "澳方|澳大利亚联邦|澳洲政府|澳大利亚政府",
    "CAN": "加方|加拿大政府",
    "TUR": "土方|土耳其共和国|土耳其政府|土国",
    "SAU": "沙特|沙方|沙乌地阿拉伯|沙地阿拉伯|沙特阿拉伯王国",
    "SYR": "叙方|阿拉伯叙利亚共和国|叙利亚政府",
    "EGY": "埃方|阿拉伯埃及共和国",
    "ITA": "意方|义大利",
    "VNM": "越方|越南社会主义共和国",
    "PHL": "菲方|菲律宾共和国",
    "IDN": "印尼|印尼方|印度尼西亚共和国",
    "MYS": "大马|马来西亚政府",
    "SGP": "狮城|星洲|新方|新加坡共和国",
    "KEN": "肯亚",  # simplified form of the Taiwan name 肯亞
    "BRN": "汶莱",  # simplified form of the Taiwan name 汶萊
    "THA": "泰方|泰王国",
    "TWN": "台湾|台灣|臺灣|台方|台湾地区|中国台湾|台湾当局|中华民国|台湾岛|台岛",
    "HKG": "香港特区|香港特别行政区|中国香港",
    "MAC": "澳门特区|澳门特别行政区|中国澳门|澳門",
    "PSE": "巴勒斯坦国",
    "LBN": "黎方",
    "QAT": "卡达|卡塔尔国",
    "ARE": "阿拉伯联合酋长国|阿联",
    "BLR": "白俄|白俄方|白俄罗斯共和国",
    "POL": "波方|波兰共和国",
    "HUN": "匈方",
    "MNG": "蒙古",
    "BGD": "孟加拉",
    "LAO": "寮国|老挝人民民主共和国",
    "MMR": "缅方",
    "KHM": "柬方|柬埔寨王国",
    "VAT": "教廷|罗马教廷",
    "GEO": "乔治亚",
    "CIV": "象牙海岸",
    "SWZ": "埃斯瓦蒂尼|史瓦济兰",
    "MKD": "马其顿",
    "CZE": "捷克共和国",
    "MEX": "墨方",
    "ZAF": "南非共和国",
    "NZL": "纽西兰",
    "BIH": "波斯尼亚和黑塞哥维那|波赫",
    "KAZ": "哈萨克",
    "UZB": "乌兹别克",
    "KGZ": "吉尔吉斯",
    "TJK": "塔吉克",
    "TKM": "土库曼",
    "NLD": "荷方",
    "VEN": "委内瑞拉玻利瓦尔共和国",
    "IRQ": "伊拉克共和国",
    "AFG": "阿富汗伊斯兰酋长国",
    "YEM": "叶门",
    "CPV": "维德角",
    "BRA": "巴西联邦共和国",
    "ARG": "阿根廷共和国",
    "PAK": "巴基斯坦伊斯兰共和国",
    "COD": "刚果（金）|民主刚果",
    "COG": "刚果（布）",
}

# iso3 -> (capital in English, Chinese forms: mainland first, then Taiwan/HK/old variants).
# capitals_zh may also list the seat of government where it differs (NLD, BOL, ZAF, LKA, MYS, CIV, PSE).
CAPITALS = {
    "AFG": ("Kabul", "喀布尔"), "ALA": ("Mariehamn", "玛丽港"), "ALB": ("Tirana", "地拉那"),
    "DZA": ("Algiers", "阿尔及尔"), "ASM": ("Pago Pago", "帕果帕果"), "AND": ("Andorra la Vella", "安道尔城"),
    "AGO": ("Luanda", "罗安达"), "AIA": ("The Valley", "瓦利"), "ATG": ("St. John's", "圣约翰"),
    "ARG": ("Buenos Aires", "布宜诺斯艾利斯"), "ARM": ("Yerevan", "埃里温|叶里温"),
    "ABW": ("Oranjestad", "奥拉涅斯塔德"), "AUS": ("Canberra", "堪培拉|坎培拉"),
    "AUT": ("Vienna", "维也纳"), "AZE": ("Baku", "巴库"), "BHS": ("Nassau", "拿骚|拿索"),
    "BHR": ("Manama", "麦纳麦|麦纳玛"), "BGD": ("Dhaka", "达卡"), "BRB": ("Bridgetown", "布里奇敦"),
    "BLR": ("Minsk", "明斯克"), "BEL": ("Brussels", "布鲁塞尔"), "BLZ": ("Belmopan", "贝尔莫潘|贝尔墨邦"),
    "BEN": ("Porto-Novo", "波多诺伏|科托努"), "BMU": ("Hamilton", "汉密尔顿"), "BTN": ("Thimphu", "廷布|辛布"),
    "BOL": ("Sucre", "苏克雷|拉巴斯"), "BES": ("Kralendijk", "克拉伦代克"),
    "BIH": ("Sarajevo", "萨拉热窝|塞拉耶佛"), "BWA": ("Gaborone", "哈博罗内|嘉柏隆里"),
    "BRA": ("Brasília", "巴西利亚"), "BRN": ("Bandar Seri Begawan", "斯里巴加湾市|斯里巴加湾"),
    "BGR": ("Sofia", "索非亚|索菲亚"), "BFA": ("Ouagadougou", "瓦加杜古"), "BDI": ("Gitega", "基特加"),
    "CPV": ("Praia", "普拉亚|培亚"), "KHM": ("Phnom Penh", "金边"), "CMR": ("Yaoundé", "雅温得|雅恩德"),
    "CAN": ("Ottawa", "渥太华"), "CYM": ("George Town", "乔治敦"), "CAF": ("Bangui", "班吉"),
    "TCD": ("N'Djamena", "恩贾梅纳|恩加美纳"), "CHL": ("Santiago", "圣地亚哥|圣地牙哥"), "CHN": ("Beijing", "北京"),
    "CXR": ("Flying Fish Cove", "飞鱼湾"), "CCK": ("West Island", "西岛"), "COL": ("Bogotá", "波哥大"),
    "COM": ("Moroni", "莫罗尼"), "COG": ("Brazzaville", "布拉柴维尔|布拉萨"), "COD": ("Kinshasa", "金沙萨|金夏沙"),
    "COK": ("Avarua", "阿瓦鲁阿"), "CRI": ("San José", "圣何塞|圣荷西"), "CIV": ("Yamoussoukro", "亚穆苏克罗|阿比让"),
    "HRV": ("Zagreb", "萨格勒布|札格雷布"), "CUB": ("Havana", "哈瓦那"), "CUW": ("Willemstad", "威廉斯塔德"),
    "CYP": ("Nicosia", "尼科西亚|尼古西亚"), "CZE": ("Prague", "布拉格"), "DNK": ("Copenhagen", "哥本哈根"),
    "DJI": ("Djibouti City", "吉布提市"), "DMA": ("Roseau", "罗索"), "DOM": ("Santo Domingo", "圣多明各|圣多明哥"),
    "ECU": ("Quito", "基多"), "EGY": ("Cairo", "开罗"), "SLV": ("San Salvador", "圣萨尔瓦多"),
    "GNQ": ("Malabo", "马拉博"), "ERI": ("Asmara", "阿斯马拉"), "EST": ("Tallinn", "塔林"),
    "SWZ": ("Mbabane", "姆巴巴内|墨巴本"), "ETH": ("Addis Ababa", "亚的斯亚贝巴|阿迪斯阿贝巴"),
    "FLK": ("Stanley", "斯坦利"), "FRO": ("Tórshavn", "托尔斯港"), "FJI": ("Suva", "苏瓦"),
    "FIN": ("Helsinki", "赫尔辛基"), "FRA": ("Paris", "巴黎"), "GUF": ("Cayenne", "卡宴"),
    "PYF": ("Papeete", "帕皮提"), "GAB": ("Libreville", "利伯维尔|自由市"), "GMB": ("Banjul", "班珠尔"),
    "GEO": ("Tbilisi", "第比利斯|提比里斯"), "DEU": ("Berlin", "柏林"), "GHA": ("Accra", "阿克拉"),
    "GIB": ("Gibraltar", "直布罗陀"), "GRC": ("Athens", "雅典"), "GRL": ("Nuuk", "努克"),
    "GRD": ("St. George's", "圣乔治"), "GLP": ("Basse-Terre", "巴斯特尔"), "GUM": ("Hagåtña", "阿加尼亚|哈加特纳"),
    "GTM": ("Guatemala City", "危地马拉城|瓜地马拉市"), "GGY": ("St Peter Port", "圣彼得港"),
    "GIN": ("Conakry", "科纳克里|柯那克里"), "GNB": ("Bissau", "比绍|比索"), "GUY": ("Georgetown", "乔治敦"),
    "HTI": ("Port-au-Prince", "太子港"), "VAT": ("Vatican City", "梵蒂冈城"),
    "HND": ("Tegucigalpa", "特古西加尔巴|德古斯加巴"), "HUN": ("Budapest", "布达佩斯"),
    "ISL": ("Reykjavík", "雷克雅未克|雷克雅维克"), "IND": ("New Delhi", "新德里"), "IDN": ("Jakarta", "雅加达"),
    "IRN": ("Tehran", "德黑兰"), "IRQ": ("Baghdad", "巴格达"), "IRL": ("Dublin", "都柏林"),
    "IMN": ("Douglas", "道格拉斯"), "ISR": ("Jerusalem", "耶路撒冷"), "ITA": ("Rome", "罗马"),
    "JAM": ("Kingston", "金斯敦"), "JPN": ("Tokyo", "东京"), "JEY": ("St Helier", "圣赫利尔"),
    "JOR": ("Amman", "安曼"), "KAZ": ("Astana", "阿斯塔纳|努尔苏丹"), "KEN": ("Nairobi", "内罗毕|奈洛比"),
    "KIR": ("South Tarawa", "塔拉瓦|南塔拉瓦"), "PRK": ("Pyongyang", "平壤"), "KOR": ("Seoul", "首尔|汉城"),
    "KWT": ("Kuwait City", "科威特城|科威特市"), "KGZ": ("Bishkek", "比什凯克"), "LAO": ("Vientiane", "万象|永珍"),
    "LVA": ("Riga", "里加"), "LBN": ("Beirut", "贝鲁特"), "LSO": ("Maseru", "马塞卢"),
    "LBR": ("Monrovia", "蒙罗维亚"), "LBY": ("Tripoli", "的黎波里"), "LIE": ("Vaduz", "瓦杜兹"),
    "LTU": ("Vilnius", "维尔纽斯"), "LUX": ("Luxembourg City", "卢森堡市"),
    "MDG": ("Antananarivo", "塔那那利佛|安塔那那利佛"), "MWI": ("Lilongwe", "利隆圭"),
    "MYS": ("Kuala Lumpur", "吉隆坡|布城"), "MDV": ("Malé", "马累"), "MLI": ("Bamako", "巴马科"),
    "MLT": ("Valletta", "瓦莱塔|瓦勒他"), "MHL": ("Majuro", "马朱罗"), "MTQ": ("Fort-de-France", "法兰西堡"),
    "MRT": ("Nouakchott", "努瓦克肖特"), "MUS": ("Port Louis", "路易港"), "MYT": ("Mamoudzou", "马穆楚"),
    "MEX": ("Mexico City", "墨西哥城|墨西哥市"), "FSM": ("Palikir", "帕利基尔"),
    "MDA": ("Chișinău", "基希讷乌|基希涅夫"), "MNG": ("Ulaanbaatar", "乌兰巴托"), "MNE": ("Podgorica", "波德戈里察"),
    "MAR": ("Rabat", "拉巴特"), "MOZ": ("Maputo", "马普托"), "MMR": ("Naypyidaw", "内比都|奈比多"),
    "NAM": ("Windhoek", "温得和克|温荷克"), "NRU": ("Yaren", "亚伦"), "NPL": ("Kathmandu", "加德满都"),
    "NLD": ("Amsterdam", "阿姆斯特丹|海牙"), "NCL": ("Nouméa", "努美阿"), "NZL": ("Wellington", "惠灵顿|威灵顿"),
    "NIC": ("Managua", "马那瓜"), "NER": ("Niamey", "尼亚美"), "NGA": ("Abuja", "阿布贾|阿布加"),
    "NIU": ("Alofi", "阿洛菲"), "NFK": ("Kingston", "金斯敦"), "MKD": ("Skopje", "斯科普里"),
    "MNP": ("Saipan", "塞班"), "NOR": ("Oslo", "奥斯陆"), "OMN": ("Muscat", "马斯喀特"),
    "PAK": ("Islamabad", "伊斯兰堡|伊斯兰马巴德"), "PLW": ("Ngerulmud", "恩吉鲁穆德"),
    "PSE": ("Ramallah", "拉姆安拉"), "PAN": ("Panama City", "巴拿马城|巴拿马市"),
    "PNG": ("Port Moresby", "莫尔兹比港|摩斯比港"), "PRY": ("Asunción", "亚松森"), "PER": ("Lima", "利马"),
    "PHL": ("Manila", "马尼拉"), "PCN": ("Adamstown", "亚当斯敦"), "POL": ("Warsaw", "华沙"),
    "PRT": ("Lisbon", "里斯本"), "PRI": ("San Juan", "圣胡安"), "QAT": ("Doha", "多哈"),
    "REU": ("Saint-Denis", "圣但尼"), "ROU": ("Bucharest", "布加勒斯特"), "RUS": ("Moscow", "莫斯科"),
    "RWA": ("Kigali", "基加利|吉佳利"), "BLM": ("Gustavia", "古斯塔维亚"), "SHN": ("Jamestown", "詹姆斯敦"),
    "KNA": ("Basseterre", "巴斯特尔"), "LCA": ("Castries", "卡斯特里"), "MAF": ("Marigot", "马里戈"),
    "SPM": ("Saint-Pierre", "圣皮埃尔"), "VCT": ("Kingstown", "金斯敦"), "WSM": ("Apia", "阿皮亚"),
    "SMR": ("San Marino", "圣马力诺市"), "STP": ("São Tomé", "圣多美市"), "SAU": ("Riyadh", "利雅得|利雅德"),
    "SEN": ("Dakar", "达喀尔"), "SRB": ("Belgrade", "贝尔格莱德|贝尔格勒"), "SYC": ("Victoria", "维多利亚"),
    "SLE": ("Freetown", "弗里敦|自由城"), "SXM": ("Philipsburg", "菲利普斯堡"),
    "SVK": ("Bratislava", "布拉迪斯拉发|布拉提斯拉瓦"), "SVN": ("Ljubljana", "卢布尔雅那"),
    "SLB": ("Honiara", "霍尼亚拉"), "SOM": ("Mogadishu", "摩加迪沙|摩加迪休"),
    "ZAF": ("Pretoria", "比勒陀利亚|开普敦|布隆方丹"), "SSD": ("Juba", "朱巴"), "ESP": ("Madrid", "马德里"),
    "LKA": ("Sri Jayawardenepura Kotte", "斯里贾亚瓦德纳普拉科特|科伦坡"), "SDN": ("Khartoum", "喀土穆"),
    "SUR": ("Paramaribo", "帕拉马里博"), "SJM": ("Longyearbyen", "朗伊尔城"), "SWE": ("Stockholm", "斯德哥尔摩"),
    "CHE": ("Bern", "伯尔尼|伯恩"), "SYR": ("Damascus", "大马士革"), "TWN": ("Taipei", "台北|臺北"),
    "TJK": ("Dushanbe", "杜尚别"), "TZA": ("Dodoma", "多多马"), "THA": ("Bangkok", "曼谷"),
    "TLS": ("Dili", "帝力"), "TGO": ("Lomé", "洛美"), "TON": ("Nukuʻalofa", "努库阿洛法"),
    "TTO": ("Port of Spain", "西班牙港"), "TUN": ("Tunis", "突尼斯市|突尼斯城"), "TUR": ("Ankara", "安卡拉"),
    "TKM": ("Ashgabat", "阿什哈巴德"), "TCA": ("Cockburn Town", "科伯恩城"), "TUV": ("Funafuti", "富纳富提"),
    "UGA": ("Kampala", "坎帕拉"), "UKR": ("Kyiv", "基辅"), "ARE": ("Abu Dhabi", "阿布扎比|阿布达比"),
    "GBR": ("London", "伦敦"), "USA": ("Washington, D.C.", "华盛顿|华府|华盛顿特区"),
    "URY": ("Montevideo", "蒙得维的亚|蒙特维多"), "UZB": ("Tashkent", "塔什干"), "VUT": ("Port Vila", "维拉港"),
    "VEN": ("Caracas", "加拉加斯"), "VNM": ("Hanoi", "河内"), "VGB": ("Road Town", "罗德城"),
    "VIR": ("Charlotte Amalie", "夏洛特阿马利亚"), "WLF": ("Mata-Utu", "马塔乌图"),
    "ESH": ("Laayoune", "阿尤恩"), "YEM": ("Sanaa", "萨那|沙那"), "ZMB": ("Lusaka", "卢萨卡"),
    "ZWE": ("Harare", "哈拉雷"), "XKX": ("Pristina", "普里什蒂纳"),
}

# Wikidata QIDs for countries, filled only where the identifier is well established.
WIKIDATA = {
    "USA": "Q30", "RUS": "Q159", "UKR": "Q212", "CHN": "Q148", "JPN": "Q17", "GBR": "Q145",
    "FRA": "Q142", "DEU": "Q183", "ISR": "Q801", "IRN": "Q794", "KOR": "Q884", "PRK": "Q423",
    "TWN": "Q865", "IND": "Q668", "BRA": "Q155", "CAN": "Q16", "AUS": "Q408", "MEX": "Q96",
    "ITA": "Q38", "ESP": "Q29", "TUR": "Q43", "SAU": "Q851", "ZAF": "Q258", "IDN": "Q252",
    "ARG": "Q414", "POL": "Q36", "NLD": "Q55", "BEL": "Q31", "CHE": "Q39", "AUT": "Q40",
    "SWE": "Q34", "NOR": "Q20", "DNK": "Q35", "FIN": "Q33", "IRL": "Q27", "PRT": "Q45",
    "GRC": "Q41", "HUN": "Q28", "CZE": "Q213", "ROU": "Q218", "BGR": "Q219", "BLR": "Q184",
    "MDA": "Q217", "GEO": "Q230", "ARM": "Q399", "AZE": "Q227", "KAZ": "Q232", "AFG": "Q889",
    "PAK": "Q843", "BGD": "Q902", "NPL": "Q837", "LKA": "Q854", "MMR": "Q836", "THA": "Q869",
    "VNM": "Q881", "LAO": "Q819", "KHM": "Q424", "MYS": "Q833", "SGP": "Q334", "PHL": "Q928",
    "MNG": "Q711", "IRQ": "Q796", "SYR": "Q858", "LBN": "Q822", "JOR": "Q810", "EGY": "Q79",
    "LBY": "Q1016", "TUN": "Q948", "DZA": "Q262", "MAR": "Q1028", "SDN": "Q1049", "SSD": "Q958",
    "ETH": "Q115", "KEN": "Q114", "NGA": "Q1033", "GHA": "Q117", "UGA": "Q1036", "TZA": "Q924",
    "RWA": "Q1037", "COD": "Q974", "COG": "Q971", "MOZ": "Q1029", "ZWE": "Q954", "ZMB": "Q953",
    "AGO": "Q916", "SOM": "Q1045", "YEM": "Q805", "OMN": "Q842", "ARE": "Q878", "QAT": "Q846",
    "KWT": "Q817", "BHR": "Q398", "CUB": "Q241", "VEN": "Q717", "COL": "Q739", "PER": "Q419",
    "CHL": "Q298", "BOL": "Q750", "ECU": "Q736", "PRY": "Q733", "URY": "Q77", "NZL": "Q664",
    "SVN": "Q215", "HRV": "Q224", "SRB": "Q403", "EST": "Q191", "LVA": "Q211", "LTU": "Q37",
    "SVK": "Q214", "LUX": "Q32", "ISL": "Q189", "MLT": "Q233", "CYP": "Q229", "HKG": "Q8646",
    "MAC": "Q14773", "XKX": "Q1246", "VAT": "Q237", "GRL": "Q223", "ALB": "Q222",
}

EXTRA_ROWS = [  # not in the ISO list, but present in news: (iso3, iso2, name_en, zh, zh_tw)
    ("XKX", "XK", "Kosovo", "科索沃", "科索沃"),
    ("SUN", "SU", "Soviet Union", "苏联", "蘇聯"),  # dissolved 1991; kept for history in news
]


def _read(path: Path) -> dict[str, tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {r["alpha3"].upper(): (r["alpha2"].upper(), r["name"]) for r in csv.DictReader(fh)}


def _uniq(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen[item] = None
    return list(seen)


def _forms(s2t: opencc.OpenCC, name: str) -> list[str]:
    """The name, its OpenCC s2t form, and that form with 里/台 kept and the Taiwan 眾 (OpenCC over-converts)."""
    trad = s2t.convert(name)
    out = [name, trad]
    if len(trad) == len(name):
        alt = "".join(o if o in "里台" and t in "裏臺" else t for o, t in zip(name, trad))
        out += [alt, alt.replace("衆", "眾")]
    return out


def build(src: Path) -> list[list[str]]:
    s2t = opencc.OpenCC("s2t")
    en, zh, tw = _read(src / "en" / "world.csv"), _read(src / "zh" / "world.csv"), _read(src / "zh-tw" / "world.csv")
    rows = [(k, en[k][0], en[k][1], zh[k][1], tw[k][1]) for k in zh]
    rows += EXTRA_ROWS
    out = []
    for iso3, iso2, name_en, name_zh, name_tw in rows:
        simp = [name_zh, *EXTRA_ZH.get(iso3, "").split("|")]
        names = _uniq([n for s in simp for n in _forms(s2t, s)] + [name_tw])
        cap_en, caps = CAPITALS.get(iso3, ("", ""))
        capitals = _uniq([c for s in caps.split("|") for c in _forms(s2t, s)])
        out.append([iso3, iso2, NAME_EN.get(iso3, name_en), "|".join(names), cap_en,
                     "|".join(capitals), WIKIDATA.get(iso3, "")])
    return out


def main() -> None:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SRC
    rows = build(src)
    with (HERE / "countries.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {HERE / 'countries.tsv'}")


if __name__ == "__main__":
    main()
