"""What a cue takes as its object rather than a statement: a noun phrase right after it (强调双方保持沟通的价值),
a thing announced (宣布一项新政策) or reacted to (反驳了有关他的这种说法)."""
from __future__ import annotations

import re

from . import quote_clauses

_OBJECT_CUES = ("表示", "指出", "强调", "重申", "提到", "透露", "披露")  # cues that also take a noun as their object
_NOUN_PHRASE_END = re.compile(r"(?:的|等)[\u4e00-\u9fff]{1,4}$")
_PREDICATES = re.compile(r"是|将|会|无法|无意|无权|应|(?<![重主需])要(?![性求素点])|能够|可以|可能(?!性)|已|不|没|未|必须|需要|希望|愿意|认为|正在|有|来自|成为|达到|发生|出现")
NOUN_PHRASE = 14  # an object noun phrase is short; a longer stretch after the cue is a clause


def names_a_thing(text: str, cue_start: int, cue_end: int, content: tuple[int, int]) -> bool:
    """强调双方保持沟通的价值 / 表示对该国的忠诚: right after the cue (not after 了: 表达了对X的担忧 is
    a statement in the gold convention), a noun phrase (…的价值, …等理念)
    is what the cue takes as its object, not a statement; a statement predicates (是/将/应/不 …)."""
    said = text[content[0]:content[1]]
    if quote_clauses.announces_thing(text, cue_start, cue_end, content):
        return True  # 宣布一项新政策: a thing made public
    if _reacts_to_thing(text, cue_start, cue_end, content):
        return True  # 反驳了有关他的这种说法 / 抱怨部队的弹药短缺情况: what the reaction is about
    if text[cue_start:cue_end] == "承认" and content[0] in (cue_end, cue_end + 1) and _RECOGNISED.fullmatch(said):
        return True  # 承认巴勒斯坦国 / 承认了塔利班政府: a state recognised, nothing admitted
    if content[0] != cue_end or text[cue_start:cue_end] not in _OBJECT_CUES or any(c in said for c in "，,：:"):
        return False
    return len(said) <= NOUN_PHRASE and bool(_NOUN_PHRASE_END.search(said)) and not _PREDICATES.search(said)


# a state or government recognised: a short noun phrase ending in 国, 政府, 政权, 独立 or 主权
_RECOGNISED = re.compile(r"[\u4e00-\u9fff（）()]{1,12}?(?:国|政府|政权|独立|主权|国家地位)")
_REACTIONS = ("反驳", "驳斥", "抱怨", "批评", "抨击", "形容", "回应", "质疑")
# …的这种说法 / …的弹药短缺情况: a noun phrase modified with 的, its head a short noun
_THING_END = re.compile(r"的(?:这种|这个|这一|这些|那种|种种)?[\u4e00-\u9fff]{1,6}$")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")


def _reacts_to_thing(text: str, cue_start: int, cue_end: int, content: tuple[int, int]) -> bool:
    """A cue of reaction (反驳, 抱怨, 批评 …) right before (or after 了) one noun phrase headed after 的,
    with no predicate outside its quoted words: the thing reacted to, not what was said."""
    if text[cue_start:cue_end] not in _REACTIONS or text[cue_end:content[0]] not in ("", "了"):
        return False
    said = _QUOTED.sub("“”", text[content[0]:content[1]])
    if len(said) > NOUN_PHRASE + 2 or any(c in said for c in "，,：:；;") or not _THING_END.search(said):
        return False
    return not _PREDICATES.search(said.replace("有关", ""))
