"""People and the bodies or states they act for: a UN, EU or NATO officer acts for the body, a person named by a
state's office for that state (荷兰首相吕特, 美国众议院议长约翰逊)."""
from __future__ import annotations

import re
from typing import Optional

from ..doc import entity_at
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from ..nlp.words import titles
from .event_references import BODIES as _BODIES


def body_of_person(doc: Analysis, mention: Span) -> Optional[str]:
    """The international body (UN, EU, NATO) a person acts for: every office the knowledge base gives
    him on the article's date (undated: the offices he holds now) is one of that body's (古特雷斯 as
    Secretary-General → UN, 谭德塞 as head of the WHO → UN); else None, and his nationality stands."""
    entity = entity_at(doc, mention)
    if entity is None or entity.type != "PER" or not entity.id:
        return None
    kb = KnowledgeBase.load()
    if doc.article.published_at is not None:
        roles = kb.roles_of(entity.id, doc.article.published_at.date())
    else:
        roles = [r for r in kb.roles_of(entity.id) if r.end_date is None and r.source != "petrarch2"]
    bodies = {r.country for r in roles}
    return bodies.pop() if len(bodies) == 1 and next(iter(bodies)) in _BODIES else None


def bodies_of_officers(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A person holding an office of the UN, EU or NATO acts for the body, not his home state, unless the
    text names him by a state's office (荷兰首相吕特 in an undated text)."""
    out = []
    for index, (mention, code) in enumerate(found):
        body = body_of_person(doc, mention) if code not in _BODIES else None
        if body is not None and not _states_by_office(doc.norm_text, found, index):
            code = body
        out.append((mention, code))
    return out


def states_of_officers(doc: Analysis, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A person the text names by another state's office (美国众议院议长约翰逊, where 约翰逊 alone is Boris
    Johnson to the knowledge base) acts for the state his title names."""
    out = []
    for index, (mention, code) in enumerate(found):
        named = _states_by_office(doc.norm_text, found, index) if code not in _BODIES else []
        if named and code not in named and (entity := entity_at(doc, mention)) is not None and entity.type == "PER":
            code = named[-1]
        out.append((mention, code))
    return out


OFFICE_REACH = 12  # a state's name this close before a person, with only office titles between, names his office


def _states_by_office(text: str, found: list[tuple[Span, str]], index: int) -> list[str]:
    """The states named just before found[index] with nothing but office titles between (美国众议院议长|约翰逊)."""
    mention = found[index][0]
    return [c for m, c in found[max(0, index - 4):index] if m.end < mention.start and mention.start - m.end <= OFFICE_REACH
            and c not in _BODIES and office_only(text[m.end:mention.start])]


def office_only(between: str) -> bool:
    """Nothing but office titles (and the name of a body's organ: 理事会, 委员会) stands here."""
    for title in titles():
        between = between.replace(title, "")
    # (贸易委员, 负责扩大事务的委员: a commissioner of the European Commission, named by his portfolio)
    return not re.sub(r"理事会|委员会|大会|秘书处|执委会|议会|轮值|现任|前|[\u4e00-\u9fff]{0,8}委员$", "", between).strip()
