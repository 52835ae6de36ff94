"""The units of Chinese text every stage shares: where a clause or a sentence breaks, the stretches
in quotation marks, the negation and hedge words (data files, read through lexicon.py), and the one
way to make a Span."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .. import lexicon
from ..model import Analysis, Span

CLAUSE_BREAKS = frozenset("，,；;：:。！？!?\n")  # a clause ends at any of these
COLONS = frozenset("：:")
CLAUSE_BREAKS_BUT_COLONS = CLAUSE_BREAKS - COLONS  # events: 表示：… keeps the speaker's clause open
SENTENCE_ENDS = frozenset("。！？!?\n")
ELLIPSIS = "…"
OPEN_CLOSE = {"“": "”", "「": "」", "『": "』"}  # quotation marks; a straight " closes itself


@dataclass
class QuotedSegment:
    """A stretch in quotation marks: [open, close] are the marks; inner is the content."""

    open: int
    close: int  # index of the closing mark, or the stretch's end when it never closes
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def quoted_segments(text: str, start: int, end: int) -> list[QuotedSegment]:
    """Outermost quotation-mark segments of text[start:end]; an unclosed one runs to the end."""
    segments, i = [], start
    while i < end:
        ch = text[i]
        closer = OPEN_CLOSE.get(ch) or ('"' if ch == '"' else None)
        if closer is None:
            i += 1
            continue
        j = text.find(closer, i + 1, end)
        if j < 0:
            segments.append(QuotedSegment(i, end, False))
            break
        segments.append(QuotedSegment(i, j, True))
        i = j + 1
    return segments


def char_class(chars: Iterable[str]) -> re.Pattern:
    """A regex matching a run of any of these characters."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]+")


@lru_cache(maxsize=1)
def negations() -> tuple[str, ...]:
    """Negation words of data/headlines/negations.txt, longest first (并没有, 尚未, 不 …)."""
    return tuple(sorted(set(lexicon.words("headlines/negations.txt")), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def negation_re() -> re.Pattern:
    """A regex finding any negation word."""
    return lexicon.alternation(negations())


@lru_cache(maxsize=1)
def hedges() -> tuple[str, ...]:
    """Hedge words of data/headlines/hedges.txt, longest first (可能, 或将, 据称 …)."""
    return tuple(sorted(set(lexicon.words("headlines/hedges.txt")), key=lambda w: (-len(w), w)))


def span(doc: Analysis, start: int, end: int) -> Span:
    """The Span [start, end) of the original text (never of the normalised view)."""
    return Span(start, end, doc.article.text[start:end])


_WIDTH = {0x3000: 0x20, **{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)},
          **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)}, **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)}}


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional to simplified with the length kept, so offsets stay valid."""
    if not text:
        return text
    converter = _t2s()
    whole = converter.convert(text)
    if len(whole) == len(text):
        return whole
    out = []
    for line in text.split("\n"):
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c) == 1 else o for o, c in ((o, converter.convert(o)) for o in line))
        out.append(converted)
    return "\n".join(out)


def normalise(text: str) -> str:
    """Simplified, half-width letters and digits; same length as the input."""
    return to_simplified(text).translate(_WIDTH)


def back_to(text: str, floor: int, position: int, stops: set) -> int:
    """Back from `position` to just after the last character of `stops` (not before `floor`), past white space."""
    while position > floor and text[position - 1] not in stops:
        position -= 1
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def forward_to(text: str, position: int, ceiling: int, stops: set) -> int:
    """Forward from `position` to the first character of `stops` (not past `ceiling`)."""
    while position < ceiling and text[position] not in stops:
        position += 1
    return position
