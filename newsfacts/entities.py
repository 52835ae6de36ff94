"""Entity stage: LAC's PER/LOC/ORG/TIME words to typed mentions, grouped into unique entities
(PER, ORG, GPE for states and cities, LOC for other places)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import adapted
from .gazetteer import retag
from .model import Analysis, Entity, Mention, Options, Span
from .nlp.chinese import normalise, span as original_span
from .nlp.words import place_words, titles  # noqa: F401 (were defined here)

_LAC_TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "TIME": "TIME"}
_TIME_LIKE = re.compile(r"^(周|星期|礼拜)[一二三四五六日天末]|^(今|昨|明|前|后)天|^(上|下|本)(周|月)")
_ADMIN_SUFFIX = ("市", "省", "州", "县")
_NOT_NAME = set("的了在和与及或是被把将")


@lru_cache(maxsize=1)
def _title_split_re() -> re.Pattern:
    alternatives = "|".join(re.escape(t) for t in titles())
    return re.compile(rf"^(?P<org>.*?)(?P<title>{alternatives})(?P<name>[\u4e00-\u9fff·]{{2,8}})$")


def tag(doc: Analysis, options: Options, adapt: bool = True) -> Analysis:
    """Stage: mentions from the tagged words, merged with the NER adapter's (`adapt`), then one Entity per
    distinct name."""
    tokens = [part for span, t in doc.tokens for part in _split_titled(doc, span, t)]
    tokens = retag(doc, tokens)
    doc.mentions = [m for m in (_mention(doc, span, t) for span, t in tokens) if m is not None]
    if adapt:
        doc.mentions = adapted.merge(doc, doc.mentions, lambda span, kind: _mention(doc, span, kind))
    doc.mentions = [_place_in_context(doc, m) for m in doc.mentions]
    doc.entities = group(doc.mentions)
    return doc


def _split_titled(doc: Analysis, span: Span, lac_tag: str) -> list[tuple[Span, str]]:
    """美国国务卿卢比欧 tagged as one place: split into the place, the title, and the person."""
    if lac_tag not in ("LOC", "ORG") or len(span.text) < 5:
        return [(span, lac_tag)]
    match = _title_split_re().match(doc.norm_text[span.start:span.end])
    if not match:
        return [(span, lac_tag)]
    parts, offset = [], span.start
    for group, kind in (("org", "LOC"), ("title", "n"), ("name", "PER")):
        piece = match.group(group)
        if piece:
            parts.append((Span(offset, offset + len(piece), doc.article.text[offset:offset + len(piece)]), kind))
            offset += len(piece)
    return parts


def _mention(doc: Analysis, span: Span, lac_tag: str) -> Mention | None:
    if lac_tag.startswith("="):  # typed by the gazetteer from the knowledge base
        return Mention(span=span, type=lac_tag[1:], confidence=0.9)
    kind = _LAC_TYPES.get(lac_tag)
    if kind is None:
        return None
    span = _trim(doc, span)
    if span is None:
        return None
    name = span.text
    if kind in ("LOC", "ORG") and len(name) < 2:
        return None  # 南, 台: a lone character is a direction or an abbreviation the KB did not know
    if doc.norm_text[span.start:span.end] in titles():
        return None  # a bare title (国务卿) is not a name; the actors stage resolves it
    if kind == "PER" and _TIME_LIKE.search(name):
        kind = "TIME"
    if kind == "PER" and (len(name) < 2 or any(c in _NOT_NAME for c in name[1:])):
        return None
    if kind in ("LOC", "ORG"):
        if name.endswith(place_words().get("NOT_PLACE_SUFFIX", ())):
            return None  # 乌克兰战争, 朝核问题: topics, not places or bodies
        kind = classify_place(name, kind)
    return Mention(span=span, type=kind, confidence=0.8)


def _place_in_context(doc: Analysis, mention: Mention) -> Mention:
    """A name read as a person that the words around it make a place: 南部城市雷某某, 雷某某附近."""
    if mention.type != "PER" or mention.confidence >= 0.9:
        return mention
    words = place_words()
    before = doc.norm_text[max(0, mention.span.start - 6):mention.span.start]
    after = doc.norm_text[mention.span.end:mention.span.end + 4]
    if before.endswith(words.get("PLACE_BEFORE", ())) or after.startswith(words.get("PLACE_AFTER", ())):
        return Mention(span=mention.span, type="GPE", confidence=mention.confidence)
    return mention


def _trim(doc: Analysis, span: Span) -> Span | None:
    """Drop whitespace and punctuation LAC sometimes glues onto a name; keep the original text."""
    start, end = span.start, span.end
    text = doc.norm_text
    while start < end and (text[start].isspace() or not text[start].isalnum()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isalnum()):
        end -= 1
    if end <= start:
        return None
    return original_span(doc, start, end)


def classify_place(name: str, lac_type: str) -> str:
    """GPE for states and cities, LOC for regions, ORG for institutions LAC calls places."""
    words = place_words()
    if name in words.get("LOC_WORD", ()):
        return "LOC"
    if lac_type == "ORG":
        return "ORG"
    if name.endswith(words.get("ORG_SUFFIX", ())) and len(name) >= 3:
        return "ORG"
    if name.endswith(words.get("GPE_SUFFIX", ())):
        return "GPE"
    if name.endswith(words.get("LOC_SUFFIX", ())):
        return "LOC"
    return "GPE"


def group(mentions: list[Mention]) -> list[Entity]:
    """One Entity per simplified name and coarse type, in order of first mention."""
    by_key: dict[tuple[str, str], Entity] = {}
    for mention in mentions:
        if mention.type == "TIME":
            continue
        key = (_key(mention.span.text), mention.type)
        entity = by_key.get(key)
        if entity is None:
            entity = Entity(name=mention.span.text, type=mention.type, confidence=mention.confidence)
            short = _strip_admin(mention.span.text)
            if short != mention.span.text:
                entity.aliases.append(short)
            by_key[key] = entity
        entity.mentions.append(mention.span)
        if mention.span.text not in entity.aliases and mention.span.text != entity.name:
            entity.aliases.append(mention.span.text)
    return list(by_key.values())


def _key(name: str) -> str:
    return _strip_admin(normalise(name))


def _strip_admin(name: str) -> str:
    if len(name) > 2 and name.endswith(_ADMIN_SUFFIX):
        return name[:-1]
    return name
