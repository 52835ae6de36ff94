"""Titles to people: a title-only reference (美国国务卿, 该国总统) becomes a mention of whoever held the office
on the publication date, and a person named right after a title gets the role and country it gives."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..kb import KnowledgeBase
from ..model import Analysis, Entity, Span
from .chinese import SENTENCE_ENDS, back_to, span as original_span
from .words import titles

INTERNATIONAL_BODIES = frozenset({"UN", "EU", "NATO", "IGO"})  # codes of bodies whose officers act for them
_THAT_COUNTRY = ("该国", "这个国家", "该国的", "其")
_NAME_GAP = set("·• ")


def attach_titles(doc: Analysis, kb: KnowledgeBase, on: Optional[date]) -> None:
    """Stage helper for actors.link: resolve titles against the KB's office-holders."""
    titles = kb.titles() | _plain_titles()
    text = doc.norm_text
    before = _mentions_by_end(doc)
    starts = _mentions_by_start(doc)
    tokens = doc.tokens
    for i, (span, _) in enumerate(tokens):
        title, end = _title_at(text, tokens, i, titles)
        if title is None:
            continue
        owner = before.get(span.start) or _office_holder(text, span.start, before)
        if owner is not None and text[owner[0].start - 1:owner[0].start] == "驻":
            owner = before.get(owner[0].start - 1)  # 法国驻埃及大使: France's envoy, posted to Egypt
        code = owner[1].country if owner else _that_country(doc, text, span.start)
        if code is None:
            continue
        named = starts.get(end) or (starts.get(end + 1) if text[end:end + 1] in _NAME_GAP else None)
        if named is not None:
            _give_role(kb, named[1], title, code)
            if code in INTERNATIONAL_BODIES and text[max(0, span.start - 1):span.start] != "前" \
                    and not (owner and text[max(0, owner[0].start - 1):owner[0].start] == "前"):
                named[1].country = code  # 非盟委员会主席法基 acts for the body, not for his own state
            continue
        if on is None or (owner and owner[1].type == "PER") or title not in kb.titles():
            continue
        holders = _holders(kb, owner, title, code, on)
        if len(holders) == 1:
            phrase_start = owner[0].start if owner else span.start
            _mention_holder(doc, kb, holders[0], original_span(doc, span.start, end), on,
                            doc.article.text[phrase_start:end])


# Offices before the last, joined by 兼 or 、, after the state (沙特|国务大臣、内阁成员兼|国家安全顾问X).
_EARLIER_OFFICES = re.compile(r"[^\s，,。；;、兼“”]{2,10}(?:[兼、][^\s，,。；;、兼“”]{2,10}){0,2}[兼、]")
OFFICES_REACH = 36  # characters of earlier offices searched back for their state
# A ministry's department between the ministry and the title of its head (中国外交部|亚洲司|司长).
_DEPARTMENT_ENDS = ("司", "局", "处", "厅")
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?[%s]" % "".join(_DEPARTMENT_ENDS))
_UNIT_REACH = 11


def _office_holder(text: str, start: int, before: dict) -> Optional[tuple[Span, Entity]]:
    """The state (or body) named before a chain of offices ending in this title's 兼 or 、, or the ministry before
    the department whose head the title names (中国外交部|亚洲司|司长X)."""
    last = text[start - 1:start]
    if last in ("兼", "、"):
        between, reach, body_only = _EARLIER_OFFICES, OFFICES_REACH, False  # a state or body, no person
    elif last in _DEPARTMENT_ENDS:
        between, reach, body_only = _DEPARTMENT, _UNIT_REACH, True  # a ministry
    else:
        return None
    for end in range(start - 3, max(0, start - reach), -1):
        owner = before.get(end)
        if owner is not None and (owner[1].type == "ORG" if body_only else owner[1].type != "PER") \
                and between.fullmatch(text, end, start):
            return owner
    return None


@lru_cache(maxsize=1)
def _plain_titles() -> frozenset[str]:
    """Titles of data/titles.txt (省委书记, 教授 ...): they give a role, but no office-holder to look up."""
    return frozenset(t for t in titles() if len(t) >= 2) | frozenset({"省委书记", "市委书记", "县委书记", "区委书记"})


def _title_at(text: str, tokens, i: int, titles: frozenset[str]) -> tuple[Optional[str], int]:
    """The longest title made of the words from token i (外交部 + 发言人 -> 外交部发言人)."""
    best, best_end = None, 0
    start = tokens[i][0].start
    for j in range(i, min(len(tokens), i + 6)):
        word = text[start:tokens[j][0].end]
        if word in titles and len(word) >= 2:
            best, best_end = word, tokens[j][0].end
    return best, best_end


def _mentions_by_end(doc: Analysis) -> dict[int, tuple[Span, Entity]]:
    out = {}
    for entity in doc.entities:
        if entity.country:
            for mention in entity.mentions:
                out[mention.end] = (mention, entity)
    return out


def _mentions_by_start(doc: Analysis) -> dict[int, tuple[Span, Entity]]:
    return {m.start: (m, e) for e in doc.entities if e.type == "PER" for m in e.mentions}


def _that_country(doc: Analysis, text: str, at: int) -> Optional[str]:
    """该国总统 after 乌克兰: the last country mentioned before the title."""
    word = next((w for w in _THAT_COUNTRY if text[max(0, at - len(w)):at] == w), None)
    if word is None:
        return None
    named = sorted((mention.start, entity.country) for entity in doc.entities if entity.country and (
        entity.type == "GPE" and entity.canonical or entity.type == "ORG") for mention in entity.mentions
        if mention.start < at - len(word))
    if not named:
        return None
    opening = at - len(word)
    if not text[back_to(text, 0, opening, SENTENCE_ENDS):opening].strip():  # 。该国副总统: the topic of the sentence
        sentence = back_to(text, 0, named[-1][0], SENTENCE_ENDS)  # that named a state last
        return next(code for start, code in named if start >= sentence)
    return named[-1][1]


def _holders(kb: KnowledgeBase, owner, title: str, code: str, on: date):
    if owner is not None and owner[1].type == "ORG":  # 克里姆林宫发言人
        found = kb.holders(owner[0].text + title, None, on)
        if found:
            return found
    return kb.holders(title, code, on)


def _give_role(kb: KnowledgeBase, entity: Entity, title: str, code: str) -> None:
    if not entity.role:
        entity.role = kb.role_name(title, code) or title
    if not entity.country:
        entity.country = code


def _mention_holder(doc: Analysis, kb: KnowledgeBase, actor, span: Span, on: date, phrase: str) -> None:
    entity = next((e for e in doc.entities if e.canonical == actor.name_en and e.type == "PER"), None)
    if entity is None:
        roles = kb.roles_of(actor.id, on)
        entity = Entity(name=phrase, type="PER", canonical=actor.name_en, wikidata=actor.wikidata or None,
                        country=actor.country or None, role=roles[0].role_en if roles else None, confidence=0.7)
        doc.entities.append(entity)
    entity.mentions.append(span)
    entity.mentions.sort(key=lambda s: s.start)
