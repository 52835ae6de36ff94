"""Fitting the entity filter: the entities the rules report for annotated articles, labelled by whether
they match a gold entity the way scoring matches entities (coarse type, then canonical and surface,
heaviest pairs first, one to one), to an L2-regularised logistic regression (numpy).

    python -m newsfacts.eval.entity_filter_training ../shared/gold/dev.jsonl ../shared/gold/train.jsonl [--write]

The honest test is nested cross-validation with whole articles held out: for each outer fold the
penalty and threshold are chosen by an inner cross-validation on the other articles only, and the
filter so chosen (it decides only names the knowledge base does not link; linked names are always
kept) is scored on the held-out articles against the rules (every entity kept), by
entity micro F1. data/entity_filter.json is written only with --write, and only when that held-out
F1 beats the rules by MIN_GAIN; otherwise no model ships and entity_filter.keep keeps every entity."""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import logistic
from ..stages import entity_filter

L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(float(t), 2) for t in np.arange(0.05, 0.76, 0.05))
FOLDS = 6
INNER_FOLDS = 5
INNER_REPEATS = 2
TIE = 0.002  # F1 within this of the best counts as a tie
REPEATS = 3
MIN_GAIN = 0.005  # a filter ships only when it beats the rules by this much on held-out articles
STEPS = 500


@dataclass
class Candidate:
    article: int
    names: list[str]
    label: bool
    name: str
    type: str


def candidates_of(gold: list[dict]) -> tuple[list[Candidate], list[int]]:
    """Every reported entity of every article with its signals and label, and each article's gold count."""
    from ..model import Options
    from .evaluation import analyze_gold
    from .scoring import _entity_weight, _items, _match

    found, n_gold = [], []
    options = Options(stages=["actors"])
    for number, record in enumerate(gold):
        doc = analyze_gold(record, f"gold:{number}", options)
        predicted = _items(doc.to_dict(), "entities")
        gold_entities = _items(record, "entities")
        pairs = _match(list(range(len(gold_entities))), list(range(len(predicted))),
                       lambda g, p: _entity_weight(gold_entities[g], predicted[p]))
        matched = {p for _, p in pairs}
        n_gold.append(len(gold_entities))
        for i, names in enumerate(entity_filter.features(doc)):
            found.append(Candidate(number, names, i in matched, predicted[i]["name"], predicted[i]["type"]))
    return found, n_gold


def _vocab(rows: list[list[str]]) -> dict[str, int]:
    return {name: i for i, name in enumerate(sorted({name for names in rows for name in names}))}


def _f1(kept_true: int, kept: int, gold: int) -> float:
    p, r = kept_true / max(kept, 1), kept_true / max(gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def _scores(cands: list[Candidate], train: set[int], test: set[int], l2: float) -> np.ndarray:
    """Probabilities for the test articles' entities of a filter fitted on the training articles."""
    rows = [c.names for c in cands if c.article in train]
    vocab = _vocab(rows)
    w, b = logistic.fit(rows, np.array([c.label for c in cands if c.article in train], float), l2, vocab, STEPS)
    tested = [c.names for c in cands if c.article in test]
    p = logistic.probabilities(tested, vocab, w, b)
    return np.where([entity_filter.decided(names) for names in tested], p, 1.0)  # linked names are kept


def _choose(cands: list[Candidate], n_gold: list[int], articles: list[int], rng) -> tuple[float, float]:
    """The penalty and threshold by an inner cross-validation of these articles only (INNER_REPEATS
    splits averaged): of the settings within TIE of the best F1, the one that drops fewest entities (a
    dropped name on an unlabeled article of another kind is as often a real one as not)."""
    gold = sum(n_gold[a] for a in articles)
    f1s: dict[tuple[float, float], list[float]] = {}
    drops: dict[tuple[float, float], list[int]] = {}
    for _ in range(INNER_REPEATS):
        order = rng.permutation(articles)
        folds = [set(order[k::INNER_FOLDS].tolist()) for k in range(INNER_FOLDS)]
        for l2 in L2_GRID:
            probs, labels = [], []
            for held in folds:
                probs.append(_scores(cands, set(articles) - held, held, l2))
                labels += [c.label for c in cands if c.article in held]
            p, y = np.concatenate(probs), np.array(labels)
            for t in (0.0,) + THRESHOLDS:
                keep = p >= t
                f1s.setdefault((l2, t), []).append(_f1(int(y[keep].sum()), int(keep.sum()), gold))
                drops.setdefault((l2, t), []).append(int((~keep).sum()))
    mean = {key: float(np.mean(v)) for key, v in f1s.items()}
    best = max(mean.values())
    near = [key for key in mean if mean[key] >= best - TIE]
    return min(near, key=lambda key: (np.mean(drops[key]), -mean[key], key))


def cross_validate(cands: list[Candidate], n_gold: list[int], seed: int = 0) -> dict:
    """Nested cross-validation by article: held-out F1 of the filter against the rules, repeated."""
    articles = list(range(len(n_gold)))
    rng = np.random.default_rng(seed)
    filt, rules, chosen = [], [], []
    for _ in range(REPEATS):
        order = rng.permutation(articles)
        kept_true = kept = 0
        for fold in range(FOLDS):
            held = set(order[fold::FOLDS].tolist())
            rest = [a for a in articles if a not in held]
            l2, threshold = _choose(cands, n_gold, rest, rng)
            chosen.append((l2, threshold))
            p = _scores(cands, set(rest), held, l2)
            y = np.array([c.label for c in cands if c.article in held])
            keep = p >= threshold
            kept_true, kept = kept_true + int(y[keep].sum()), kept + int(keep.sum())
        gold = sum(n_gold)
        filt.append(_f1(kept_true, kept, gold))
        rules.append(_f1(sum(c.label for c in cands), len(cands), gold))
    return {"rules_f1": float(np.mean(rules)), "filter_f1": float(np.mean(filt)), "per_repeat": filt,
            "chosen": chosen}


def main(argv: list[str] | None = None) -> None:
    from .evaluation import load_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    gold = [record for path in args.gold for record in load_gold(path)]
    with logistic.rules_only(entity_filter):  # entities as the rules give them, not as a shipped model filters them
        cands, n_gold = candidates_of(gold)
    report = cross_validate(cands, n_gold)
    print(f"entities {len(cands)} (matching gold {sum(c.label for c in cands)}), gold {sum(n_gold)}")
    print(f"held-out F1 (nested {FOLDS}-fold by article, {REPEATS} repeats): rules {report['rules_f1']:.4f}, "
          f"filter {report['filter_f1']:.4f} {[round(f, 4) for f in report['per_repeat']]}")
    print(f"settings chosen by the inner folds: {report['chosen']}")
    if not args.write:
        return
    if report["filter_f1"] < report["rules_f1"] + MIN_GAIN:
        print("the filter does not beat the rules on held-out articles: nothing written")
        return
    l2, threshold = _choose(cands, n_gold, list(range(len(n_gold))), np.random.default_rng(1))
    vocab = _vocab([c.names for c in cands])
    w, b = logistic.fit([c.names for c in cands], np.array([c.label for c in cands], float), l2, vocab, STEPS)
    weights = {name: round(float(w[i]), 4) for name, i in vocab.items() if abs(w[i]) >= 1e-3}
    target = logistic.model_path(entity_filter)
    target.write_text(json.dumps({
        "about": "Entity filter fitted by newsfacts.eval.entity_filter_training on "
                 + ", ".join(Path(p).name for p in args.gold)
                 + f"; held-out F1 {report['filter_f1']:.3f} against {report['rules_f1']:.3f} for the rules "
                 f"(nested {FOLDS}-fold by article, {REPEATS} repeats).",
        "l2": l2, "threshold": threshold, "bias": round(b, 4),
        "min_entities": min(Counter(c.article for c in cands).values()),
        "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
