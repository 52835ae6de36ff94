"""Translation verdict: whether an article is translated or compiled from foreign-language reporting
(编译, 据外媒, the foreign outlets it is built on, an outlet speaking as "we"), with the deciding signals."""
from __future__ import annotations

import re
from typing import Optional

_TRANSLATION = re.compile(r"编译|编辑整理|据外媒|外媒报道|外媒称|译者|翻译[:：]|原文[:：]|来源[:：]\s*外媒")
_WE_TOLD = re.compile(r"告诉(?:我们|本报|本刊|本台|本网)|对(?:我们|本报|本刊|本台|本网)(?:说|表示|透露|称)")
_CHINESE = ("CHN", "TWN", "HKG", "MAC")
FOREIGN_QUOTE_SHARE = 0.6  # with no outlet credited: translated when this share of direct quotes is foreign
MIN_DIRECT_QUOTES = 2
MIN_FOREIGN_OUTLETS = 2  # an article built on two foreign-language outlets is compiled from them


def translation(doc) -> tuple[bool, list[str]]:
    """Explicit markers and an outlet speaking as 'we' decide alone. Otherwise a report crediting
    more foreign-language outlets than Chinese ones (at least two), or with no outlet credited whose
    direct quotes are mostly by foreigners, is compiled from foreign reporting; a commentary (its
    headline asks a question) is the writer's own even when it cites foreign outlets."""
    signals = _explicit(doc)
    if signals or _is_commentary(doc):
        return bool(signals), signals
    foreign, chinese = _outlet_languages(doc)
    if foreign >= MIN_FOREIGN_OUTLETS and foreign > chinese:
        signals.append(f"foreign_outlets:{foreign}")
    share = _foreign_share(doc)
    if not doc.sources and share is not None and share >= FOREIGN_QUOTE_SHARE:
        signals.append(f"foreign_speakers:{share:.2f}")
    return bool(signals), signals


def _explicit(doc) -> list[str]:
    text = doc.norm_text
    signals = []
    body = [(p.start, p.end) for p in doc.article.paragraphs] + [(b.start, b.end) for b in doc.article.boilerplate]
    for start, end in body:
        for match in _TRANSLATION.finditer(text, start, end):
            signals.append(f"marker:{match.group(0)}")
        for match in _WE_TOLD.finditer(text, start, end):
            if not any(q.content.start <= match.start() < q.content.end and q.kind == "direct" for q in doc.quotes):
                signals.append(f"first_person_outlet:{text[max(start, match.start() - 6):match.end()]}")
    return signals


def _is_commentary(doc) -> bool:
    title = doc.article.title.text.strip() if doc.article.title else ""
    return title.endswith(("？", "?"))


def _outlet_languages(doc) -> tuple[int, int]:
    """Credited outlets writing in a foreign language and in Chinese (a 中文网 is Chinese)."""
    foreign = chinese = 0
    for source in doc.sources:
        country = outlet_country(doc, source)
        if country is None:
            continue
        if country in _CHINESE or source.name.endswith("中文网"):
            chinese += 1
        else:
            foreign += 1
    return foreign, chinese


def outlet_country(doc, source) -> Optional[str]:
    """The outlet's country: from data/outlets.txt, else from the country named just before or at
    the start of it (德国《商报》, 美国某学会网站); `-` for a foreign press of no named country."""
    from .actors import actor_mentions
    from .nlp.words import outlets

    known = outlets().get(source.name.strip("《》"))
    if known:
        return None if known == "?" else known
    for mention, code in reversed(actor_mentions(doc, max(0, source.span.start - 8), source.span.end)):
        if mention.end == source.span.start or mention.start == source.span.start:
            return code
    return None


def _foreign_share(doc) -> Optional[float]:
    """Share of direct quotes whose speaker is foreign (a known non-Chinese actor, or an unknown
    name in transliteration characters): verbatim words of foreigners were translated by someone."""
    from .actors import entity_at
    from .names import looks_transliterated

    judged = foreign = 0
    for quote in doc.quotes:
        if quote.speaker is None or quote.kind != "direct":
            continue
        entity = entity_at(doc, quote.speaker)
        country = entity.country if entity is not None else None
        if country is None and looks_transliterated(quote.speaker.text):
            country = "foreign"
        if country is None:
            continue
        judged += 1
        foreign += country not in _CHINESE
    return foreign / judged if judged >= MIN_DIRECT_QUOTES else None
