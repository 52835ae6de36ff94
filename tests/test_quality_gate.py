"""The CI quality gate: `evaluate` on ../shared/gold/dev.jsonl and train.jsonl must stay at or above
the floors in quality/floors.json and quality/train_floors.json (skipped when ../shared is absent)."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT, shared_path
from newsfacts.eval.evaluation import evaluate_file


def _get(result: dict, dotted: str) -> float:
    value = result
    for key in dotted.split("."):
        value = value[key]
    return float(value)


@pytest.mark.parametrize("gold_name,floors_name", [("dev.jsonl", "floors.json"), ("train.jsonl", "train_floors.json")])
def test_metrics_stay_above_floors(gold_name, floors_name):
    gold = shared_path("gold", gold_name)
    floors = json.loads((ROOT / "quality" / floors_name).read_text(encoding="utf-8"))["floors"]
    result, _, failures = evaluate_file(str(gold))
    assert failures == []
    below = {name: (round(_get(result, name), 4), floor) for name, floor in floors.items() if _get(result, name) < floor}
    assert not below, f"metrics below their floors (measured, floor): {below}"
