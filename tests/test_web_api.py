"""The REST API and pages through FastAPI's test client: POST /analyze gives the CLI's JSON, the
limits answer 413/422/504 clearly, url fetching is off unless enabled, and the corpus routes
answer as JSON and CSV. The articles are short ones written for these tests.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("python_multipart")

from fastapi.testclient import TestClient  # noqa: E402

from newsfacts.cli import main  # noqa: E402
from newsfacts.web import create_app  # noqa: E402
from newsfacts.web.limits import Settings  # noqa: E402
from newsfacts.web.view import segments  # noqa: E402

LOCAL = "http://127.0.0.1"  # the server answers only Host headers that name it

TALKS = """两国外长在日内瓦举行会谈，同意恢复直航

环球观察 2025年6月3日 18:20

中国外交部长王毅周二在日内瓦与法国外长巴罗举行会谈，双方同意尽快恢复两国之间的直航航班。

王毅表示，中法合作符合两国人民的共同利益。“我们愿意与法方一道，推动各领域交流重回正轨，”他说。

巴罗称，法国欢迎中方的积极姿态，希望双方在气候问题上加强协调。

航班安排尚待确定

法国交通部发言人透露，首批航班最早可能在七月恢复，但具体时间表仍在商讨之中。
"""
FLIGHTS = """中法直航将于七月恢复，首批航线确定

环球观察 2025年6月10日 09:30

法国交通部周一宣布，两国之间的直航航班将于七月中旬恢复，首批航线连接巴黎和上海。

法国外长巴罗在巴黎对记者说：“这是两国关系回暖的一个具体信号。”

中国外交部长王毅周一表示，中方欢迎法方的决定，希望双方继续扩大人员往来。
"""
PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>两国外长在日内瓦举行会谈</title></head><body>"
        "<article><h1>两国外长在日内瓦举行会谈</h1><p>发布时间：2025-06-03 18:20</p>"
        + "".join(f"<p>{p}</p>" for p in TALKS.split("\n\n")[2:] if p.strip() and len(p) > 12)
        + "</article></body></html>")


def _without(record: dict, *keys: str) -> dict:
    return {k: v for k, v in record.items() if k not in ("timings_ms", *keys)}


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), base_url=LOCAL)


def small_client(**settings) -> TestClient:
    return TestClient(create_app(settings=Settings(**settings)), base_url=LOCAL)


# --- POST /analyze: the CLI's JSON -------------------------------------------------------------

def test_upload_gives_exactly_the_cli_json(client, tmp_path, monkeypatch, capsys):
    (tmp_path / "talks.txt").write_text(TALKS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", "talks.txt", "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    response = client.post("/analyze", files={"file": ("talks.txt", TALKS.encode("utf-8"), "text/plain")})
    assert response.status_code == 200
    assert _without(response.json()) == _without(expected)
    assert response.json()["id"] == "talks"


def test_json_text_gives_the_cli_json_of_stdin(client, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TALKS.encode("utf-8"))))
    assert main(["analyze", "-", "--format", "json"]) == 0
    expected = json.loads(capsys.readouterr().out)
    record = client.post("/analyze", json={"text": TALKS}).json()
    assert _without(record, "source", "id") == _without(expected, "source", "id")
    assert record["title"] == "两国外长在日内瓦举行会谈，同意恢复直航"
    assert any(q["speaker_canonical"] == "Wang Yi" for q in record["quotes"])
    for quote in record["quotes"]:  # the offsets the page highlights with point into `text`
        span = quote["offsets"]["content"]
        assert record["text"][span["start"]:span["end"]] == span["text"]


def test_published_at_wins_over_the_byline(client):
    record = client.post("/analyze", json={"text": TALKS, "published_at": "2025-06-04T08:00:00"}).json()
    assert record["published_at"] == "2025-06-04T08:00:00+08:00"
    assert record["published_at_origin"] == "option"


def test_html_is_extracted_and_stamped(client):
    record = client.post("/analyze", json={"html": PAGE, "published_at": "2025-06-04"}).json()
    assert record["input_format"] == "html"
    assert "王毅" in record["text"]
    assert record["published_at"].startswith("2025-06-04")


def test_a_json_lines_upload_gives_a_list(client):
    lines = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in (("t", TALKS), ("f", FLIGHTS)))
    response = client.post("/analyze", files={"file": ("two.jsonl", lines.encode("utf-8"))})
    assert response.status_code == 200
    assert [r["id"] for r in response.json()] == ["t", "f"]


def test_a_form_with_text_and_published_at(client):
    for files in (None, {"file": ("", b"")}):  # urlencoded, and multipart as a browser sends it
        response = client.post("/analyze", data={"text": TALKS, "published_at": "2025-06-05"}, files=files)
        assert response.status_code == 200
        assert response.json()["published_at"].startswith("2025-06-05")


# --- bad requests: 422, 415 ------------------------------------------------------------------

@pytest.mark.parametrize("body, needle", [
    ({"text": TALKS, "speaker": "x"}, "extra_forbidden"),
    ({}, "exactly one of text, html or url"),
    ({"text": TALKS, "html": PAGE}, "exactly one of text, html or url"),
    ({"text": 42}, "string_type"),
    ([TALKS], "model_type"),
])
def test_bad_fields_are_422_naming_the_problem(client, body, needle):
    response = client.post("/analyze", json=body)
    assert response.status_code == 422
    assert needle in response.text


def test_bad_json_is_422(client):
    response = client.post("/analyze", content=b'{"text": "abc', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


def test_a_json_body_that_is_not_utf8_is_422_not_500(client):
    """Found by tests/test_web_fuzz.py: the error echoed the body as bytes, which broke the 422 itself."""
    response = client.post("/analyze", content=b'{"text": "\x80\xff"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"


@pytest.mark.parametrize("body, needle", [
    ({"text": "   \n "}, "empty input"),
    ({"text": TALKS, "published_at": "next tuesday"}, "published_at: not a date"),
    ({"html": "just words, no tags at all"}, "malformed HTML"),
])
def test_input_that_cannot_be_analysed_is_422_with_the_reason(client, body, needle):
    response = client.post("/analyze", json=body)
    assert response.status_code == 422
    assert needle in response.json()["detail"]


def test_form_errors_are_422(client):
    empty = client.post("/analyze", files={"other": ("x.txt", b"abc")})
    assert empty.status_code == 422 and "unknown form fields: other" in empty.json()["detail"]
    nothing = client.post("/analyze", files={"file": ("", b"")}, data={"text": " "})
    assert nothing.status_code == 422 and "neither a file nor text" in nothing.json()["detail"]
    binary = client.post("/analyze", files={"file": ("x.bin", b"\x00\x01\x02" * 100)})
    assert binary.status_code == 422 and "binary data" in binary.json()["detail"]


def test_other_content_types_are_415(client):
    response = client.post("/analyze", content=TALKS.encode("utf-8"), headers={"content-type": "text/plain"})
    assert response.status_code == 415 and "application/json" in response.json()["detail"]


# --- limits: 413, 504, 503 ---------------------------------------------------------------------

def test_a_declared_body_over_the_cap_is_413():
    client = small_client(max_request_bytes=1000)
    response = client.post("/analyze", json={"text": TALKS * 3})
    assert response.status_code == 413
    assert response.json()["detail"] == "request body over the limit of 1,000 bytes"
    upload = client.post("/analyze", files={"file": ("a.txt", TALKS.encode("utf-8") * 3)})
    assert upload.status_code == 413


def test_a_streamed_body_over_the_cap_is_413():
    def chunks():
        for _ in range(10):
            yield b" " * 500

    response = small_client(max_request_bytes=1000).post("/analyze", content=chunks(),
                                                          headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_the_page_form_over_the_cap_is_an_html_413():
    response = small_client(max_request_bytes=1000).post("/", files={"file": ("a.txt", TALKS.encode("utf-8") * 3)})
    assert response.status_code == 413
    assert "text/html" in response.headers["content-type"] and "Too large" in response.text


def test_an_analysis_over_the_time_limit_is_504(monkeypatch):
    from newsfacts.web import api

    monkeypatch.setattr(api, "_analyze", lambda *args: time.sleep(1.0))
    response = small_client(analysis_timeout_s=0.1).post("/analyze", json={"text": TALKS})
    assert response.status_code == 504
    assert response.json()["detail"] == "the analysis took longer than 0.1 s"


def test_too_many_waiting_analyses_is_503():
    response = small_client(max_pending=0).post("/analyze", json={"text": TALKS})
    assert response.status_code == 503 and response.headers["retry-after"] == "5"


# --- url: off by default; on, fetched with a timeout and a cap (local server only) --------------

@pytest.fixture(scope="module")
def local_site():
    """An HTTP server on 127.0.0.1 only: an article page, a large page, a 404 and a slow page."""
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            if self.path == "/slow":
                time.sleep(1.5)
            if self.path == "/missing":
                self.send_error(404)
                return
            body = (b"x" * 20_000) if self.path == "/big" else PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_fetching_is_off_by_default(client, local_site):
    response = client.post("/analyze", json={"url": local_site + "/article.html"})
    assert response.status_code == 403
    assert "--allow-url-fetch" in response.json()["detail"]


def test_an_allowed_url_is_fetched_and_analysed(local_site):
    fetching = small_client(allow_url_fetch=True, fetch_max_bytes=10_000, fetch_timeout_s=0.5,
                            fetch_allow=(local_site.split("//")[1],))
    record = fetching.post("/analyze", json={"url": local_site + "/article.html"}).json()
    assert record["url"] == local_site + "/article.html"
    assert record["input_format"] == "html" and "王毅" in record["text"]
    too_big = fetching.post("/analyze", json={"url": local_site + "/big"})
    assert too_big.status_code == 502 and "fetch limit of 10,000 bytes" in too_big.json()["detail"]
    missing = fetching.post("/analyze", json={"url": local_site + "/missing"})
    assert missing.status_code == 502 and "HTTP 404" in missing.json()["detail"]
    loopback = small_client(allow_url_fetch=True).post("/analyze", json={"url": local_site + "/article.html"})
    assert loopback.status_code == 403 and "not a public address" in loopback.json()["detail"]
    slow = fetching.post("/analyze", json={"url": local_site + "/slow"})
    assert slow.status_code == 504 and "longer than 0.5 s" in slow.json()["detail"]
    not_http = fetching.post("/analyze", json={"url": "file:///etc/passwd"})
    assert not_http.status_code == 422 and "not an http(s) URL" in not_http.json()["detail"]


# --- the schema and the pages -----------------------------------------------------------------

def test_openapi_lists_every_route(client):
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    for path in ("/analyze", "/articles", "/articles/{article_id}", "/quotes", "/events", "/actors/{actor_id}",
                 "/stories/{story_id}"):
        assert path in schema["paths"]
    body = schema["paths"]["/analyze"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert body["application/json"]["schema"]["additionalProperties"] is False


def test_the_page_shows_the_analysis_by_offsets(client):
    assert 'id="analyze-form"' in client.get("/").text
    response = client.post("/", data={"text": TALKS}, files={"file": ("", b"")})
    assert response.status_code == 200
    html = response.text
    assert 'id="headlines"' in html and "两国外长在日内瓦举行会谈，同意恢复直航" in html
    assert 'class="q sp0"' in html and 'title="Wang Yi · 王毅 · PER' in html
    assert 'class="event span-link"' in html and 'data-start="43" data-end="68"' in html
    assert "analysis;dur=" in response.headers["server-timing"]


def test_the_page_shows_errors_on_the_form(client):
    response = client.post("/", data={"text": "  "}, files={"file": ("", b"")})
    assert response.status_code == 422
    assert "neither a file nor text" in response.text and 'id="analyze-form"' in response.text


def test_segments_cover_the_text_and_carry_their_spans(client):
    record = client.post("/analyze", json={"text": TALKS}).json()
    parts = segments(record)
    assert "".join(s.text for s in parts) == record["text"]
    quote = record["quotes"][0]["offsets"]["content"]
    inside = [s for s in parts if quote["start"] <= s.start and s.end <= quote["end"]]
    assert inside and all("q" in s.classes and s.quote == 0 for s in inside)
    wang = next(s for s in parts if s.text == "王毅")
    assert "ent" in wang.classes and wang.title.startswith("Wang Yi")


def test_analyze_does_not_load_the_web_stack(tmp_path):
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    code = ("import sys; from newsfacts.cli import main; main(['analyze', sys.argv[1], '--format', 'json']); "
            "print(sorted(m for m in ('fastapi', 'starlette', 'uvicorn', 'jinja2') if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_serve_names_a_missing_corpus(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "absent.db")]) == 1
    assert "no corpus here" in capsys.readouterr().err


# --- the corpus: JSON and CSV ------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> TestClient:
    """A corpus of the two articles above (one story), served by the app."""
    pytest.importorskip("sqlalchemy")
    pytest.importorskip("datasketch")
    from newsfacts.corpus.ingest import ingest

    folder = tmp_path_factory.mktemp("corpus")
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    (folder / "flights.txt").write_text(FLIGHTS, encoding="utf-8")
    db = str(folder / "corpus.db")
    report = ingest([str(folder / "talks.txt"), str(folder / "flights.txt")], db)
    assert report.stored == 2
    with TestClient(create_app(db), base_url=LOCAL) as client:
        yield client


def _csv(response) -> list[dict]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_quotes_by_speaker_since_as_json_and_csv(corpus):
    rows = corpus.get("/quotes", params={"speaker": "Wang Yi"}).json()
    assert {r["article_id"] for r in rows} == {"talks", "flights"}
    since = corpus.get("/quotes", params={"speaker": "王毅", "since": "2025-06-05"}).json()
    assert {r["article_id"] for r in since} == {"flights"}
    for response in (corpus.get("/quotes.csv", params={"speaker": "Wang Yi"}),
                     corpus.get("/quotes", params={"speaker": "Wang Yi", "format": "csv"})):
        assert [r["content"] for r in _csv(response)] == [r["content"] for r in rows]


def test_events_by_actor_and_type(corpus):
    rows = corpus.get("/events", params={"actor": "CHN", "type": "consult"}).json()
    assert rows and all(r["type"] == "CONSULT" for r in rows)
    assert rows[0]["evidence"] == "中国外交部长王毅周二在日内瓦与法国外长巴罗举行会谈"
    assert _csv(corpus.get("/events.csv", params={"actor": "CHN"}))[0]["source"] in ("CHN", "FRA")


def test_an_actor_has_statements_and_events_on_one_timeline(corpus):
    actor = corpus.get("/actors/Wang Yi").json()
    assert actor["quotes"] and actor["timeline"]
    dates = [t["date"] for t in actor["timeline"] if t["date"]]
    assert dates == sorted(dates)
    assert {r["kind"] for r in _csv(corpus.get("/actors/Wang Yi.csv"))} <= {"statement", "event"}
    assert corpus.get("/actors/Nobody At All").status_code == 404


def test_a_story_has_its_articles_and_timeline(corpus):
    stories = corpus.get("/stories", params={"min_articles": 1}).json()
    story_id = stories[0]["id"]
    story = corpus.get(f"/stories/{story_id}").json()
    assert [a["id"] for a in story["articles"]] == ["talks", "flights"]
    assert story["timeline"] and all("articles" in t for t in story["timeline"])
    assert len(_csv(corpus.get(f"/stories/{story_id}.csv"))) == len(story["timeline"])
    assert corpus.get("/stories/9999").status_code == 404
    assert corpus.get("/stories/not-a-number").status_code == 422


def test_articles_list_and_one_article(corpus):
    found = corpus.get("/articles", params={"q": "直航"})
    assert found.status_code == 200 and {r["id"] for r in found.json()} == {"talks", "flights"}
    assert len(_csv(corpus.get("/articles.csv", params={"q": "直航"}))) == 2
    listing = corpus.get("/articles")
    assert listing.status_code == 200 and len(listing.json()) == 2
    one = corpus.get("/articles/talks")
    assert one.status_code == 200 and one.json()["title"] == "两国外长在日内瓦举行会谈，同意恢复直航"
    assert one.json()["analysis"]["quotes"] is not None
    assert _csv(corpus.get("/articles/talks.csv"))[0]["title"] == one.json()["title"]
    assert corpus.get("/articles/absent").status_code == 404


def test_corpus_parameters_are_checked(corpus):
    assert corpus.get("/quotes").status_code == 422  # speaker is required
    assert corpus.get("/events", params={"actor": "CHN", "format": "xml"}).status_code == 422
    assert corpus.get("/events", params={"actor": "CHN", "limit": 0}).status_code == 422


def test_corpus_routes_without_a_corpus_say_how_to_get_one(client):
    response = client.get("/quotes", params={"speaker": "x"})
    assert response.status_code == 404 and "--db" in response.json()["detail"]
    assert "--db" in client.get("/browse/articles").text


def test_corpus_pages(corpus):
    listing = corpus.get("/browse/articles", params={"q": "直航"})
    assert listing.status_code == 200 and "中法直航将于七月恢复" in listing.text
    assert corpus.get("/browse/articles", params={"actor": "Wang Yi"}, follow_redirects=False).status_code == 303
    actor = corpus.get("/browse/actors/Wang Yi")
    assert actor.status_code == 200 and "day-timeline" in actor.text and "中方欢迎法方的决定" in actor.text
    story = corpus.get("/stories", params={"min_articles": 1}).json()[0]["id"]
    page = corpus.get(f"/browse/stories/{story}")
    assert page.status_code == 200 and "2025-06-03" in page.text and "两国外长在日内瓦举行会谈" in page.text
    missing = corpus.get("/browse/stories/9999")
    assert missing.status_code == 404 and "no story 9999" in missing.text and "<html" in missing.text


# --- hostile requests: names, ids, patterns, hosts and the headers every answer carries -----------

def test_csv_of_an_actor_with_a_chinese_or_control_name_downloads(corpus):
    response = corpus.get("/actors/王毅.csv")
    assert response.status_code == 200
    assert "filename*=UTF-8''actor-%E7%8E%8B%E6%AF%85.csv" in response.headers["content-disposition"]
    nul = corpus.get("/actors/%00", params={"format": "csv"})
    assert nul.status_code == 422 and "control characters" in nul.json()["detail"]


def test_huge_ids_and_edge_dates_are_client_errors(corpus):
    assert corpus.get("/stories/99999999999999999999").status_code == 422
    assert corpus.get("/browse/stories/99999999999999999999").status_code == 422
    assert corpus.get("/articles/99999999999999999999").status_code == 404
    for edge in ("0001-01-01T00:00:00", "9999-12-31T23:59:59"):
        response = corpus.post("/analyze", json={"text": TALKS, "published_at": edge})
        assert response.status_code in (200, 422), response.text


def test_speaker_patterns_are_literal_and_bounded(corpus):
    assert corpus.get("/quotes", params={"speaker": "%"}).json() == []
    assert corpus.get("/quotes", params={"speaker": "王_"}).json() == []
    assert corpus.get("/quotes", params={"speaker": "王"}).json()  # a real part of a name still matches
    long = corpus.get("/quotes", params={"speaker": "王" * 5_000})
    assert long.status_code == 422 and "longer than 200 characters" in long.json()["detail"]


def test_every_answer_carries_the_security_headers(corpus):
    for response in (corpus.get("/"), corpus.get("/quotes", params={"speaker": "王毅"}), corpus.get("/nowhere")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in corpus.get("/").headers["content-security-policy"]


def test_csv_cells_that_look_like_formulas_are_quoted():
    from newsfacts.web.tables import csv_text

    rows = list(csv.reader(io.StringIO(csv_text([{"a": "=HYPERLINK(1)", "b": "+1", "c": "-x", "d": "@SUM", "e": -3}]))))
    assert rows[1] == ["'=HYPERLINK(1)", "'+1", "'-x", "'@SUM", "-3"]


def test_a_foreign_host_header_is_refused():
    app_client = small_client()
    assert app_client.get("/", headers={"Host": "attacker.example"}).status_code == 400
    assert app_client.get("/", headers={"Host": "localhost:8000"}).status_code == 200
    assert small_client(allowed_hosts=("*",)).get("/", headers={"Host": "news.example"}).status_code == 200
