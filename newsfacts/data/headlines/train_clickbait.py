"""Train the clickbait model on the hand-judged gold titles (dev, train, headlines) and write
clickbait_model.json next to this script. Never trained on HanCD (no licence) nor on check."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLD = ROOT.parent / "shared" / "gold"
TRAINING_FILES = ("dev.jsonl", "train.jsonl", "headlines.jsonl")
sys.path.insert(0, str(ROOT))
# one BLAS thread: the fits are small, and threads fighting over busy cores made them eight times slower
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")


def main(argv: list[str] | None = None) -> int:
    from newsfacts.stages.clickbait import MODEL_FILE
    from newsfacts.eval.clickbait_training import choose, fit, gold_examples, model_to_dict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder with the gold JSONL files")
    parser.add_argument("--out", type=Path, default=HERE / MODEL_FILE)
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    examples = gold_examples([args.gold / name for name in TRAINING_FILES])
    settings, cv, _ = choose(examples)
    fitted = fit(examples, settings)
    header = {"about": "Clickbait logistic regression (newsfacts/stages/clickbait.py). Trained by "
                       "newsfacts/data/headlines/train_clickbait.py on the hand-judged titles of "
                       f"{', '.join(TRAINING_FILES)} in ../shared/gold; hyper-parameters by "
                       "cross-validation on those titles only.",
              "trained": date.today().isoformat(), "titles": len(examples),
              "clickbait_titles": sum(e.clickbait for e in examples),
              "settings": {"l2": settings.l2, "signal_l2": settings.signal_l2, "signed": settings.signed},
              "cross_validated_accuracy": round(cv, 4)}
    args.out.write_text(json.dumps(model_to_dict(fitted, header), ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(examples)} titles, settings {settings}, cross-validated accuracy {cv:.3f} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
