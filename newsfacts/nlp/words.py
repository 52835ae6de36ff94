"""Word lists more than one stage reads (place suffixes, office titles, news outlets), loaded once
through lexicon.py; a stage that needs one imports it from here, not from the stage that used it first."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon


@lru_cache(maxsize=1)
def place_words() -> dict[str, tuple[str, ...]]:
    """Suffix lists of data/places.tsv by kind (LOC_SUFFIX, LOC_WORD, ORG_SUFFIX, GPE_SUFFIX)."""
    groups: dict[str, list[str]] = {}
    for kind, word in lexicon.rows("places.tsv"):
        groups.setdefault(kind, []).append(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in groups.items()}


_STATE_MODIFIERS = ("人民", "民主", "社会主义", "联邦", "联合", "伊斯兰", "阿拉伯", "自治", "共和")  # words of a form of state


def _state_stem(name: str) -> str | None:
    """The state's own name before the words of its form (卢甘斯克 of 卢甘斯克人民共和国), or None for no state."""
    suffix = next((s for s in place_words().get("STATE_SUFFIX", ()) if name.endswith(s)), None)
    if suffix is None:
        return None
    stem, changed = name[:-len(suffix)], True
    while changed:
        changed = False
        for modifier in _STATE_MODIFIERS:
            if stem.endswith(modifier):
                stem, changed = stem[:-len(modifier)], True
    return stem


def state_stem(name: str) -> str | None:
    """车臣 of 车臣共和国: the state's own name, where the name is a state's (names_a_state)."""
    stem = _state_stem(name)
    return stem if stem and len(stem) >= 2 else None


def names_a_state(name: str) -> bool:
    """某某人民共和国, 某某王国, 某某联邦 (STATE_SUFFIX of places.tsv): the name of a state, GPE in FORMAT.md, even
    where LAC or the knowledge base calls it a body."""
    stem = _state_stem(name)
    return stem is not None and len(stem) >= 2


def generic_state(name: str) -> bool:
    """共和国, 人民共和国, 王国: the form of a state with no state's name, a common noun."""
    return _state_stem(name) == ""


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Office titles of data/titles.txt, longest first (国务卿, 外交部长, 发言人 ...)."""
    return tuple(sorted(set(lexicon.words("titles.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def person_titles() -> tuple[str, ...]:
    """The titles of two characters or more (a one-character title also ends ordinary words)."""
    return tuple(t for t in titles() if len(t) >= 2)


TITLE_TENSE = r"(?:前|原|现任|时任)"  # 前总统, 时任外长: when the title was held
# 美国智库“战争研究所”: kinds of body a name in quotation marks may follow, the name being the body's own
NAMED_KINDS = ("智库", "组织", "机构", "团体", "网站", "媒体", "平台", "联盟", "基金会")
# 对记者 / 向议员们 / 跟记者: the role after it is the one spoken to, never the speaker (not 反对者, 针对)
ADDRESSEE_MARK = r"(?:(?<![反绝针面相应核])对|向|跟|给)"
NOUN_CHAR = rf"(?:(?!{ADDRESSEE_MARK})[\u4e00-\u9fff])"  # a character of a speaker's noun phrase
SAID_IN = r"在[^，,。；;“”]{1,10}?[中上]"  # 在一份声明中 / 在会上: where something was said, after the one who said it
BRACKETED_ALIAS = r"[（(][A-Za-z\u4e00-\u9fff ]{1,12}[）)]"  # 美国有线电视新闻网（CNN）: a name's alias in brackets


@lru_cache(maxsize=1)
def title_alternation() -> str:
    """Regex source matching one office title of titles()."""
    return "(?:%s)" % lexicon.alternation_source(titles())


@lru_cache(maxsize=1)
def roles() -> tuple[str, ...]:
    """Office titles and the person roles of data/speaker_roles.txt (创始人, 店主, 教授), longest first."""
    people = [r[0].strip() for r in lexicon.rows("speaker_roles.txt") if len(r) > 1 and r[1].strip() == "person"]
    return tuple(sorted(set(titles()) | set(people), key=len, reverse=True))


@lru_cache(maxsize=1)
def _role_set() -> frozenset[str]:
    return frozenset(roles())


def is_role(word: str) -> bool:
    """The word is an office title or a person role (教授, 所长, 外长)."""
    return word in _role_set()


def surname_address(name: str, surnames) -> bool:
    """周教授 / 刘所长 / 王大使: a family name and a title, the way an article names a person again.
    `surnames`: the family names (nlp.names.surnames())."""
    return 2 <= len(name) <= 4 and name[:1] in surnames and is_role(name[1:])


def addressed_as(full: str, address: str) -> bool:
    """A full name of two or three characters with the family name of a surname-and-title address
    (周永生 for 周教授), not itself such an address."""
    return len(full) in (2, 3) and full[:1] == address[:1] and not is_role(full[1:])


# Function words a bare description holds none of: 的, prepositions, aspect words, quotation marks, a comma.
_FUNCTION_CHARS = frozenset("的了过着在对向把将被给让与和跟同从“”，")


# 中国, 中方, 中美, 中东, 中央, 中共: 中 opening a name, not the postposition 中 (在会谈中)
ZHONG_NAMES = frozenset("国方美俄欧日韩澳英法德印巴非东亚央共越朝菲加新")
# 拜登政府, 岸田内阁: a leader's name and the government he heads
LEADERS_GOVERNMENT = re.compile(r"(?:政府|当局|政权|内阁|团队)")
# 先后表示, 相继宣布, 纷纷谴责: people listed before speak one after another, each of them
IN_TURN = r"先后|相继|纷纷"


# 东亚和大洋洲事务高级主任, 欧洲与欧亚事务助理国务卿: regions joined inside the portfolio a title names
_PORTFOLIO_JOINER = re.compile(r"(?:和|与|及)(?=[\u4e00-\u9fff]{1,4}事务)")


def without_portfolio_joiners(phrase: str) -> str:
    """The phrase without the joiners inside a title's portfolio (东亚和大洋洲事务高级主任 → 东亚大洋洲事务…)."""
    return _PORTFOLIO_JOINER.sub("", phrase)


def ends_in_role(phrase: str, also: str = "") -> bool:
    """某品牌联合创始人 / 某公司策略总监: the phrase ends in a title or person role (roles()) and holds no
    function word (nor a character of `also`), so it only describes the name after it; a joiner inside the
    portfolio of the title (东亚和大洋洲事务高级主任) is no function word."""
    return phrase.endswith(roles()) and not set(without_portfolio_joiners(phrase)) & (_FUNCTION_CHARS | set(also))


@lru_cache(maxsize=1)
def state_abbreviations() -> dict[str, tuple[str, ...]]:
    """data/country_abbreviations.tsv: one character → the states it may stand for in a run (中巴, 美日韩),
    likeliest first."""
    return {char: tuple(codes.split(",")) for char, codes in lexicon.rows("country_abbreviations.tsv")}


OUTLET_PIECES = ("报道", "文章", "社论", "评论")  # an outlet's pieces, which speak for the outlet (路透社的报道提到)


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Known outlets and general press references (data/outlets.txt): name → ISO alpha-3 country."""
    return {row[0]: row[1] for row in lexicon.rows("outlets.txt")}


def outlet_prefix(name: str) -> Optional[str]:
    """The longest known outlet `name` opens with (新华社东京 -> 新华社), or None."""
    return next((name[:size] for size in range(len(name), 1, -1) if name[:size] in outlets()), None)


COMPASS_PART = r"(?:[东西南北]|东北|西北|东南|西南|中)部"  # 北部, 西南部: a part of a state between it and a place
PAIR_COUNTRIES = dict(lexicon.rows("pair_countries.tsv"))  # 美 -> 美国 in runs such as 中美, 美日韩
ONE_CHAR_COUNTRIES = {**PAIR_COUNTRIES, "华": "中国"}  # 访华, 对华: 华 names China but pairs with nothing
WORDS_OF_PLACE_CHARACTERS = ("非法",)  # common words of characters that also name places (对|华非法|制裁)


@lru_cache(maxsize=1)
def one_char_places() -> dict[str, str]:
    """One-character forms of countries (美, 华) and provinces (京, 沪; data/names/one_char_places.tsv) to full names."""
    return {**dict(lexicon.rows("names/one_char_places.tsv")), **ONE_CHAR_COUNTRIES}
