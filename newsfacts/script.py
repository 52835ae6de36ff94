"""One way of writing for every stage: articles in traditional characters (Taiwan, Hong Kong, Macao
and overseas media) and articles that quote with corner brackets 「」 or straight "…" are read as a
canonical copy, simplified and with curly quotes “…”, and the analysis comes back in the article's
own writing.

Why: the stages' word lists and patterns, and the tagger's training data, are simplified Chinese
with curly quotes. A traditional article lost about a tenth of its quotes, events and credited
outlets, and 「」 or straight quotes cost names in quotation marks and their speakers (measured in
docs/script.md). One copy that all stages read is the single Chinese text layer: nothing downstream
needs to know how the article was written.

How: every change keeps the length (OpenCC's t2s through nlp.chinese.to_simplified, Taiwan variant
characters, quotation marks one for one), so an offset in the copy is the same offset in the
original. After the stages, every Span is re-cut from the original text, and the few surface strings
that are not Spans (an entity's name, a credited outlet, a place) are taken from the original where
the copy holds them, else turned back character by character.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional

from .model import Analysis, Article, Span
from .nlp.chinese import to_simplified

# An article is read as traditional when at least this share of its Chinese characters differ from
# their simplified forms (and at least MIN_CHANGED do): simplified news scores 0, traditional news
# about 0.3, so a simplified article that quotes a few traditional words is left as it is.
TRADITIONAL_SHARE = 0.05
MIN_CHANGED = 5

_CURLY = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_STRAIGHT_PAIR = re.compile(r'"([^"\n]{1,400})"')
_PIECE = re.compile(r"[^\s，。！？；：、,.!?;:“”「」『』（）()《》【】]+|[\s，。！？；：、,.!?;:“”「」『』（）()《》【】]+")
# Plain-string fields that hold words of the article (not codes, ids, labels or canonical names).
_SURFACE_FIELDS = {"name", "aliases", "location", "speaker", "matter", "summary", "author"}


@dataclasses.dataclass(frozen=True)
class Script:
    """The original article, the canonical copy of its text, and how the copy's characters map back."""

    original: Article
    view: str  # the canonical copy of original.text that the stages read
    back: dict[str, str]  # a character of the copy -> the one the original writes most often for it

    def surface(self, text: str) -> str:
        """A string of the copy as the original writes it: as written where the copy holds it, else
        character by character."""
        at = self.view.find(text) if text else -1
        if at >= 0:
            return self.original.text[at:at + len(text)]
        return "".join(self.back.get(c, c) for c in text)


@lru_cache(maxsize=8)  # ingest lays out the copy and the pipeline reads it again: one conversion per text
def canonical_view(text: str) -> Optional[str]:
    """The canonical copy of text (same length), or None when text is canonical already."""
    if not text or _unencodable(text):
        return None  # a lone surrogate: the input check refuses the article with its reason
    view = _latin_stops(_curly(_simplified(text)))
    return None if view == text else view


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def is_traditional(text: str, simple: Optional[str] = None) -> bool:
    """Whether text is written in traditional characters (see TRADITIONAL_SHARE); `simple`: its
    to_simplified copy when the caller has it already."""
    simple = to_simplified(text) if simple is None else simple
    changed = sum(a != b for a, b in zip(text, simple))
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    return changed >= MIN_CHANGED and changed >= TRADITIONAL_SHARE * han


def simplified(article: Article) -> tuple[Article, Optional[Script]]:
    """(the article the stages read, the Script to restore the original, or None when the article is
    canonical already and is read as it is)."""
    view = canonical_view(article.text)
    if view is None:
        return article, None
    copy = dataclasses.replace(_recut(article, view, set()), text=view,
                               author=_curly(_simplified(article.author)) if article.author else article.author)
    return copy, Script(article, view, _back(article.text, view))


def in_script(laid_out: Article, text: str) -> Article:
    """An article laid out on the canonical copy of text (ingest finds page chrome, bylines and
    titles there), with its spans and author as text writes them."""
    script = Script(dataclasses.replace(laid_out, text=text), laid_out.text, _back(text, laid_out.text))
    return dataclasses.replace(_recut(laid_out, text, set()), text=text,
                               author=script.surface(laid_out.author) if laid_out.author else laid_out.author)


def restore(doc: Analysis, script: Optional[Script]) -> Analysis:
    """The analysis of a canonical copy, as the original article writes it (as it is when script is None)."""
    if script is None:
        return doc
    original = script.original
    restored = _recut(doc, original.text, _SURFACE_FIELDS, script, skip={"article", "norm_text"})
    return dataclasses.replace(restored, article=dataclasses.replace(
        _recut(doc.article, original.text, set()), text=original.text, author=original.author))


def _simplified(text: str) -> str:
    """text in simplified characters when it is written in traditional ones (Taiwan's variant
    characters in their mainland forms too: 意味著 → 意味着), else as it is."""
    simple = to_simplified(text)
    if not is_traditional(text, simple):
        return text
    return "".join(_mainland(piece, simple[start:start + len(piece)]) for start, piece in _pieces(text))


def _curly(text: str) -> str:
    """Corner brackets and paired straight quotes as curly quotation marks (one for one)."""
    text = text.translate(_CURLY)
    return _STRAIGHT_PAIR.sub(lambda m: f"“{m.group(1)}”", text) if '"' in text else text


# A Chinese full stop between Latin letters (Matthew G。Olsen, U。S。) is a Latin name's dot put in the
# writing system's width, not the end of a sentence.
_LATIN_STOP = re.compile(r"(?<=[A-Za-z])。(?=[A-Za-z])")


def _latin_stops(text: str) -> str:
    return _LATIN_STOP.sub(".", text) if "。" in text else text


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for the runs between punctuation and spaces, and for the separators."""
    for match in _PIECE.finditer(text):
        yield match.start(), match.group()


def _mainland(piece: str, simple: str) -> str:
    """A piece with Taiwan's variant characters in their mainland forms as well, where that keeps its
    length, else simply in simplified characters."""
    converted = _variants().convert(piece)
    return converted if len(converted) == len(piece) else simple


@lru_cache(maxsize=1)
def _variants():
    """OpenCC's Taiwan-to-simplified conversion without its Taiwan-to-mainland vocabulary table
    (TWPhrasesRev): that table rewrites words news uses on both sides (支援 → 支持, 建立 → 创建) and
    names (布林肯 → 布尔肯), so only the variant characters and the character conversion are taken."""
    import json
    import os
    import tempfile

    import opencc

    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"

    def group(*names: str) -> dict:
        return {"dict": {"type": "group", "match_policy": "short_circuit",
                         "dicts": [{"type": "ocd2", "file": str(share / n)} for n in names]}}

    config = {"name": "Taiwan variants and traditional characters to simplified",
              "segmentation": {"type": "mmseg", "dict": {"type": "ocd2", "file": str(share / "TSPhrases.ocd2")}},
              "conversion_chain": [group("TWVariantsRevPhrases.ocd2", "TWVariantsRev.ocd2"),
                                   group("TSPhrases.ocd2", "TSCharacters.ocd2")]}
    handle, path = tempfile.mkstemp(suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(config, out)
        return opencc.OpenCC(path)
    finally:
        os.unlink(path)


def _back(original: str, view: str) -> dict[str, str]:
    """For each character of the copy that differs, the one the original writes most often for it."""
    pairs: dict[str, Counter] = defaultdict(Counter)
    for o, v in zip(original, view):
        if o != v:
            pairs[v][o] += 1
    return {v: counts.most_common(1)[0][0] for v, counts in pairs.items()}


def _recut(value: Any, text: str, surface_fields: set, script: Optional[Script] = None,
           skip: frozenset | set = frozenset()) -> Any:
    """value with every Span re-cut from text (same offsets) and, with a script, its surface fields
    turned back; dataclasses, lists, tuples and dicts are walked, anything else returned as it is."""
    if isinstance(value, Span):
        return Span(value.start, value.end, text[value.start:value.end]) if value.end <= len(text) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.name in skip or not f.init:
                continue
            old = getattr(value, f.name)
            new = _surface(old, script) if script is not None and f.name in surface_fields else \
                _recut(old, text, surface_fields, script)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, list):
        return [_recut(v, text, surface_fields, script) for v in value]
    if isinstance(value, tuple):
        return tuple(_recut(v, text, surface_fields, script) for v in value)
    if isinstance(value, dict):
        return {k: _recut(v, text, surface_fields, script) for k, v in value.items()}
    return value


def _surface(value: Any, script: Script) -> Any:
    """A surface field (a string, a list of strings, or a Span) as the original writes it."""
    if isinstance(value, str):
        return script.surface(value)
    if isinstance(value, list):
        return [_surface(v, script) for v in value]
    if isinstance(value, Span):
        return Span(value.start, value.end, script.original.text[value.start:value.end])
    return value
