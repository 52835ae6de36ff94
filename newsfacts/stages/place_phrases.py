"""A settlement named after the place it lies in: 某州西北重镇某某, 某国东部城市某某, 某省中部地区某某. Chinese news writes a
place, a direction word, a common noun for a settlement and the settlement's own name. The direction belongs to
neither name (LAC may glue it to the place, 某州西南, and read the whole as a person, or glue the noun to the first
sound of the name, 重镇利|某某), and the name after the noun is a place (GPE)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from ..model import Analysis, Mention
from ..nlp import common_words
from ..nlp.chinese import span as original_span
from ..nlp.names import looks_transliterated
from ..nlp.words import place_words

_ADMIN = ("州", "省", "市", "区", "县", "邦")
_NOT_IN_NAME = {"v", "vn", "vd", "d", "p", "c", "u", "w", "m", "q", "r", "f", "xc", "TIME", "ad", "a"}
_LONGEST_NAME = 10


@lru_cache(maxsize=1)
def _phrase_re() -> re.Pattern:
    words = place_words()
    directions = "|".join(re.escape(w) for w in words.get("DIRECTION", ()))
    nouns = "|".join(re.escape(w) for w in words.get("SETTLEMENT_NOUN", ()))
    return re.compile(rf"(?P<dir>{directions})?(?P<noun>{nouns})")


def repair(doc: Analysis, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each place + direction + settlement noun + name phrase cut into the place and the
    settlement's name (GPE: a city, town or village); the direction word and the noun are no entity."""
    out = list(mentions)
    tokens = sorted(doc.tokens, key=lambda t: t[0].start)  # once: sorting for every mention made long texts quadratic
    starts = [span.start for span, _ in tokens]
    gone: set[int] = set()  # ids of the mentions a repair has replaced
    for mention in mentions:
        if mention.type == "TIME" or id(mention) in gone:
            continue
        found = _phrase_after(doc, mention, tokens, starts)
        if found is None:
            continue
        place_end, name_start, name_end, kind = found
        keep = [m for m in out if m is mention or not _overlaps(m, place_end, name_end)]
        gone.update(id(m) for m in out if m is not mention and _overlaps(m, place_end, name_end))
        if mention.span.end != place_end:
            place = Mention(span=original_span(doc, mention.span.start, place_end), type="GPE",
                            confidence=mention.confidence)
            keep[next(i for i, m in enumerate(keep) if m is mention)] = place
            gone.add(id(mention))
        keep.append(Mention(span=original_span(doc, name_start, name_end), type=kind, confidence=0.9))
        out = sorted(keep, key=lambda m: (m.span.start, m.span.end))
    return out


def _phrase_after(doc: Analysis, mention: Mention, tokens: list, starts: list[int]) -> Optional[tuple[int, int, int, str]]:
    """(end of the place, start and end of the settlement's name, its type) or None."""
    text, start, end = doc.norm_text, mention.span.start, mention.span.end
    word = text[start:end]
    if mention.type in ("GPE", "LOC"):
        cuts = [end]
    else:  # 某州西南 read as one person: the place ends at its administrative suffix, a direction follows
        cuts = []
    cuts += [start + k for k in range(3, len(word)) if word[:k].endswith(_ADMIN)]
    for place_end in cuts:
        match = _phrase_re().match(text, place_end)
        if match is None or place_end < end and match.end("dir") <= end and not match.group("dir"):
            continue
        if place_end < end and match.start("noun") < end:
            continue  # the noun itself inside the mention: not a place glued to a direction
        noun = match.group("noun")
        if not match.group("dir") and (noun == "地区" or len(noun) == 1):
            continue  # 中东地区某某, 某国城某某: only with a direction word before the noun
        span = _name_after(doc, match.end(), bool(match.group("dir")), tokens, starts)
        if span is None:
            continue
        return place_end, span[0], span[1], "GPE"
    return None


def _name_after(doc: Analysis, at: int, directed: bool, tokens: list, starts: list[int]) -> Optional[tuple[int, int]]:
    """The settlement's name right after the noun: a place or person mention starting there (or one sound of
    the name later, 重镇利|西昌斯克), or a run of LAC words that read as a transliteration. `tokens` are the
    document's in text order, `starts` their offsets."""
    text = doc.norm_text
    end = at
    first = max(0, bisect_right(starts, at) - 1)  # the word covering `at`, or the last one before it
    for span, tag in tokens[first:]:
        if span.end <= at:
            continue
        if span.start > end:
            break
        piece = text[max(span.start, at):span.end]
        if tag in _NOT_IN_NAME and span.start >= at or not _han(piece):
            break
        if span.start >= at and tag not in ("PER", "LOC", "ORG", "nz", "nr", "ns") and not directed \
                and common_words.common_word(piece, 100):
            break
        if not looks_transliterated(text[at:span.end]) and tag not in ("PER", "LOC", "nz", "ns", "nr"):
            break
        end = span.end
        if end - at > _LONGEST_NAME:
            return None
    if end - at < 2:
        return None
    return at, end


def _han(piece: str) -> bool:
    return bool(piece) and all("\u4e00" <= c <= "\u9fff" for c in piece)


def _overlaps(mention: Mention, start: int, end: int) -> bool:
    return mention.span.start < end and mention.span.end > start
