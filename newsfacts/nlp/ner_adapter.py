"""The pipeline's own BIO tags to the conventions of the MSRA / People's Daily NER sets (中共中央 one ORG,
中美 two LOCs, 沭阳县委 an ORG): an averaged perceptron over characters, LAC words and those tags."""
from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np

from .. import active

LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
BUCKETS = 1 << 18
MODEL = Path(__file__).resolve().parent.parent / "data" / "ner" / "adapter.npz"


def features(chars: list[str], lac: list[str], own: list[str]) -> list[list[int]]:
    """Hashed feature ids per character: the characters around it, its LAC word tag and the pipeline's tag."""
    padded = ["<s>", "<s>", *chars, "</s>", "</s>"]
    lac_p = ["<s>", *lac, "</s>"]
    own_p = ["<s>", *own, "</s>"]
    out = []
    for i, char in enumerate(chars):
        k = i + 2
        window = (padded[k - 2], padded[k - 1], char, padded[k + 1], padded[k + 2])
        lac_key = (lac[i], char, lac_p[i], lac_p[i + 2])
        own_key = (own[i], char, own_p[i], own_p[i + 2], lac[i])
        out.append(_ids(_CHAR_IDS, window, _char_names) + _ids(_LAC_IDS, lac_key, _lac_names)
                   + _ids(_OWN_IDS, own_key, _own_names))
    return out


def _char_names(pp: str, prev: str, char: str, nxt: str, nn: str) -> tuple[str, ...]:
    return ("b", f"c={char}", f"p={prev}", f"n={nxt}", f"pp={pp}", f"nn={nn}", f"pc={prev}{char}", f"cn={char}{nxt}",
            f"ppp={pp}{prev}", f"nnn={nxt}{nn}", f"pn={prev}{nxt}")


def _lac_names(tag: str, char: str, before: str, after: str) -> tuple[str, ...]:
    return (f"l={tag}", f"lc={tag}{char}", f"lp={before}", f"ln={after}")


def _own_names(tag: str, char: str, before: str, after: str, lac: str) -> tuple[str, ...]:
    return (f"o={tag}", f"oc={tag}{char}", f"op={before}{tag}", f"on={tag}{after}", f"ol={tag}{lac}")


# Feature ids by the context they are built from: characters, tags and windows recur across sentences.
_CHAR_IDS: dict[tuple, list[int]] = {}
_LAC_IDS: dict[tuple, list[int]] = {}
_OWN_IDS: dict[tuple, list[int]] = {}


def _ids(cache: dict, key: tuple, names) -> list[int]:
    found = cache.get(key)
    if found is None:
        if len(cache) > 500_000:
            cache.clear()
        found = cache[key] = [zlib.crc32(name.encode("utf-8")) & (BUCKETS - 1) for name in names(*key)]
    return found


def word_tags(words: list[tuple[str, str]]) -> list[str]:
    """LAC's (word, tag) pairs to one 'tag-position' label per character."""
    out = []
    for word, tag in words:
        out += [f"{tag}-B"] + [f"{tag}-I"] * (len(word) - 1)
    return out


def _allowed() -> np.ndarray:
    """Transitions that make a well-formed BIO sequence (I-X only after B-X or I-X)."""
    ok = np.ones((len(LABELS), len(LABELS)), dtype=bool)
    for j, label in enumerate(LABELS):
        if label.startswith("I-"):
            for i, before in enumerate(LABELS):
                ok[i, j] = before[2:] == label[2:]
    return ok


ALLOWED = _allowed()
START_OK = np.array([not label.startswith("I-") for label in LABELS])


def viterbi(emission: np.ndarray, transition: np.ndarray) -> list[int]:
    n = emission.shape[0]
    trans = np.where(ALLOWED, transition, -1e9)
    score = np.where(START_OK, emission[0], -1e9)
    back = np.zeros((n, len(LABELS)), dtype=np.int64)
    columns = np.arange(len(LABELS))
    for i in range(1, n):
        total = score[:, None] + trans
        back[i] = best = total.argmax(axis=0)
        score = total[best, columns] + emission[i]
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i, best[-1]]))
    return best[::-1]


@lru_cache(maxsize=1)
def _weights() -> Optional[tuple[np.ndarray, np.ndarray]]:
    if not MODEL.exists():
        return None
    with np.load(MODEL) as data:
        return data["emission"].astype(np.float32), data["transition"].astype(np.float32)


def weights() -> Optional[tuple[np.ndarray, np.ndarray]]:
    """The adapter the caller passed in the Context in use, else the shipped one (None: none ships)."""
    return active.given("ner_adapter") or _weights()


def available() -> bool:
    return weights() is not None


def adapt(chars: list[str], lac: list[str], own: list[str]) -> list[str]:
    """MSRA-convention tags for a sentence; the pipeline's tags as they are when no model ships."""
    weights_ = weights()
    if weights_ is None or not chars:
        return list(own)
    emission_w, transition = weights_
    ids = np.array(features(chars, lac, own))
    emission = emission_w[ids].sum(axis=1)
    return [LABELS[k] for k in viterbi(emission, transition)]
