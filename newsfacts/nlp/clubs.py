"""Clubs named after their city: in a clause about a match (a league, a score, home and away), a city that beats,
draws with or loses to another (罗马2比1击败某某, 某某不敌那不勒斯) is the club, an organisation, not the place.
Countries stay states (a national side is written with 队: 中国队)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..kb import KnowledgeBase
from ..model import Analysis, Entity, Mention
from .chinese import normalise, span as original_span
from .words import names_a_state, place_words

_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_SCORE = re.compile(r"\d+\s*[比:：-]\s*\d+")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = place_words()
    return words.get("TEAM_VERB", ()), words.get("SPORT_WORD", ())


def retype(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions of the cities that play in an article about sport typed ORG (every mention of such a name),
    with the name right after one (山东|泰山) as part of the club's name."""
    clubs = _clubs(doc, mentions)
    if not clubs:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].type == "ORG" and doc.norm_text[out[-1].span.start:out[-1].span.end] in clubs \
                and m.span.start == out[-1].span.end and m.type in ("GPE", "LOC", "ORG"):
            out[-1] = Mention(span=original_span(doc, out[-1].span.start, m.span.end), type="ORG",
                              confidence=out[-1].confidence)  # 山东|泰山: the club's full name
            continue
        if m.type == "GPE" and doc.norm_text[m.span.start:m.span.end] in clubs:
            m = Mention(span=m.span, type="ORG", confidence=m.confidence)
        out.append(m)
    return out


def club_names(doc: Analysis) -> set[str]:
    """The names of the cities that play in the article (see _clubs), found once for all its entities."""
    return _clubs(doc, doc.mentions)


def is_club(entity: Entity, names: set[str]) -> bool:
    """An ORG entity named by a city that plays in the article (`names`, from club_names): the club, not to be
    linked to the city."""
    return entity.type == "ORG" and normalise(entity.name) in names


def _clubs(doc: Analysis, mentions: list[Mention]) -> set[str]:
    """Names of cities that play a match in a sports clause, or that a club word follows (罗马本赛季, 罗马主帅) in an
    article with a sports word or a score."""
    text = doc.norm_text
    _, sport = _words()
    if not (_SCORE.search(text) or any(w in text for w in sport)):
        return set()
    after_words = place_words().get("CLUB_AFTER", ())
    names = set()
    for i, m in enumerate(mentions):
        if m.type not in ("GPE", "ORG"):
            continue
        name = text[m.span.start:m.span.end]
        if name in names:
            continue
        if text.startswith(after_words, m.span.end) and _city(name, m.type) or _plays(doc, mentions, i):
            names.add(name)
    return names


def _plays(doc: Analysis, mentions: list[Mention], i: int) -> bool:
    """Whether mention i is a city (not a country) that beats, draws with or loses to another in a sports clause."""
    verbs, sport = _words()
    text, mention = doc.norm_text, mentions[i]
    if not _city(text[mention.span.start:mention.span.end], mention.type):
        return False
    start, end = _clause(text, mention.span.start)
    clause = text[start:end]
    if not (_SCORE.search(clause) or any(w in clause for w in sport)):
        return False
    before = _SCORE.sub("", text[start:mention.span.start]).rstrip("以了")
    after = text[mention.span.end:end]
    first = not any(start <= m.span.start < mention.span.start and m.type != "TIME" for m in mentions)
    return before.endswith(verbs) or first and any(v in after for v in verbs)


def _city(name: str, kind: str) -> bool:
    """A city or region that gives a club its name: typed GPE and not a country or a body the knowledge base
    knows, or (typed ORG here already) a place the knowledge base knows."""
    if names_a_state(name):
        return False
    actors = KnowledgeBase.load().lookup(name)
    if any(actor.kind in ("country", "org", "person") for actor in actors):
        return False
    return kind == "GPE" or any(actor.kind == "place" for actor in actors)


def _clause(text: str, at: int) -> tuple[int, int]:
    window = max(0, at - 200)
    start = max((m.end() for m in _CLAUSE_END.finditer(text, window, at)), default=window)
    found = _CLAUSE_END.search(text, at)
    return start, found.start() if found else len(text)
