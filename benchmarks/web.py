"""How the web page copes with a long article (about 20,000 characters, written for this script):
analysis time, server render time, and in headless Chromium the page load and click-to-highlight.

Run: .venv/bin/python benchmarks/web.py [--chars 20000] [--repeat 3] [--json] [--screenshot docs/screenshot.png]
Needs Playwright's Python package and Debian's /usr/bin/chromium; serves on 127.0.0.1 only.
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]

# Sentences written for this benchmark; cycled, with the day changing, to make a long report.
PARAGRAPHS = [
    "联合国秘书长古特雷斯周{d}在纽约表示，各方应当立即停止敌对行动，为人道主义援助打开通道。",
    "“平民不应成为冲突的代价，”古特雷斯说，“国际社会必须拿出切实行动。”",
    "美国国务卿卢比奥当天与以色列总理内塔尼亚胡通了电话，双方讨论了加沙地带的停火安排。",
    "据路透社报道，以色列军队周{d}晚间对加沙南部发动空袭，造成至少{n}人死亡，数十人受伤。",
    "埃及外交部发表声明，谴责对平民设施的袭击，并呼吁双方保持最大限度的克制。",
    "卡塔尔首相穆罕默德周{d}表示，多哈愿意继续在冲突双方之间斡旋，推动被扣押人员的交换。",
    "俄罗斯外交部发言人扎哈罗娃称，莫斯科支持在联合国框架内解决巴以问题。",
    "欧盟负责外交事务的高级代表在布鲁塞尔说，欧盟将追加{n}亿欧元的人道主义援助。",
    "中国外交部发言人在例行记者会上表示，中方呼吁尽快实现全面、持久的停火。",
    "分析人士认为，谈判能否取得突破，仍取决于各方在安全保障问题上能否达成一致。",
]
HEADINGS = ["停火谈判陷入僵局", "人道援助仍然受阻", "斡旋努力仍在继续", "各方表态分歧明显"]
DAYS = "一二三四五六日"


def long_article(chars: int) -> str:
    parts = ["多方呼吁停火，斡旋努力仍在继续", "国际观察 2025年7月20日 22:15"]
    i = 0
    while sum(map(len, parts)) < chars:
        if i and i % len(PARAGRAPHS) == 0:
            parts.append(HEADINGS[(i // len(PARAGRAPHS)) % len(HEADINGS)])
        template = PARAGRAPHS[i % len(PARAGRAPHS)]
        parts.append(template.format(d=DAYS[(i // 3) % 7], n=3 + i % 17))
        i += 1
    return "\n\n".join(parts) + "\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", "newsfacts.web.app:create_app", "--factory",
                                "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"], cwd=ROOT)
    return wait_until_serving(process, port)


def wait_until_serving(process: subprocess.Popen, port: int, seconds: float = 300) -> subprocess.Popen:
    """The server process once it answers GET / on the port; SystemExit if it exits or stays silent."""
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        if process.poll() is not None:
            tail = process.stderr.read().decode(errors="replace")[-2000:] if process.stderr else ""
            raise SystemExit(f"the server exited: {tail}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit(f"the server did not answer within {seconds:.0f} s")


def library_ms(text: str, repeat: int) -> list[float]:
    from newsfacts.pipeline import analyze_text

    analyze_text(text)  # load the models first
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        analyze_text(text)
        times.append((time.perf_counter() - began) * 1000)
    return times


def page_run(browser, url: str, text: str) -> dict:
    """Paste, submit, wait for the result page; timings from Navigation Timing and Server-Timing."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url + "/")
    page.fill("#text", text)
    probe: list[float] = []
    prober = threading.Thread(target=_probe, args=(url, probe))  # does the server answer meanwhile?
    began = time.perf_counter()
    page.click("#analyze-button")
    prober.start()
    page.wait_for_selector("#article-text", timeout=300_000)
    page.wait_for_load_state("load")
    wall = (time.perf_counter() - began) * 1000
    prober.join()
    nav = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
        const t = {}; for (const e of n.serverTiming) t[e.name] = e.duration;
        return {server: n.responseStart - n.requestStart, download: n.responseEnd - n.responseStart,
                dom: n.domContentLoadedEventEnd - n.responseEnd, load: n.loadEventEnd - n.responseEnd,
                bytes: n.transferSize, timing: t}; }""")
    # Click the event whose evidence lies furthest into the text: the worst case for the lookup.
    click = page.evaluate("""() => { const items = [...document.querySelectorAll('#events li.event')];
        if (!items.length) return null;
        const last = items.reduce((a, b) => (+b.dataset.start > +a.dataset.start ? b : a));
        const t0 = performance.now(); last.click(); document.body.offsetHeight;
        return performance.now() - t0; }""")
    counts = page.evaluate("""() => ({segments: document.querySelectorAll('#article-text span[data-s]').length,
        events: document.querySelectorAll('#events li.event').length,
        quotes: document.querySelectorAll('#quotes li.quote').length})""")
    page.close()
    return {"wall_ms": wall, "server_ms": nav["server"], "analysis_ms": nav["timing"].get("analysis"),
            "render_ms": nav["timing"].get("render"), "download_ms": nav["download"], "dom_ms": nav["dom"],
            "load_ms": nav["load"], "bytes": nav["bytes"], "click_ms": click,
            "other_request_ms": probe[0] if probe else None, **counts}


def _probe(url: str, out: list[float]) -> None:
    """The time GET / takes one second into an analysis."""
    time.sleep(1.0)
    began = time.perf_counter()
    urllib.request.urlopen(url + "/", timeout=30).read()
    out.append((time.perf_counter() - began) * 1000)


def screenshot(browser, url: str, path: Path) -> None:
    """The page on the example article, after clicking its first event, as a PNG."""
    page = browser.new_page(viewport={"width": 1280, "height": 1120})
    page.goto(url + "/")
    page.fill("#text", (ROOT / "examples" / "article.txt").read_text(encoding="utf-8"))
    page.click("#analyze-button")
    page.wait_for_selector("#article-text", timeout=120_000)
    events = page.locator("#events li.event")
    if events.count():
        events.nth(min(3, events.count() - 1)).click()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path))  # the first screen: headline, text, events, quotes
    page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--screenshot", metavar="PNG", help="also save the page on examples/article.txt")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    text = long_article(args.chars)
    library = library_ms(text, args.repeat)
    port = free_port()
    server = start_server(port)
    url = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page_run(browser, url, long_article(2000))  # load the server's models first
            runs = [page_run(browser, url, text) for _ in range(args.repeat)]
            if args.screenshot:
                screenshot(browser, url, Path(args.screenshot))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0] if runs[0][k] is not None}
    result = {"chars": len(text), "repeat": args.repeat, "library_analysis_ms": statistics.median(library),
              "page": median}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"article: {len(text):,} characters; medians of {args.repeat} runs")
        print(f"  library analyze():           {result['library_analysis_ms']:8.0f} ms")
        for key, label in [("analysis_ms", "server: analysis"), ("render_ms", "server: template render"),
                           ("server_ms", "browser: request to first byte"), ("download_ms", "browser: download"),
                           ("dom_ms", "browser: parse to DOMContentLoaded"), ("load_ms", "browser: parse to load"),
                           ("wall_ms", "browser: click Analyse to loaded"), ("click_ms", "browser: event click to highlight"),
                           ("other_request_ms", "server: GET / meanwhile")]:
            if key in median:
                print(f"  {label + ':':29s}{median[key]:8.1f} ms")
        print(f"  page: {median['bytes'] / 1024:.0f} KiB, {median['segments']:.0f} text segments, "
              f"{median['events']:.0f} events, {median['quotes']:.0f} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
