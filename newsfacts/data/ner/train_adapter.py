"""Trains newsfacts/data/ner/adapter.npz (ner_adapter.py) on MSRA train only: ../shared/data/ner/msra_train.
MSRA / SIGHAN 2006 data, research use. Run from the repo root: .venv/bin/python newsfacts/data/ner/train_adapter.py [EPOCHS]."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from newsfacts.nlp import ner_adapter as na  # noqa: E402
from newsfacts.tagging import pipeline_tags  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "ner" / "msra_train" / "train.char.bio"
LABEL_ID = {label: k for k, label in enumerate(na.LABELS)}


def sentences() -> list[tuple[list[str], list[str]]]:
    out, chars, tags = [], [], []
    for line in TRAIN.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split("\t")
        if len(parts) == 2 and parts[0]:
            chars.append(parts[0])
            tags.append(parts[1] if parts[1] in LABEL_ID else "O")
        elif chars:
            out.append((chars, tags))
            chars, tags = [], []
    return out


def main() -> None:
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    data = sentences()
    began = time.time()
    prepared = []
    for n, (chars, gold) in enumerate(data):
        own, lac = pipeline_tags(chars, adapted=False)
        prepared.append((np.array(na.features(chars, lac, own)), np.array([LABEL_ID[t] for t in gold])))
        if n % 5000 == 0:
            print(f"features {n}/{len(data)} {time.time() - began:.0f}s", flush=True)
    emission = np.zeros((na.BUCKETS, len(na.LABELS)), dtype=np.float64)
    transition = np.zeros((len(na.LABELS), len(na.LABELS)), dtype=np.float64)
    emission_sum, transition_sum = np.zeros_like(emission), np.zeros_like(transition)
    step = 1
    rng = np.random.default_rng(7)
    for epoch in range(epochs):
        mistakes = 0
        for index in rng.permutation(len(prepared)):
            ids, gold = prepared[index]
            predicted = np.array(na.viterbi(emission[ids].sum(axis=1), transition))
            wrong = predicted != gold
            if wrong.any():
                mistakes += 1
                for rows, labels, sign in ((ids[wrong], gold[wrong], 1.0), (ids[wrong], predicted[wrong], -1.0)):
                    for row, label in zip(rows, labels):
                        emission[row, label] += sign
                        emission_sum[row, label] += sign * step
                for seq, sign in ((gold, 1.0), (predicted, -1.0)):
                    np.add.at(transition, (seq[:-1], seq[1:]), sign)
                    np.add.at(transition_sum, (seq[:-1], seq[1:]), sign * step)
            step += 1
        print(f"epoch {epoch + 1}: {mistakes} sentences wrong, {time.time() - began:.0f}s", flush=True)
    averaged = emission - emission_sum / step
    averaged_transition = transition - transition_sum / step
    np.savez_compressed(na.MODEL, emission=averaged.astype(np.float16), transition=averaged_transition.astype(np.float32))
    print(f"wrote {na.MODEL} ({na.MODEL.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
