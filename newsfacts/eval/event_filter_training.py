"""Fitting the event filter: candidate events of annotated articles, labelled by whether they match
a gold event (type, source, target, date), to an L2-regularised logistic regression (numpy); the
penalty, feature set and threshold are chosen by cross-validation with whole articles held out.

    python -m newsfacts.eval.event_filter_training ../shared/gold/train.jsonl [--write]

Writes data/event_filter.json only with --write, and only when the held-out F1 beats keeping
every candidate (the rules alone) by MIN_GAIN. On train + dev (2026-12-03) it did not (held-out
F1 0.611 against 0.610 for the rules; train alone 0.586 for both), nor on train + dev + 23 blind batteries
(2026-12-07: 0.5602 against 0.5599), so no model ships and event_filter.keep passes every candidate through."""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import logistic
from ..stages import event_filter

L2_GRID = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.10, 0.61, 0.05))
FEATURE_SETS = {"signals": lambda name: not name.startswith("trigger:"), "signals+trigger": lambda name: True}
FOLDS = 5
REPEATS = 3
MIN_GAIN = 0.01  # a filter ships only when it beats the rules by this much on held-out articles
STEPS = 400


@dataclass
class Candidate:
    article: int
    names: list[str]
    label: bool
    fact: bool


def matched(record: dict, evs: list) -> set[int]:
    """Indexes of the candidate events (facts only) that match a gold event of `record`, strictly
    and one to one, heaviest pairs first, as the scorer matches them."""
    from .scoring import _event_weight, _items, _match

    preds = [{"type": e.type, "source": e.source, "target": e.target, "date": e.date} for e in evs]
    gold_events = _items(record, "events")
    facts = [i for i, e in enumerate(evs) if e.is_fact]
    pairs = _match(list(range(len(gold_events))), facts, lambda g, p: _event_weight(gold_events[g], preds[p], True))
    return {p for _, p in pairs}


def candidates_of(gold: list[dict]) -> tuple[list[Candidate], list[int]]:
    """Every candidate event of every article with its signals and label, and the gold event count
    of each article (a candidate matches at most one gold event, heaviest pairs first)."""
    from ..stages import events
    from .evaluation import analyze_gold
    from .scoring import _items

    found, n_gold = [], []
    for number, record in enumerate(gold):
        doc = analyze_gold(record, f"gold:{number}")
        notes: dict[int, str] = {}
        evs = events.candidates(doc, notes)
        signals = event_filter.features(doc, evs, notes)
        hits = matched(record, evs)
        n_gold.append(len(_items(record, "events")))
        found.extend(Candidate(number, names, i in hits, evs[i].is_fact) for i, names in enumerate(signals))
    return found, n_gold


def _f1(kept_true: int, kept: int, gold: int) -> float:
    p, r = kept_true / max(kept, 1), kept_true / max(gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(cands: list[Candidate], n_gold: list[int], seed: int = 0) -> dict:
    """Held-out F1 of every setting (averaged over REPEATS random splits by article) and of the rules."""
    facts = [c for c in cands if c.fact]
    articles = sorted({c.article for c in cands} | set(range(len(n_gold))))
    results: dict[tuple, list[float]] = {}
    rules = []
    rng = np.random.default_rng(seed)
    for _ in range(REPEATS):
        order = rng.permutation(articles)
        scores: dict[tuple, np.ndarray] = {}
        for fold in range(FOLDS):
            held = set(order[fold::FOLDS].tolist())
            train = [c for c in facts if c.article not in held]
            tested = [i for i, c in enumerate(facts) if c.article in held]
            test = [facts[i] for i in tested]
            for set_name, allow in FEATURE_SETS.items():
                vocab = _vocab([c.names for c in train], allow)
                for l2 in L2_GRID:
                    w, b = logistic.fit([c.names for c in train], np.array([c.label for c in train], float), l2,
                                                 vocab, STEPS)
                    p = logistic.probabilities([c.names for c in test], vocab, w, b)
                    key = (set_name, l2)
                    scores.setdefault(key, np.zeros(len(facts)))
                    scores[key][tested] = p
        labels = np.array([c.label for c in facts])
        gold = sum(n_gold)
        rules.append(_f1(int(labels.sum()), len(facts), gold))
        for key, values in scores.items():
            for t in THRESHOLDS:
                keep = values >= t
                results.setdefault(key + (t,), []).append(_f1(int(labels[keep].sum()), int(keep.sum()), gold))
    mean = {key: float(np.mean(v)) for key, v in results.items()}
    best = max(mean, key=mean.get)
    return {"rules_f1": float(np.mean(rules)), "best": best, "best_f1": mean[best], "all": mean}


def _vocab(rows: list[list[str]], allow) -> dict[str, int]:
    names = sorted({name for names in rows for name in names if allow(name)})
    return {name: i for i, name in enumerate(names)}


def main(argv: list[str] | None = None) -> None:
    from .evaluation import load_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    gold = [record for path in args.gold for record in load_gold(path)]
    with logistic.rules_only(event_filter):  # candidates as the rules give them, not as a shipped model filters them
        cands, n_gold = candidates_of(gold)
    report = cross_validate(cands, n_gold)
    set_name, l2, threshold = report["best"]
    print(f"candidates {len(cands)} (facts {sum(c.fact for c in cands)}, matching gold {sum(c.label for c in cands)}),"
          f" gold {sum(n_gold)}")
    print(f"held-out F1: rules {report['rules_f1']:.4f}, filter {report['best_f1']:.4f} "
          f"({set_name}, l2={l2}, threshold={threshold})")
    if not args.write:
        return
    if report["best_f1"] < report["rules_f1"] + MIN_GAIN:
        print("the filter does not beat the rules on held-out articles: nothing written")
        return
    facts = [c for c in cands if c.fact]
    vocab = _vocab([c.names for c in facts], FEATURE_SETS[set_name])
    w, b = logistic.fit([c.names for c in facts], np.array([c.label for c in facts], float), l2, vocab, STEPS)
    weights = {name: round(float(w[i]), 4) for name, i in vocab.items() if abs(w[i]) >= 1e-3}
    target = logistic.model_path(event_filter)
    target.write_text(json.dumps({
        "about": "Event filter fitted by newsfacts.eval.event_filter_training on " + ", ".join(Path(p).name for p in args.gold)
                 + f"; held-out F1 {report['best_f1']:.3f} against {report['rules_f1']:.3f} for the rules "
                 f"({FOLDS}-fold by article, {REPEATS} repeats).",
        "features": set_name, "l2": l2, "threshold": threshold, "bias": round(b, 4),
        "weights": dict(sorted(weights.items()))}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
