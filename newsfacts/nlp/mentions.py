"""The name inside a mention, as NER sets mark it (中国 of 中国政府, 吴 of 吴先生), shared by the NER
adapter (adapted.py) and the BIO tagger (tagging.py), which would otherwise import each other."""
from __future__ import annotations

from ..kb import KnowledgeBase
from ..model import Analysis, Span

BIO_TYPES = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
PLACE_TAILS = ("政府", "方面", "当局", "地区", "方")
PERSON_TAILS = ("先生", "女士", "小姐", "某某", "某", "老")


def core(doc: Analysis, span: Span, kind: str) -> Span:
    """The name inside a mention, as NER sets mark it: 中国 of 中国政府, 华北 of 华北地区, 吴 of 吴先生."""
    word = doc.norm_text[span.start:span.end]
    tails = PLACE_TAILS if kind in ("GPE", "LOC") else PERSON_TAILS if kind == "PER" else ()
    for tail in tails:
        if word.endswith(tail) and len(word) > len(tail):
            stem = word[: -len(tail)]
            if kind == "PER" or len(stem) >= 2 and KnowledgeBase.load().lookup(stem):
                return Span(span.start, span.end - len(tail), stem)
    return span
