"""Where tests/test_quality_gate.py (kept by the lead) imports evaluate_file from: the evaluation
itself lives in newsfacts/eval/evaluation.py."""
from __future__ import annotations

from .eval.evaluation import evaluate_file, load_gold  # noqa: F401

__all__ = ["evaluate_file", "load_gold"]
