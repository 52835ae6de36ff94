"""Gold files to a cross-validated check of the missing_in_body thresholds: for each held-out
article, the (MIN_SUPPORT, MIN_BODY_SHARE) pair best on the other articles judges it.

Prints the pooled verdict figures of the hand-set pair and of the cross-validated choice, and
how often each pair was chosen. Never run it on check.jsonl (measure only).
Usage: python benchmarks/verdict_thresholds.py ../shared/gold/headlines.jsonl ../shared/gold/dev.jsonl ../shared/gold/train.jsonl
"""
from __future__ import annotations

import argparse
import itertools
import json
import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.verdicts import MEASURE_ONLY, figures, predictions, prepared  # noqa: E402
from newsfacts.stages import headlines  # noqa: E402
from newsfacts.eval.scoring import score  # noqa: E402

SUPPORT_GRID = (0.1, 0.15, 0.2, 0.25, 0.3)
SHARE_GRID = (0.3, 0.35, 0.4, 0.45, 0.5)


def macro_f1(gold: list[dict], preds: list[dict]) -> float:
    return score(gold, preds, {"headlines"})["headlines"]["verdict_macro_f1"]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if any(p.name in MEASURE_ONLY for p in args.gold):
        parser.error("check.jsonl is measure only: no thresholds are chosen on it")
    logging.disable(logging.CRITICAL)
    pairs = [pair for path in args.gold for pair in prepared(path, False) if pair[1] is not None]
    gold = [g for g, _ in pairs]
    hand = (headlines.MIN_SUPPORT, headlines.MIN_BODY_SHARE)
    by_setting = {}
    for setting in itertools.product(SUPPORT_GRID, SHARE_GRID):
        headlines.MIN_SUPPORT, headlines.MIN_BODY_SHARE = setting
        by_setting[setting] = predictions(pairs)
    headlines.MIN_SUPPORT, headlines.MIN_BODY_SHARE = hand
    held_out, chosen = [], Counter()
    for i in range(len(pairs)):
        rest = gold[:i] + gold[i + 1:]
        best = max(by_setting, key=lambda s: (macro_f1(rest, by_setting[s][:i] + by_setting[s][i + 1:]),
                                              -abs(s[0] - hand[0]) - abs(s[1] - hand[1])))
        chosen[best] += 1
        held_out.append(by_setting[best][i])
    report = {"articles": len(pairs), "hand_set": {"thresholds": hand, **figures(score(gold, by_setting[hand], {"headlines"}))},
              "cross_validated": figures(score(gold, held_out, {"headlines"})),
              "chosen": {f"{s[0]}/{s[1]}": n for s, n in chosen.most_common()}}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
