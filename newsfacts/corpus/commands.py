"""The corpus subcommands of `newsfacts`: each parses its arguments, calls one library function
and prints the result (readable lines, or JSON Lines with --json)."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Iterable

from ..model import MAX_INPUT_BYTES
from .limits import ROW_LIMIT, SEARCH_LIMIT, STORY_LIMIT

DEFAULT_DB = os.environ.get("NEWSFACTS_DB", "newsfacts.db")


def add_commands(sub: argparse._SubParsersAction) -> None:
    ingest = sub.add_parser("ingest", help="analyse inputs into a corpus database (SQLite path or PostgreSQL URL)")
    ingest.add_argument("inputs", nargs="+", metavar="INPUT")
    ingest.add_argument("--db", metavar="PATH_OR_URL", help=f"the corpus (default {DEFAULT_DB})")
    ingest.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (one LAC model each)")
    ingest.add_argument("--engine", choices=["local", "ray"], default="local")
    ingest.add_argument("--parquet", metavar="DIR", help="with --engine ray: write Parquet folders here instead")
    ingest.add_argument("--ray-address", metavar="ADDRESS", help="with --engine ray: a running cluster (default: start one here)")
    ingest.add_argument("--published-at", metavar="ISO", help="publication time; wins over the input's")
    ingest.add_argument("--input-format", choices=["text", "html", "json"], help="skip detection")
    ingest.add_argument("--max-bytes", type=int, default=MAX_INPUT_BYTES, help="refuse larger inputs")
    ingest.add_argument("--time-budget", type=float, default=60.0, metavar="SECONDS",
                        help="stop an article that takes longer, record it as failed and go on (0: no limit)")
    ingest.add_argument("--full-chars", type=int, default=40_000, metavar="N",
                        help="analyse in full up to about N characters; after that only count known names (0: all)")
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")
    ingest.set_defaults(run=_run_ingest)

    quotes = _query_parser(sub, "quotes", "statements by a speaker", ROW_LIMIT)
    quotes.add_argument("--speaker", required=True, metavar="NAME")
    quotes.add_argument("--since", metavar="YYYY-MM-DD")
    quotes.set_defaults(run=_run_quotes)

    events = _query_parser(sub, "events", "events with an actor as source or target", ROW_LIMIT)
    events.add_argument("--actor", required=True, metavar="CODE", help="country code (USA) or actor name")
    events.add_argument("--type", metavar="TYPE", help="a PLOVER type such as ACCUSE")
    events.set_defaults(run=_run_events)

    stories = _query_parser(sub, "stories", "stories: articles about the same events across days", STORY_LIMIT)
    stories.add_argument("--min-articles", type=int, default=2)
    stories.set_defaults(run=_run_stories)

    timeline = _query_parser(sub, "timeline", "a story's dated events and statements", ROW_LIMIT)
    timeline.add_argument("story", type=int, metavar="STORY")
    timeline.set_defaults(run=_run_timeline)

    search = _query_parser(sub, "search", "full-text search over titles and bodies", SEARCH_LIMIT)
    search.add_argument("text", metavar="TEXT")
    search.set_defaults(run=_run_search)

    duplicates = _query_parser(sub, "duplicates", "near-duplicate groups with their likely original", ROW_LIMIT)
    duplicates.set_defaults(run=_run_duplicates)

    export = sub.add_parser("export", help="write a corpus table as JSON Lines, CSV or Parquet")
    export.add_argument("--db", default=DEFAULT_DB, metavar="PATH_OR_URL")
    export.add_argument("--table", required=True, choices=["articles", "entities", "quotes", "events", "headlines", "failures", "stories"])
    export.add_argument("--format", required=True, choices=["jsonl", "csv", "parquet"])
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(run=_run_export)

    browse = sub.add_parser("browse", help="open a SQLite corpus in Datasette")
    browse.add_argument("--db", default=DEFAULT_DB, metavar="PATH")
    browse.add_argument("--port", type=int, default=8001)
    browse.add_argument("--open", action="store_true", help="open a browser")
    browse.set_defaults(run=_run_browse)


def _query_parser(sub: argparse._SubParsersAction, name: str, help: str, limit: int) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help)
    parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH_OR_URL")
    parser.add_argument("--limit", type=int, default=limit, help=f"at most this many rows (default {limit})")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    return parser


def _run_ingest(args: argparse.Namespace) -> int:
    from ..pipeline import make_options

    options = make_options(published_at=args.published_at, input_format=args.input_format, max_bytes=args.max_bytes,
                           time_budget=args.time_budget, full_chars=args.full_chars)
    if args.engine == "ray":
        from .ray_engine import ingest_ray

        db = args.db if args.db or not args.parquet else None
        report = ingest_ray(args.inputs, db=db, parquet=args.parquet, options=options, address=args.ray_address,
                            workers=args.jobs if args.jobs > 1 else None)
    else:
        from .ingest import ingest

        if args.parquet:
            print("newsfacts: --parquet needs --engine ray; for a database use `export`", file=sys.stderr)
            return 2
        report = ingest(args.inputs, args.db or DEFAULT_DB, options, jobs=args.jobs,
                        progress=not args.no_progress and sys.stderr.isatty())
    for failure in report.failures:
        print(f"newsfacts: failed: {failure}", file=sys.stderr)
    if report.failed > len(report.failures):
        print(f"newsfacts: … and {report.failed - len(report.failures)} more: see the failures table", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        rate = f", {report.inputs / report.seconds:.1f} inputs/s" if report.seconds else ""
        print(f"{report.inputs} inputs: {report.stored} stored, {report.replaced} replaced, "
              f"{report.unchanged} unchanged, {report.failed} failed; {report.stories} stories ({report.seconds:.1f}s{rate})")
    return 0 if report.inputs > report.failed or report.inputs == 0 else 1


def _run_quotes(args: argparse.Namespace) -> int:
    from .queries import quotes

    rows = quotes(args.db, args.speaker, args.since, args.limit)
    return _print(rows, args.json, lambda r: f"{r['date'] or '----------'}  {r['speaker']}"
                  f"{' (' + r['speaker_canonical'] + ')' if r['speaker_canonical'] else ''}: {r['content']}"
                  f"  [{r['article_id']}: {r['article_title']}]")


def _run_events(args: argparse.Namespace) -> int:
    from .queries import events

    rows = events(args.db, args.actor, args.type, args.limit)
    return _print(rows, args.json, lambda r: f"{r['date'] or '----------'}  {r['type']:<10} {r['source'] or '?'} -> "
                  f"{r['target'] or '?'}  {r['evidence']}  [{r['article_id']}]")


def _run_stories(args: argparse.Namespace) -> int:
    from .queries import stories

    rows = stories(args.db, args.min_articles, args.limit)
    return _print(rows, args.json, lambda r: f"story {r['id']}: {r['article_count']} articles, "
                  f"{r['first_date'] or '?'} to {r['last_date'] or '?'}  {r['label']}  ({', '.join(r['actors'])})")


def _run_timeline(args: argparse.Namespace) -> int:
    from .queries import timeline

    rows = timeline(args.db, args.story)[: args.limit]
    if not rows and not args.json:
        print(f"newsfacts: story {args.story} has no dated events or statements (see `newsfacts stories`)", file=sys.stderr)
    return _print(rows, args.json, lambda r: f"{r['date'] or '----------'}  "
                  + (f"{r['type']} {r['source'] or '?'} -> {r['target'] or '?'}: " if r["kind"] == "event" else f"{r['speaker']}: ")
                  + f"{r['text']}  [{', '.join(str(a['id']) for a in r['articles'])}]", empty_ok=True)


def _run_search(args: argparse.Namespace) -> int:
    from .queries import search

    rows = search(args.db, args.text, args.limit)
    return _print(rows, args.json, lambda r: f"{r['date'] or '----------'}  {r['id']}: {r['title']}\n    {r['snippet']}")


def _run_duplicates(args: argparse.Namespace) -> int:
    from .queries import duplicates

    rows = duplicates(args.db)[: args.limit]
    return _print(rows, args.json, lambda g: f"original {g['original']['id'] if g['original'] else '?'}: "
                  f"{g['original']['title'] if g['original'] else ''}\n"
                  + "\n".join(f"    copy {c['id']} ({c['dup_similarity']}): {c['title']}" for c in g["copies"]))


def _run_export(args: argparse.Namespace) -> int:
    from .export import export

    n = export(args.db, args.table, args.format, args.output)
    print(f"{n} rows of {args.table} written to {args.output}", file=sys.stderr)
    return 0


def _run_browse(args: argparse.Namespace) -> int:
    from .browse import browse

    return browse(args.db, args.port, open_browser=args.open)


def _print(rows: Iterable[dict], as_json: bool, line, empty_ok: bool = False) -> int:
    rows = list(rows)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str) if as_json else line(row))
    return 0 if rows or empty_ok else 1  # nothing found: status 1, as grep, with or without --json
