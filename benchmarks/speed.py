"""Speed and memory of `analyze`, as ratios against a baseline run in the same process.

Baseline: LAC segmentation alone over the same texts (the floor any pipeline built on it pays).
Reports chars/s for both, the ratio pipeline/baseline, and peak RSS growth.
Run: .venv/bin/python benchmarks/speed.py [--repeat N] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts.ingest.records import article_from_record  # noqa: E402
from newsfacts.model import Options  # noqa: E402
from newsfacts.pipeline import analyze_article  # noqa: E402
from newsfacts.stages.text import _lac, normalise  # noqa: E402
from newsfacts.cli import settings_from_environment  # noqa: E402
from newsfacts.context import configure  # noqa: E402


def load_texts() -> list[str]:
    """Gold dev and Sohu texts from ../shared when present, else the shipped example."""
    shared = ROOT.parent / "shared"
    texts = []
    for path, field in [(shared / "gold" / "dev.jsonl", "text"), (shared / "data" / "corpus" / "sohu_unlabeled.jsonl", "content")]:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if record.get(field):
                    texts.append(record.get("title", "") + "\n\n" + record[field] if field == "content" else record[field])
    return texts or [(ROOT / "examples" / "article.txt").read_text(encoding="utf-8")]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    configure(settings_from_environment(os.environ))  # NEWSFACTS_THREADS, as the CLI reads it
    texts = load_texts()
    chars = sum(len(t) for t in texts)
    start_rss = rss_mb()
    lac = _lac()
    lac.run("预热")
    analyze_article(article_from_record({"text": texts[0]}, "warmup", Options()), Options())
    loaded_rss = rss_mb()

    began = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            for line in normalise(text).split("\n"):
                if line.strip():
                    lac.run(line)
    baseline = (time.perf_counter() - began) / args.repeat

    began = time.perf_counter()
    stage_totals: dict[str, float] = {}
    for _ in range(args.repeat):
        for i, text in enumerate(texts):
            doc = analyze_article(article_from_record({"text": text}, f"bench:{i}", Options()), Options())
            for name, seconds in doc.timings.items():
                stage_totals[name] = stage_totals.get(name, 0.0) + seconds / args.repeat
    pipeline = (time.perf_counter() - began) / args.repeat
    result = {
        "articles": len(texts),
        "chars": chars,
        "baseline_lac_chars_per_s": round(chars / baseline),
        "pipeline_chars_per_s": round(chars / pipeline),
        "pipeline_articles_per_s": round(len(texts) / pipeline, 1),
        "ratio_pipeline_to_baseline_time": round(pipeline / baseline, 2),
        "stage_seconds": {k: round(v, 3) for k, v in stage_totals.items()},
        "rss_mb_after_models_loaded": round(loaded_rss, 1),
        "rss_mb_peak": round(rss_mb(), 1),
        "rss_mb_growth_during_runs": round(rss_mb() - loaded_rss, 1),
        "rss_mb_at_start": round(start_rss, 1),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:36} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
