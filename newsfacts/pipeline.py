"""The pipeline: an Article through the list of stages to an Analysis.

Each stage is `run(doc: Analysis, options: Options) -> Analysis`, in its own module, declared here
with what it reads and writes; building a pipeline checks that every read has an earlier write.
"""
from __future__ import annotations

import dataclasses
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from . import coverage, index, script
from .budget import Deadline, interrupting
from .context import Context, running
from .errors import InputError
from .ingest import article_from_string, read_file
from .ingest.encoding import refuse_bad_article
from .model import Analysis, Article, Options
from .nlp.dates import parse_datetime
from .stages import actors, agreements, entities, events, headlines, quotes, sources, text, timeline

Run = Callable[[Analysis, Options], Analysis]

# What a stage may read or write: a field of Analysis, or "actors" (entities linked to the
# knowledge base: id, canonical name, country, role). "article" is the input and always there.
KEYS = {
    "article": "the Article as read: text, title, paragraphs, metadata",
    "norm_text": "simplified, half-width view of the text, offsets kept",
    "sentences": "body sentences",
    "tokens": "LAC words with tags (title, headings, body)",
    "mentions": "name and time mentions",
    "entities": "one Entity per actor or place, with its mentions",
    "actors": "entities linked to the knowledge base (id, canonical, country, role)",
    "quotes": "who said what",
    "events": "who did what to whom (PLOVER)",
    "headlines": "title and sub-headings checked against the body",
    "clickbait": "the title's clickbait verdict, score and signals",
    "agreements": "deals, ceasefires, treaties and their state",
    "sources": "outlets credited",
    "translated": "whether the text is a translation, with its signals",
    "timeline": "dated events and statements in order",
    "disputes": "matters actors disagree on",
}
GIVEN = ("article",)


class PipelineError(ValueError):
    """A pipeline that cannot run: a stage reads what no earlier stage writes, or an unknown stage."""


@dataclasses.dataclass(frozen=True)
class Stage:
    """One step: its name, what it reads and writes (KEYS), and the function that does it."""

    name: str
    run: Run
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    summary: str = ""

    def __iter__(self) -> Iterator[Any]:  # `for name, run in STAGES`, as when stages were pairs
        return iter((self.name, self.run))


STAGES: list[Stage] = [
    Stage("text", text.prepare, reads=("article",), writes=("norm_text", "sentences", "tokens"),
          summary="normalised view, sentences, words"),
    Stage("entities", entities.tag, reads=("norm_text", "sentences", "tokens"), writes=("mentions", "entities"),
          summary="PER/ORG/GPE/LOC/TIME mentions grouped into entities"),
    Stage("actors", actors.link, reads=("norm_text", "tokens", "entities"), writes=("actors",),
          summary="entities to knowledge-base actors: canonical name, country, role"),
    Stage("quotes", quotes.extract, reads=("norm_text", "mentions", "entities", "actors"), writes=("quotes",),
          summary="who said what: speaker, cue, content, date"),
    Stage("events", events.extract, reads=("norm_text", "tokens", "entities", "actors", "quotes"), writes=("events",),
          summary="who did what to whom, in PLOVER types"),
    Stage("headlines", headlines.check, reads=("norm_text", "sentences", "tokens", "entities", "actors", "quotes"),
          writes=("headlines", "clickbait"), summary="title and sub-headings against the body; clickbait"),
    Stage("agreements", agreements.extract, reads=("norm_text", "sentences", "entities", "actors", "events"),
          writes=("agreements",), summary="deals, ceasefires, treaties: parties and latest state"),
    Stage("sources", sources.credit, reads=("norm_text", "entities", "actors", "quotes"), writes=("sources", "translated"),
          summary="outlets credited, and whether the text is translated"),
    Stage("timeline", timeline.build, reads=("events", "quotes", "agreements"), writes=("timeline", "disputes"),
          summary="dated events and statements in order; disputes between actors"),
]


def as_stage(entry: Union[Stage, tuple]) -> Stage:
    """A Stage as it is, or a (name, run) pair as one that reads and writes nothing declared."""
    return entry if isinstance(entry, Stage) else Stage(entry[0], entry[1])


def build(stages: Iterable[Union[Stage, tuple]]) -> list[Stage]:
    """The stages, in order, once checked: every read of a stage is written by an earlier one."""
    built: list[Stage] = []
    written = set(GIVEN)
    for stage in map(as_stage, stages):
        if any(s.name == stage.name for s in built):
            raise PipelineError(f"stage {stage.name!r} appears twice")
        for key in stage.reads:
            if key not in written:
                writers = [s.name for s in STAGES if key in s.writes]
                hint = f" (written by {', '.join(writers)})" if writers else " (no stage writes it)"
                raise PipelineError(f"stage {stage.name!r} reads {key!r}, which no earlier stage writes{hint}")
        built.append(stage)
        written.update(stage.writes)
    return built


def select(names: Optional[Sequence[str]], stages: Optional[Sequence[Union[Stage, tuple]]] = None) -> list[Stage]:
    """The stages needed to run `names` (all when None): those named plus, transitively, the ones
    that write what they read, in pipeline order; PipelineError for an unknown name."""
    every = [as_stage(s) for s in (STAGES if stages is None else stages)]
    if names is None:
        return build(every)
    by_name = {s.name: s for s in every}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise PipelineError(f"unknown stage{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}: "
                            f"the stages are {', '.join(by_name)}")
    wanted = set(names) | {"text"}  # the text layer is always there (the records point into it)
    changed = True
    while changed:
        changed = False
        for stage in every:
            if stage.name not in wanted:
                continue
            for key in stage.reads:
                earlier = [s for s in every[:every.index(stage)] if key in s.writes]
                if earlier and earlier[-1].name not in wanted:
                    wanted.add(earlier[-1].name)
                    changed = True
    return build(s for s in every if s.name in wanted)


def analyze_article(article: Article, options: Options | None = None, context: Optional[Context] = None) -> Analysis:
    """Run the stages over one Article, within Options.time_budget seconds (ArticleTimeout past it).

    Options.stages runs those stages and the ones they read from; Options.published_at wins over the
    Article's own date. `context` carries loaded resources (knowledge base, LAC); None: the process's."""
    options = options or Options()
    refuse_bad_article(article)
    if options.published_at is not None and article.published_at != options.published_at:
        article = dataclasses.replace(article, published_at=options.published_at, published_at_origin="option")
    plan = select(options.stages)
    # traditional characters, 「」 quotes: the stages read a canonical copy (script.py)
    article, written_in = script.simplified(article)
    whole, (article, cut) = article, coverage.bounded(article, options.full_chars)
    doc = Analysis(article=article)
    deadline = Deadline(options.time_budget, article.source or article.id)
    current: list[str] = []
    with running(context), interrupting(deadline, current):
        for stage in plan:
            current[:] = [stage.name]
            began = time.perf_counter()
            doc = stage.run(doc, options)
            index.forget(doc)  # a stage may have changed the entities the range index was built from
            doc.timings[stage.name] = time.perf_counter() - began
            deadline.check(stage.name)
        if cut is not None:
            current[:] = ["coverage"]
            doc = coverage.restore(doc, whole, cut, options.full_chars)
    return script.restore(doc, written_in)


def analyze_text(text: str, *, source: str | None = None, context: Optional[Context] = None,
                 **options: Any) -> Analysis:
    """Analyse one article given as its text (plain text, HTML or a JSON record, detected by look).

    The string is never taken for a path. Options: published_at (ISO string or datetime),
    input_format ("text", "html", "json"), time_budget (seconds), full_chars (characters analysed in
    full; the rest is scanned for known names and the output says so), stages (run with those they read
    from). `context`: a Context with the caller's settings and resources (None: the process's).
    Raises InputError for text that cannot be analysed.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze_text() takes the article text as str, not {type(text).__name__}"
                        + ("; use newsfacts.analyze_file(path) for a file" if isinstance(text, os.PathLike) else ""))
    opts = make_options(**options)
    return analyze_article(article_from_string(text, source, opts), opts, context)


def analyze_file(path: Union[str, os.PathLike], *, context: Optional[Context] = None, **options: Any) -> Analysis:
    """Analyse the one article in a file (plain text, HTML or one JSON record, by suffix and look).

    Only regular files are read (a device, pipe or socket is refused before it is opened). Options
    as for analyze_text, plus max_bytes. Raises InputError when the file cannot be read, holds no
    article or holds several (read those with newsfacts.batch.analyze_inputs).
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"analyze_file() takes a path (str or os.PathLike), not {type(path).__name__}")
    opts = make_options(**options)
    return analyze_article(read_file(os.fspath(path), opts), opts, context)


def analyze(article_or_path: Union[Path, Article], *, context: Optional[Context] = None, **options: Any) -> Analysis:
    """Analyse an Article, or the one article in the file at a pathlib.Path.

    A plain str is refused, because it is ambiguous: use analyze_text(text) or analyze_file(path).
    Options as for analyze_file; published_at wins over the Article's own date.
    """
    if isinstance(article_or_path, str):
        raise TypeError("analyze() takes a pathlib.Path or an Article, not str: use newsfacts.analyze_text(text) "
                        "for article text or newsfacts.analyze_file(path) for a file")
    if isinstance(article_or_path, os.PathLike):
        return analyze_file(article_or_path, context=context, **options)
    if not isinstance(article_or_path, Article):
        raise TypeError(f"analyze() takes a pathlib.Path or an Article, not {type(article_or_path).__name__}")
    return analyze_article(article_or_path, make_options(**options), context)  # published_at wins there


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
        from .nlp.dates import CHINA_TZ

        published = published.replace(tzinfo=CHINA_TZ)
    if published is not None and not 1900 <= published.year <= 2100:
        # relative dates are computed from it (a week back, the day before): year 1 underflows
        raise InputError("--published-at", f"out of range (1900-2100): {published.isoformat()}")
    unknown = set(options) - {"full_chars", "input_format", "max_bytes", "stages", "time_budget"}
    if unknown:
        raise TypeError(f"unknown options: {', '.join(sorted(unknown))}")
    return Options(published_at=published, **options)
