"""The pipeline: an Article through the list of stages to an Analysis.

Each stage is `stage(doc: Analysis, options: Options) -> Analysis`, in its own module.
"""
from __future__ import annotations

import dataclasses
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Union

from . import actors, agreements, coverage, entities, events, headlines, index, quotes, sources, text, timeline
from .budget import Deadline, interrupting
from .dates import parse_datetime
from .errors import InputError
from .ingest import article_from_string, read_file
from .ingest.encoding import refuse_bad_article
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
    """Run every stage over one Article, within Options.time_budget seconds (ArticleTimeout past it)."""
    options = options or Options()
    refuse_bad_article(article)
    whole, (article, cut) = article, coverage.bounded(article, options.full_chars)
    doc = Analysis(article=article)
    deadline = Deadline(options.time_budget, article.source or article.id)
    current: list[str] = []
    with interrupting(deadline, current):
        for name, stage in STAGES:
            if options.stages is not None and name not in options.stages and name != "text":
                continue
            current[:] = [name]
            began = time.perf_counter()
            doc = stage(doc, options)
            index.forget(doc)  # a stage may have changed the entities the range index was built from
            doc.timings[name] = time.perf_counter() - began
            deadline.check(name)
        if cut is not None:
            current[:] = ["coverage"]
            doc = coverage.restore(doc, whole, cut, options.full_chars)
    return doc


def analyze_text(text: str, *, source: str | None = None, **options: Any) -> Analysis:
    """Analyse one article given as its text (plain text, HTML or a JSON record, detected by look).

    The string is never taken for a path. Options: published_at (ISO string or datetime),
    input_format ("text", "html", "json"), time_budget (seconds), full_chars (characters analysed in
    full; the rest is scanned for known names and the output says so), stages. Raises InputError for text
    that cannot be analysed.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze_text() takes the article text as str, not {type(text).__name__}"
                        + ("; use newsfacts.analyze_file(path) for a file" if isinstance(text, os.PathLike) else ""))
    opts = make_options(**options)
    return analyze_article(article_from_string(text, source, opts), opts)


def analyze_file(path: Union[str, os.PathLike], **options: Any) -> Analysis:
    """Analyse the one article in a file (plain text, HTML or one JSON record, by suffix and look).

    Only regular files are read (a device, pipe or socket is refused before it is opened). Options
    as for analyze_text, plus max_bytes. Raises InputError when the file cannot be read, holds no
    article or holds several (read those with newsfacts.batch.analyze_inputs).
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"analyze_file() takes a path (str or os.PathLike), not {type(path).__name__}")
    opts = make_options(**options)
    return analyze_article(read_file(os.fspath(path), opts), opts)


def analyze(article_or_path: Union[Path, Article], **options: Any) -> Analysis:
    """Analyse an Article, or the one article in the file at a pathlib.Path.

    A plain str is refused, because it is ambiguous: use analyze_text(text) or analyze_file(path).
    Options as for analyze_file; published_at wins over the Article's own date.
    """
    if isinstance(article_or_path, str):
        raise TypeError("analyze() takes a pathlib.Path or an Article, not str: use newsfacts.analyze_text(text) "
                        "for article text or newsfacts.analyze_file(path) for a file")
    if isinstance(article_or_path, os.PathLike):
        return analyze_file(article_or_path, **options)
    if not isinstance(article_or_path, Article):
        raise TypeError(f"analyze() takes a pathlib.Path or an Article, not {type(article_or_path).__name__}")
    opts = make_options(**options)
    article = article_or_path
    if opts.published_at is not None:
        article = dataclasses.replace(article, published_at=opts.published_at, published_at_origin="option")
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
    unknown = set(options) - {"full_chars", "input_format", "max_bytes", "stages", "time_budget"}
    if unknown:
        raise TypeError(f"unknown options: {', '.join(sorted(unknown))}")
    return Options(published_at=published, **options)
