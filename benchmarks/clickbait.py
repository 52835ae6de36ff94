"""HanCD (Sina test split) to clickbait scores: accuracy, precision, recall and F1 of the title check.

Each title and body goes through the pipeline and the headline stage; `--title-only` scores titles
without the pipeline. Labels: 1 = clickbait (the data set's classes.txt lists the classes reversed).
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "clickbait" / "hancd_sina" / "test.csv"
sys.path.insert(0, str(ROOT))


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--data", type=Path, default=DATA, help="HanCD CSV: label, title, body, source")
    parser.add_argument("--limit", type=int, default=0, help="only the first N rows (0 = all)")
    parser.add_argument("--title-only", action="store_true", help="score titles alone, without the pipeline")
    parser.add_argument("--threshold", type=float, default=None, help="clickbait score cut (default: the stage's)")
    parser.add_argument("--show", action="store_true", help="list the misjudged titles with their signals")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print("skipped: ../shared not found")
        return 0
    logging.disable(logging.CRITICAL)
    rows = load_rows(args.data, args.limit)
    began = time.perf_counter()
    stage_seconds: list[float] = []
    judged = [judge(title, body, f"hancd:{i}", args.title_only, stage_seconds)
              for i, (_, title, body) in enumerate(rows, 1)]
    seconds = time.perf_counter() - began
    from newsfacts.headlines import CLICKBAIT_THRESHOLD

    threshold = CLICKBAIT_THRESHOLD if args.threshold is None else args.threshold
    report = summary([label for label, _, _ in rows], [s for s, _, _ in judged], threshold)
    report.update({"dataset": str(args.data), "mode": "title only" if args.title_only else "pipeline",
                   "seconds": round(seconds, 2), "ms_per_article": round(1000 * seconds / max(1, len(rows)), 1),
                   "stage_ms_per_article": round(1000 * sum(stage_seconds) / max(1, len(rows)), 1),
                   "title_verdicts": dict(Counter(v for _, _, v in judged if v)),
                   "signals": dict(Counter(s.split(":")[0] for _, sig, _ in judged for s in sig).most_common())})
    if args.show:
        for (label, title, _), (score, signals, verdict) in zip(rows, judged):
            if (score >= threshold) != label:
                print(f"{'FN' if label else 'FP'} {score:.2f} {title} {signals} {verdict or ''}")
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_table(report)
    return 0


def load_rows(path: Path, limit: int = 0) -> list[tuple[bool, str, str]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.reader(handle):
            if len(record) >= 3 and record[0] in ("0", "1"):
                rows.append((record[0] == "1", record[1].strip(), record[2].strip()))
            if limit and len(rows) >= limit:
                break
    return rows


def judge(title: str, body: str, key: str, title_only: bool,
          stage_seconds: list[float]) -> tuple[float, list[str], Optional[str]]:
    """(clickbait score, signals, title verdict) for one article; the headline stage's time is noted."""
    from newsfacts import headlines
    from newsfacts.model import Options

    if title_only:
        from newsfacts.text import normalise

        began = time.perf_counter()
        signals = headlines.title_signals(normalise(title))
        stage_seconds.append(time.perf_counter() - began)
        return headlines.clickbait_probability(signals), signals, None
    from newsfacts.ingest.records import article_from_record
    from newsfacts.pipeline import analyze_article

    article = article_from_record({"title": title, "content": body}, key, Options())
    doc = analyze_article(article, Options())
    began = time.perf_counter()
    doc = headlines.check(doc, Options())
    stage_seconds.append(time.perf_counter() - began)
    score, signals = headlines.clickbait(doc)
    verdict = doc.headlines[0].verdict if doc.headlines and doc.headlines[0].role == "title" else None
    return score, signals, verdict


def summary(labels: list[bool], scores: list[float], threshold: float) -> dict:
    predicted = [s >= threshold for s in scores]
    tp = sum(p and g for p, g in zip(predicted, labels))
    fp = sum(p and not g for p, g in zip(predicted, labels))
    fn = sum(g and not p for p, g in zip(predicted, labels))
    tn = len(labels) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"articles": len(labels), "clickbait": sum(labels), "threshold": threshold,
            "accuracy": round((tp + tn) / max(1, len(labels)), 4), "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def print_table(report: dict) -> None:
    print(f"HanCD sina ({report['mode']}): {report['articles']} articles, {report['clickbait']} clickbait")
    print(f"  accuracy  {report['accuracy']:.3f}")
    print(f"  precision {report['precision']:.3f}   recall {report['recall']:.3f}   F1 {report['f1']:.3f}")
    print(f"  tp {report['tp']}  fp {report['fp']}  fn {report['fn']}  tn {report['tn']}"
          f"  (threshold {report['threshold']})")
    print(f"  time      {report['seconds']} s, {report['ms_per_article']} ms per article "
          f"({report['stage_ms_per_article']} ms in the headline stage)")
    if report["title_verdicts"]:
        print(f"  title verdicts  {report['title_verdicts']}")
    print(f"  signals   {report['signals']}")


if __name__ == "__main__":
    raise SystemExit(main())
