"""Actor linking stage: entities to knowledge-base actors (canonical name, Wikidata id, country,
role on the publication date), and the actor codes (ISO alpha-3, UN, EU, NATO) events use."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .kb import KnowledgeBase
from .model import Analysis, Entity, Options, Span
from .text import normalise

_SUFFIXES = ("方面", "政府", "当局", "官方", "官员", "代表团", "军方", "军队", "军")
_ADMIN = re.compile(r"(?:市|省|州|县|区)$")
_KIND_TYPES = {"person": "PER", "org": "ORG", "country": "GPE", "place": None}
_BODY_CODES = {"UN", "EU", "NATO"}


def link(doc: Analysis, options: Options) -> Analysis:
    """Stage: fill canonical, wikidata, country and role of every entity the KB knows."""
    kb = KnowledgeBase.load()
    on = doc.article.published_at.date() if doc.article.published_at else None
    for entity in doc.entities:
        actor = _best(kb, entity)
        if actor is None:
            continue
        entity.canonical = actor.name_en
        entity.wikidata = actor.wikidata or None
        entity.country = _code(actor)
        entity.confidence = max(entity.confidence, 0.9)
        kb_type = _KIND_TYPES.get(actor.kind) or getattr(actor, "type", None) or entity.type
        if actor.kind == "place":
            kb_type = "LOC" if actor.place_type == "LOC" else "GPE"
        entity.type = kb_type if kb_type in ("PER", "ORG", "GPE", "LOC") else entity.type
        if actor.kind == "person" and on is not None:
            roles = kb.roles_of(actor.id, on)
            if roles:
                entity.role = roles[0].role_en
    _merge_same_actor(doc)
    return doc


def _best(kb: KnowledgeBase, entity: Entity):
    for name in _candidate_names(entity):
        found = kb.lookup(name)
        if found:
            wanted = {"PER": ("person",), "ORG": ("org", "country"), "GPE": ("country", "place"),
                      "LOC": ("place", "country")}.get(entity.type, ())
            preferred = [a for a in found if a.kind in wanted]
            return (preferred or found)[0]
    return None


def _candidate_names(entity: Entity) -> list[str]:
    names = []
    for raw in [entity.name, *entity.aliases]:
        name = normalise(raw)
        names.append(name)
        for suffix in _SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                names.append(name[: -len(suffix)])
        if _ADMIN.search(name) and len(name) > 2:
            names.append(name[:-1])
    return list(dict.fromkeys(names))


def _code(actor) -> Optional[str]:
    if actor.kind == "country":
        return actor.country or actor.id
    return actor.country or None


def _merge_same_actor(doc: Analysis) -> None:
    """卢比奥 and 盧比歐 in one article are one entity once both link to the same actor."""
    by_key: dict[tuple, Entity] = {}
    kept: list[Entity] = []
    for entity in doc.entities:
        key = (entity.canonical, entity.type) if entity.canonical else None
        if key is not None and key in by_key:
            first = by_key[key]
            first.mentions.extend(entity.mentions)
            for alias in [entity.name, *entity.aliases]:
                if alias != first.name and alias not in first.aliases:
                    first.aliases.append(alias)
            continue
        if key is not None:
            by_key[key] = entity
        kept.append(entity)
    doc.entities = kept


def entity_at(doc: Analysis, span: Span) -> Optional[Entity]:
    """The entity one of whose mentions covers this span."""
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.start <= span.start and span.end <= mention.end or \
                    span.start <= mention.start and mention.end <= span.end:
                return entity
    return None


def actor_mentions(doc: Analysis, start: int, end: int) -> list[tuple[Span, str]]:
    """(mention, actor code) for every coded entity mention in text[start:end], in text order."""
    found = []
    for entity in doc.entities:
        if not entity.country:
            continue
        for mention in entity.mentions:
            if start <= mention.start and mention.end <= end:
                found.append((mention, entity.country))
    return sorted(found, key=lambda pair: pair[0].start)


def codes_in(doc: Analysis, start: int, end: int) -> list[str]:
    """Actor codes of the entity mentions in text[start:end], in text order, repeats removed."""
    return list(dict.fromkeys(code for _, code in actor_mentions(doc, start, end)))


def code_of_span(doc: Analysis, span: Span) -> Optional[str]:
    entity = entity_at(doc, span)
    if entity is not None and entity.country:
        return entity.country
    codes = codes_in(doc, span.start, span.end)
    return codes[0] if codes else None


def place_in(doc: Analysis, start: int, end: int, exclude: set) -> Optional[str]:
    """The first city or region mentioned in text[start:end] that is not a party's country."""
    best = None
    for entity in doc.entities:
        if entity.type not in ("GPE", "LOC"):
            continue
        kb_country = KnowledgeBase.load().country(normalise(entity.name))
        if kb_country is not None:
            continue  # a state is a party, not a place
        for mention in entity.mentions:
            if start <= mention.start and mention.end <= end and (best is None or mention.start < best.start):
                best = mention
    return best.text if best else None


def holder_on(role_zh: str, country: Optional[str], on: Optional[date]):
    """Who held a title on a day (美国国务卿 on 2025-04-18): the KB's office-holders."""
    if on is None:
        return []
    return KnowledgeBase.load().holders(role_zh, country, on)


__all__ = ["link", "codes_in", "code_of_span", "place_in", "entity_at", "holder_on", "_BODY_CODES"]
