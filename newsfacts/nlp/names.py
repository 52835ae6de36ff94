"""Names the knowledge base does not list, to English: Chinese people and mainland places in pinyin,
foreign names through a transliteration table, and a sound-aware similarity for variant spellings."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Optional

_SEPARATORS = re.compile(r"[·•・‧･∙⋅.\-－—]")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# Characters that mark a transliterated foreign name; Chinese given names almost never use them.
_FOREIGN_MARKS = set("斯尔夫基克姆兹茨娃娅弗丝普")
# Words after a surname that make a form of address, not a given name (王先生, 张老师, 周医生).
_NOT_GIVEN_NAMES = {"先生", "女士", "小姐", "老师", "医生", "校长", "书记", "局长", "主任", "经理", "教授", "同学", "师傅",
                    "阿姨", "大爷", "老板", "总", "某", "某某", "老", "家", "姐", "哥", "叔", "婶", "奶奶", "爷爷",
                    "警官", "律师", "记者", "院长", "市长", "省长", "县长", "部长", "主席", "总理", "委员", "代表"}
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
             "z", "c", "s")
# Finals that transliterators use interchangeably for one foreign sound (奥/欧, 连/伦, 维/威).
_FINAL_CLASS = {"ao": "o", "ou": "o", "o": "o", "uo": "o", "an": "an", "ang": "an", "ian": "an",
                "iang": "an", "uan": "an", "uang": "an", "en": "en", "eng": "en", "un": "en", "in": "en",
                "ing": "en", "ong": "en", "iong": "en", "ün": "en", "i": "i", "ei": "i", "ui": "i", "a": "a",
                "ia": "a", "ua": "a", "e": "e", "ie": "e", "üe": "e", "ue": "e", "u": "u", "ü": "u", "iu": "u",
                "ai": "ai", "uai": "ai", "iao": "o"}
_ADMIN = (("特别行政区", "Special Administrative Region"), ("自治区", "Autonomous Region"),
          ("自治州", "Autonomous Prefecture"), ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"),
          ("新区", "New Area"), ("街道", "Subdistrict"), ("省", ""), ("市", ""), ("区", "District"),
          ("县", "County"), ("镇", "Town"), ("乡", "Township"), ("旗", "Banner"), ("盟", "League"),
          ("村", "Village"))
# Readings that place names take where the common reading differs (长沙, 重庆, 六安, 蚌埠).
_PLACE_READINGS = {"长": "chang", "重": "chong", "六": "lu", "蚌": "beng", "乐": "le", "藏": "zang", "厦": "xia"}
_NOT_ADMIN_STEMS = ("地", "社", "景", "园", "小", "开发", "保护", "疫", "灾", "风险", "管控", "封控", "防范",
                    "牧", "郊", "山", "林", "商", "军", "战", "禁", "辖", "政", "选", "学", "校", "街", "老",
                    "城乡", "城中", "农", "渔", "超", "菜", "门", "夜", "集", "股", "全", "各", "本", "该", "分", "风险", "高", "低")


def _lines(name: str) -> list[str]:
    raw = resources.files("newsfacts.data").joinpath("names", name).read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def readings() -> dict[str, str]:
    """Character -> toneless pinyin (its most common reading)."""
    table: dict[str, str] = {}
    for line in _lines("pinyin.tsv"):
        reading, chars = line.split("\t")
        for char in chars:
            table[char] = reading
    return table


@lru_cache(maxsize=1)
def surnames() -> dict[str, str]:
    """Family name -> its pinyin as a surname (单 -> shan, 欧阳 -> ouyang)."""
    table: dict[str, str] = {}
    for line in _lines("surnames.txt"):
        for item in line.split():
            name, _, reading = item.partition(":")
            table.setdefault(name, reading or "".join(readings().get(c, "") for c in name))
    return table


@lru_cache(maxsize=1)
def transliterations() -> dict[str, tuple[str, float]]:
    """Chinese transliteration -> (English spelling, confidence)."""
    table: dict[str, tuple[str, float]] = {}
    common = english_names()
    for line in _lines("transliteration.tsv"):
        zh, en, count = line.split("\t")
        certain = int(count) == 1 or en.lower() in common
        table[zh] = (en, 0.8 if certain else 0.6)
    for line in _lines("transliteration_extra.tsv"):
        zh, en = line.split("\t")
        table[zh] = (en, 0.85)
    return table


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    return frozenset(w.lower() for line in _lines("english_names.txt") for w in line.split())


@lru_cache(maxsize=1)
def ethnic_groups() -> dict[str, str]:
    return dict(line.split("\t") for line in _lines("ethnic_groups.tsv"))


def syllables(text: str) -> Optional[list[str]]:
    """Toneless pinyin of each character, or None if one has no reading."""
    table = readings()
    out = [table.get(c) for c in text]
    return None if any(s is None for s in out) else out  # type: ignore[return-value]


def join_syllables(parts: list[str]) -> str:
    """'xi', 'an' -> "Xi'an": an apostrophe where a vowel-initial syllable would run on."""
    out = ""
    for part in parts:
        if out and part[:1] in "aoe":
            out += "'"
        out += part
    return out[:1].upper() + out[1:]


def chinese_person(name: str) -> Optional[tuple[str, float]]:
    """王浩 -> ("Wang Hao", confidence); 欧阳修 -> "Ouyang Xiu"; None if it does not look Chinese."""
    if not _HAN.match(name) or not 2 <= len(name) <= 4 or _FOREIGN_MARKS & set(name) or name[0] in "小老阿":
        return None
    table = surnames()
    for size in (2, 1):
        family, given = name[:size], name[size:]
        if family in table and 1 <= len(given) <= 2:
            given_syllables = syllables(given)
            if given_syllables is None:
                return None
            if size == 1 and len(name) == 4:
                return None
            if name in transliterations() or given in _NOT_GIVEN_NAMES:
                return None  # 安德森 is Anderson, not An Desen; 王先生 is Mr Wang
            confidence = 0.8 if len(name) == 3 or size == 2 else 0.7
            return f"{join_syllables([table[family]])} {join_syllables(given_syllables)}", confidence
    return None


@lru_cache(maxsize=1)
def japanese_names() -> tuple[dict[str, str], dict[str, str]]:
    """(family names, given names): Chinese form -> Hepburn romanisation."""
    family: dict[str, str] = {}
    given: dict[str, str] = {}
    for line in _lines("japanese_names.tsv"):
        kind, zh, romaji = line.split("\t")
        (family if kind == "family" else given).setdefault(zh, romaji)
    return family, given


def japanese_person(name: str) -> Optional[tuple[str, float]]:
    """大桥弘 -> ("Hiroshi Ohashi", confidence): a Japanese family name and a given name both listed."""
    family, given = japanese_names()
    for size in (3, 2, 1):
        head, rest = name[:size], name[size:]
        if head in family and rest in given:
            return f"{given[rest]} {family[head]}", 0.75
    return None


def foreign_person(name: str) -> Optional[tuple[str, float]]:
    """斯坦利-约翰逊 -> ("Stanley Johnson", confidence) when every part is in the transliteration table."""
    parts = [p for p in _SEPARATORS.split(name) if p]
    if not parts or not all(_HAN.match(p) for p in parts):
        return None
    table = transliterations()
    found = [table.get(p) for p in parts]
    if any(f is None for f in found):
        return None
    confidence = min(f[1] for f in found)  # type: ignore[index]
    return " ".join(f[0] for f in found), confidence  # type: ignore[index]


def person_canonical(name: str) -> Optional[tuple[str, float]]:
    """English name for a person the KB does not know: pinyin for Chinese names, else transliteration."""
    if _SEPARATORS.search(name):
        return foreign_person(name)
    return japanese_person(name) or chinese_person(name) or foreign_person(name)


def admin_place(name: str) -> Optional[tuple[str, float]]:
    """Mainland administrative units in pinyin: 北仑区 -> "Beilun District", 宁蒗彝族自治县 ->
    "Ninglang Yi Autonomous County", 宁波市 -> "Ningbo"."""
    if not _HAN.match(name) or len(name) < 2:
        return None
    for suffix, english in _ADMIN:
        if not name.endswith(suffix) or len(name) <= len(suffix):
            continue
        stem = name[: -len(suffix)]
        groups: list[str] = []
        if suffix.startswith("自治"):
            stem, groups = _strip_ethnic(stem)
            if not groups:
                return None
        longest = 4 if suffix in ("省", "市", "街道") or suffix.startswith("自治") else 3
        if not 1 <= len(stem) <= longest or (len(stem) == 1 and not suffix.startswith("自治")) \
                or any(stop in stem for stop in _NOT_ADMIN_STEMS) or stem.endswith(("省", "市", "县", "区", "州")) \
                or len(stem) >= 3 and looks_transliterated(stem):
            return None  # (维雷基村: a foreign village written in transliteration, no mainland unit)
        parts = [_PLACE_READINGS.get(c, s) for c, s in zip(stem, syllables(stem) or [])]
        if len(parts) != len(stem):
            return None
        if parts is None:
            return None
        label = join_syllables(parts)
        if groups:
            label += " " + " and ".join(groups)
        return (f"{label} {english}".strip(), 0.7)
    return None


def admin_stem(name: str) -> Optional[str]:
    """宁蒗彝族自治县 -> 宁蒗, 北仑区 -> 北仑: the bare name news also uses; None if no unit suffix."""
    for suffix, _ in _ADMIN:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                stem = _strip_ethnic(stem)[0]
            return stem if len(stem) >= 2 else None
    return None


def _strip_ethnic(stem: str) -> tuple[str, list[str]]:
    groups: list[str] = []
    table = ethnic_groups()
    changed = True
    while changed:
        changed = False
        for zh, en in table.items():
            if stem.endswith(zh) and len(stem) > len(zh):
                stem, changed = stem[: -len(zh)], True
                groups.insert(0, en)
                break
    return stem, groups


def looks_transliterated(name: str) -> bool:
    """True for names that read as foreign transliterations (卢比欧, 泽伦斯基), not Chinese names."""
    if _FOREIGN_MARKS & set(name):
        return True
    return chinese_person(name) is None and all(c in _transliteration_chars() for c in name)


def respelt(a: str, b: str) -> bool:
    """Whether two names of one length differ only where both use transliteration characters (卢比欧 / 卢比奥,
    克林姆林宫 / 克里姆林宫): a foreign name respelt. A Chinese name with another character is another name even
    when it sounds alike (辽阳 / 洛阳, 国家建委 / 国家监委)."""
    chars = _transliteration_chars()
    return len(a) == len(b) and all(x == y or (x in chars and y in chars) for x, y in zip(a, b))


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    return frozenset(c for zh in transliterations() for c in zh)


# -- sound-aware similarity ----------------------------------------------------------------------
@lru_cache(maxsize=8192)
def _sound(char: str) -> tuple[str, str, str]:
    """(initial, final class, syllable) of a character; y/w count as no initial (伊 = 易, 维 = 威)."""
    syllable = readings().get(char, char)
    body = syllable
    if body[:1] in "yw":  # yu -> ü, yi -> i, wu -> u; otherwise y/w only marks the glide (yan -> an)
        glide = {"yu": "ü", "yi": "i", "wu": "u"}.get(body[:2])
        body = glide + body[2:] if glide else body[1:]
        return "", _FINAL_CLASS.get(body, body), syllable
    for initial in _INITIALS:
        if body.startswith(initial) and len(body) > len(initial):
            final = body[len(initial):]
            return initial, _FINAL_CLASS.get(final, final), syllable
    return "", _FINAL_CLASS.get(body, body), syllable


def sound_key(name: str) -> str:
    """The initials of a name's syllables: names with one key are candidates for a fuzzy match."""
    return "".join((_sound(c)[0] or "_") + "." for c in name)


def similarity(a: str, b: str) -> float:
    """1.0 for the same sounds; lower as transliteration characters differ (same-length names only)."""
    if len(a) != len(b) or not a:
        return 0.0
    cost = 0.0
    for x, y in zip(a, b):
        if x == y:
            continue
        sx, sy = _sound(x), _sound(y)
        if sx[2] == sy[2]:
            cost += 0.05
        elif sx[0] == sy[0] and sx[1] == sy[1]:
            cost += 0.2
        elif sx[0] == sy[0]:
            cost += 0.5
        else:
            cost += 1.0
    return max(0.0, 1.0 - cost / len(a))
