"""Fitting the speaker ranker: the candidate speakers of every quote of annotated articles that
matches a gold quote, labelled by whether the scorer would accept them as its speaker, to a
conditional logit (softmax over a quote's candidates, L2, numpy); judged by cross-validation with
whole articles held out against the rules' own choice.

    python -m newsfacts.eval.speaker_training ../shared/gold/dev.jsonl ../shared/gold/train.jsonl [--write]

Writes data/speaker_ranker.json only with --write, and only when held-out speaker accuracy beats
the rules by MIN_GAIN. On dev + train (2026-12-03) it did not: 0.952 for the rules and for the
ranker, 0.877 for the structural signals alone (docs/quotes.md), so no model ships."""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..stages import quote_speakers

L2_GRID = (0.01, 0.1, 1.0)
FOLDS = 6
INNER_FOLDS = 5
MIN_GAIN = 0.01  # the ranker ships only when it beats the rules by this much on held-out articles
STEPS = 300
RATE = 0.5


@dataclass
class Group:
    """One matched quote: its candidates' signals and labels, and whether the rules got it right."""
    article: int
    signals: list[dict[str, float]]
    labels: list[bool]
    rule_right: bool
    joint: bool  # the content is shared with another quote (X和Y都认为): left to the rules


@dataclass
class Article:
    n_gold: int
    n_pred: int


def collect(gold: list[dict]) -> tuple[list[Group], list[Article]]:
    """Analyse each gold article and gather the candidates of its matched quotes."""
    from .evaluation import analyze_gold
    from .scoring import _half_overlap, _items, _match, _speaker_agrees

    groups, articles = [], []
    for number, record in enumerate(gold):
        doc = analyze_gold(record, f"gold:{number}")
        quotes = sorted(doc.quotes, key=lambda q: q.content.start)
        gold_quotes = _items(record, "quotes")
        predicted = [{"content": q.content.text, "index": i} for i, q in enumerate(quotes)]
        pairs = _match(gold_quotes, predicted, lambda g, p: _half_overlap(g.get("content"), p.get("content")))
        articles.append(Article(len(gold_quotes), len(quotes)))
        ranker = quote_speakers.Ranker(doc)
        spans = [(q.content.start, q.content.end) for q in quotes]
        for g, p in pairs:
            quote = quotes[p["index"]]
            rule = {"speaker": quote.speaker.text if quote.speaker else None,
                    "speaker_canonical": quote.speaker_canonical}
            cands = ranker.candidates(quote, quotes[:p["index"]])
            labels = [_speaker_agrees(g, {"speaker": c.span.text, "speaker_canonical": c.canonical}) for c in cands]
            groups.append(Group(number, [c.signals for c in cands], labels, _speaker_agrees(g, rule),
                                spans.count((quote.content.start, quote.content.end)) > 1))
    return groups, articles


def feature_names(groups: list[Group]) -> list[str]:
    return sorted({name for g in groups for s in g.signals for name in s})


def fit(groups: list[Group], names: list[str], l2: float) -> np.ndarray:
    """Maximise the log probability of the positive candidates of each quote (gradient descent)."""
    usable = [g for g in groups if any(g.labels) and len(g.labels) > 1 and not g.joint]
    w = np.zeros(len(names))
    if not usable:
        return w
    x = np.array([quote_speakers.vector(s, names) for g in usable for s in g.signals])
    y = np.array([label for g in usable for label in g.labels], dtype=bool)
    gid = np.repeat(np.arange(len(usable)), [len(g.labels) for g in usable])
    for _ in range(STEPS):
        z = x @ w
        e = np.exp(z - z.max())
        p = e / np.bincount(gid, e)[gid]
        pos = np.where(y, p, 0.0)
        q = pos / np.bincount(gid, pos)[gid]
        w -= RATE * (l2 * w + x.T @ (p - q) / len(usable))
    return w


def picks_right(group: Group, names: list[str], w: np.ndarray) -> bool:
    """Whether the ranker's choice for this quote is accepted (the rules' choice for joint ones)."""
    if group.joint or not group.signals:
        return group.rule_right
    scores = [float(quote_speakers.vector(s, names) @ w) for s in group.signals]
    return group.labels[int(np.argmax(scores))]


def _folds(n_articles: int, k: int) -> list[list[int]]:
    return [[a for a in range(n_articles) if a % k == f] for f in range(k)]


def _accuracy(groups: list[Group], names: list[str], w: np.ndarray) -> float:
    return sum(picks_right(g, names, w) for g in groups) / max(1, len(groups))


def _choose_l2(groups: list[Group], names: list[str], articles: list[int]) -> float:
    """The penalty with the best accuracy over inner folds of the training articles."""
    best, best_l2 = -1.0, L2_GRID[0]
    inner = [[a for i, a in enumerate(articles) if i % INNER_FOLDS == f] for f in range(INNER_FOLDS)]
    for l2 in L2_GRID:
        right = 0
        for held in inner:
            held_set = set(held)
            w = fit([g for g in groups if g.article in articles and g.article not in held_set], names, l2)
            right += sum(picks_right(g, names, w) for g in groups if g.article in held_set)
        if right > best:
            best, best_l2 = right, l2
    return best_l2


def _f1(right: int, n_pred: int, n_gold: int) -> float:
    p, r = right / max(1, n_pred), right / max(1, n_gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def without_rule(groups: list[Group]) -> list[Group]:
    """The same quotes with no signal of the rules' choice: what the structural signals alone decide."""
    return [Group(g.article, [{k: v for k, v in s.items() if not k.startswith("rule")} for s in g.signals],
                  g.labels, g.rule_right, g.joint) for g in groups]


def cross_validate(groups: list[Group], articles: list[Article]) -> dict:
    """Held-out speaker accuracy and end-to-end F1 of the rules and of the ranker, by article folds."""
    result = _held_out(groups, articles)
    result["speaker_accuracy"]["signals_only"] = _held_out(without_rule(groups), articles)["speaker_accuracy"]["ranker"]
    return result


def _held_out(groups: list[Group], articles: list[Article]) -> dict:
    names = feature_names(groups)
    rule_right = ranker_right = 0
    for held in _folds(len(articles), FOLDS):
        held_set = set(held)
        train_articles = [a for a in range(len(articles)) if a not in held_set]
        l2 = _choose_l2(groups, names, train_articles)
        w = fit([g for g in groups if g.article not in held_set], names, l2)
        test = [g for g in groups if g.article in held_set]
        rule_right += sum(g.rule_right for g in test)
        ranker_right += sum(picks_right(g, names, w) for g in test)
    n_pred, n_gold = sum(a.n_pred for a in articles), sum(a.n_gold for a in articles)
    ranked = [g for g in groups if not g.joint and len(g.labels) > 1]
    return {
        "matched_quotes": len(groups),
        "candidates_per_quote": round(sum(len(g.labels) for g in groups) / max(1, len(groups)), 2),
        "candidate_recall": round(sum(any(g.labels) for g in groups) / max(1, len(groups)), 3),
        "rule_wrong_but_gold_among_candidates": sum(1 for g in ranked if not g.rule_right and any(g.labels)),
        "rule_wrong_gold_missing": sum(1 for g in groups if not g.rule_right and not any(g.labels)),
        "speaker_accuracy": {"rules": round(rule_right / len(groups), 3),
                             "ranker": round(ranker_right / len(groups), 3)},
        "end_to_end_f1": {"rules": round(_f1(rule_right, n_pred, n_gold), 3),
                          "ranker": round(_f1(ranker_right, n_pred, n_gold), 3)},
    }


def main(argv: list[str] | None = None) -> int:
    from .evaluation import load_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    gold = [record for path in args.gold for record in load_gold(path)]
    groups, articles = collect(gold)
    result = cross_validate(groups, articles)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    gain = result["speaker_accuracy"]["ranker"] - result["speaker_accuracy"]["rules"]
    if args.write:
        if gain < MIN_GAIN:
            print(f"not written: held-out gain {gain:+.3f} is below {MIN_GAIN}")
            return 0
        names = feature_names(groups)
        l2 = _choose_l2(groups, names, list(range(len(articles))))
        w = fit(groups, names, l2)
        path = Path(__file__).resolve().parent.parent / "data" / quote_speakers.MODEL_FILE
        path.write_text(json.dumps({"features": names, "weights": [round(float(x), 4) for x in w], "l2": l2,
                                    "cross_validation": result}, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
        print(f"written {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
