"""The text layer: a simplified-Chinese view of the article with offsets kept, sentences that
respect quotation marks, and LAC word segmentation (foreign names kept whole) with tags."""
from __future__ import annotations

from typing import Iterable

from .. import context
from ..model import Analysis, Options, Span
from ..nlp.chinese import normalise, to_simplified  # noqa: F401 (the text layer's normalisation)

_TERMINATORS = set("。！？!?；;…")
_CLOSERS = set("”」』’）)】》\"'")
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_OPENERS = set(_PAIRS)
MAX_SEGMENT = 500  # LAC sees at most this many characters at once (long run-on paragraphs)


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of text[start:end]; a terminator inside quotation marks does not end one."""
    spans: list[Span] = []
    depth, straight, begin, i = 0, False, start, start
    stack: list[str] = []
    while i < end:
        ch = text[i]
        if ch in _OPENERS:
            stack.append(_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch == '"':
            straight = not straight
        depth = len(stack) + (1 if straight else 0)
        if ch in _TERMINATORS and depth == 0:
            j = i + 1
            while j < end and (text[j] in _TERMINATORS or (text[j] in _CLOSERS and text[j] not in "\"'")):
                j += 1
            _add(spans, text, begin, j)
            begin, i = j, j
            continue
        if ch in _TERMINATORS and depth > 0 and i + 1 < end and text[i + 1] in _CLOSERS:
            pass  # the closer pops the stack on the next step; the sentence may end after it
        i += 1
        if depth == 0 and i < end and text[i - 1] in "”」』" and text[i - 2:i - 1] and text[i - 2] in _TERMINATORS:
            _add(spans, text, begin, i)
            begin = i
    _add(spans, text, begin, end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


def _lac():
    """The LAC tagger of the Context in use (its settings say how many threads)."""
    return context.current().lac


def segment(text: str, spans: Iterable[Span]) -> list[tuple[Span, str]]:
    """LAC words with tags for each span of text (text is the normalised view)."""
    lac = _lac()
    words: list[tuple[Span, str]] = []
    for span in spans:
        for piece_start in range(span.start, span.end, MAX_SEGMENT):
            piece_end = min(span.end, piece_start + MAX_SEGMENT)
            offset = piece_start
            for word, tag in lac.run(text[piece_start:piece_end]):
                words.append((Span(offset, offset + len(word), word), tag))
                offset += len(word)
    return words


def prepare(doc: Analysis, options: Options) -> Analysis:
    """Stage: normalised text, body sentences, and segmented words of title, headings and body."""
    article = doc.article
    doc.norm_text = normalise(article.text)
    doc.sentences = [s for p in article.paragraphs for s in split_sentences(article.text, p.start, p.end)]
    heads = ([article.title] if article.title else []) + list(article.subheadings)
    doc.tokens = segment(doc.norm_text, heads + doc.sentences)
    return doc
