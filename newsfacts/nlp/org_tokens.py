"""Tagger words read as one body that are a body and something else: two bodies (云南省委省政府), a party with its
standing (在野党共同民主党), a state and its school or body (日本东京大学, 尼日尔军政府|勒), a known body and a person's
title (朝鲜劳动党中央书记). gazetteer.retag splits them with these."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..kb import KnowledgeBase
from ..model import Analysis, Span
from .chinese import span as _piece
from .words import person_titles

Token = tuple[Span, str]
SCHOOL_TAIL = ("大学", "学院", "研究所", "研究院", "医院")
_PAIRED_BODIES = re.compile(r"委(?=[省市区县]政府$)")  # 省委省政府: the party committee and the government
_PREPOSITIONS = ("向", "对", "与", "同", "在", "从", "被", "把")  # 和 ends names (共和): not cut
_PARTY_ROLE = re.compile(r"(?:最大|主要|第一大)?(?:在野党|执政党|反对党|联合执政党)")


def split_org(doc: Analysis, span: Span, word: str) -> list[Token]:
    """云南省委省政府 -> 云南省委 + 省政府; 日本东京大学 -> 日本 + 东京大学."""
    if word[-1:] in _PREPOSITIONS and len(word) > 3 and word[:-1] in KnowledgeBase.load().gazetteer():
        return [(_piece(doc, span.start, span.end - 1), "ORG"), (_piece(doc, span.end - 1, span.end), "p")]
        # 胡塞武装向|红海…发射: the preposition after a known body opens the phrase of its act
    paired = _PAIRED_BODIES.search(word)
    if paired:
        cut = span.start + paired.start() + 1
        return [(_piece(doc, span.start, cut), "ORG"), (_piece(doc, cut, span.end), "ORG")]
    role = _PARTY_ROLE.search(word)
    known = KnowledgeBase.load().gazetteer().get(word[role.end():]) if role else None
    if known is not None and known.kind == "org" and (not role.start() or KnowledgeBase.load().country(word[:role.start()])):
        # 在野党共同民主党, 日本执政党自民党: a party's standing, then the party the knowledge base knows
        head = [(_piece(doc, span.start, span.start + role.start()), "=GPE")] if role.start() else []
        return head + [(_piece(doc, span.start + role.start(), span.start + role.end()), "n"),
                       (_piece(doc, span.start + role.end(), span.end), "=ORG")]
    for size in range(min(len(word) - 2, 6), 1, -1):
        if word[size:].endswith(SCHOOL_TAIL) and KnowledgeBase.load().country(word[:size]) is not None:
            return [(_piece(doc, span.start, span.start + size), "=GPE"), (_piece(doc, span.start + size, span.end), "ORG")]
        if KnowledgeBase.load().country(word[:size]) is not None:  # 尼日尔军政府|勒令 tagged 尼日尔军政府勒
            body = next((b for b in state_bodies() if word.startswith(b, size) and 1 <= len(word) - size - len(b) <= 2), None)
            if body is not None:
                cut = span.start + size + len(body)
                return [(_piece(doc, span.start, cut), "ORG"), (_piece(doc, cut, span.end), "v")]
    return [(span, "ORG")]


def body_before_title(word: str) -> Optional[str]:
    """The known body a word the tagger read as one body opens on, before a person's title (朝鲜劳动党中央书记)."""
    known = KnowledgeBase.load().gazetteer()
    title = next((t for t in person_titles() if word.endswith(t) and len(word) > len(t) + 1), None) if word not in known else None
    body = word[:-len(title)] if title else ""
    return next((b for b in (body, body.removesuffix("中央")) if b and b in known), None)


@lru_cache(maxsize=1)
def state_bodies() -> tuple[str, ...]:
    """data/state_body_nouns.txt, longest first (军政府 before 政府)."""
    return tuple(sorted(lexicon.words("state_body_nouns.txt"), key=len, reverse=True))
