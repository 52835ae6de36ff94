"""Clubs named after their city: in a clause about a match (a league, a score, home and away), a city that beats,
draws with or loses to another (罗马2比1击败某某, 某某不敌那不勒斯) is the club, an organisation, not the place.
Countries stay states (a national side is written with 队: 中国队)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..kb import KnowledgeBase
from ..model import Analysis, Entity, Mention
from ..nlp.words import names_a_state, place_words

_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_SCORE = re.compile(r"\d+\s*[比:：-]\s*\d+")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = place_words()
    return words.get("TEAM_VERB", ()), words.get("SPORT_WORD", ())


def retype(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the cities that play a match in a sports clause typed ORG."""
    clubs = {i for i, m in enumerate(mentions) if m.type == "GPE" and _plays(doc, mentions, i)}
    if not clubs:
        return mentions
    return [Mention(span=m.span, type="ORG", confidence=m.confidence) if i in clubs else m
            for i, m in enumerate(mentions)]


def is_club(doc: Analysis, entity: Entity) -> bool:
    """An ORG entity every mention of which is a city playing a match: the club, not to be linked to the city."""
    if entity.type != "ORG" or not entity.mentions:
        return False
    index = {(m.span.start, m.span.end): i for i, m in enumerate(doc.mentions)}
    spots = [index.get((span.start, span.end)) for span in entity.mentions]
    return all(i is not None and _plays(doc, doc.mentions, i) for i in spots)


def _plays(doc: Analysis, mentions: list[Mention], i: int) -> bool:
    """Whether mention i is a city (not a country) that beats, draws with or loses to another in a sports clause."""
    verbs, sport = _words()
    text, mention = doc.norm_text, mentions[i]
    if not _city(text[mention.span.start:mention.span.end]):
        return False
    start, end = _clause(text, mention.span.start)
    clause = text[start:end]
    if not (_SCORE.search(clause) or any(w in clause for w in sport)):
        return False
    before = _SCORE.sub("", text[start:mention.span.start]).rstrip("以")
    after = text[mention.span.end:end]
    first = not any(start <= m.span.start < mention.span.start and m.type != "TIME" for m in mentions)
    return before.endswith(verbs) or first and any(v in after for v in verbs)


def _city(name: str) -> bool:
    """A place the knowledge base does not know as a country (a city or region that gives a club its name)."""
    if names_a_state(name):
        return False
    return not any(actor.kind == "country" for actor in KnowledgeBase.load().lookup(name))


def _clause(text: str, at: int) -> tuple[int, int]:
    window = max(0, at - 200)
    start = max((m.end() for m in _CLAUSE_END.finditer(text, window, at)), default=window)
    found = _CLAUSE_END.search(text, at)
    return start, found.start() if found else len(text)
