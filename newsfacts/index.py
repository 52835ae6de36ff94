"""Range lookups over an Analysis: the tokens and entity mentions inside a stretch of text, found
by bisection over start offsets instead of a scan of the whole document (long articles stay linear)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Optional, TypeVar

from .model import Analysis, Entity, Span

_CACHE = "_range_index"  # kept on the Analysis; rebuilt when the tokens or entities change
_MEMO = "_stage_memo"
T = TypeVar("T")


class _Index:
    def __init__(self, doc: Analysis):
        self.token_key = _token_key(doc)
        self.entity_key = _entity_key(doc)
        self.tokens = sorted(doc.tokens, key=lambda pair: pair[0].start)
        self.token_starts = [span.start for span, _ in self.tokens]
        rows = [(m.start, i, j, m, e) for i, e in enumerate(doc.entities) for j, m in enumerate(e.mentions)]
        rows.sort(key=lambda row: row[:3])
        self.mentions = [(m, e, i) for _, i, _, m, e in rows]
        self.mention_starts = [row[0] for row in rows]
        self.longest = max((m.end - m.start for m, _, _ in self.mentions), default=0)


def _token_key(doc: Analysis) -> tuple:
    return id(doc.tokens), len(doc.tokens)


def _entity_key(doc: Analysis) -> tuple:
    # Not the mention count: summing it on every lookup would be the quadratic step again. Stages
    # that add mentions to an entity (entities, actors) run before any lookup, and the pipeline
    # calls `forget` after every stage.
    return id(doc.entities), len(doc.entities)


def forget(doc: Analysis) -> None:
    """Drop the index: the next lookup rebuilds it from the tokens and entities as they are now."""
    doc.__dict__.pop(_CACHE, None)
    doc.__dict__.pop(_MEMO, None)


def _index(doc: Analysis, need_entities: bool) -> _Index:
    index = doc.__dict__.get(_CACHE)
    if index is None or index.token_key != _token_key(doc) or (need_entities and index.entity_key != _entity_key(doc)):
        index = doc.__dict__[_CACHE] = _Index(doc)
    return index


def tokens_in(doc: Analysis, start: int, end: int) -> list[tuple[Span, str]]:
    """(word, tag) of every token inside text[start:end], in text order."""
    index = _index(doc, need_entities=False)
    lo, hi = bisect_left(index.token_starts, start), bisect_left(index.token_starts, end)
    return [pair for pair in index.tokens[lo:hi] if pair[0].end <= end]


def token_starting_at(doc: Analysis, offset: int) -> Optional[tuple[Span, str]]:
    index = _index(doc, need_entities=False)
    at = bisect_left(index.token_starts, offset)
    return index.tokens[at] if at < len(index.tokens) and index.token_starts[at] == offset else None


def mentions_in(doc: Analysis, start: int, end: int) -> list[tuple[Span, Entity]]:
    """(mention, entity) of every entity mention inside text[start:end], in text order (ties: entity order)."""
    index = _index(doc, need_entities=True)
    lo, hi = bisect_left(index.mention_starts, start), bisect_left(index.mention_starts, end)
    return [(m, e) for m, e, _ in index.mentions[lo:hi] if m.end <= end]


def entity_covering(doc: Analysis, span: Span) -> Optional[Entity]:
    """The first entity (in doc.entities order) with a mention that covers the span or lies inside it."""
    index = _index(doc, need_entities=True)
    lo = bisect_left(index.mention_starts, span.start - index.longest)
    hi = bisect_right(index.mention_starts, span.end)
    best = None
    for m, e, i in index.mentions[lo:hi]:
        if (m.start <= span.start and span.end <= m.end) or (span.start <= m.start and m.end <= span.end):
            if best is None or i < best[0]:
                best = (i, e)
    return best[1] if best else None


def token_starts_between(doc: Analysis, start: int, end: int) -> bool:
    """Whether any token starts in [start, end)."""
    index = _index(doc, need_entities=False)
    at = bisect_left(index.token_starts, start)
    return at < len(index.token_starts) and index.token_starts[at] < end


def quoted(doc: Analysis, position: int, part: str) -> bool:
    """Whether text[position] lies inside some quote's `part` ("content" or "cue")."""
    mask = per_stage(doc, ("quoted", part, id(doc.quotes), len(doc.quotes)), lambda: _quote_mask(doc, part))
    return 0 <= position < len(mask) and bool(mask[position])


def _quote_mask(doc: Analysis, part: str) -> bytearray:
    mask = bytearray(len(doc.article.text) + 1)
    for quote in doc.quotes:
        span = getattr(quote, part)
        if span is not None and span.end > span.start:
            mask[span.start:span.end] = b"\x01" * (span.end - span.start)
    return mask


def per_stage(doc: Analysis, key: object, build: Callable[[], T]) -> T:
    """build(), computed once per key until the stage ends (forget): for what a stage would otherwise
    recompute over the whole document for every heading, quote or event."""
    memo = doc.__dict__.setdefault(_MEMO, {})
    if key not in memo:
        memo[key] = build()
    return memo[key]
