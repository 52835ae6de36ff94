"""One binary logistic regression over sets of feature names, fitted by gradient descent in numpy
(deterministic: zero start, fixed steps). Used by the training scripts of the event and entity
filters; the stages apply the fitted weights without numpy."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Iterator

import numpy as np

RATE = 0.5


def matrix(rows: list[list[str]], vocab: dict[str, int]) -> np.ndarray:
    """Rows of feature names to a 0/1 matrix over `vocab` (names outside it are left out)."""
    x = np.zeros((len(rows), len(vocab)))
    for i, names in enumerate(rows):
        for name in names:
            if name in vocab:
                x[i, vocab[name]] = 1.0
    return x


def fit(rows: list[list[str]], labels: np.ndarray, l2: float, vocab: dict[str, int],
        steps: int) -> tuple[np.ndarray, float]:
    """Weights over `vocab` and a bias, L2-penalised (the bias is not)."""
    x = matrix(rows, vocab)
    w, b = np.zeros(len(vocab)), 0.0
    n = max(len(labels), 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        grad = x.T @ (p - labels) / n + l2 * w / n
        w -= RATE * grad
        b -= RATE * float(np.mean(p - labels))
    return w, b


def probabilities(rows: list[list[str]], vocab: dict[str, int], w: np.ndarray, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(matrix(rows, vocab) @ w + b)))


def model_path(stage: ModuleType) -> Path:
    """Where the stage's shipped weights live in the source tree: newsfacts/data/<MODEL_FILE>."""
    return Path(stage.__file__).resolve().parent.parent / "data" / stage.MODEL_FILE


@contextmanager
def rules_only(stage: ModuleType) -> Iterator[None]:
    """Within the block, `stage` runs without its shipped weights (data/<stage.MODEL_FILE> moved
    aside and put back after), so training sees the rules' own output, not a filtered one."""
    target = model_path(stage)
    saved = target.read_text(encoding="utf-8") if target.exists() else None
    stage.model.cache_clear()
    if saved is not None:
        target.unlink()
    try:
        yield
    finally:
        if saved is not None:
            target.write_text(saved, encoding="utf-8")
        stage.model.cache_clear()
