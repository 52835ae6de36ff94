"""Fuzzing the readers and analyze_text with hypothesis: whatever the input, the only exception is
InputError, every span lies inside the text and matches it, and each input is done in bounded time.

Quick by default (a few hundred examples in all, for CI); NEWSFACTS_FUZZ=long runs many more.
"""
from __future__ import annotations

import dataclasses
import json
import os
import time

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, event, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import newsfacts  # noqa: E402
from newsfacts.errors import InputError  # noqa: E402
from newsfacts.ingest import Failure, articles_from_bytes, parse_html, parse_text  # noqa: E402
from newsfacts.model import Article, Options, Span  # noqa: E402

settings.register_profile("ci", max_examples=60, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = "long" if os.environ.get("NEWSFACTS_FUZZ") == "long" else "ci"
SECONDS_PER_INPUT = 20.0  # generous: a loaded CI machine; a short input takes well under a second

# Characters that steer the readers: Chinese words and punctuation, quotation marks, markup,
# digits, dates, lone surrogates and control characters.
PIECES = ["外交部", "发言人", "表示", "美国", "俄罗斯", "乌克兰", "王毅", "周五", "会谈", "袭击", "协议", "停火",
          "。", "，", "：", "“", "”", "「", "」", "？", "！", "\n", "\n\n", " ", "\t", "2025年4月19日", "10:12",
          "<p>", "</p>", "<html>", "<body>", "<script>", "&amp;", "{", "}", "[", "\"", "\\", "\x00", "\x1b",
          "\ud800", "\udfff", "\ufffd", "記者", "報道", "——", "…", "阅读 0", "来源：", "作者：", "A", "1"]
HOSTILE = ["\ud800", "\udfff", "\x00", "\x1b", "\u202e", "\ufeff", "<script>", "/etc/passwd", "\r\n"]
base_texts = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
    st.text(st.characters(exclude_categories=()), max_size=300),  # surrogates included
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF) | st.sampled_from("。，“”\n "),
            max_size=400),
)


def _insert(text: str, piece: str, at: int) -> str:
    at = at % (len(text) + 1)
    return text[:at] + piece + text[at:]


# Half the inputs carry one hostile piece somewhere, so a quick run meets them too.
article_texts = base_texts | st.builds(_insert, base_texts, st.sampled_from(HOSTILE), st.integers(0, 10_000))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | article_texts,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3), max_leaves=8)
FIELDS = ["id", "text", "html", "title", "content", "published_at", "date", "url", "link", "author", "source"]
records = st.dictionaries(st.sampled_from(FIELDS), article_texts | json_values, max_size=6)


def _spans(value, seen=None):
    """Every Span reachable from a record of the model."""
    seen = seen if seen is not None else set()
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Span):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _spans(getattr(value, field.name), seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _spans(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _spans(item, seen)


def _span_dicts(value):
    """Every {start, end, text} object of an output record."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= set(value) and isinstance(value["start"], int):
            yield {k: value[k] for k in ("start", "end", "text")}
        for item in value.values():
            yield from _span_dicts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _span_dicts(item)


def _check_spans(article: Article, *records) -> None:
    for record in (article, *records):
        for span in _spans(record):
            assert 0 <= span.start <= span.end <= len(article.text), span
            assert article.text[span.start:span.end] == span.text, span


def _bounded(run):
    began = time.monotonic()
    try:
        return run()
    except InputError:
        return None
    finally:
        assert time.monotonic() - began < SECONDS_PER_INPUT


@settings(settings.get_profile(PROFILE))
@given(article_texts)
@example("美国\ud800表示")  # issue 19 item 5: UnicodeEncodeError from OpenCC
@example("外交部发言人表示欢迎各方对话" * 30)  # item 3: 'File name too long' for newline-free text
@example("/etc/passwd")  # item 3: read as a path
def test_analyze_text(text):
    doc = _bounded(lambda: newsfacts.analyze_text(text))
    event("analysed" if doc is not None else "input error")
    if doc is not None:
        record = doc.to_dict()  # what users see; doc.tokens are words of the normalised view
        _check_spans(doc.article, [Span(**d) for d in _span_dicts(record)])
        json.dumps(record, ensure_ascii=False).encode("utf-8")  # every string can be written out


@settings(settings.get_profile(PROFILE))
@given(article_texts)
def test_text_reader(text):
    article = _bounded(lambda: parse_text(text, source="fuzz.txt"))
    if article is not None:
        _check_spans(article)


@settings(settings.get_profile(PROFILE))
@given(article_texts, st.sampled_from(["str", "utf-8", "gb18030"]))
def test_html_reader(body, form):
    page = f"<html><head><title>{body[:20]}</title></head><body><article><h1>{body[:30]}</h1><p>{body}</p></article></body></html>"
    data = page if form == "str" else page.encode(form, "replace")
    article = _bounded(lambda: parse_html(data, source="fuzz.html"))
    if article is not None:
        _check_spans(article)


@settings(settings.get_profile(PROFILE))
@given(st.lists(records | json_values, min_size=1, max_size=4), st.sampled_from([".jsonl", ".json"]))
def test_json_records_reader(items, suffix):
    if suffix == ".jsonl":
        data = "\n".join(json.dumps(item) for item in items).encode("utf-8")
    else:
        data = json.dumps(items).encode("utf-8")
    for result in _bounded(lambda: articles_from_bytes(data, f"fuzz{suffix}", Options(), suffix)) or []:
        assert isinstance(result, (Article, Failure))
        if isinstance(result, Article):
            _check_spans(result)
            json.dumps([result.text, result.id, result.source, result.url, result.author], ensure_ascii=False).encode()


@settings(settings.get_profile(PROFILE))
@given(article_texts | st.binary(max_size=600), st.sampled_from(["utf-8", "gb18030", "big5", "utf-16", "latin-1"]),
       st.sampled_from(["", ".txt", ".html", ".json", ".jsonl"]))
def test_bytes_in_any_encoding(content, encoding, suffix):
    data = content if isinstance(content, bytes) else content.encode(encoding, "replace")
    for result in _bounded(lambda: articles_from_bytes(data, f"fuzz{suffix}", Options(), suffix)) or []:
        assert isinstance(result, (Article, Failure))
        if isinstance(result, Article):
            _check_spans(result)
