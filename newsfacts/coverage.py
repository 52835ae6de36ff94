"""The size bound of a full analysis: an article longer than Options.full_chars characters is analysed
in full up to a sentence end near that size, and the rest is only scanned for the knowledge base's
names. The output says so (a warning and a `coverage` object), so nothing is lost without a word.

Why: LAC segmentation alone costs about 45 µs of CPU per character here (its ONNX network about 30,
its Viterbi decoder in Python about 11; batching sentences through the network is only a quarter
faster and changes its scores), and the stages after it about as much again, so a full analysis of
a 1 MB line (347,000 characters) takes some 34 s of CPU. A news article runs to a few thousand.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from .model import Analysis, Article, Span

_ENDS = "。！？!?；;\n"
_LOOK_BACK = 2_000  # characters before the bound searched for a sentence end


def cut_point(text: str, limit: int) -> int:
    """Where the full analysis stops: after the last sentence end within _LOOK_BACK characters before
    the limit, else at the limit."""
    window_start = max(0, limit - _LOOK_BACK)
    best = max(text.rfind(end, window_start, limit) for end in _ENDS)
    return best + 1 if best >= 0 else limit


def bounded(article: Article, limit: Optional[int]) -> tuple[Article, Optional[int]]:
    """(the article to analyse, where it was cut or None): the same article when it fits."""
    if not limit or limit <= 0 or len(article.text) <= limit:
        return article, None
    cut = cut_point(article.text, limit)
    text = article.text[:cut]

    def clip(span: Optional[Span]) -> Optional[Span]:
        if span is None or span.start >= cut:
            return None
        return span if span.end <= cut else Span(span.start, cut, text[span.start:cut])

    def whole(span: Optional[Span]) -> Optional[Span]:
        return span if span is not None and span.end <= cut else None

    prefix = dataclasses.replace(
        article, text=text, title=whole(article.title), author_span=whole(article.author_span),
        byline=whole(article.byline), subheadings=[s for s in article.subheadings if s.end <= cut],
        paragraphs=[c for c in map(clip, article.paragraphs) if c is not None and c.end > c.start],
        boilerplate=[s for s in article.boilerplate if s.end <= cut], warnings=list(article.warnings))
    return prefix, cut


def restore(doc: Analysis, article: Article, cut: int, limit: int) -> Analysis:
    """The whole article back into the analysis, with what the analysis covered and the names after it."""
    total = len(article.text)
    reason = (f"analysed in full up to character {cut:,} of {total:,} (over the {limit:,} characters a "
              f"full analysis is bounded to; raise --full-chars); after it only knowledge-base names "
              f"were counted")
    doc.article = dataclasses.replace(article, warnings=[*article.warnings, reason])
    doc.coverage = {"complete": False, "analysed_chars": cut, "total_chars": total, "reason": reason,
                    "names_after": names_in(article.text, cut, total)}
    return doc


def names_in(text: str, start: int, end: int) -> list[dict]:
    """Knowledge-base names in text[start:end] by longest dictionary match, counted, most frequent
    first: a cheap finder with no word boundaries or context (a name inside a longer word counts)."""
    from .kb import KnowledgeBase
    from .nlp.chinese import normalise
    from .nlp.gazetteer import name_prefixes

    names, prefixes = KnowledgeBase.load().gazetteer(), name_prefixes()
    tail = normalise(text[start:end])
    counts: dict[str, int] = {}
    i, size = 0, len(tail)
    while i < size - 1:
        if tail[i:i + 2] not in prefixes:
            i += 1
            continue
        j = i + 2
        while j < size and tail[i:j + 1] in prefixes:
            j += 1
        while j > i + 1 and tail[i:j] not in names:
            j -= 1
        if j > i + 1:
            counts[tail[i:j]] = counts.get(tail[i:j], 0) + 1
            i = j
        else:
            i += 1
    return [{"name": name, "id": names[name].id, "count": count}
            for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
