"""The name inside a mention, as NER sets mark it (中国 of 中国政府, 吴 of 吴先生), shared by the NER
adapter (adapted.py) and the BIO tagger (tagging.py), which would otherwise import each other."""
from __future__ import annotations

from ..kb import KnowledgeBase
from ..model import Analysis, Span
from .words import one_char_places

BIO_TYPES = {"PER": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
PLACE_TAILS = ("政府", "方面", "当局", "地区", "方", "东北部", "东南部", "西北部", "西南部", "北部", "南部", "东部", "西部",
               "中部")
PERSON_TAILS = ("先生", "女士", "小姐", "某某", "某", "老", "老师", "大娘", "大爷", "大妈", "阿姨", "师傅", "同志", "教授",
                "天皇", "总统", "总理", "主席", "夫人")


def core(doc: Analysis, span: Span, kind: str) -> Span:
    """The name inside a mention, as NER sets mark it: 中国 of 中国政府, 华北 of 华北地区, 吴 of 吴先生."""
    word = doc.norm_text[span.start:span.end]
    tails = PLACE_TAILS if kind in ("GPE", "LOC") else PERSON_TAILS if kind == "PER" else ()
    for tail in tails:
        if word.endswith(tail) and len(word) > len(tail):
            stem = word[: -len(tail)]
            if kind == "PER" or tail.endswith("部") and len(stem) >= 2 \
                    or (len(stem) >= 2 or stem in one_char_places()) and KnowledgeBase.load().lookup(
                    one_char_places().get(stem, stem)):
                return Span(span.start, span.end - len(tail), stem)
    return span
