"""The document's read API: what a stage may ask of an Analysis that earlier stages filled in.

Stages talk only through the document. A stage that needs another's output (the actors linked to a
stretch of text, the entity behind a speaker) asks here, never imports that stage: replacing the quote
extractor or the actor linker then breaks nothing downstream. Spans of the original text are made by
`span`; lookups over tokens and mentions go through the range index (index.py), which keeps them linear
on long articles.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Callable, Optional

from .index import entity_covering, forget, mentions_in, per_stage, quoted, token_starting_at, token_starts_between, \
    tokens_in
from .kb import KnowledgeBase
from .model import Analysis, Entity, Span
from .nlp.chinese import normalise, span

_ADMIN = re.compile(r"(?:市|省|州|县|区)$")
_STANDS_FOR_ACTOR = ("方面", "当局", "政府", "官员", "和", "与", "及", "之间")
_PEOPLE_OF = re.compile(r"的(?:同僚|官员|代表|人|领导|盟友|支持者|伙伴|军队)")


def sentence_at(doc: Analysis, offset: int) -> Optional[Span]:
    """The body sentence (doc.sentences, written by the text stage) that holds text[offset]."""
    starts = per_stage(doc, ("sentence starts", id(doc.sentences), len(doc.sentences)),
                       lambda: [s.start for s in doc.sentences])
    at = bisect_right(starts, offset) - 1
    if at >= 0 and offset < doc.sentences[at].end:
        return doc.sentences[at]
    return None


# --- entities and actors (written by the entities and actors stages) -------------------------------

def entity_at(doc: Analysis, span: Span) -> Optional[Entity]:
    """The entity one of whose mentions covers this span."""
    return entity_covering(doc, span)


def speaker_entity(doc: Analysis, span: Span) -> Optional[Entity]:
    """The entity a speaker phrase stands for: one whose mention covers it, else a person named inside it
    (美国国务卿鲁比奥), else the first body or state in text order (中国驻欧盟使团发言人: 中国, whose mission it is)."""
    inside = mentions_in(doc, span.start, span.end)
    if any(m.start == span.start and m.end == span.end for m, _ in inside) or not inside:
        return entity_covering(doc, span)
    return next((e for _, e in inside if e.type == "PER"), inside[0][1])


def actor_mentions(doc: Analysis, start: int, end: int) -> list[tuple[Span, str]]:
    """(mention, actor code) for every coded entity mention in text[start:end], in text order."""
    return [(mention, entity.country) for mention, entity in mentions_in(doc, start, end) if entity.country]


def codes_in(doc: Analysis, start: int, end: int) -> list[str]:
    """Actor codes of the entity mentions in text[start:end], in text order, repeats removed."""
    return list(dict.fromkeys(code for _, code in actor_mentions(doc, start, end)))


def country_counts(doc: Analysis, types: Optional[tuple] = ("GPE", "PER", "ORG"),
                   exclude: frozenset | set = frozenset()) -> dict[str, int]:
    """Mentions per state over the article's entities with a country (of `types`; any type with
    None), leaving out `exclude`; in the order the entities come."""
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.country and (types is None or entity.type in types) and entity.country not in exclude:
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
    return counts


def two_most_named(counts: dict[str, int]) -> list[str]:
    """The two codes counted most, or none when fewer are counted or a third ties the second."""
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or len(ranked) > 2 and ranked[2] == ranked[1]:
        return []
    return sorted(counts, key=lambda c: -counts[c])[:2]


def code_of_span(doc: Analysis, span: Span) -> Optional[str]:
    """The actor code of the entity the span stands for (speaker_entity), else of the first coded mention
    inside it."""
    entity = speaker_entity(doc, span)
    if entity is not None and entity.country:
        return entity.country
    codes = codes_in(doc, span.start, span.end)
    return codes[0] if codes else None


def place_in(doc: Analysis, start: int, end: int, exclude: set,
             spoken_of: Callable[[Span], bool] = lambda mention: False, inside: Optional[str] = None) -> Optional[str]:
    """Where it happened: in text[start:end], a place after 在/于 first, then a city, then a
    region; never a state (a party), nor a place standing for an actor (莫斯科方面, 欧洲的同僚), nor
    one `spoken_of` (the topic of a speech verb), nor one known to lie outside the state `inside`."""
    text = doc.norm_text
    ranked = []
    for mention, entity in mentions_in(doc, start, end):
        if entity.type not in ("GPE", "LOC") or KnowledgeBase.load().country(normalise(entity.name)) is not None:
            continue  # a state is a party, not a place
        if spoken_of(mention) or len(mention.text) == 1:
            continue  # 中欧, 中越: a one-character abbreviation stands for a party, it names no place
        if inside and entity.country and entity.country != inside:
            continue  # 访华 with 汉堡港 in the next clause: a visit takes place in the state visited
        if text[mention.end:mention.end + 2].startswith(_STANDS_FOR_ACTOR) or _PEOPLE_OF.match(text, mention.end):
            continue
        locative = text[max(start, mention.start - 2):mention.start].endswith(("在", "于", "赴", "抵达", "中了"))
        ranked.append((not locative, entity.type != "GPE", mention.start, mention))
    return min(ranked)[3].text if ranked else None


def coordinates(name: str) -> Optional[tuple[float, float]]:
    """Latitude and longitude of a place the knowledge base knows (哈尔科夫 / 哈尔科夫市)."""
    kb = KnowledgeBase.load()
    for candidate in dict.fromkeys([normalise(name), _ADMIN.sub("", normalise(name))]):
        for actor in kb.lookup(candidate):
            if actor.kind == "place" and actor.lat is not None:
                return actor.lat, actor.lon
    return None


def holder_on(role_zh: str, country: Optional[str], on: Optional[date]):
    """Who held a title on a day (美国国务卿 on 2025-04-18): the KB's office-holders."""
    if on is None:
        return []
    return KnowledgeBase.load().holders(role_zh, country, on)


__all__ = ["span", "sentence_at", "entity_at", "actor_mentions", "codes_in", "code_of_span", "place_in", "coordinates",
           "holder_on", "tokens_in", "token_starting_at", "token_starts_between", "mentions_in", "quoted", "per_stage",
           "forget"]
