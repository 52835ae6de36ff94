"""How the figures hold when the same articles are written differently: each gold article (and its
gold records, where the change reaches them) is rewritten in a way unseen articles are written, and
scored as `newsfacts evaluate` scores it, next to the articles as they are.

The rewritings are those of newsfacts/eval/rewritings.py (traditional, taiwan, corner, straight,
wrapped, spaced, new_names, synonyms, pronouns, said_after; see there).

    python benchmarks/robustness.py ../shared/gold/dev.jsonl ../shared/gold/train.jsonl [--only traditional,wrapped]

Reads ../shared only when given its files; nothing is written. About a minute per rewriting for
dev + train.
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts.eval.evaluation import load_gold, predict  # noqa: E402
from newsfacts.eval.rewritings import REWRITINGS, figures, rewritten  # noqa: E402
from newsfacts.eval.scoring import score  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files (pooled)")
    parser.add_argument("--only", help="comma-separated rewritings (default: all)")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    paths = [Path(p) for p in args.gold]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"skipped: no gold file at {', '.join(missing)}")
        return 0
    gold = [r for p in paths for r in load_gold(str(p))]
    names = args.only.split(",") if args.only else list(REWRITINGS)
    rows = []
    for name in names:
        records = rewritten(gold, name)
        predictions, failures = predict(records, name)
        rows.append((name, figures(score(records, predictions, None)), len(failures)))
    heads = list(rows[0][1])
    print(f"{len(gold)} articles | " + " | ".join(heads) + " | failed")
    for name, values, failed in rows:
        print(f"{name:12s} | " + " | ".join(f"{values[h]:.3f}" for h in heads) + f" | {failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
