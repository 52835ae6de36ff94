"""Parties of an agreement: the states its own name runs together (中德, 美日韩, 日美安保条约), else the
states of the clause that makes it, before the name (X与Y签署…), never every country of the sentence."""
from __future__ import annotations

from functools import lru_cache

from . import actors, lexicon
from .model import Analysis, Span
from .nlp.chinese import CLAUSE_BREAKS as _CLAUSE_BREAKS

RUN_REACH = 10  # characters before a name searched for the run naming its parties (将中坦关系提升为…)
_NOT_A_STATE = {"IGO"}
_REGION_ENDINGS = ("洋", "海", "洲")
PARAGRAPH_REACH = 200  # characters before a 双方 searched for the run naming the two sides


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, ...]]:
    """data/country_abbreviations.tsv: character → the states it may stand for, likeliest first."""
    return {char: tuple(codes.split(",")) for char, codes in lexicon.rows("country_abbreviations.tsv")}


def name_run(doc: Analysis, name: Span) -> tuple[list[str], bool]:
    """States of the abbreviation run in the name, or just before it in the same clause (日本已与
    美澳签署…: the clause's subject joins them); and whether the run is the name's own."""
    text = doc.norm_text
    inside = _runs(doc, name.start, name.end)
    if inside:
        return inside[0], True
    lo = name.start
    while lo > max(0, name.start - RUN_REACH) and text[lo - 1] not in _CLAUSE_BREAKS:
        lo -= 1
    before = _runs(doc, lo, name.start)
    return (before[-1] if before else []), False


def run_before(doc: Analysis, position: int) -> list[str]:
    """The states of the nearest run before a 双方 / 两国 (中越发表联合声明。声明指出，双方…)."""
    runs = _runs(doc, max(0, position - PARAGRAPH_REACH), position)
    return runs[-1] if runs else []


def _runs(doc: Analysis, start: int, end: int) -> list[list[str]]:
    """Runs of two or more abbreviation characters that are not part of a longer place name
    (新加坡, 加德满都) nor of a region (中美洲)."""
    text = doc.norm_text
    table = abbreviations()
    runs, i = [], start
    while i < end:
        j = i
        while j < end and text[j] in table:
            j += 1
        if j - i >= 2 and text[j:j + 1] != "洲" and not _inside_longer_place(doc, i, j):
            runs.append(list(dict.fromkeys(_resolve(doc, table[c], i) for c in text[i:j])))
        i = max(j, i + 1)
    return runs


def _inside_longer_place(doc: Analysis, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end and m.end - m.start > 1 and not (start <= m.start and m.end <= end)
               for entity in doc.entities if entity.type in ("GPE", "LOC") for m in entity.mentions)


def _resolve(doc: Analysis, codes: tuple[str, ...], at: int) -> str:
    """The state an ambiguous character means here: the one the article names nearest, else the
    likeliest (中巴 beside 巴西 is Brazil)."""
    if len(codes) == 1:
        return codes[0]
    distance = {}
    for entity in doc.entities:
        if entity.country in codes and entity.type == "GPE":
            nearest = min(abs(m.start - at) for m in entity.mentions)
            distance[entity.country] = min(nearest, distance.get(entity.country, nearest))
    return min(codes, key=lambda code: (distance.get(code, 10 ** 9), codes.index(code)))


def clause_parties(doc: Analysis, clause: Span, name: Span) -> list[str]:
    """States of the clause before the name (its subject, X与Y), or after it when none comes
    before; not a place after 在/于 (在土耳其安卡拉) nor part of a person's title (常驻联合国代表)."""
    text = doc.norm_text
    before, after, place_end = [], [], -1
    for mention, code in actors.actor_mentions(doc, clause.start, clause.end):
        lead = text[max(clause.start, mention.start - 2):mention.start]
        if lead[-1:] in ("在", "于") or mention.start == place_end:
            place_end = mention.end
            continue  # where a talk took place is not a party
        if lead.endswith(("驻", "常驻")) or text[mention.end:mention.end + 2] in ("大使", "特使"):
            continue  # 常驻联合国代表, 驻华大使: part of a person's title
        if code in _NOT_A_STATE or mention.text.endswith(_REGION_ENDINGS) or text[mention.end:mention.end + 1] in "洋洲" or \
                text[mention.end:mention.end + 2] in ("会晤", "会谈", "峰会", "会议"):
            continue  # 巴厘岛会晤: a meeting's place; 印度洋: a sea; IGO: members unnamed
        (after if mention.start >= name.end else before).append(code)
    return before or after
