"""Gold files to headline-verdict figures, per file and pooled (FORMAT.md scoring): accuracy,
macro-F1, per-verdict F1, reasons F1, and with --show the misjudged headings of dev sets.

The stages before `headlines` are cached (pickled) per gold file, so that a change to the
headline stage is re-scored in seconds; --fresh rebuilds the cache (after an ingest change).
Usage: python benchmarks/verdicts.py ../shared/gold/headlines.jsonl ../shared/gold/dev.jsonl --show
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts.stages import headlines  # noqa: E402
from newsfacts.eval.evaluation import load_gold  # noqa: E402
from newsfacts.ingest.records import article_from_record  # noqa: E402
from newsfacts.model import Analysis, Options  # noqa: E402
from newsfacts.pipeline import STAGES  # noqa: E402
from newsfacts.eval.scoring import score  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "newsfacts-verdicts"
MEASURE_ONLY = {"check.jsonl"}  # closed sets: figures only, never per-article errors


def prepared(path: Path, fresh: bool) -> list[tuple[dict, Optional[Analysis]]]:
    """Each gold record with its Analysis through the stages before `headlines`."""
    gold = load_gold(str(path))
    key = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    cached = CACHE / f"{path.stem}-{key}.pickle"
    if cached.exists() and not fresh:
        return list(zip(gold, pickle.loads(cached.read_bytes())))
    docs = []
    for number, record in enumerate(gold, 1):
        given = {k: record[k] for k in ("id", "text", "html", "published_at", "url") if record.get(k) is not None}
        try:
            doc = Analysis(article=article_from_record(given, f"{path}:{number}", Options()))
        except Exception:  # the scorer counts an article that fails as missed
            docs.append(None)
            continue
        for name, stage in STAGES:
            if name == "headlines":
                break
            doc = stage(doc, Options())
        docs.append(doc)
    CACHE.mkdir(exist_ok=True)
    cached.write_bytes(pickle.dumps(docs))
    return list(zip(gold, docs))


def predictions(pairs: list[tuple[dict, Optional[Analysis]]]) -> list[dict]:
    out = []
    for _, doc in pairs:
        if doc is not None:
            out.append(headlines.check(doc, Options()).to_dict())
    return out


def figures(result: dict) -> dict:
    h = result["headlines"]
    return {"accuracy": round(h["verdict"]["accuracy"], 3), "macro_f1": round(h["verdict_macro_f1"], 3),
            "per_verdict": {v: round(m["f1"], 3) for v, m in h["verdict_f1"].items()},
            "counts": {v: [m["gold"], m["predicted"], m["matched"]] for v, m in h["verdict_f1"].items()},
            "reasons_f1": round(h["reasons"]["f1"], 3), "text_recall": round(h["text"]["recall"], 3)}


def show(gold: list[dict], preds: list[dict]) -> None:
    by_id = {p["id"]: p for p in preds}
    for g in gold:
        p = by_id.get(g["id"], {})
        got = {h["text"]: h for h in p.get("headlines", [])}
        for h in g["headlines"]:
            mine = got.get(h["text"])
            if mine is None or mine["verdict"] != h["verdict"] or set(mine["reasons"]) != set(h["reasons"]):
                print(f"{g['id']}\t{h['role']}\t{h['text'][:40]}\n    gold {h['verdict']} {h['reasons']}\n"
                      f"    got  {mine and mine['verdict']} {mine and mine['reasons']}"
                      f"  ev: {mine and (mine.get('evidence') or '')[:60]}")


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached pre-headline analyses")
    parser.add_argument("--show", action="store_true", help="list misjudged headings (not for closed sets)")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    pooled_gold, pooled_pred, report = [], [], {}
    for path in args.gold:
        pairs = prepared(path, args.fresh)
        gold, preds = [g for g, _ in pairs], predictions(pairs)
        report[path.name] = figures(score(gold, preds, {"headlines"}))
        if args.show and path.name not in MEASURE_ONLY:
            show(gold, preds)
        pooled_gold += gold
        pooled_pred += preds
    if len(args.gold) > 1:
        report["pooled"] = figures(score(pooled_gold, pooled_pred, {"headlines"}))
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
