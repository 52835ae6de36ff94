"""The parties an event stage can name: coded entity mentions (actors.actor_mentions) without the
generic codes of no state (IGO), plus named groups of states (data/event_groups.tsv), each member."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from . import actors, lexicon
from .model import Analysis, Span

# Phoenix codes for kinds of actor, not states or the bodies PLOVER codes (UN, EU, NATO).
_GENERIC_CODES = {"IGO", "NGO", "MNC", "REB", "INS", "OPP", "GOV", "MIL", "BUS", "MED", "CVL"}
_CACHE_SIZE = 4


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in lexicon.rows("event_groups.tsv")}


@lru_cache(maxsize=1)
def _group_re():
    return lexicon.alternation(_groups())


_built: list[tuple[Analysis, list[tuple[Span, str]], list[int]]] = []


def _all(doc: Analysis) -> tuple[list[tuple[Span, str]], list[int]]:
    """Every party mention of the document in text order, built once per document."""
    for known, mentions, starts in _built:
        if known is doc:
            return mentions, starts
    found = [(m, c) for m, c in actors.actor_mentions(doc, 0, len(doc.norm_text)) if c not in _GENERIC_CODES]
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
