"""Time of one long article against its size, 10 KB to 1 MB: the growth must be linear.

Each article is the dev and Sohu bodies joined, cut to the size in UTF-8 bytes, as one line (the
default, the case that used to take minutes) or as paragraphs. The LAC segmentation of the same
text alone is timed next to it: its cost per character is the floor, so a constant ratio shows
that the stages after it grow no faster than the text.
By default an article is analysed in full up to Options.full_chars characters (coverage.py) and the
rest only scanned for known names; --full-chars 0 analyses all of it (the linear-growth check).
Run: .venv/bin/python benchmarks/long_article.py [--sizes 10000,100000,1000000] [--layout line|paragraphs]
     [--full-chars N] [--no-lac] [--json]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import load_texts  # noqa: E402

from newsfacts.ingest.textdump import parse_text  # noqa: E402
from newsfacts.model import Options  # noqa: E402
from newsfacts.pipeline import analyze_article  # noqa: E402
from newsfacts.stages.text import normalise, segment, split_sentences  # noqa: E402

SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)


def long_text(size: int, layout: str) -> str:
    """About `size` bytes of article text, one line or paragraphs, cut at a character boundary."""
    bodies = [t.split("\n", 1)[-1].strip() for t in load_texts()]
    pool = "".join(b.replace("\n", "") for b in bodies) if layout == "line" else "\n".join(bodies)
    text = "" if layout == "line" else "长文测试\n\n"
    while len(text.encode("utf-8")) < size:
        text += pool
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def measure(size: int, layout: str, full_chars: int, lac_too: bool) -> dict:
    text = long_text(size, layout)
    began, cpu = time.perf_counter(), time.process_time()
    doc = analyze_article(parse_text(text, source=f"long:{size}"), Options(time_budget=None, full_chars=full_chars))
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    lac = None
    if lac_too:
        norm = normalise(text)
        cpu = time.process_time()
        segment(norm, split_sentences(norm, 0, len(norm)))
        lac = time.process_time() - cpu
    return {"bytes": size, "chars": len(text), "seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds, 2),
            "analysed_chars": doc.coverage["analysed_chars"] if doc.coverage else len(text),
            "lac_cpu_seconds": round(lac, 2) if lac is not None else None,
            "cpu_us_per_char": round(cpu_seconds / len(text) * 1e6, 1),
            "ratio_to_lac": round(cpu_seconds / lac, 2) if lac else None,
            "stages": {k: round(v, 2) for k, v in doc.timings.items()},
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated sizes in bytes")
    parser.add_argument("--layout", choices=["line", "paragraphs"], default="line")
    parser.add_argument("--full-chars", type=int, default=Options.full_chars,
                        help="characters analysed in full (0: all, the linear-growth check)")
    parser.add_argument("--no-lac", action="store_true", help="skip timing LAC alone")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    analyze_article(parse_text("标题\n\n外交部发言人表示欢迎。"), Options())  # load the models first
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rows.append(measure(size, args.layout, args.full_chars, not args.no_lac))
        if not args.json:
            r = rows[-1]
            growth = (f"{r['cpu_seconds'] / rows[-2]['cpu_seconds']:4.1f}x for {r['bytes'] / rows[-2]['bytes']:3.1f}x"
                      if len(rows) > 1 else "")
            lac = f"LAC alone {r['lac_cpu_seconds']:6.2f} s  ratio {r['ratio_to_lac']:4.2f}  " if r["lac_cpu_seconds"] else ""
            print(f"{r['bytes']:>9,} B {r['chars']:>8,} chars ({r['analysed_chars']:,} in full)  wall {r['seconds']:7.2f} s  "
                  f"CPU {r['cpu_seconds']:7.2f} s  {r['cpu_us_per_char']:5.1f} us/char  {lac}{growth}  RSS {r['rss_mb']} MB",
                  flush=True)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
