"""Body names LAC cut one character short, grown to their ending word: 联合国贸|发|会议 (a name LAC ended inside
a word, the one character left, then a body's ending) is one ORG, 联合国贸发会议."""
from __future__ import annotations

from ..kb import KnowledgeBase
from ..model import Analysis, Mention
from ..nlp.chinese import span as original_span
from ..nlp.words import place_words

_FUNCTION = set("的了在和与及或是被把将向对从于为由同跟也都又还就才再等")  # a word of grammar is no part of a name


def grow(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions, an ORG that the knowledge base does not know grown through one character and a body's ending
    word right after it (data/places.tsv CUT_BODY_END) when both are whole LAC words of their own."""
    text = doc.norm_text
    words = {span.start: span.end for span, _ in doc.tokens}
    endings = set(place_words().get("CUT_BODY_END", ()))
    kb = KnowledgeBase.load()
    out = []
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        glue_end = words.get(end)
        ending_end = words.get(glue_end) if glue_end is not None else None
        if (mention.type == "ORG" and end - start >= 3 and glue_end == end + 1 and text[end] not in _FUNCTION
                and "\u4e00" <= text[end] <= "\u9fff" and ending_end is not None
                and text[glue_end:ending_end] in endings and not kb.lookup(text[start:end])):
            mention = Mention(span=original_span(doc, start, ending_end), type="ORG",
                              confidence=min(mention.confidence, 0.8))
        out.append(mention)
    return out
