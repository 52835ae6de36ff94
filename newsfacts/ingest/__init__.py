"""Inputs to Articles: files, directories, standard input, in plain text, HTML or JSON records.

`read_inputs` yields an Article for every article it can read and a Failure (input + reason)
for every one it cannot, so a batch run never loses an input silently.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator, Optional, Union

from ..errors import InputError
from ..model import Article, Options
from .encoding import decode_bytes, refuse_bad_article
from .failure import Failure
from .files import expand_input, read_regular_file
from .html import parse_html
from .records import parse_records
from .textdump import parse_text

__all__ = ["Failure", "read_inputs", "read_file", "expand_input", "article_from_string", "articles_from_bytes",
           "parse_text", "parse_html"]

_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
_JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}


def read_inputs(inputs: list[str], options: Options) -> Iterator[Union[Article, Failure]]:
    """Expand paths, directories and '-' (stdin) and read each into Articles or Failures."""
    for item in inputs:
        if item == "-":
            yield from _read_guarded(sys.stdin.buffer.read(options.max_bytes + 1), "<stdin>", "", options)
            continue
        for found in expand_input(item):
            if isinstance(found, Failure):
                yield found
            else:
                yield from _read_path(found, options)


def read_file(path: str, options: Options) -> Article:
    """The one Article in a file; raises InputError when there is none, several, or it cannot be read."""
    results = [r for found in expand_input(path, directories=False)
               for r in ([found] if isinstance(found, Failure) else _read_path(found, options))]
    problems = [r for r in results if isinstance(r, Failure)]
    if problems:
        raise InputError(problems[0].source, problems[0].reason)
    if len(results) != 1:
        raise InputError(path, f"holds {len(results)} articles, not one: read them with newsfacts.batch.analyze_inputs"
                         if results else "no article in input")
    return results[0]


def article_from_string(text: str, source: str | None, options: Options) -> Article:
    """Parse text already in memory, detecting HTML and JSON by their look."""
    if not text or not text.strip():
        raise InputError(source, "empty input")
    kind = options.input_format or _sniff(text)
    if kind == "html":
        return _stamp(parse_html(text, source=source), options)
    if kind == "json":
        for result in parse_records(text, source or "<input>", options):
            if isinstance(result, Failure):
                raise InputError(result.source, result.reason)
            return _stamp(result, options)
        raise InputError(source, "no article in input")
    return _stamp(parse_text(text, source=source), options)


def articles_from_bytes(data: bytes, source: Optional[str], options: Options,
                        suffix: Optional[str] = None) -> list[Union[Article, Failure]]:
    """Uploaded or fetched bytes, read exactly as a file of that name (or suffix) would be."""
    kind = suffix if suffix is not None else Path(source or "").suffix.lower()
    return list(_read_guarded(data, source or "<input>", kind, options))


def _read_path(path: Path, options: Options) -> Iterator[Union[Article, Failure]]:
    source = str(path)
    try:
        data = read_regular_file(path, options.max_bytes)
    except InputError as err:
        yield Failure(err.source, err.reason)
        return
    yield from _read_guarded(data, source, path.suffix.lower(), options)


def _read_guarded(data: bytes, source: str, suffix: str, options: Options) -> Iterator[Union[Article, Failure]]:
    if len(data) > options.max_bytes:
        yield Failure(source, f"too large: over {options.max_bytes:,} bytes (raise --max-bytes)")
        return
    try:
        kind = options.input_format or _kind_from_suffix(suffix)
        if kind == "html":
            yield _stamp(parse_html(data, source=source), options)
            return
        text = decode_bytes(data, source)
        kind = kind or _sniff(text)
        if kind == "json":
            for result in parse_records(text, source, options):
                yield result if isinstance(result, Failure) else _stamp(result, options)
        elif kind == "html":
            yield _stamp(parse_html(text, source=source), options)
        else:
            yield _stamp(parse_text(text, source=source), options)
    except InputError as err:
        yield Failure(err.source, err.reason)
    except RecursionError:
        yield Failure(source, "malformed input: nesting too deep to parse")


def _kind_from_suffix(suffix: str) -> str | None:
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _JSON_SUFFIXES:
        return "json"
    return None


def _sniff(text: str) -> str:
    head = text.lstrip()[:2048].lower()
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head):
        return "html"
    return "text"


def _stamp(article: Article, options: Options) -> Article:
    """Apply caller options that win over what the input says (the publication time)."""
    refuse_bad_article(article)
    if options.published_at is not None:
        article.published_at = options.published_at
        article.published_at_origin = "option"
    if article.id is None and article.source:
        article.id = os.path.splitext(os.path.basename(article.source))[0]
    return article
