"""The other sides of an act named by a word rather than a name: 双方/两国 (the two parties just named),
对方 (the one other party), 其 (the party before), nouns for the act just told (此举, 这一说法, 这轮空袭), the
two sides of a fight inside one state (苏丹冲突双方) and where a with-verb's partner opens (政府军与|反政府武装交火)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from .. import lexicon
from ..model import Analysis, Span
from ..nlp.chinese import SENTENCE_ENDS as SENTENCE_END, back_to
from ..doc import actor_mentions, entity_at
from . import event_parties as parties
from .event_parties import clause_codes as codes


def both_named(doc: Analysis, sentence: Span, position: int, source: Optional[str] = None,
               finder: Optional[Callable[[Analysis, int, int], list[str]]] = None) -> list[str]:
    """The two parties other than `source` named last before `position`, in this sentence or the
    one before it (or the one before that, past a sentence naming none); none when more or fewer than
    two are named there. `finder` lists the codes of
    a stretch of text (`codes` by default, which leaves out places after 在/于)."""
    text = doc.norm_text
    previous = back_to(text, 0, max(0, sentence.start - 1), SENTENCE_END)
    earlier = back_to(text, 0, max(0, previous - 1), SENTENCE_END) if previous > 0 and text[previous - 1] != "\n" else previous
    for begin in (sentence.start, previous, earlier):
        found = [c for c in (finder or codes)(doc, begin, position) if c != source]
        if len(found) == 2:
            return found
        if len(found) > 2 or found and begin == previous:
            return []  # (two sentences back only past a sentence that names no party: 当地居民十分恐慌。)
    return []


OTHER_SIDE = re.compile(r"[了过]?对方")
# Stances that are never taken on oneself: 其 after their verb is another party, also one of the sentence before.
STANCES_ON_OTHERS = ("ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST", "SANCTION", "SUPPORT")
# A demonstrative that makes a hostile deed the one just told (谴责这轮空袭, 此次袭击).
THIS_ONE = ("这轮", "此轮", "这一轮", "这次", "此次", "这场", "这起", "此番", "这一系列", "这一", "这些", "上述")


@lru_cache(maxsize=1)
def this_act() -> re.Pattern:
    """A noun for the act or claim just told as a verb's object (谴责此举, 驳斥这一说法, 谴责这轮空袭;
    data/act_anaphors.txt): it stands for the act, and its doer is the one aimed at."""
    return re.compile(rf"[了过]?(?:{act_nouns()})")


@lru_cache(maxsize=1)
def act_nouns() -> str:
    """The nouns of this_act as one alternation (also the opening of a clause that names the act told)."""
    deeds = [this + deed for this in THIS_ONE for deed in lexicon.words("hostile_deeds.txt")]
    return lexicon.alternation_source(deeds + lexicon.words("act_anaphors.txt"))


ITS = re.compile(r"其(?!他|中|实|次|余|间|后|一)")  # 支持其自卫权, 呼吁其克制 (not 其他, 其中, 其实)


def other_side(doc: Analysis, sentence: Span, position: int, source: str, within: bool = False) -> list[str]:
    """The one party other than `source` named before `position` in this sentence, else (not
    `within`) in the one before it (俄乌举行会谈。俄方指责对方…): 对方 is the other side; none when
    several are named."""
    text = doc.norm_text
    previous = back_to(text, 0, max(0, sentence.start - 1), SENTENCE_END)
    for begin in (sentence.start,) if within else (sentence.start, previous):
        others = list(dict.fromkeys(c for c in codes(doc, begin, position) if c != source))
        if len(others) == 1:
            return others
        if others:
            return []
    return []


# 苏丹冲突双方 / 也门交战双方: the two sides of a fight inside the one state named right before 双方
_INNER_CONFLICT = re.compile(r"(?:冲突|交战|内战|对立|敌对)双方$")


def one_state_sides(doc: Analysis, side_end: int) -> Optional[str]:
    """The state both sides belong to when 双方 is modified by one state's name and a word of conflict
    (苏丹冲突双方同意停火: SDN and SDN), else None (俄乌双方 names two)."""
    text = doc.norm_text
    tail = _INNER_CONFLICT.search(text, max(0, side_end - 6), side_end)
    if tail is None:
        return None
    before = actor_mentions(doc, max(0, tail.start() - 8), tail.start())  # (苏丹冲突 is a topic to the parties)
    last = before[-1][0] if before else None
    if last is None or last.end != tail.start() or len({c for m, c in before if m == last}) != 1 \
            or any(m.end == last.start for m, _ in before):
        return None  # 俄乌冲突双方: two states
    return before[-1][1]


def one_state_named(doc: Analysis, sentence_start: int, side_start: int) -> Optional[str]:
    """The state of every party the sentence names before 双方 when they are all of that one state and some of
    them are listed together (国民党主席X、民众党主席Y和Z会面，双方签署了……: TWN and TWN), else None."""
    found = parties.mentions(doc, sentence_start, side_start)
    named = {code for _, code in found}
    listed = any(doc.norm_text[a.end:b.start] in _LIST_JOINERS for (a, _), (b, _) in zip(found, found[1:]))
    return named.pop() if listed and len(named) == 1 else None  # (not 据塔斯社报道，俄方团长说，双方……: no list)


_LIST_JOINERS = ("、", "和", "与", "同", "及", "以及", "跟")


_JOINER = re.compile(r"[与同和跟]")


def partner_start(text: str, clause_start: int, start: int) -> int:
    """Where the partner of a with-verb opens (政府军与|反政府武装交火), else the verb's own start."""
    joiner = _JOINER.search(text, clause_start, start)
    return joiner.end() if joiner else start


def sides_named(doc: Analysis, start: int, end: int) -> list[str]:
    """The party codes of text[start:end] but those inside a title (《美墨加协定》 names a document, no side) and
    the venue of a meeting (在马来西亚布城举行会谈: where, no side; 在日本岛屿开展演习 still names Japan)."""
    text = doc.norm_text
    found, venue_end = [], -1
    for mention, code in parties.mentions(doc, start, end):
        if text[max(start, mention.start - 1):mention.start] == "在" and parties.VENUE.match(text, mention.end) \
                or mention.start == venue_end:
            venue_end = mention.end  # 在马来西亚布城举行: the country and the city in it
        elif text.rfind("《", start, mention.start) <= text.rfind("》", start, mention.start):
            found.append(code)
    return list(dict.fromkeys(found))


def group_mates(doc: Analysis, sentence: Span, end: int) -> list[frozenset[str]]:
    """The members of each named group of states (中亚, 中亚五国: data/event_groups.tsv) the text names
    before `end`, less those this sentence names one by one: the group acts as one, with others
    (中国－中亚峰会: China with each member), so a pair of its members is no act between them
    (中亚－中国合作机制已成为地区合作的平台, 峰会每两年举办一次)."""
    groups: dict[tuple[int, int], set[str]] = {}
    alone = set()
    for mention, code in parties.mentions(doc, 0, end):
        if parties.is_group(mention.text):
            groups.setdefault((mention.start, mention.end), set()).add(code)
        elif mention.start >= sentence.start:
            alone.add(code)
    return [frozenset(members - alone) for members in groups.values() if len(members - alone) >= 2]


# What one side of a fight inside a state does to or with the other (not a retreat or deployment of its own).
_RIVALS_ACTS = ("ASSAULT", "COERCE", "ACCUSE", "THREATEN", "CONSULT", "AGREE", "REJECT", "REQUEST")


def rivals_act(doc: Analysis, act: str, start: int, end: int, source: Optional[str], targets: list[str]) -> bool:
    """An act between the two sides of a fight inside the state `source` (rival_bodies), no other party its target."""
    return source is not None and act in _RIVALS_ACTS and set(targets) <= {source} and rival_bodies(doc, start, end, source)


def rival_bodies(doc: Analysis, start: int, end: int, code: str) -> bool:
    """text[start:end] names two bodies of the state `code` (or the state and a body), one an armed group of
    the knowledge base (苏丹武装部队和快速支援部队, 快速支援部队…指责苏丹武装部队, 瓦格纳…与俄罗斯军队交火): the two
    sides of a fight inside that state, whose acts on each other are the state's on itself."""
    bodies = {entity.id for mention, c in parties.mentions(doc, start, end) if c == code
              for entity in [entity_at(doc, mention)] if entity is not None and entity.type in ("ORG", "GPE")}
    return len(bodies) >= 2 and bool(bodies & _armed_groups())


@lru_cache(maxsize=1)
def _armed_groups() -> frozenset[str]:
    """Knowledge-base ids of armed groups (data/actors/organizations.tsv, kind armed-group)."""
    return frozenset(row[0] for row in lexicon.rows("actors/organizations.tsv") if len(row) > 4 and row[4] == "armed-group")
