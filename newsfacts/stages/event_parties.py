"""The parties an event stage can name: coded entity mentions (doc.actor_mentions) without the
generic codes of no state (IGO), plus named groups of states (data/event_groups.tsv), each member,
and runs of one-character state names (美英澳三国); a state named as the topic (俄乌冲突) is none."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import lexicon
from ..doc import actor_mentions, mentions_in
from ..model import Analysis, Span

# Phoenix codes for kinds of actor, not states or the bodies PLOVER codes (UN, EU, NATO).
_GENERIC_CODES = {"IGO", "NGO", "MNC", "REB", "INS", "OPP", "GOV", "MIL", "BUS", "MED", "CVL"}
_CACHE_SIZE = 4


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in lexicon.rows("event_groups.tsv")}


def is_group(name: str) -> bool:
    """The name is one of the named groups of states (data/event_groups.tsv)."""
    return name in _groups()


@lru_cache(maxsize=1)
def _group_re():
    return lexicon.alternation(_groups())


# A state named as the subject matter of a noun (乌克兰局势, 俄乌冲突, 朝核问题) is not a party there.
_TOPIC = re.compile(r"(?:核)?(?:局势|冲突|问题|危机|争端|战争|战事|战场|局面|和谈|议题)")
# 美英澳三国, 中厄: a run of one-character state names the tagger kept as one uncoded name.
_TITLED = re.compile(r"([^新老前副原代])(?:外长|总统|总理|防长|首相|国防部长|外交部长|大使|领导人|国王)")
# What follows a run of state names that names their bilateral relations or joint bodies (中坦关系,
# 中厄渔业合作, 中澳部长级经济联委会), so the run is no other word (巴沙认为 is a name).
_BILATERAL_HEAD = re.compile(r"两国|三国|四国|五国|双方|各方|三方|关系|合作|友好|友谊|领导人|元首|首脑|外长|防长|总理|总统|"
                             r"部长|经贸|贸易|渔业|军事|战略|安全|联合|全面|之间|间|建交|边境|会谈|会晤|峰会|对话|伙伴|同盟|联盟")
_NOT_A_RUN_TAGS = {"PER", "TIME", "nr", "t", "m", "w"}
_RUN_TAIL = re.compile(r"(?:两国|三国|四国|五国|双方|各方|三方|四方)?$")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """data/country_abbreviations.tsv: character → its likeliest state."""
    return {row[0]: row[1].split(",")[0] for row in lexicon.rows("country_abbreviations.tsv")}


def _run_codes(name: str, person: bool = False) -> tuple[str, ...]:
    """The states of a run of one-character names (美英澳三国 → USA GBR AUS), or of one such name
    before a title (厄外长, 厄总统拉索 → ECU), else ()."""
    titled = _TITLED.match(name)
    if titled and titled.group(1) in _abbreviations():
        return (_abbreviations()[titled.group(1)],)
    if person:
        return ()
    stem = name[:_RUN_TAIL.search(name).start()]
    table = _abbreviations()
    if not 2 <= len(stem) <= 5 or any(char not in table for char in stem):
        return ()
    return tuple(dict.fromkeys(table[char] for char in stem))


def _is_topic(text: str, end: int) -> bool:
    """The name ending at `end` is the topic of a noun, alone or in a run (俄乌冲突)."""
    if _TOPIC.match(text, end):
        return True
    return end < len(text) and text[end] in _abbreviations() and bool(_TOPIC.match(text, end + 1))


_built: list[tuple[Analysis, list[tuple[Span, str]], list[int]]] = []


def _all(doc: Analysis) -> tuple[list[tuple[Span, str]], list[int]]:
    """Every party mention of the document in text order, built once per document."""
    for known, mentions, starts in _built:
        if known is doc:
            return mentions, starts
    text = doc.norm_text
    found = [(m, c) for m, c in actor_mentions(doc, 0, len(text))
             if c not in _GENERIC_CODES and not _is_topic(text, m.end)]
    for mention, entity in mentions_in(doc, 0, len(text)):
        if not entity.country and entity.type in ("GPE", "ORG", "LOC", "PER"):
            found.extend((mention, code) for code in _run_codes(mention.text, entity.type == "PER"))
    covered = {i for mention, _ in found for i in range(mention.start, mention.end)}
    for token, tag in doc.tokens:  # 中厄渔业合作, 中坦关系: a run the entity stage kept no name of
        if token.start in covered:
            continue
        if tag in ("PER", "nr"):  # 厄外长 before a name the knowledge base does not know
            found.extend((token, code) for code in _run_codes(token.text, person=True))
        elif tag not in _NOT_A_RUN_TAGS and _BILATERAL_HEAD.match(text, token.end):
            found.extend((token, code) for code in _run_codes(token.text) if not _is_topic(text, token.end))
    for match in _group_re().finditer(doc.norm_text):
        span = Span(match.start(), match.end(), match.group(0))
        found.extend((span, code) for code in _groups()[match.group(0)])
    found.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    _built.insert(0, (doc, found, [m.start for m, _ in found]))
    del _built[_CACHE_SIZE:]
    return found, _built[0][2]


def mentions(doc: Analysis, start: int, end: int) -> list[tuple[Span, str]]:
    """(mention, code) of every party mentioned inside text[start:end], in text order; a group gives
    one pair per member, all on the group's span."""
    found, starts = _all(doc)
    out = []
    for mention, code in found[bisect_left(starts, start):]:
        if mention.start >= end:
            break
        if mention.end <= end:
            out.append((mention, code))
    return out


def codes(doc: Analysis, start: int, end: int) -> list[str]:
    """The codes of the parties in text[start:end], in text order, repeats removed."""
    return list(dict.fromkeys(code for _, code in mentions(doc, start, end)))
