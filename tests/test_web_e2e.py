"""The real page in headless Chromium (Debian's /usr/bin/chromium driven by Playwright): paste an
article, read the headline verdict, see a quote highlighted, click an event to light its evidence.

Skips when Playwright's Python package or Debian's chromium is missing (.ci/run installs it).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

# Written for this test: a ministerial visit, two speakers, a meeting and an agreement.
VISIT = """两国签署农业合作协议，首批大豆订单落地

田野观察 2025年9月2日 14:05

巴西农业部长法瓦罗周一在北京与中国农业农村部官员举行会谈，双方签署了一项农业合作协议。

法瓦罗表示，巴西希望扩大对华大豆和牛肉出口。“中国是我们最重要的合作伙伴，”他说。

中国农业农村部发言人称，中方愿与巴方加强农业科技交流。

订单细节尚未公布

据业内人士透露，首批订单将在年底前交付，但具体金额仍未确定。
"""


def _skip_without_browser() -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    """uvicorn serving the app on 127.0.0.1 and a free port, for this module's tests."""
    _skip_without_browser()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "newsfacts.web.app:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        cwd=Path(__file__).resolve().parent.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"uvicorn did not start: {process.stderr.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.2)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def analysed(server, browser):
    """The page after pasting VISIT and pressing Analyse, and the API's JSON for the same text."""
    import json

    request = urllib.request.Request(server + "/analyze", data=json.dumps({"text": VISIT}).encode("utf-8"),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        record = json.load(response)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server + "/")
    page.fill("#text", VISIT)
    page.click("#analyze-button")
    page.wait_for_selector("#article-text", timeout=120_000)
    yield page, record
    page.close()


def test_the_headline_and_its_verdict_are_at_the_top(analysed):
    page, record = analysed
    checks = page.locator("#headlines .check")
    if record["headlines"]:
        assert checks.count() == len(record["headlines"])
        for i, check in enumerate(record["headlines"]):
            assert checks.nth(i).locator(".verdict").inner_text() == check["verdict"]
            assert checks.nth(i).locator(".check-text").inner_text() == check["text"]
    else:  # the pipeline has not checked headings: the page says so rather than inventing a verdict
        assert checks.first.locator(".verdict").inner_text() == "not checked"
    assert "两国签署农业合作协议" in checks.first.inner_text()
    box = page.locator("#headlines").bounding_box()
    assert box["y"] < page.locator("#article-text").bounding_box()["y"]


def test_quotes_are_highlighted_in_their_speakers_colour(analysed):
    page, record = analysed
    first = record["quotes"][0]
    quote = page.locator('#article-text span.q[data-q="0"]')
    assert "".join(quote.all_inner_texts()) == first["content"]
    colour = quote.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    other = [i for i, q in enumerate(record["quotes"]) if (q["speaker_canonical"] or q["speaker"]) !=
             (first["speaker_canonical"] or first["speaker"])]
    if other:
        second = page.locator(f'#article-text span.q[data-q="{other[0]}"]').first
        assert second.evaluate("el => getComputedStyle(el).backgroundColor") != colour


def test_entities_show_their_canonical_name_on_hover(analysed):
    page, record = analysed
    canonical = {e["canonical"] for e in record["entities"] if e["canonical"]}
    titles = page.locator("#article-text span.ent").evaluate_all("els => els.map(e => e.title)")
    assert titles and any(t.split(" · ")[0] in canonical for t in titles)
    style = page.locator("#article-text span.ent").first.evaluate("el => getComputedStyle(el).textDecorationLine")
    assert "underline" in style


def test_clicking_an_event_highlights_its_evidence(analysed):
    page, record = analysed
    assert record["events"], "the test article should yield events"
    assert page.locator("#article-text .hl").count() == 0
    for i in (0, len(record["events"]) - 1):
        event = record["events"][i]
        page.locator("#events li.event").nth(i).click()
        lit = "".join(page.locator("#article-text .hl").all_inner_texts())
        assert lit == event["offsets"]["evidence"]["text"]
        assert "active" in page.locator("#events li.event").nth(i).get_attribute("class")
    assert page.locator("#events li.event.active").count() == 1  # the previous one was cleared
