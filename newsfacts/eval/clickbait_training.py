"""Fitting the clickbait model: titles with their signals and labels to a regularised logistic
regression (numpy), with its hyper-parameters chosen by cross-validation within one source."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from ..stages.clickbait import Model, doc_signals, feature_set

L2_GRID = (1.0, 3.0, 10.0, 30.0)  # penalty on the n-gram weights (sum of squares times this)
SIGNAL_L2_GRID = (0.3, 1.0, 3.0)  # penalty on the named signals' weights
NGRAM_GRID = ((), (1, 2), (1, 2, 3))  # () is the named signals alone; n-grams are of the title's shape
SIGNED_GRID = (False, True)  # True: a signal whose weight takes the wrong sign is left out, and the fit redone
LOWERING = {"signal:source_prefix", "signal:counted_fact"}  # news-like cues; every other signal is a bait cue
MIN_TITLES = 2  # an n-gram is a feature only if this many training titles have it
FOLDS = 5
REPEATS = 3
BIAS_L2 = 1e-3  # all but free: the share of clickbait differs between sources


@dataclass(frozen=True)
class Example:
    """One judged title: its normalised text, its named signals and whether it is clickbait."""

    title: str
    signals: tuple[str, ...]
    clickbait: bool
    source: str = ""


@dataclass(frozen=True)
class Settings:
    l2: float
    signal_l2: float
    ngram_sizes: tuple[int, ...]
    signed: bool = False
    shape: bool = True  # n-grams of the title's shape (clickbait.title_shape), not of its characters


def example_from_article(record: dict, key: str, label: bool, source: str = "") -> Optional[Example]:
    """Run the pipeline on a record (`text`, or `title` and `content`) and keep its title's signals."""
    from ..ingest.records import article_from_record
    from ..model import Options
    from ..pipeline import analyze_article

    doc = analyze_article(article_from_record(record, key, Options()), Options())
    title = doc.article.title
    if title is None:
        return None
    return Example(doc.norm_text[title.start:title.end], tuple(doc_signals(doc)), label, source)


def gold_examples(paths: Iterable[Path]) -> list[Example]:
    """The hand-judged titles of gold files, analysed as `newsfacts evaluate` analyses them."""
    out = []
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("clickbait"), bool):
                given = {k: record[k] for k in ("id", "text", "published_at") if record.get(k) is not None}
                example = example_from_article(given, f"{path}:{number}", record["clickbait"], Path(path).stem)
                out += [example] if example else []
    return out


@lru_cache(maxsize=None)
def features_of(example: Example, ngram_sizes: tuple[int, ...], shape: bool) -> frozenset[str]:
    """An example's features, computed once: cross-validation refits on the same titles many times."""
    return frozenset(feature_set(example.title, list(example.signals), ngram_sizes, shape))


def vocabulary(examples: list[Example], ngram_sizes: tuple[int, ...], shape: bool = True) -> list[str]:
    """Features seen in at least MIN_TITLES training titles, in a fixed order."""
    counts: dict[str, int] = {}
    for e in examples:
        for f in features_of(e, ngram_sizes, shape):
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_TITLES)


def matrix(examples: list[Example], features: list[str], ngram_sizes: tuple[int, ...],
           shape: bool = True) -> np.ndarray:
    index = {f: i for i, f in enumerate(features)}
    x = np.zeros((len(examples), len(features)))
    for row, e in enumerate(examples):
        for f in features_of(e, ngram_sizes, shape):
            if f in index:
                x[row, index[f]] = 1.0
    return x


def fit(examples: list[Example], settings: Settings) -> Model:
    """The regression, refitted without the signals whose weights contradict what they were
    written to mark (a bait cue that lowers the score) when the settings ask for signed weights."""
    left_out: set[str] = set()
    while True:
        fitted = _fit(examples, settings, left_out)
        wrong = {f for f, w in fitted.weights.items() if settings.signed and f.startswith("signal:")
                 and (w < 0) != (f in LOWERING)}
        if not wrong:
            return fitted
        left_out |= wrong


def _fit(examples: list[Example], settings: Settings, left_out: set[str]) -> Model:
    """Logistic regression by Newton's method; the bias is all but unpenalised."""
    features = [f for f in vocabulary(examples, settings.ngram_sizes, settings.shape) if f not in left_out]
    x = matrix(examples, features, settings.ngram_sizes, settings.shape)
    y = np.array([e.clickbait for e in examples], dtype=float)
    penalty = np.array([settings.signal_l2 if f.startswith("signal:") else settings.l2 for f in features]
                       + [BIAS_L2])
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x1.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x1 @ w, -30, 30)))
        step = _newton_step(x1, p * (1 - p) + 1e-9, penalty, x1.T @ (p - y) + penalty * w)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    weights = {f: round(float(v), 4) for f, v in zip(features, w[:-1]) if abs(v) >= 1e-4}
    return Model(bias=round(float(w[-1]), 4), weights=weights, ngram_sizes=settings.ngram_sizes, shape=settings.shape)


def _newton_step(x: np.ndarray, curvature: np.ndarray, penalty: np.ndarray, gradient: np.ndarray) -> np.ndarray:
    """(XᵀCX + P)⁻¹ g, through the titles (Woodbury) when there are more features than titles."""
    if x.shape[1] <= x.shape[0]:
        return np.linalg.solve((x.T * curvature) @ x + np.diag(penalty), gradient)
    scaled = x / penalty  # X P⁻¹
    inner = np.diag(1 / curvature) + scaled @ x.T
    return gradient / penalty - scaled.T @ np.linalg.solve(inner, scaled @ gradient)


def accuracy(fitted: Model, examples: list[Example]) -> float:
    right = sum((fitted.probability(set(features_of(e, fitted.ngram_sizes, fitted.shape)))
                 >= fitted.threshold) == e.clickbait for e in examples)
    return right / max(1, len(examples))


def folds(examples: list[Example], seed: int) -> list[list[int]]:
    """FOLDS stratified folds of the example indices."""
    rng = np.random.default_rng(seed)
    out: list[list[int]] = [[] for _ in range(FOLDS)]
    for label in (True, False):
        indices = [i for i, e in enumerate(examples) if e.clickbait == label]
        rng.shuffle(indices)
        for n, i in enumerate(indices):
            out[n % FOLDS].append(i)
    return out


def cross_validate(examples: list[Example], settings: Settings) -> float:
    """Mean held-out accuracy over REPEATS runs of FOLDS-fold cross-validation."""
    scores = []
    for seed in range(REPEATS):
        for held in folds(examples, seed):
            held_set = set(held)
            train = [e for i, e in enumerate(examples) if i not in held_set]
            scores.append(accuracy(fit(train, settings), [examples[i] for i in held]) * len(held))
    return sum(scores) / (REPEATS * len(examples))


def choose(examples: list[Example]) -> tuple[Settings, float, dict[Settings, float]]:
    """The settings with the best cross-validated accuracy; ties go to fewer n-grams, then to the
    stronger penalty."""
    grid = [Settings(l2, s, n, signed) for n, s, l2, signed in product(NGRAM_GRID, SIGNAL_L2_GRID, L2_GRID, SIGNED_GRID)
            if n or l2 == L2_GRID[0]]
    results = {s: cross_validate(examples, s) for s in grid}
    best = max(grid, key=lambda s: (round(results[s], 4), -len(s.ngram_sizes),
                                    s.l2 * bool(s.ngram_sizes) + s.signal_l2))
    return best, results[best], results


def model_to_dict(fitted: Model, header: dict) -> dict:
    return {**header, "bias": fitted.bias, "ngram_sizes": list(fitted.ngram_sizes), "shape": fitted.shape,
            "threshold": fitted.threshold,
            "weights": dict(sorted(fitted.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])))}
