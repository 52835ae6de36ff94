"""The pipeline: an Article through the list of stages to an Analysis.

Each stage is `stage(doc: Analysis, options: Options) -> Analysis`, in its own module.
"""
from __future__ import annotations

import time
from datetime import datetime
from typing import Any, Callable, Union

from . import actors, agreements, entities, events, headlines, quotes, sources, text, timeline
from .dates import parse_datetime
from .errors import InputError
from .model import Analysis, Article, Options

Stage = Callable[[Analysis, Options], Analysis]

STAGES: list[tuple[str, Stage]] = [
    ("text", text.prepare),  # normalised view, sentences, words
    ("entities", entities.tag),  # PER/ORG/GPE/LOC/TIME mentions grouped into entities
    ("actors", actors.link),  # entities to knowledge-base actors: canonical name, country, role
    ("quotes", quotes.extract),  # who said what: speaker, cue, content, date
    ("events", events.extract),  # who did what to whom, in PLOVER types
    ("headlines", headlines.check),  # title and sub-headings against the body; clickbait
    ("agreements", agreements.extract),  # deals, ceasefires, treaties: parties and latest state
    ("sources", sources.credit),  # outlets credited, and whether the text is translated
    ("timeline", timeline.build),  # dated events and statements in order; disputes between actors
]


def analyze_article(article: Article, options: Options | None = None) -> Analysis:
    """Run every stage over one Article."""
    options = options or Options()
    doc = Analysis(article=article)
    for name, stage in STAGES:
        if options.stages is not None and name not in options.stages and name != "text":
            continue
        began = time.perf_counter()
        doc = stage(doc, options)
        doc.timings[name] = time.perf_counter() - began
    return doc


def analyze(text_or_path: Union[str, Article], **options: Any) -> Analysis:
    """Analyse one article given as raw text, a file path or an Article.

    Options: published_at (ISO string or datetime), input_format ("text", "html", "json"),
    max_bytes, stages. Raises InputError for input that cannot be analysed.
    """
    opts = make_options(**options)
    if isinstance(text_or_path, Article):
        article = text_or_path
    else:
        from .ingest import read_one

        if not isinstance(text_or_path, str):
            raise InputError(None, f"expected text or a path, got {type(text_or_path).__name__}")
        article = read_one(text_or_path, opts)
    return analyze_article(article, opts)


def make_options(**options: Any) -> Options:
    published = options.pop("published_at", None)
    if isinstance(published, str):
        parsed = parse_datetime(published)
        if parsed is None:
            raise InputError("--published-at", f"not a date: {published!r}")
        published = parsed
    if published is not None and not isinstance(published, datetime):
        raise InputError("--published-at", f"not a date: {published!r}")
    if published is not None and published.tzinfo is None:
        from .dates import CHINA_TZ

        published = published.replace(tzinfo=CHINA_TZ)
    if published is not None and not 1900 <= published.year <= 2100:
        # relative dates are computed from it (a week back, the day before): year 1 underflows
        raise InputError("--published-at", f"out of range (1900-2100): {published.isoformat()}")
    unknown = set(options) - {"input_format", "max_bytes", "stages"}
    if unknown:
        raise TypeError(f"unknown options: {', '.join(sorted(unknown))}")
    return Options(published_at=published, **options)
