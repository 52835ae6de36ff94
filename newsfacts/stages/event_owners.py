"""Whose act a noun names, and on whom (events stage): the owner before 的 (俄罗斯的第一波攻击: Russia attacks) and
the doer and the one acted on of X对Y的 + act (以色列对卡塔尔的“野蛮侵略”: Israel acts on Qatar)."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Analysis
from ..nlp.words import COMPASS_PART
from . import event_parties as parties
from .event_triggers import is_nominal, words_of

POSSESSOR_REACH = 10  # 伊朗规模空前的首轮袭击: the owner of the act within this many characters
_ON_OF = re.compile(r"[对向][^，,。；;对向的]{0,6}")  # 以色列对兄弟国家卡塔尔的侵略: 对, then a noun for the one acted on


def aimed_act(doc: Analysis, clause_start: int, start: int) -> Optional[tuple[str, str]]:
    """(doer, the one acted on) of an act named as a noun after X对Y的 (以色列对卡塔尔的“野蛮侵略”), else None."""
    found = parties.mentions(doc, clause_start, start)
    if len(found) < 2:
        return None
    (doer, doer_code), (done_to, code) = found[-2], found[-1]
    between = doc.norm_text[done_to.end:start]
    if doer_code == code or len(between) > POSSESSOR_REACH or not between.startswith("的") \
            or not _ON_OF.fullmatch(doc.norm_text, doer.end, done_to.start) or not is_nominal(words_of(doc), start):
        return None
    return doer_code, code


def possessor(doc: Analysis, clause_start: int, start: int) -> Optional[str]:
    """The party whose act the trigger names (伊朗规模空前的首轮袭击), when the clause's subject
    is another party: the last party before the trigger, with 的 between them and nothing else named."""
    found = parties.mentions(doc, clause_start, start)
    if len({code for _, code in found}) < 2:
        return None
    mention, code = found[-1]
    between = doc.norm_text[mention.end:start]
    if len(between) > POSSESSOR_REACH or "的" not in between or code == found[0][1]:
        return None
    if not is_nominal(words_of(doc), start) or _coordinated_run(doc.norm_text, found):
        return None  # 美国、英国和约旦的军队参与了拦截 / 美英的侵略行为: one group acts, none is acted on
    if doc.norm_text[mention.start - 1:mention.start] in ("将", "把"):
        return None  # 将X的企业列入实体清单: X's firms are the object of the disposal, X does nothing
    if _placed(doc, found, len(found) - 1):
        return None  # 在X某省的一处山村附近发动空袭: X is where it happened, not whose act it is
    return code


def _coordinated_run(text: str, found: list) -> bool:
    """The parties found are one list (美国、英国和约旦, 美英): each gap is a joiner or nothing."""
    return all(_JOINER.fullmatch(text, a.end, b.start) for (a, _), (b, _) in zip(found, found[1:]))


_JOINER = re.compile(r"[、和与及]?|以及")
_COMPASS_GAP = re.compile(f"(?:{COMPASS_PART})?")


def _placed(doc: Analysis, found: list, last: int) -> bool:
    """The run of places that ends with found[last] (伊拉克|某自治区|某省, 智利北部|某省) follows 在/于
    directly."""
    first = last
    while first > 0 and _COMPASS_GAP.fullmatch(doc.norm_text, found[first - 1][0].end, found[first][0].start):
        first -= 1
    return doc.norm_text[found[first][0].start - 1:found[first][0].start] in ("在", "于")
