"""Body names LAC cut short, grown to their whole: 联合国贸|发|会议 (a name LAC ended inside a word, the one
character left, then a body's ending) is one ORG, 联合国贸发会议, and its short form elsewhere in the article
(联合国贸|发报告) is 联合国贸发; a body written with its Latin acronym in brackets (某某贸易与发展会议(UNCTAD),
美国国会及行政当局中国委员会(CECC)) is one name from the name word that opens it to the bracket."""
from __future__ import annotations

import re

from ..kb import KnowledgeBase
from ..model import Analysis, Entity, Mention
from ..nlp.chinese import span as original_span
from ..nlp.words import place_words

_ACRONYM = re.compile(r"[(（][A-Z][A-Za-z&]{1,9}[)）]")
_JOINING = set("与和及")
_LONGEST = 20  # characters of a body's name before its acronym
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
    # the article's whole body names: those grown here, and those the knowledge base knows (联合国贸发会议)
    whole = grown | {text[m.span.start:m.span.end] for m in out
                     if m.type == "ORG" and m.span.end - m.span.start >= 4 and kb.lookup(text[m.span.start:m.span.end])}
    out = [_short_form(doc, m, whole, kb) for m in out] if whole else out
    return _named_with_acronym(doc, out)


def _named_with_acronym(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """某某贸易与发展会议(UNCTAD): Chinese news gives a body's acronym in brackets right after its whole name, so the
    name runs from the earliest name word of its clause to the bracket when it ends in a body's ending (NAMED_BODY)
    and is all Chinese characters; a name word right after 与, 和 or 及 opens a second name (中国与某某会议(X))."""
    text, grown = doc.norm_text, []
    endings = place_words().get("NAMED_BODY", ())
    for bracket in _ACRONYM.finditer(text):
        end = bracket.start()
        if not text[max(0, end - _LONGEST):end].endswith(endings):
            continue
        opens = sorted(m.span.start for m in mentions if m.type in ("ORG", "GPE", "LOC") and end - _LONGEST <= m.span.start
                       and m.span.end <= end and _one_name(text[m.span.start:end]))
        opens = [s for s in opens if not any(s < o and text[o - 1] in _JOINING for o in opens)]
        if opens and not any(m.span.start == opens[0] and m.span.end == end for m in mentions):
            grown.append((opens[0], end))
    if not grown:
        return mentions
    kept = [m for m in mentions if not any(s <= m.span.start and m.span.end <= e for s, e in grown)]
    kept += [Mention(span=original_span(doc, s, e), type="ORG", confidence=0.8) for s, e in grown]
    return sorted(kept, key=lambda m: m.span.start)


def _one_name(words: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in words) and not any(c in _FUNCTION - _JOINING for c in words)


def _short_form(doc: Analysis, mention: Mention, whole: set[str], kb: KnowledgeBase) -> Mention:
    """联合国贸|发报告 where the article names 联合国贸发会议: a cut name the knowledge base does not know runs on
    through the character that the whole name has next (the body's short form, 联合国贸发); a known name (欧盟
    beside 欧盟委员会) stays as it is."""
    start, end = mention.span.start, mention.span.end
    longer = doc.norm_text[start:end + 1]
    if mention.type != "ORG" or len(longer) == end - start or longer in whole \
            or not any(g.startswith(longer) for g in whole) or kb.lookup(doc.norm_text[start:end]):
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
