"""One binary logistic regression over sets of feature names, fitted by gradient descent in numpy
(deterministic: zero start, fixed steps). Used by the training scripts of the event and entity
filters; the stages apply the fitted weights without numpy."""
from __future__ import annotations

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
