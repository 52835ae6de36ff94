"""Fuzzing the web routes with hypothesis (issue 19): whatever the path, query, body or headers, the
server answers without a 5xx, in bounded time. Every route is tried, the corpus ones over a small
corpus of two articles written for these tests; URL fetching stays off, so nothing leaves the machine.

Quick by default (a few hundred requests in all, for CI); NEWSFACTS_FUZZ=long runs many more.
"""
from __future__ import annotations

import json
import os
import time
from urllib.parse import quote

import pytest

hypothesis = pytest.importorskip("hypothesis")
pytest.importorskip("fastapi")
pytest.importorskip("python_multipart")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsfacts.web import create_app  # noqa: E402

settings.register_profile("web-ci", max_examples=50, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("web-long", max_examples=1500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PROFILE = "web-long" if os.environ.get("NEWSFACTS_FUZZ") == "long" else "web-ci"
SECONDS_PER_REQUEST = 20.0  # generous for a loaded CI machine; these inputs take well under a second
LOCAL = "http://127.0.0.1"

ARTICLES = {
    "talks.txt": "两国外长举行会谈\n\n外交部长王毅周二与法国外长巴罗会谈。王毅表示，双方愿意加强合作。\n",
    "flights.txt": "两国恢复直航\n\n法国外长巴罗周三说，法方欢迎恢复直航。“这是好消息，”他说。\n",
}
# Pieces that steer parsers and queries: names, LIKE and FTS syntax, SQL, markup, formula openers,
# NUL and other control characters, lone surrogates, path tricks, huge and edge numbers and dates.
PIECES = ["王毅", "巴罗", "法国", "FRA", "CHN", "USA", "MEET", "%", "_", "*", "\"", "'", "--", ";", "OR 1=1", "NEAR",
          "<script>", "=1+1", "@", "+", "-", "\x00", "\x1b", "\ud800", "..", "/", "\\", "?", "#", "&", "=", " ",
          "0", "-1", "99999999999999999999", "1e309", "0001-01-01", "9999-12-31", "2025-06-03", "0001-01-01T00:00:00",
          "2025-13-45", "csv", "json", "html", ".csv", "local:PER:王毅", "a" * 300]
values = st.lists(st.sampled_from(PIECES), max_size=6).map("".join) | st.text(max_size=40) | \
    st.integers(-2**70, 2**70).map(str)
ROUTES = ["/", "/browse", "/browse/articles", "/browse/articles/{}", "/browse/actors/{}", "/browse/stories/{}",
          "/articles", "/articles.csv", "/articles/{}", "/articles/{}.csv", "/quotes", "/quotes.csv", "/events",
          "/events.csv", "/actors/{}", "/actors/{}.csv", "/stories", "/stories.csv", "/stories/{}", "/stories/{}.csv",
          "/docs", "/openapi.json", "/{}"]
PARAMS = ["q", "since", "until", "speaker", "actor", "type", "limit", "offset", "format", "min_articles", "page",
          "published_at", "story"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    pytest.importorskip("sqlalchemy")
    pytest.importorskip("datasketch")
    from newsfacts.corpus.ingest import ingest

    folder = tmp_path_factory.mktemp("fuzzcorpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(folder / "corpus.db")
    assert ingest([str(folder)], db).stored == 2
    with TestClient(create_app(db), base_url=LOCAL, raise_server_exceptions=False) as served:
        yield served


def _answered(send) -> int:
    """The status of one request, which must come in bounded time and not be a server error."""
    began = time.monotonic()
    response = send()
    took = time.monotonic() - began
    assert response.status_code < 500, (response.status_code, response.text[:500])
    assert took < SECONDS_PER_REQUEST, took
    return response.status_code


def _segment(value: str) -> str:
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


@settings(settings.get_profile(PROFILE))
@example("/stories", "", {"min_articles": "9223372036854775808"}, "")  # found by the long profile: SQLite overflow
@given(st.sampled_from(ROUTES), values, st.dictionaries(st.sampled_from(PARAMS), values, max_size=4),
       st.sampled_from(["application/json", "text/html", "text/csv", "*/*", ""]))
def test_get_routes(client, route, segment, params, accept):
    path = route.format(_segment(segment)) if "{}" in route else route
    query = "&".join(f"{_segment(k)}={_segment(v)}" for k, v in params.items())
    headers = {"Accept": accept} if accept else {}
    _answered(lambda: client.get(path + ("?" + query if query else ""), headers=headers))


json_bodies = st.dictionaries(st.sampled_from(["text", "html", "url", "published_at", "extra"]),
                              values | st.none() | st.integers() | st.lists(values, max_size=2), max_size=3)


@settings(settings.get_profile(PROFILE))
@given(json_bodies | st.lists(values, max_size=2) | values | st.integers())
def test_post_analyze_json(client, body):
    raw = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
    _answered(lambda: client.post("/analyze", content=raw, headers={"Content-Type": "application/json"}))


@settings(settings.get_profile(PROFILE))
@given(st.binary(max_size=400), st.sampled_from(["application/json", "multipart/form-data",
                                                 "multipart/form-data; boundary=x", "text/plain",
                                                 "application/x-www-form-urlencoded", ""]),
       st.sampled_from(["/analyze", "/"]))
def test_post_raw_bodies(client, body, content_type, path):
    headers = {"Content-Type": content_type} if content_type else {}
    _answered(lambda: client.post(path, content=body, headers=headers))


@settings(settings.get_profile(PROFILE))
@given(st.dictionaries(st.sampled_from(["text", "published_at", "file", "other"]), values, max_size=3),
       st.none() | st.tuples(values, st.binary(max_size=300)), st.sampled_from(["/analyze", "/"]))
def test_post_forms(client, fields, upload, path):
    def sendable(value: str) -> str:  # the client cannot encode a lone surrogate in a form
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")

    files = {"file": (sendable(upload[0]) or "a.txt", upload[1], "application/octet-stream")} if upload else None
    data = {k: sendable(v) for k, v in fields.items()}
    _answered(lambda: client.post(path, data=data, files=files))
