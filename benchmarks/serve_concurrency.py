"""`newsfacts serve` under load: 200 analyses at concurrency 16, and a small article beside two oversize ones.

The script starts `python -m newsfacts serve` on a free port (models warmed up at start), then:
1. single: each article of the mix posted once, one at a time: its latency alone;
2. concurrent: 200 requests over the same mix, 16 in flight at any time: latency, p50/p95, status codes;
3. oversize: two 1 MB articles (under the 2 MB request cap, so in the large lane) posted together, then a
   small one while they run: its latency against its own latency alone.
The articles are the dev and Sohu texts (benchmarks/speed.py), the oversize ones those joined to 1 MB.
Run: .venv/bin/python benchmarks/serve_concurrency.py [--requests 200] [--concurrency 16] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from long_article import long_text  # noqa: E402
from speed import load_texts  # noqa: E402
from web import free_port, wait_until_serving  # noqa: E402


def start_server(port: int, extra: list[str]) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "newsfacts", "serve", "--port", str(port), *extra],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return wait_until_serving(process, port)


def post(url: str, text: str, timeout: float = 300) -> tuple[int, float]:
    """(status, seconds) of one POST /analyze."""
    body = json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url + "/analyze", data=body, headers={"Content-Type": "application/json"})
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            answer.read()
            status = answer.status
    except urllib.error.HTTPError as err:
        err.read()
        status = err.code
    return status, time.perf_counter() - began


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def single(url: str, texts: list[str]) -> dict:
    results = [post(url, text) for text in texts]
    seconds = [s for _, s in results]
    return {"requests": len(results), "statuses": _count(s for s, _ in results),
            "median_s": round(statistics.median(seconds), 3), "p95_s": round(percentile(seconds, 0.95), 3),
            "mean_s": round(statistics.mean(seconds), 3), "seconds": seconds}


def concurrent(url: str, texts: list[str], requests: int, concurrency: int) -> dict:
    began = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda i: post(url, texts[i % len(texts)]), range(requests)))
    wall = time.perf_counter() - began
    seconds = [s for _, s in results]
    return {"requests": requests, "concurrency": concurrency, "statuses": _count(s for s, _ in results),
            "server_errors": sum(1 for s, _ in results if s >= 500), "wall_s": round(wall, 2),
            "requests_per_s": round(requests / wall, 2), "median_s": round(statistics.median(seconds), 3),
            "p95_s": round(percentile(seconds, 0.95), 3), "max_s": round(max(seconds), 3)}


def oversize(url: str, small: str, big: str) -> dict:
    alone = [post(url, small)[1] for _ in range(3)]
    found: dict = {}
    threads = [threading.Thread(target=lambda k=k: found.__setitem__(k, post(url, big))) for k in ("big1", "big2")]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # both are in the server: one analysing in the large lane, one waiting for it
    status, beside = post(url, small)
    for thread in threads:
        thread.join()
    own = statistics.median(alone)
    return {"small_alone_s": round(own, 3), "small_beside_two_large_s": round(beside, 3), "small_status": status,
            "delay_s": round(beside - own, 3), "delay_within_own_time": beside - own <= own,
            "large": {k: {"status": s, "seconds": round(t, 2)} for k, (s, t) in sorted(found.items())},
            "large_bytes": len(big.encode("utf-8"))}


def _count(statuses) -> dict:
    out: dict[str, int] = {}
    for status in statuses:
        out[str(status)] = out.get(str(status), 0) + 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--articles", type=int, default=24, help="distinct articles in the mix")
    parser.add_argument("--server-arg", action="append", default=[], help="passed to `newsfacts serve`")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = load_texts()[: args.articles]
    port = free_port()
    server = start_server(port, args.server_arg)
    url = f"http://127.0.0.1:{port}"
    try:
        post(url, texts[0])  # the first request after start-up
        alone = single(url, texts)
        load = concurrent(url, texts, args.requests, args.concurrency)
        side = oversize(url, texts[0], long_text(1_000_000, "line"))
    finally:
        server.terminate()
        server.wait(30)
    result = {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "articles": len(texts),
              "single": {k: v for k, v in alone.items() if k != "seconds"}, "concurrent": load,
              "p95_ratio": round(load["p95_s"] / alone["p95_s"], 2),
              "median_ratio": round(load["median_s"] / alone["median_s"], 2),
              "throughput_ratio": round(load["requests_per_s"] * alone["mean_s"], 2), "oversize": side}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"single: median {alone['median_s']} s, p95 {alone['p95_s']} s over {len(texts)} articles")
        print(f"concurrent ({args.requests} at {args.concurrency}): median {load['median_s']} s, p95 {load['p95_s']} s, "
              f"{load['requests_per_s']} req/s, statuses {load['statuses']}")
        print(f"p95 ratio {result['p95_ratio']}, median ratio {result['median_ratio']}, "
              f"throughput vs one at a time {result['throughput_ratio']}x; load average {result['load_average']}")
        print(f"oversize: small alone {side['small_alone_s']} s, beside two 1 MB {side['small_beside_two_large_s']} s "
              f"(delay {side['delay_s']} s, within its own time: {side['delay_within_own_time']}); large {side['large']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
