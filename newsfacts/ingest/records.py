"""JSON and JSON Lines records to Articles: `text`, `html` or `title` + `content`, with optional
`id`, `published_at`/`date`, `url`/`link` and `author` (the record's values win over the text's)."""
from __future__ import annotations

import json
from typing import Iterator, Union

from ..errors import InputError
from .encoding import refuse_bad_article
from .failure import Failure
from .textdump import parse_text
from ..model import Article, Options
from ..nlp.dates import parse_datetime

_TEXT_FIELDS = ("text", "raw", "body")
_DATE_FIELDS = ("published_at", "date", "publish_time", "pub_date", "time")
_URL_FIELDS = ("url", "link")


def parse_records(text: str, source: str, options: Options) -> Iterator[Union[Article, "Failure"]]:
    """Yield one Article per record, or a Failure naming the line and reason."""
    stripped = text.strip()
    records: list[tuple[str, object]] = []
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as err:
            yield Failure(source, f"malformed JSON: {err.msg} at line {err.lineno} column {err.colno}")
            return
        records = [(f"{source}[{i}]", item) for i, item in enumerate(data)]
    else:
        try:
            records = [(source, json.loads(stripped))]
        except json.JSONDecodeError:
            records = list(_json_lines(text, source))
    if not records:
        yield Failure(source, "no records in JSON input")
    for where, record in records:
        if isinstance(record, Failure):
            yield record
            continue
        try:
            yield article_from_record(record, where, options)
        except InputError as err:
            yield Failure(err.source, err.reason)


def _json_lines(text: str, source: str) -> Iterator[tuple[str, object]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as err:
            yield where, Failure(where, f"malformed JSON line: {err.msg} at column {err.colno}")


def article_from_record(record: object, where: str, options: Options) -> Article:
    """One record (a dict) to an Article, parsed like the input kind it carries."""
    if not isinstance(record, dict):
        raise InputError(where, f"record is a JSON {type(record).__name__}, not an object")
    rid = record.get("id")
    label = f"{where} (id {rid})" if rid is not None else where
    article = _parse_body(record, label)
    if rid is not None:
        article.id = str(rid)
    article.source = str(record.get("source") or where) if isinstance(record.get("source"), str) else where
    for key in _URL_FIELDS:
        if isinstance(record.get(key), str) and record[key].strip():
            article.url = record[key].strip()
            break
    if isinstance(record.get("author"), str) and record["author"].strip():
        article.author = record["author"].strip()
    _take_date(article, record, label)
    refuse_bad_article(article, label)
    return article


def _parse_body(record: dict, label: str) -> Article:
    for key in _TEXT_FIELDS:
        if isinstance(record.get(key), str) and record[key].strip():
            return parse_text(record[key], source=label)
    if isinstance(record.get("html"), str) and record["html"].strip():
        from .html import parse_html

        return parse_html(record["html"], source=label, url=record.get("url"))
    title, content = record.get("title"), record.get("content")
    if isinstance(content, str) and content.strip():
        head = title.strip() if isinstance(title, str) and title.strip() else ""
        article = parse_text(f"{head}\n\n{content}" if head else content, source=label)
        return article
    raise InputError(label, "record has no `text`, `html` or `title` + `content` field")


def _take_date(article: Article, record: dict, label: str) -> None:
    for key in _DATE_FIELDS:
        value = record.get(key)
        if value in (None, ""):
            continue
        parsed = parse_datetime(str(value))
        if parsed is None:
            article.warnings.append(f"{label}: unreadable {key} {value!r}; kept the date found in the text")
            return
        article.published_at, article.published_at_origin = parsed, "record"
        return
