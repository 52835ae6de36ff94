"""Body names LAC cut one character short, grown to their ending word: 联合国贸|发|会议 (a name LAC ended inside
a word, the one character left, then a body's ending) is one ORG, 联合国贸发会议, and its short form elsewhere in
the article (联合国贸|发报告) is 联合国贸发."""
from __future__ import annotations

from ..kb import KnowledgeBase
from ..model import Analysis, Entity, Mention
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
    out, grown = [], set()
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        glue_end = words.get(end)
        ending_end = words.get(glue_end) if glue_end is not None else None
        if (mention.type == "ORG" and end - start >= 3 and glue_end == end + 1 and text[end] not in _FUNCTION
                and "\u4e00" <= text[end] <= "\u9fff" and ending_end is not None
                and text[glue_end:ending_end] in endings and not kb.lookup(text[start:end])):
            mention = Mention(span=original_span(doc, start, ending_end), type="ORG",
                              confidence=min(mention.confidence, 0.8))
            grown.add(text[start:ending_end])
        out.append(mention)
    return [_short_form(doc, m, grown) for m in out] if grown else out


def _short_form(doc: Analysis, mention: Mention, grown: set[str]) -> Mention:
    """联合国贸|发报告 where the article names 联合国贸发会议: the cut name runs on through the character that the full
    name has next (the body's short form, 联合国贸发)."""
    start, end = mention.span.start, mention.span.end
    longer = doc.norm_text[start:end + 1]
    if mention.type != "ORG" or len(longer) == end - start or longer in grown \
            or not any(g.startswith(longer) for g in grown):
        return mention
    return Mention(span=original_span(doc, start, end + 1), type="ORG", confidence=min(mention.confidence, 0.8))


def join_short(entities: list[Entity]) -> list[Entity]:
    """联合国贸发 into 联合国贸发会议: a body's name the knowledge base does not know, which with a body's ending word
    (CUT_BODY_END) is another body of the article, is that body's short form (not 欧盟 of 欧盟委员会: a known name)."""
    endings = place_words().get("CUT_BODY_END", ())
    orgs = {e.name: e for e in entities if e.type == "ORG"}
    kb = KnowledgeBase.load()
    kept = []
    for entity in entities:
        full = next((orgs[entity.name + e] for e in endings if entity.name + e in orgs), None)
        if entity.type == "ORG" and full is not None and len(entity.name) >= 3 and not kb.lookup(entity.name):
            full.mentions = sorted(full.mentions + entity.mentions, key=lambda s: s.start)
            if entity.name not in full.aliases:
                full.aliases.append(entity.name)
            continue
        kept.append(entity)
    return kept
